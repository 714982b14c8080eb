import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importResultSchema, type ImportResult } from '../../../src/ingest/import-result';
import { importWorkbook, type ImportOptions } from '../../../src/ingest/import-table';
import { rowsRejected } from '../../../src/ingest/ingest-report';
import { writeOds } from '../../../scripts/spreadsheet-fixtures/ods-writer';
import { fixturePaths } from '../../fixtures/fixture-paths';
import { forceTable } from '../../helpers';

const DORSET = 'E23000039';
const CITY_OF_LONDON = 'E23000034';
const GREATER_MANCHESTER = 'E23000005';

async function imported(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const outcome = await importWorkbook(bytes, options, { forces: forceTable, today: new Date('2026-12-01') });
  if (!outcome.ok) throw new Error(`expected an import, got: ${outcome.error}`);
  expect(outcome.report.rowsRead).toBe(outcome.report.rowsUsed + rowsRejected(outcome.report));
  expect(importResultSchema.parse(outcome)).toBeTruthy();
  return outcome;
}
const valueOf = (result: ImportResult, code: string, year: string) => result.observations.find((o) => o.code === code && o.year === year)?.value;

describe('importWorkbook: the Home Office release as .ods (the committed sample: five forces, 2022/23 and 2023/24 Q1)', { timeout: 30_000 }, () => {
  const bytes = () => new Uint8Array(readFileSync(fixturePaths.sampleOds));

  // Expected figures summed from ../shared/data/home-office-prc-pfa-2012-13-to-2023-24q1.csv with python3's csv module
  // (rows of 2022/23, by force: offence code 86, and offence group "Sexual offences").
  it('reads the year sheets as one table below their title and note lines: Dorset 2022/23 code 86 is 341', async () => {
    const result = await imported(bytes(), { offences: { codes: ['86'], groups: [] } });
    expect(result.shape).toBe('home-office');
    expect(result.delimiter).toBe('spreadsheet');
    expect(result.years).toEqual(['2022/23']);
    expect(result.partialYears).toEqual([{ year: '2023/24', quarters: 1 }]);
    expect(valueOf(result, DORSET, '2022/23')).toBe(341);
    expect(result.preamble.map((line) => line.text)).toEqual([
      'Police recorded crime by police force area, offence and financial quarter, 2022/23',
      'This worksheet contains one table. Some cells refer to notes which can be found in the Notes worksheet.',
    ]);
    expect(result.report.errors).toEqual([]);
    expect(result.warnings.join('\n')).toMatch(
      /the 2 sheets from "\u20682022-23\u2069" to "\u20682023-24\u2069" have the same header and were read as one table/,
    );
    expect(result.warnings.join('\n')).toMatch(/sheets not read: "\u2068Cover_sheet\u2069" \(it holds only lines of text, no table\); "\u2068Notes\u2069"/);
  });

  it('sums an offence group: Dorset 2022/23 sexual offences 2,348; "London, City of" 142; "Greater Manchester [Note 2]" 11,779', async () => {
    const result = await imported(bytes(), { offences: { codes: [], groups: ['Sexual offences'] } });
    expect(valueOf(result, DORSET, '2022/23')).toBe(2348);
    expect(valueOf(result, CITY_OF_LONDON, '2022/23')).toBe(142);
    expect(valueOf(result, GREATER_MANCHESTER, '2022/23')).toBe(11779);
    expect(result.report.unknownNames).toEqual([]);
    expect(Object.keys(result.report.noAreaBodies)).toEqual(['British Transport Police']);
  });
});

describe('importWorkbook: an FOI reply as a wide .xlsx (the committed fixture, NSPCC FOI Nov 2021)', { timeout: 30_000 }, () => {
  // Expected: the rows of ../shared/data/nspcc-foi-child-abuse-image-offences.csv for Dorset, release "NSPCC FOI Nov 2021".
  it('reads the table sheet below its merged title, skipping the cover sheet: Dorset 185, 266, 265, 226, 212', async () => {
    const result = await imported(new Uint8Array(readFileSync(fixturePaths.foiXlsx)), {});
    expect(result.shape).toBe('wide');
    expect(['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'].map((year) => valueOf(result, DORSET, year))).toEqual([185, 266, 265, 226, 212]);
    expect(result.warnings.join('\n')).toMatch(/sheet not read: "\u2068Cover\u2069"/);
  });

  it('reads shared strings, inline strings, numbers, a date serial as its date, a formula by its cached value, and [x] as not published', async () => {
    const XLSX = await import('@e965/xlsx');
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Force', 'Year', 'Count', 'Reply date'],
      ['Dorset', '2019/20', 226, 43900],
      ['Kent', '2019/20', '[x]', 43900],
      ['Devon & Cornwall', '2019/20', 0, 43900],
    ]);
    // 43900 is 10 March 2020 in Excel's 1900 date system (python3: date(1899, 12, 30) + timedelta(43900)).
    for (const row of [2, 3, 4]) sheet[`D${row}`] = { t: 'n', v: 43900, z: 'dd/mm/yyyy' };
    sheet['C4'] = { t: 'n', v: 419, f: 'SUM(400,19)' };
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, sheet, 'Figures');
    for (const bookSST of [true, false]) {
      const bytes = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', bookSST }) as ArrayBuffer);
      const result = await imported(bytes, {});
      expect(result.shape).toBe('tidy');
      expect(valueOf(result, DORSET, '2019/20')).toBe(226);
      expect(valueOf(result, 'E23000032', '2019/20')).toBeNull();
      expect(valueOf(result, 'E23000035', '2019/20')).toBe(419);
      expect(result.ignoredColumns).toEqual([{ index: 3, name: 'Reply date' }]);
    }
  });
});

describe('importWorkbook: OpenDocument details', () => {
  it('reads numbers from office:value, not the text shown, and keeps a workbook of one sheet in its own row numbers', async () => {
    const bytes = writeOds([
      { name: 'Only', rows: [['A title'], ['Force', '2021/22', '2022/23'], ['Dorset', 1154.5, 7], ['Hants', 3, 4]], trailingEmptyRows: 1_048_000 },
    ]);
    const result = await imported(bytes, {});
    // The writer shows 1154.5 as "1,154.5": the value is read, not the text.
    expect(valueOf(result, DORSET, '2021/22')).toBe(1154.5);
    expect(valueOf(result, 'E23000030', '2022/23')).toBe(4);
    expect(result.headerLine).toBe(2);
    expect(result.dataRows).toBe(2);
  });

  it('passes over a sheet whose header differs, and says so', async () => {
    const bytes = writeOds([
      {
        name: 'A',
        rows: [
          ['Force', '2021/22'],
          ['Dorset', 1],
        ],
      },
      {
        name: 'B',
        rows: [
          ['Force', '2022/23'],
          ['Dorset', 2],
        ],
      },
    ]);
    const result = await imported(bytes, {});
    expect(result.years).toEqual(['2021/22']);
    expect(result.warnings).toContain('sheet not read: "\u2068B\u2069" (its header (row 1) is not the same as sheet "\u2068A\u2069"\'s)');
  });
});

describe('importWorkbook: the sheet the reader picks (the committed two-table fixture: a cover, then NSPCC FOI Nov 2021 and Sep 2018 on two sheets)', () => {
  const bytes = () => new Uint8Array(readFileSync(fixturePaths.foiTwoTablesXlsx));
  const HAMPSHIRE = 'E23000030';
  // Expected: rows of ../shared/data/nspcc-foi-child-abuse-image-offences.csv read with python3's csv module,
  // release "NSPCC FOI Nov 2021" (Dorset 2020/21: 212) and "NSPCC FOI Sep 2018" (Hampshire 2016/17: 974, 2017/18: 1199).

  it('reads the first sheet holding a table by default, and names every sheet for the picker', async () => {
    const result = await imported(bytes(), {});
    expect(result.workbook).toEqual({ sheets: ['Cover', 'Table_1', 'Table_2'], read: ['Table_1'] });
    expect(valueOf(result, DORSET, '2020/21')).toBe(212);
    expect(result.years).toEqual(['2016/17', '2017/18', '2018/19', '2019/20', '2020/21']);
  });

  it('reads only the sheet picked, by name', async () => {
    const result = await imported(bytes(), { sheet: 'Table_2' });
    expect(result.workbook).toEqual({ sheets: ['Cover', 'Table_1', 'Table_2'], read: ['Table_2'] });
    expect(result.years).toEqual(['2016/17', '2017/18']);
    expect([valueOf(result, HAMPSHIRE, '2016/17'), valueOf(result, HAMPSHIRE, '2017/18')]).toEqual([974, 1199]);
    expect(valueOf(result, DORSET, '2017/18')).toBeUndefined();
    // The line numbers are the sheet's own: its header is row 3, below the title and the note.
    expect(result.headerLine).toBe(3);
  });

  it('says so when the sheet picked holds no table, or is not in the workbook', async () => {
    const cover = await importWorkbook(bytes(), { sheet: 'Cover' }, { forces: forceTable });
    expect(cover).toEqual({
      ok: false,
      error: 'no sheet of the workbook holds a table this map reads (sheet "\u2068Cover\u2069": it holds only lines of text, no table)',
    });
    const missing = await importWorkbook(bytes(), { sheet: 'Table_9' }, { forces: forceTable });
    expect(missing).toEqual({ ok: false, error: 'the workbook has no sheet named "\u2068Table_9\u2069"' });
  });
});
