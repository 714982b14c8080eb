/**
 * What a workbook reader hands on, sheet by sheet and row by row, so that
 * the table can be put together without the workbook ever being held whole.
 */
export interface SheetRowSink {
  startSheet(name: string): void;
  /**
   * A row that holds something: its number in the sheet (1-based, as the
   * spreadsheet program shows it), its cells as text (numbers as their full
   * value, covered cells of a merge empty, trailing empty cells left out),
   * and the columns (0-based) where a cell merged over several columns starts.
   */
  row(rowNumber: number, fields: string[], mergedColumns: readonly number[]): void;
  endSheet(): void;
}

/** More rows than this in one workbook is not a table of figures by force (the Home Office release has about 260,000). */
export const MAX_WORKBOOK_ROWS = 3_000_000;
/** Columns read from a row; a row repeating a filled cell across every column of the sheet stops here. */
export const MAX_ROW_CELLS = 1024;

/**
 * Repeated cell text (force names, offence descriptions) as one string
 * each: a quarter of a million rows repeat a few hundred distinct names.
 */
export function createInterner(maxEntries = 200_000, maxLength = 120): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    if (text.length > maxLength) return text;
    const known = seen.get(text);
    if (known !== undefined) return known;
    if (seen.size < maxEntries) seen.set(text, text);
    return text;
  };
}
