import { describe, expect, it } from 'vitest';
import { createErrorsCsv } from '../../src/ingest/errors-csv';
import { importTable } from '../../src/ingest/import-table';
import { parseDelimited } from '../../src/ingest/parse-delimited';
import { forceTable } from '../helpers';

describe('createErrorsCsv', () => {
  it('writes every rejected row of an import, however many, as CSV a spreadsheet reads back', () => {
    const csv = createErrorsCsv();
    const rows = Array.from({ length: 2500 }, (_, i) => `Dorset,2016/17,=${i}`);
    importTable(`force,year,value\n"Dor, set",2016/17,1\n${rows.join('\n')}\n`, {}, { forces: forceTable, onError: csv.onError });
    expect(csv.rows()).toBe(2501);
    const parsed = parseDelimited(csv.text().join(''));
    expect(parsed[0]?.fields).toEqual(['line', 'column', 'reason', 'message', 'text']);
    expect(parsed[1]?.fields).toEqual(['2', '', 'unknown-force', 'unknown force "Dor, set"; did you mean "Dorset"?', 'Dor, set']);
    // A cell that would be a formula in a spreadsheet is written as text.
    expect(parsed[2]?.fields).toEqual(['3', '', 'non-numeric', '"=0" is not a number', "'=0"]);
    expect(parsed.at(-1)?.fields[0]).toBe('2502');
  });

  it('quotes a rejected cell holding a semicolon, and guards the formula after it (issue 25, item 2)', () => {
    const csv = createErrorsCsv();
    importTable("force,year,value\nx;=cmd|'/C calc'!A0;y,2016/17,1\n", {}, { forces: forceTable, onError: csv.onError });
    const line = csv.text()[1]!;
    expect(line).toContain(`,"x;'=cmd|'/C calc'!A0;y"\r\n`);
    expect(
      line
        .split(';')
        .slice(1)
        .every((cell) => !/^[=+\-@]/.test(cell)),
    ).toBe(true);
  });
});
