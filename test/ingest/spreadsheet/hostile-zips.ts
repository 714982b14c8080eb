import { crc32, inflateRawSync } from 'node:zlib';

/**
 * Zips built byte by byte for the tests: a zip bomb whose one entry
 * unpacks to a gigabyte, and the same with a directory that lies.
 */

/** One deflated entry, its local header, directory entry and end record; sizes as given (so that a test can make the directory lie). */
function singleEntryZip(name: string, data: Uint8Array, size: number, crc: number, declaredSize = size): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const directory = Buffer.alloc(46);
  directory.writeUInt32LE(0x02014b50, 0);
  directory.writeUInt16LE(20, 4);
  directory.writeUInt16LE(20, 6);
  directory.writeUInt16LE(8, 10);
  directory.writeUInt32LE(crc >>> 0, 16);
  directory.writeUInt32LE(data.length, 20);
  directory.writeUInt32LE(declaredSize, 24);
  directory.writeUInt16LE(nameBytes.length, 28);
  directory.writeUInt32LE(0, 42);
  const directoryOffset = 30 + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, data, directory, nameBytes, end]));
}

const GIGABYTE = 1024 * 1024 * 1024;
/** The longest match deflate has, and the fixed Huffman codes for it (symbol 285, 8 bits) and for distance 1 (code 0, 5 bits). */
const MATCH = 258;

/**
 * A deflate stream of `size` zero bytes, written by hand in one fixed
 * Huffman block: a literal 0, then "copy 258 bytes from 1 back" over and
 * over (13 bits each), so that a gigabyte takes 6.5 MB and a moment to
 * make, where a deflater would take many seconds.
 */
function deflatedZeros(size: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(((size / MATCH) * 13 + MATCH * 8 + 64) / 8));
  let bit = 0;
  const bits = (value: number, count: number) => {
    for (let i = 0; i < count; i++, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  bits(1, 1); // last block
  bits(1, 2); // fixed Huffman codes
  const literalZero = () => code(0b00110000, 8);
  literalZero();
  let written = 1;
  while (written + MATCH <= size) {
    code(0b11000101, 8);
    code(0, 5);
    written += MATCH;
  }
  for (; written < size; written++) literalZero();
  code(0, 7); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

/**
 * content.xml of a gigabyte of zeros: a zip bomb as .ods. lyingSize makes
 * its directory say it is small, so that only counting while inflating can
 * catch it.
 */
export function gigabyteBomb(lyingSize?: number): Uint8Array {
  bomb ??= { deflated: deflatedZeros(GIGABYTE), crc: crcOfZeros(GIGABYTE) };
  return singleEntryZip('content.xml', bomb.deflated, GIGABYTE, bomb.crc, lyingSize);
}

/** Made once a test file: it takes a couple of seconds on a busy machine. */
let bomb: { deflated: Uint8Array; crc: number } | undefined;

function crcOfZeros(size: number): number {
  const chunk = Buffer.alloc(64 * 1024 * 1024);
  let crc = 0;
  for (let i = 0; i < size / chunk.length; i++) crc = crc32(chunk, crc);
  return crc;
}

/** For the test of the test: the hand-made stream inflates (with zlib) to the zeros it claims. */
export function inflatedSizeOfZeros(size: number): { size: number; allZero: boolean } {
  const inflated = inflateRawSync(deflatedZeros(size));
  return { size: inflated.length, allZero: inflated.every((byte) => byte === 0) };
}
