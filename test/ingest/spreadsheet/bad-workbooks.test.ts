import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../src/ingest/import-table';
import { writeOds } from '../../../scripts/spreadsheet-fixtures/ods-writer';
import { fixturePaths } from '../../fixtures/fixture-paths';
import { forceTable } from '../../helpers';
import { gigabyteBomb, inflatedSizeOfZeros } from './hostile-zips';

/** The import's message for a workbook that must be refused. */
async function refusal(bytes: Uint8Array, environment: { maxUnpackedBytes?: number } = {}): Promise<string> {
  const outcome = await importWorkbook(bytes, { offences: { codes: ['86'], groups: [] } }, { forces: forceTable, ...environment });
  if (outcome.ok) throw new Error('expected the workbook to be refused');
  return outcome.error;
}

const HEADER = ['Force', '2021/22', '2022/23'];
const sample = () => new Uint8Array(readFileSync(fixturePaths.sampleOds));

describe('importWorkbook: a zip bomb', () => {
  let bomb: Uint8Array;
  beforeAll(() => {
    bomb = gigabyteBomb();
  }, 60_000);

  it('the test bomb is what it claims: the hand-made deflate stream inflates to zeros, and the gigabyte fits in 6.5 MB', () => {
    expect(inflatedSizeOfZeros(1_000_003)).toEqual({ size: 1_000_003, allZero: true });
    expect(bomb.length).toBeLessThan(7 * 1024 * 1024);
  });

  it('is refused from its directory, before anything is inflated: 1 GB unpacked is over the 512 MB limit', async () => {
    const started = performance.now();
    expect(await refusal(bomb)).toBe(
      'the workbook would unpack to more than 1,024 MB, far more than any table of figures by police force area needs (the limit is 512 MB); it was not read. If it really is a table of figures, save the sheet you need as CSV and import that',
    );
    // Reading a directory is instant; inflating 512 MB takes seconds, even on an idle machine.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('is refused while inflating when its directory lies about its size, once it passes the limit', async () => {
    const liar = gigabyteBomb(4096);
    expect(await refusal(liar, { maxUnpackedBytes: 8 * 1024 * 1024 })).toMatch(
      /^the workbook would unpack to more than 8 MB, .*\(the limit is 8 MB\); it was not read/,
    );
  }, 30_000);
});

describe('importWorkbook: damaged and protected files', () => {
  it('refuses a zip cut short (its directory is missing)', async () => {
    const bytes = sample();
    expect(await refusal(bytes.subarray(0, bytes.length >> 1))).toMatch(
      /^the file looks like a zip \(a workbook\) but is damaged: its table of contents \(the zip directory at its end\) is missing, so it was probably cut short\. Open it in your spreadsheet program and save it again, or download it again$/,
    );
  });

  it('refuses a zip whose content is garbled', async () => {
    const bytes = sample().slice();
    // The middle of the file is inside content.xml's deflated data.
    for (let at = bytes.length >> 2; at < (bytes.length >> 2) + 64; at++) bytes[at] = bytes[at]! ^ 0x5a;
    expect(await refusal(bytes)).toMatch(
      /^the file looks like a zip \(a workbook\) but is damaged: the part "content\.xml" (cannot be unpacked|unpacks to|is not well-formed XML)/,
    );
  });

  it('refuses an .ods protected with a password, as its manifest says', async () => {
    const bytes = writeOds([{ name: 'Sheet1', rows: [HEADER, ['Dorset', 1, 2]] }], { encrypted: true });
    expect(await refusal(bytes)).toMatch(
      /^the workbook is protected with a password \(encrypted\), so it cannot be read here: open it in your spreadsheet program, save a copy without the password/,
    );
  });

  it('refuses an .xlsx protected with a password (an Office container holding an EncryptedPackage)', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'EncryptedPackage';
    for (let i = 0; i < name.length; i++) bytes[1024 + i * 2] = name.charCodeAt(i);
    expect(await refusal(bytes)).toMatch(/^the workbook is protected with a password \(encrypted\)/);
  });

  it('refuses an old .xls, saying to save it as .xlsx, .ods or CSV', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal(bytes)).toMatch(/old-style Excel workbook \(\.xls, Excel 97–2003\).*save it as \.xlsx, \.ods or CSV/);
  });

  it('refuses a zip that is not a spreadsheet', async () => {
    expect(await refusal(zipSync({ 'figures.csv': strToU8('Force,2021/22\nDorset,1\n') }))).toMatch(
      /^this is a zip file, but not a spreadsheet this app reads \(\.ods or \.xlsx\)/,
    );
  });
});

describe('importWorkbook: workbooks with nothing to read', () => {
  it('refuses an .ods with no tables', async () => {
    expect(await refusal(writeOds([]))).toBe('the spreadsheet holds no sheets with cells (no tables): check that it is the file you meant');
  });

  it('refuses a sheet whose header has merged cells, naming the sheet, the row and the column', async () => {
    const bytes = writeOds([{ name: 'Figures', rows: [['Recorded offences'], [{ text: 'Force', across: 2 }, '2021/22'], ['Dorset', '', 5]] }]);
    expect(await refusal(bytes)).toBe(
      'the header of sheet "\u2068Figures\u2069" (row 2) has merged cells (column A): unmerge them so that every column has a heading of its own in one row, then import the file again',
    );
  });

  it('names the sheets it passed over when none holds a table', async () => {
    const bytes = writeOds([
      { name: 'Cover', rows: [['A title'], ['A line']] },
      {
        name: 'Notes',
        rows: [
          ['Note number', 'Note text'],
          ['Note 1', 'text'],
        ],
      },
    ]);
    expect(await refusal(bytes)).toMatch(
      /^no sheet of the workbook holds a table this map reads \(sheet "\u2068Cover\u2069": it holds only lines of text, no table; sheet "\u2068Notes\u2069": its first row of several cells \(row 1\) is not a header this map reads: /,
    );
  });
});
