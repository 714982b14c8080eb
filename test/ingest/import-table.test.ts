import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/datasets/dataset';
import { HOME_OFFICE_COLUMNS } from '../../src/ingest/home-office-table';
import { importResultSchema, type ImportOutcome, type ImportResult } from '../../src/ingest/import-result';
import { importTable, MAX_IMPORT_SIZE, type ImportOptions } from '../../src/ingest/import-table';
import { describeRowError, rowsRejected, type RowError } from '../../src/ingest/ingest-report';
import { plainMessage } from '../../src/format/user-text';
import { forceTable } from '../helpers';

const DORSET = 'E23000039';
const KENT = 'E23000032';

function run(text: string, options: ImportOptions = {}): ImportOutcome {
  return importTable(text, options, { forces: forceTable });
}

/** Imports text that must import, and checks what every import must satisfy. */
function imported(text: string, options: ImportOptions = {}): ImportResult {
  const outcome = run(text, options);
  if (!outcome.ok) throw new Error(`expected an import, got: ${outcome.error}`);
  expect(outcome.report.rowsRead).toBe(outcome.report.rowsUsed + rowsRejected(outcome.report));
  expect(importResultSchema.parse(outcome)).toBeTruthy();
  return outcome;
}

function failure(text: string, options: ImportOptions = {}): string {
  const outcome = run(text, options);
  if (outcome.ok) throw new Error('expected the import to fail');
  return outcome.error;
}

const errorsOf = (result: ImportResult) => result.report.errors.map((error: RowError) => [error.line, error.reason]);
const valueOf = (result: ImportResult, code: string, year: string) => result.observations.find((o) => o.code === code && o.year === year)?.value;

describe('importTable: whole-file problems', () => {
  it('refuses an empty file', () => {
    expect(failure('')).toBe('the file is empty');
    expect(failure('\uFEFF \r\n\t\n')).toBe('the file is empty');
  });

  it('refuses binary content', () => {
    expect(failure('force,year,value\nDorset\u0000,2016/17,1')).toMatch(/binary content \(NUL bytes\)/);
    expect(failure('PK\u0003\u0004\u0014\u0000\u0006\u0000')).toMatch(/Excel workbook/);
    expect(failure('force,year,value\n' + '\u0001\u0002\u0003\u0004abc'.repeat(20))).toMatch(/binary content \(\d+ control characters/);
  });

  it('refuses a file over the size limit, naming the limit', () => {
    expect(MAX_IMPORT_SIZE).toBe(64 * 1024 * 1024);
    expect(failure('a'.repeat(MAX_IMPORT_SIZE + 1))).toBe('the file is too large to import (64.0 MB; the limit is 64 MB)');
  });

  it('refuses a header it does not recognise, saying where and what it found', () => {
    expect(plainMessage(failure('Name,Year,Value\nDorset,2016/17,1\n'))).toMatch(
      /^the header on line 1 is not recognised: no column naming the force.*found 3 columns: "Name", "Year", "Value"/,
    );
  });

  it('refuses a header with nothing below it', () => {
    expect(failure('force,year,value\r\n')).toBe('the file has a header (line 1) but no rows below it');
  });

  it('refuses options it cannot use', () => {
    expect(failure('force,year,value\nDorset,2016/17,1', { delimiter: '|' as ',' })).toMatch(/options are not valid/);
    expect(plainMessage(failure('force,year,value\nDorset,2016/17,1', { nameMapping: [['Dorest', 'E23999999']] }))).toMatch(
      /sends "Dorest" to E23999999, which is not a police force area/,
    );
  });
});

describe('importTable: tidy tables', () => {
  it('reads force, year and value, and reports the columns it ignored', () => {
    const result = imported('Force,Year,Value,Notes\nDorset,2016/17,278,checked\nKent Police,2016-17,12,\n');
    expect(result.shape).toBe('tidy');
    expect(result.counting).toBe('rows');
    expect(result.ignoredColumns).toEqual([{ index: 3, name: 'Notes' }]);
    expect(result.observations).toEqual([
      { code: DORSET, year: '2016/17', value: 278, source: 0 },
      { code: KENT, year: '2016/17', value: 12, source: 0 },
    ]);
    expect(result.years).toEqual(['2016/17']);
    expect(result.report).toMatchObject({ rowsRead: 2, rowsUsed: 2, errors: [] });
  });

  it('handles a BOM, CRLF, semicolons, quoted and spaced thousands and suppression markers', () => {
    const text =
      '\uFEFFforce name;financial year;count\r\n"Dorset";2016/17;"1,154"\r\nDorset;2017/18;1 154\r\nDorset;2018/19;[x]\r\nDorset;2019/20;..\r\nDorset;2020/21;-\r\nDorset;2021/22;1,154\r\n';
    const result = imported(text);
    expect(result.delimiter).toBe(';');
    expect(result.observations.map((o) => o.value)).toEqual([1154, 1154, null, null, null, 1154]);
    expect(result.report.notPublished).toBe(3);
    expect(result.report.rowsUsed).toBe(6);
  });

  it('reads tab-separated text', () => {
    expect(imported('pfa\tperiod\tfigure\nDorset\t2016/17\t5\n').observations).toEqual([{ code: DORSET, year: '2016/17', value: 5, source: 0 }]);
  });

  it('rejects each kind of bad row with the line it is on in the file', () => {
    const text = [
      'force,year,value', // 1
      'Dorset,2016/17,1', // 2: used
      '"Dorest",2017/18,1', // 3: unknown force
      'British Transport Police,2016/17,1', // 4: no area (set aside)
      'Kent,2016,1', // 5: bad year
      'Kent,2016/17,lots', // 6: non-numeric
      'Kent,2017/18,-4', // 7: negative
      '', // 8: blank, not a row
      'Dorset,2016/17,2', // 9: duplicate
      'Kent', // 10: too few fields
      'Kent,2018/19,1,154', // 11: too many fields
      '"Kent","2019/20","multi', // 12–13: a quoted line break
      'line"', //
      'Essex,2019/20,3', // 14: used
    ].join('\n');
    const result = imported(text);
    expect(errorsOf(result)).toEqual([
      [3, 'unknown-force'],
      [5, 'bad-year'],
      [6, 'non-numeric'],
      [7, 'negative'],
      [9, 'duplicate'],
      [10, 'too-few-fields'],
      [11, 'too-many-fields'],
      [12, 'non-numeric'],
    ]);
    expect(result.report.setAside['no-area']).toBe(1);
    expect(result.report.noAreaBodies).toEqual({ 'British Transport Police': 1 });
    // Eleven rows: the blank line is none, and the quoted line break does not start one.
    expect(result.dataRows).toBe(11);
    expect(result.report.rowsRead).toBe(11);
    expect(result.report.rowsUsed).toBe(2);
  });

  it('suggests the closest force for an unknown name, and lists its lines for mapping', () => {
    const result = imported('force,year,value\nDevon & Cornwal,2016/17,1\nDevon & Cornwal,2017/18,2\n');
    expect(result.report.errors[0]).toMatchObject({ reason: 'unknown-force', text: 'Devon & Cornwal' });
    expect(plainMessage(result.report.errors[0]!.message)).toBe('unknown force "Devon & Cornwal"; did you mean "Devon and Cornwall"?');
    expect(result.report.unknownNames).toEqual([{ name: 'Devon & Cornwal', lineCount: 2, lines: [2, 3], suggestions: ['E23000035'] }]);
  });

  it('says which letter of a look-alike name is from another script, where it and the force it suggests look the same (issue 25, item 4)', () => {
    // U+043E is CYRILLIC SMALL LETTER O; U+0391 GREEK CAPITAL LETTER ALPHA; U+0435 CYRILLIC SMALL LETTER IE (Unicode names, by hand).
    const messages = imported(
      'force,year,value\nD\u043Erset,2016/17,1\nD\u0435v\u043En and Cornwall,2016/17,1\n\u0391von and Somerset,2016/17,1\nDevon & Cornwal,2016/17,1\n',
    ).report.errors.map((error) => plainMessage(error.message));
    expect(messages[0]).toBe('unknown force "D\u043Erset", which holds the Cyrillic letter \u043E (U+043E); did you mean "Dorset"?');
    expect(messages[1]).toBe(
      'unknown force "D\u0435v\u043En and Cornwall", which holds the Cyrillic letters \u0435 (U+0435) and \u043E (U+043E); did you mean "Devon and Cornwall"?',
    );
    expect(messages[2]).toBe('unknown force "\u0391von and Somerset", which holds the Greek letter \u0391 (U+0391); did you mean "Avon and Somerset"?');
    // A name all in Latin letters is said as before.
    expect(messages[3]).toBe('unknown force "Devon & Cornwal"; did you mean "Devon and Cornwall"?');
  });

  it('applies names the user mapped by hand', () => {
    const result = imported('force,year,value\nDevon & Cornwal,2016/17,1\nBournemouth,2016/17,2\n', {
      nameMapping: [
        ['Devon & Cornwal', 'E23000035'],
        ['Bournemouth', DORSET],
      ],
    });
    expect(result.report.errors).toEqual([]);
    expect(result.observations.map((o) => o.code)).toEqual(['E23000035', DORSET]);
  });

  it('skips title lines above the header, and lists them', () => {
    const result = imported('Table 3: obscene publications\n,,\nforce,year,value\nDorset,2016/17,1\n');
    expect(result.headerLine).toBe(3);
    expect(result.preamble).toEqual([
      { line: 1, text: 'Table 3: obscene publications' },
      { line: 2, text: ',,' },
    ]);
    expect(result.warnings[0]).toMatch(/2 title line\(s\) above the header, on line 3, were skipped/);
    expect(errorsOf(result)).toEqual([]);
  });

  it('finds the delimiter below title lines', () => {
    const result = imported('Obscene publications by force\r\nforce\tyear\tvalue\r\nDorset\t2016/17\t"1,154"\r\n');
    expect(result.delimiter).toBe('\t');
    expect(result.observations).toEqual([{ code: DORSET, year: '2016/17', value: 1154, source: 0 }]);
  });

  it('does not pass over a row of several cells that is not a header', () => {
    expect(failure('Force,Quarter,Count\nforce,year,value\n')).toMatch(/^the header on line 1/);
  });

  it('builds a valid dataset with the title and unit given', () => {
    const result = imported('force,year,value\nDorset,2017/18,3\nKent,2016/17,[x]\n', { title: 'My figures', unit: 'cases', fileName: 'mine.csv' });
    const dataset = datasetSchema.parse(result.dataset);
    expect(dataset.meta).toMatchObject({ title: 'My figures', unit: 'cases', source: 'Imported from your file mine.csv' });
    expect(dataset.years).toEqual(['2016/17', '2017/18']);
    expect(dataset.observations).toHaveLength(2);
  });

  it('gives no dataset when no figure could be used', () => {
    const result = imported('force,year,value\nNowhere,2016/17,1\n');
    expect(result.dataset).toBeNull();
    expect(result.years).toEqual([]);
  });
});

describe('importTable: wide tables', () => {
  it('counts each cell under a year column as a figure, used or rejected on its own', () => {
    const text = [
      'Police force area,2016/17,2017-18,2018/2019,Notes', // 1
      'Dorset,1,"1,154",[x],fine', // 2: three used
      'Dorest,1,2,3,', // 3: three unknown-force
      'British Transport Police,1,2,3,', // 4: three no-area
      'Kent,1,-2,many', // 5: used, negative, non-numeric
      'Essex,1', // 6: used, two too-few-fields
      'Surrey,1,2,3,note,154', // 7: three too-many-fields
      'Dorset,9,9,9', // 8: three duplicates
    ].join('\r\n');
    const result = imported(text);
    expect(result.shape).toBe('wide');
    expect(result.counting).toBe('cells');
    expect(result.ignoredColumns).toEqual([{ index: 4, name: 'Notes' }]);
    expect(result.report.rowsRead).toBe(result.dataRows * 3);
    expect(result.report.rowsUsed).toBe(5);
    expect(result.report.setAside['no-area']).toBe(3);
    expect(result.report.errors.map((error) => [error.line, error.column, error.reason])).toEqual([
      [3, '2016/17', 'unknown-force'],
      [3, '2017-18', 'unknown-force'],
      [3, '2018/2019', 'unknown-force'],
      [5, '2017-18', 'negative'],
      [5, '2018/2019', 'non-numeric'],
      [6, '2017-18', 'too-few-fields'],
      [6, '2018/2019', 'too-few-fields'],
      [7, '2016/17', 'too-many-fields'],
      [7, '2017-18', 'too-many-fields'],
      [7, '2018/2019', 'too-many-fields'],
      [8, '2016/17', 'duplicate'],
      [8, '2017-18', 'duplicate'],
      [8, '2018/2019', 'duplicate'],
    ]);
    expect(result.report.unknownNames).toEqual([{ name: 'Dorest', lineCount: 1, lines: [3], suggestions: ['E23000039'] }]);
    expect(valueOf(result, DORSET, '2017/18')).toBe(1154);
    expect(valueOf(result, DORSET, '2018/19')).toBeNull();
    expect(result.years).toEqual(['2016/17', '2017/18', '2018/19']);
  });

  it('says where a rejected figure is: line and column', () => {
    const [error] = imported('force,2016/17\nKent,lots\n').report.errors;
    expect(plainMessage(describeRowError(error!))).toBe('line 2, column "2016/17": "lots" is not a number');
  });

  it('reads a pivot table with a blank corner cell, BOM and tabs', () => {
    const result = imported('\uFEFF\t2016/17\t2017/18\nDyfed Powys\t3\t4\n');
    expect(result.observations).toEqual([
      { code: 'W15000004', year: '2016/17', value: 3, source: 0 },
      { code: 'W15000004', year: '2017/18', value: 4, source: 0 },
    ]);
  });
});

describe('importTable: Home Office tables', () => {
  const header = HOME_OFFICE_COLUMNS.map((column) => `"${column}"`).join(',');
  const row = (year: string, quarter: number | string, force: string, code: string, value: number | string) =>
    `"${year}",${quarter},"${force}","Offence ${code}","Group ${code === 'AF' ? 'F' : 'M'}","Sub","${code}",${value}`;
  const text = [
    header,
    ...[1, 2, 3, 4].map((q) => row('2016/17', q, 'Dorset', '86', q)),
    ...[1, 2, 3, 4].map((q) => row('2016/17', q, 'Dorset', '37.200000000000003', 100)),
    ...[1, 2, 3, 4].map((q) => row('2016/17', q, 'Action Fraud', 'AF', 5)),
    row('2017/18', 1, 'Dorset', '86', 7),
    row('2016/17', 5, 'Dorset', '86', 7),
    '',
  ].join('\n');

  it('sums the chosen offences and lists every offence for the picker', () => {
    const result = imported(text, { offences: { codes: ['86'] } });
    expect(result.shape).toBe('home-office');
    expect(result.offences.map((offence) => offence.code)).toEqual(['AF', '37.2', '86']);
    expect(result.observations).toEqual([{ code: DORSET, year: '2016/17', value: 10, source: 0 }]);
    expect(result.partialYears).toEqual([{ year: '2017/18', quarters: 1 }]);
    expect(result.years).toEqual(['2016/17']);
    expect(errorsOf(result)).toEqual([[15, 'bad-quarter']]);
    expect(result.dataset?.meta).toMatchObject({ title: 'Offence 86 (offence code 86)', unit: 'offences' });
  });

  it('shows hidden characters of an offence description, a typed title and unit as escapes in the title, unit and definition (issue 25, item 3)', () => {
    const hostile = text.replaceAll('"Offence 86"', '"Offence \u202E86 enil"');
    const fromFile = imported(hostile, { offences: { codes: ['86'] } }).dataset!.meta;
    expect(fromFile.title).toBe('Offence ⟨U+202E⟩86 enil (offence code 86)');
    expect(fromFile.definition).toContain('Offence ⟨U+202E⟩86 enil');
    const typed = imported(text, { offences: { codes: ['86'] }, title: 'Abuse \u202Egnp.', unit: 'cases\u200B' }).dataset!.meta;
    expect([typed.title, typed.unit]).toEqual(['Abuse ⟨U+202E⟩gnp.', 'cases⟨U+200B⟩']);
    for (const meta of [fromFile, typed]) expect(JSON.stringify(meta)).not.toMatch(/[\u202E\u200B]/);
  });

  it('selects codes published with float noise by their normalised code, and selects by group', () => {
    expect(imported(text, { offences: { codes: ['37.2'] } }).observations).toEqual([{ code: DORSET, year: '2016/17', value: 400, source: 0 }]);
    const byGroup = imported(text, { offences: { groups: ['Group F'] } });
    expect(byGroup.observations).toEqual([]);
    expect(byGroup.report.noAreaBodies).toEqual({ 'Action Fraud': 4 });
  });

  it('warns when nothing is chosen, or a choice is not in the table', () => {
    const nothing = imported(text);
    expect(nothing.warnings).toEqual(['no offences are chosen yet: choose offence codes or groups to sum']);
    expect(nothing.dataset).toBeNull();
    expect(nothing.report.setAside['offence-not-selected']).toBe(14);
    expect(imported(text, { offences: { codes: ['86', '999'], groups: ['Nope'] } }).warnings.map(plainMessage)).toEqual([
      'offence code "999" is not in this table',
      'offence group "Nope" is not in this table',
    ]);
  });
});
