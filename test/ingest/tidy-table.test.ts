import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../src/ingest/parse-delimited';
import { tidyFigureRows } from '../../src/ingest/tidy-table';

const columns = { force: { index: 1, name: 'Force' }, year: { index: 2, name: 'Year' }, value: { index: 0, name: 'Value' } };

describe('tidyFigureRows', () => {
  it('makes one figure row per row, with its line in the file', () => {
    const body = parseDelimited('header\n5, Dorset ,2016/17,note\n\n"1,154",Kent,2017/18,\n').slice(1);
    expect(tidyFigureRows(body, columns, 4)).toEqual([
      { line: 2, force: 'Dorset', year: '2016/17', value: '5', source: 0 },
      { line: 4, force: 'Kent', year: '2017/18', value: '1,154', source: 0 },
    ]);
  });

  it('marks a row without the fields it needs as too short', () => {
    const [row] = tidyFigureRows([{ line: 7, fields: ['5', 'Dorset'] }], columns, 3);
    expect(row?.malformed).toEqual({ reason: 'too-few-fields', message: '2 fields where the header has 3' });
  });

  it('marks a row with more filled fields than the header as shifted, but not one with trailing empty fields', () => {
    const [shifted, trailing] = tidyFigureRows(
      [
        { line: 2, fields: ['1', 'Dorset', '2016/17', '154'] },
        { line: 3, fields: ['1', 'Dorset', '2016/17', '', ' '] },
      ],
      columns,
      3,
    );
    expect(shifted?.malformed?.reason).toBe('too-many-fields');
    expect(shifted?.malformed?.message).toMatch(/1,154 written without quotes/);
    expect(trailing?.malformed).toBeUndefined();
  });
});
