import type { WideColumns } from './detect-shape';
import type { FigureRow } from './figure-rows';
import type { DelimitedRow } from './parse-delimited';
import { importWords } from '../i18n/import-words';
import { hasExtraFields, tooFewFields, tooManyFields } from './table-rows';

/**
 * A wide table (a force column, then one column per financial year) as
 * figure rows: one per cell under a year column, each with its line in the
 * file and its column's header and year. Cells are what a wide table's
 * report counts: a line with five year columns is five figures read, each
 * used or rejected on its own, so one bad cell does not cost the line's
 * other figures.
 */
export function wideFigureRows(body: readonly DelimitedRow[], columns: WideColumns, headerLength: number, source = 0): FigureRow[] {
  const figures: FigureRow[] = [];
  for (const { line, fields } of body) {
    const force = (fields[columns.force.index] ?? '').trim();
    const shifted = hasExtraFields(fields, headerLength);
    for (const column of columns.years) {
      const row: FigureRow = { line, force, year: column.year, value: fields[column.index] ?? '', source, column: column.name };
      if (fields.length <= columns.force.index || fields.length <= column.index) {
        figures.push({ ...row, malformed: tooFewFields(fields.length, headerLength, importWords().rows.endsBeforeColumn) });
      } else if (shifted) {
        figures.push({ ...row, malformed: tooManyFields(fields.length, headerLength) });
      } else {
        figures.push(row);
      }
    }
  }
  return figures;
}
