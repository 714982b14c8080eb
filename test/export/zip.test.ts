import { strToU8, unzipSync, type UnzipFileInfo } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../src/export/zip';

/** A PNG's signature and then bytes that deflate well, to show they are stored all the same. */
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(20_000)]);
const csv = strToU8('force_code,value\r\n'.concat('E23000039,1154\r\n'.repeat(500)));

/** Each entry's compression method: 0 stored, 8 deflated. */
function compressionOf(archive: Uint8Array): Record<string, number> {
  const methods: Record<string, number> = {};
  unzipSync(archive, {
    filter(file: UnzipFileInfo) {
      methods[file.name] = file.compression;
      return false;
    },
  });
  return methods;
}

describe('zipFiles', () => {
  it('gives the files back through unzipSync, byte for byte', () => {
    const archive = zipFiles([
      { name: 'map_2020-21.png', data: png },
      { name: 'table_2020-21.csv', data: csv },
      { name: 'Ynys Môn – 2020-21.svg', data: strToU8('<svg xmlns="http://www.w3.org/2000/svg"/>') },
    ]);
    const files = unzipSync(archive);
    expect(Object.keys(files)).toEqual(['map_2020-21.png', 'table_2020-21.csv', 'Ynys Môn – 2020-21.svg']);
    expect(files['map_2020-21.png']).toEqual(png);
    expect(files['table_2020-21.csv']).toEqual(csv);
  });

  it('stores PNGs as they are and deflates text', () => {
    const archive = zipFiles([
      { name: 'a.png', data: png },
      { name: 'b.PNG', data: png },
      { name: 'c.csv', data: csv },
      { name: 'd.svg', data: csv },
    ]);
    expect(compressionOf(archive)).toEqual({ 'a.png': 0, 'b.PNG': 0, 'c.csv': 8, 'd.svg': 8 });
    expect(archive.length).toBeGreaterThan(2 * png.length);
  });

  it('keeps folders in names', () => {
    expect(Object.keys(unzipSync(zipFiles([{ name: 'pngs/2020-21.png', data: png }])))).toEqual(['pngs/2020-21.png']);
  });

  it('makes the same bytes for the same files and date', () => {
    const modified = new Date(2024, 0, 2, 3, 4, 6);
    const files = [{ name: 'c.csv', data: csv }];
    expect(zipFiles(files, { modified })).toEqual(zipFiles(files, { modified }));
  });

  it('makes a valid empty archive', () => {
    expect(unzipSync(zipFiles([]))).toEqual({});
  });

  it('refuses a name twice, rather than letting one file replace the other', () => {
    expect(() =>
      zipFiles([
        { name: 'a.png', data: png },
        { name: 'a.png', data: png },
      ]),
    ).toThrow(/twice/);
  });

  it.each(['../evil.png', '/etc/passwd', 'a/../../b.csv', 'a\\b.csv', '', 'a//b.csv', './a.csv'])('refuses the unsafe name %j', (name) => {
    expect(() => zipFiles([{ name, data: csv }])).toThrow(/not a safe relative path/);
  });
});
