import type { TidyColumns } from './detect-shape';
import type { FigureRow } from './figure-rows';
import type { DelimitedRow } from './parse-delimited';
import { hasExtraFields, tooFewFields, tooManyFields } from './table-rows';

/**
 * A tidy table (one figure per row, in force, year and value columns) as
 * figure rows: exactly one per row of the file, with the row's own line
 * number, so that validateFigureRows accounts for every row. Other columns
 * are not read.
 */
export function tidyFigureRows(body: readonly DelimitedRow[], columns: TidyColumns, headerLength: number, source = 0): FigureRow[] {
  const needed = Math.max(columns.force.index, columns.year.index, columns.value.index) + 1;
  return body.map(({ line, fields }) => {
    const row: FigureRow = {
      line,
      force: (fields[columns.force.index] ?? '').trim(),
      year: fields[columns.year.index] ?? '',
      value: fields[columns.value.index] ?? '',
      source,
    };
    if (fields.length < needed) return { ...row, malformed: tooFewFields(fields.length, headerLength) };
    if (hasExtraFields(fields, headerLength)) return { ...row, malformed: tooManyFields(fields.length, headerLength) };
    return row;
  });
}
