/**
 * Text carried inside a PNG file, as an iTXt chunk (PNG specification,
 * 11.3.3.4): a keyword such as "Description" and UTF-8 text, uncompressed,
 * which image viewers, photo libraries and alt-text tools read. The chunk
 * goes just before IEND, the file's last chunk, where the specification
 * allows it and no decoder needs it earlier.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IEND_LENGTH = 12;

/** The PNG with an iTXt chunk of keyword and text added; throws if the bytes are not a PNG ending in IEND. */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (!SIGNATURE.every((byte, index) => png[index] === byte)) throw new Error('withPngText: the bytes are not a PNG (no PNG signature)');
  const iendAt = png.length - IEND_LENGTH;
  if (iendAt < SIGNATURE.length || ascii(png.subarray(iendAt + 4, iendAt + 8)) !== 'IEND')
    throw new Error('withPngText: the PNG does not end in an IEND chunk');
  // The keyword is 1 to 79 Latin-1 characters; ours are the specification's own words, plain ASCII.
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`withPngText: "${keyword}" is not a PNG keyword (1 to 79 printable ASCII characters)`);
  const encoder = new TextEncoder();
  // keyword, NUL, compression flag 0, method 0, language tag "" + NUL, translated keyword "" + NUL, the text.
  const data = concat([encoder.encode(keyword), Uint8Array.of(0, 0, 0, 0, 0), encoder.encode(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(encoder.encode('iTXt'), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return concat([png.subarray(0, iendAt), chunk, png.subarray(iendAt)]);
}

function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/** The CRC-32 every PNG chunk ends with (ISO 3309, the polynomial 0xEDB88320 reflected), over its type and data. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
