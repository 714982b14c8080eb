import { describe, expect, it } from 'vitest';
import { wideFigureRows } from '../../src/ingest/wide-table';

const columns = {
  force: { index: 0, name: 'Force' },
  years: [
    { index: 1, name: '2016-17', year: '2016/17' },
    { index: 2, name: '2017/2018', year: '2017/18' },
  ],
};

describe('wideFigureRows', () => {
  it("makes one figure row per cell, with the line and the column's header and year", () => {
    expect(wideFigureRows([{ line: 4, fields: [' Dorset', '1', '[x]'] }], columns, 3)).toEqual([
      { line: 4, force: 'Dorset', year: '2016/17', value: '1', source: 0, column: '2016-17' },
      { line: 4, force: 'Dorset', year: '2017/18', value: '[x]', source: 0, column: '2017/2018' },
    ]);
  });

  it('marks only the cells a short line lacks', () => {
    const rows = wideFigureRows([{ line: 2, fields: ['Dorset', '1'] }], columns, 3);
    expect(rows.map((row) => row.malformed?.reason)).toEqual([undefined, 'too-few-fields']);
    expect(rows[1]?.malformed?.message).toMatch(/the line ends before this column/);
  });

  it('marks every cell of a line whose fields have shifted', () => {
    const rows = wideFigureRows([{ line: 2, fields: ['Dorset', '1', '154', '7'] }], columns, 3);
    expect(rows.map((row) => row.malformed?.reason)).toEqual(['too-many-fields', 'too-many-fields']);
  });
});
