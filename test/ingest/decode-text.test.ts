import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode-text';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeText', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('Dorset,£5'))).toEqual({ text: 'Dorset,£5', encoding: 'utf-8' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ text: 'a', encoding: 'utf-8' });
  });

  it('reads UTF-16 when a BOM says so, as Excel\'s "Unicode text" is written', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x61, 0x00, 0x09, 0x00, 0x62, 0x00))).toEqual({ text: 'a\tb', encoding: 'utf-16le' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x61)).text).toBe('a');
  });

  it('falls back to Windows-1252 for text that is not UTF-8', () => {
    // "£5" and "é" as Excel on Windows writes them.
    expect(decodeText(bytes(0xa3, 0x35, 0x2c, 0xe9).buffer)).toEqual({ text: '£5,é', encoding: 'windows-1252' });
  });
});
