import { crc32 } from 'node:zlib';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { withPngText } from '../../src/export/png-text';

/** A 1 × 1 white PNG, built here from the specification with Node's zlib and CRC (not the code under test). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** Every chunk of a PNG: its type, data, and whether its CRC (checked with Node's zlib.crc32) is right. */
function chunksOf(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
  const bytes = Buffer.from(png);
  const chunks = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    chunks.push({ type, data, crcOk: bytes.readUInt32BE(at + 8 + length) === crc32(bytes.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return chunks;
}

/** An iTXt chunk's fields, as the PNG specification (11.3.3.4) lays them out. */
function readItxt(data: Buffer): { keyword: string; compressed: number; language: string; translated: string; text: string } {
  const keywordEnd = data.indexOf(0);
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = data.indexOf(0, languageEnd + 1);
  return {
    keyword: data.toString('latin1', 0, keywordEnd),
    compressed: data[keywordEnd + 1]!,
    language: data.toString('latin1', keywordEnd + 3, languageEnd),
    translated: data.toString('utf8', languageEnd + 1, translatedEnd),
    text: data.toString('utf8', translatedEnd + 1),
  };
}

describe('withPngText', () => {
  const text = 'Map of offences per 100,000 people. Highest: Cleveland, 115.1 — Ynys Môn «x» 😀';
  const png = withPngText(tinyPng(), 'Description', text);

  it('adds one iTXt chunk keyed "Description" holding the text as UTF-8, uncompressed, before IEND', () => {
    const chunks = chunksOf(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(readItxt(chunks[2]!.data)).toEqual({ keyword: 'Description', compressed: 0, language: '', translated: '', text });
  });

  it('writes a correct CRC for the chunk, and leaves every other chunk as it was', () => {
    for (const chunk of chunksOf(png)) expect(chunk.crcOk, chunk.type).toBe(true);
    const before = chunksOf(tinyPng()).map(({ type, data }) => `${type}:${data.toString('hex')}`);
    expect(
      chunksOf(png)
        .filter((chunk) => chunk.type !== 'iTXt')
        .map(({ type, data }) => `${type}:${data.toString('hex')}`),
    ).toEqual(before);
  });

  it('refuses bytes that are not a PNG, and a keyword the specification does not allow', () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3]), 'Description', 'x')).toThrow(/not a PNG/);
    expect(() => withPngText(tinyPng(), '', 'x')).toThrow(/keyword/);
    expect(() => withPngText(tinyPng(), 'k'.repeat(80), 'x')).toThrow(/keyword/);
  });
});
