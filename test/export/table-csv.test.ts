import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumber, TABLE_CSV_HEADER, tableCsv, type TableCsvRow } from '../../src/export/table-csv';
import { parseDelimited } from '../../src/ingest/parse-delimited';

const source = { release: 'Police recorded crime, year ending March 2021', url: 'https://www.gov.uk/government/statistics/police-recorded-crime-open-data-tables' };

const dorset: TableCsvRow = { code: 'E23000039', name: 'Dorset', region: 'South West', year: '2020/21', measure: 'Number of offences', value: 1154, missingLabel: 'not published', source };
const rows: TableCsvRow[] = [
  dorset,
  { ...dorset, code: 'E23000001', name: 'Metropolitan Police', region: 'London', value: null },
  { ...dorset, code: 'E23000036', name: 'Devon & Cornwall', measure: 'Offences per 100,000 people', value: 24.51234, missingLabel: 'not available' },
  { ...dorset, code: 'W15000001', name: 'North Wales', region: 'Wales', measure: 'Change in offences from the previous year', value: -4.2, missingLabel: 'not available' },
];

const fieldsOf = (csv: string) => parseDelimited(csv).map((row) => row.fields);

describe('tableCsv', () => {
  const csv = tableCsv(rows);

  it('starts with a UTF-8 byte-order mark and the header', () => {
    expect(csv.startsWith('\uFEFFforce_code,force_name,region,year,measure,value,note,source\r\n')).toBe(true);
    expect(TABLE_CSV_HEADER).toHaveLength(8);
  });

  it('ends every line, the last included, in CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 2);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('reads back with parseDelimited: one row per force, values as plain numbers', () => {
    expect(fieldsOf(csv)).toEqual([
      [...TABLE_CSV_HEADER],
      ['E23000039', 'Dorset', 'South West', '2020/21', 'Number of offences', '1154', '', `${source.release} (${source.url})`],
      ['E23000001', 'Metropolitan Police', 'London', '2020/21', 'Number of offences', '', 'not published', `${source.release} (${source.url})`],
      ['E23000036', 'Devon & Cornwall', 'South West', '2020/21', 'Offences per 100,000 people', '24.512', '', `${source.release} (${source.url})`],
      ['W15000001', 'North Wales', 'Wales', '2020/21', 'Change in offences from the previous year', '-4.2', '', `${source.release} (${source.url})`],
    ]);
  });

  it('quotes fields holding a comma, and only those', () => {
    expect(csv).toContain(',"Offences per 100,000 people",');
    expect(csv).toContain(',"Police recorded crime, year ending March 2021 (https://');
    expect(csv).toContain('E23000039,Dorset,South West,2020/21,Number of offences,1154,,');
  });

  it('quotes quotes (doubled) and line breaks, RFC 4180', () => {
    const awkward = tableCsv([{ ...dorset, name: 'The "Met"', region: 'Line one\nline two', measure: 'a\r\nb' }]);
    expect(awkward).toContain(',"The ""Met""","Line one\nline two",2020/21,"a\r\nb",');
    expect(fieldsOf(awkward)[1]!.slice(1, 5)).toEqual(['The "Met"', 'Line one\nline two', '2020/21', 'a\r\nb']);
  });

  it('leaves value empty, never 0, when there is no figure, and says why in the note', () => {
    const missing = fieldsOf(tableCsv([{ ...dorset, value: null }, { ...dorset, value: Number.NaN, missingLabel: 'not available' }, { ...dorset, value: 0 }]));
    expect(missing.slice(1).map((fields) => fields.slice(5, 7))).toEqual([
      ['', 'not published'],
      ['', 'not available'],
      ['0', ''],
    ]);
  });

  it('leaves the source empty when a row has none', () => {
    const { source: _, ...withoutSource } = dorset;
    expect(fieldsOf(tableCsv([withoutSource]))[1]![7]).toBe('');
  });

  it('guards text that a spreadsheet would run as a formula with a leading apostrophe', () => {
    const hostile = tableCsv([{ ...dorset, name: '=HYPERLINK("http://x","y")', region: '+1', measure: '-2', source: { release: '@SUM(A1)', url: 'u' } }, { ...dorset, name: '\tTab', region: '\rCR' }]);
    const [, first, second] = fieldsOf(hostile);
    expect(first!.slice(1, 5)).toEqual([`'=HYPERLINK("http://x","y")`, "'+1", '2020/21', "'-2"]);
    expect(first![7]).toBe("'@SUM(A1) (u)");
    expect(second!.slice(1, 3)).toEqual(["'\tTab", "'\rCR"]);
    // A negative value is a number, not text: no apostrophe.
    expect(fieldsOf(tableCsv([{ ...dorset, value: -12.5 }]))[1]![5]).toBe('-12.5');
  });

  it('quotes a field holding a semicolon or a tab and guards a formula after any separator, not only at the start (issue 25, item 2)', () => {
    const hostile = "x;=cmd|'/C calc'!A0;y";
    const csv = tableCsv([{ ...dorset, name: hostile, region: 'a\t@SUM(A1)', measure: 'm,+1', source: { release: hostile, url: 'u' } }]);
    const line = csv.split('\r\n')[1]!;
    // Written by hand: the apostrophe before each formula character that follows a separator, and the field quoted.
    expect(line).toBe(`E23000039,"x;'=cmd|'/C calc'!A0;y","a\t'@SUM(A1)",2020/21,"m,'+1",1154,,"x;'=cmd|'/C calc'!A0;y (u)"`);
    // A spreadsheet that splits on semicolons or tabs, quotes or not, finds no cell that starts a formula.
    for (const cell of line.split(/[;,\t]/)) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    expect(fieldsOf(csv)[1]![1]).toBe("x;'=cmd|'/C calc'!A0;y");
  });

  it('gives just the header for an empty table', () => {
    expect(tableCsv([])).toBe('\uFEFFforce_code,force_name,region,year,measure,value,note,source\r\n');
  });

  it('round-trips any text through parseDelimited (apostrophe added only before formula characters)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string(), fc.option(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { nil: null })), { maxLength: 5 }), (cells) => {
        const table = cells.map(([name, measure, value]): TableCsvRow => ({ ...dorset, name, measure, value }));
        const parsed = fieldsOf(tableCsv(table));
        expect(parsed).toHaveLength(table.length + 1);
        table.forEach((row, index) => {
          const fields = parsed[index + 1]!;
          // An apostrophe before a formula character at the start or after a separator (comma, semicolon, tab, line break).
          const guarded = (text: string) => [...text].map((char, i) => ('=+-@\t\r'.includes(char) && (i === 0 || ',;\t\r\n'.includes(text[i - 1]!)) ? `'${char}` : char)).join('');
          expect(fields).toHaveLength(8);
          expect(fields[1]).toBe(guarded(row.name));
          expect(fields[4]).toBe(guarded(row.measure));
          expect(fields[5]).toBe(row.value === null ? '' : plainNumber(row.value));
        });
      }),
    );
  });
});

describe('plainNumber', () => {
  it('writes numbers a spreadsheet reads as numbers: no separators, no exponent, no float noise', () => {
    expect(plainNumber(1154)).toBe('1154');
    expect(plainNumber(1234567)).toBe('1234567');
    expect(plainNumber(24.5)).toBe('24.5');
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(24.51234)).toBe('24.512');
    expect(plainNumber(1000)).toBe('1000');
    expect(plainNumber(1000.1004)).toBe('1000.1');
    expect(plainNumber(-4.2)).toBe('-4.2');
    expect(plainNumber(-0.0001)).toBe('0');
    expect(plainNumber(1e-7)).toBe('0');
    expect(plainNumber(0)).toBe('0');
  });
});
