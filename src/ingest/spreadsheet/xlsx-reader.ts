import { importWords } from '../../i18n/import-words';
import type { CellObject, WorkSheet } from '@e965/xlsx';
import { createInterner, MAX_ROW_CELLS, MAX_WORKBOOK_ROWS, type SheetRowSink } from './sheet-rows';
import { streamEntry, WorkbookProblem, type ZipEntry } from './zip-archive';

/**
 * An Excel workbook (.xlsx), read with SheetJS Community Edition (the
 * @e965/xlsx mirror of its own distribution; loaded only when an .xlsx
 * arrives). Workbooks that come as .xlsx (FOI replies, ONS tables) are
 * small; the large Home Office release is .ods, which is streamed. Every
 * entry is first inflated and counted here, so that a zip bomb or a zip
 * whose directory lies about its sizes is refused before SheetJS unpacks it.
 */
/**
 * Shares of the progress bar: unpacking every entry once to count it (by
 * compressed bytes), then SheetJS's parse of the whole workbook (one call
 * that cannot report, so the bar waits at UNPACKED until it returns), then
 * the sheets' rows, a sheet at a time.
 */
const UNPACKED = 0.3;
const PARSED = 0.6;

export async function readXlsx(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  sink: SheetRowSink,
  onProgress?: (fraction: number) => void,
  maxBytes?: number,
): Promise<void> {
  let budget = maxBytes;
  const compressed = entries.reduce((sum, entry) => sum + entry.compressedSize, 0);
  let counted = 0;
  for (const entry of entries) {
    let unpacked = 0;
    const entryProgress = (fraction: number) => onProgress?.((UNPACKED * (counted + fraction * entry.compressedSize)) / Math.max(1, compressed));
    await streamEntry(bytes, entry, (chunk) => (unpacked += chunk.length), {
      onProgress: entryProgress,
      ...(budget === undefined ? {} : { maxBytes: budget }),
    });
    counted += entry.compressedSize;
    if (budget !== undefined) budget -= unpacked;
  }
  onProgress?.(UNPACKED);
  const XLSX = await import('@e965/xlsx');
  const workbook = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellDates: false, cellHTML: false, cellFormula: false, cellStyles: false });
  const sheetCount = workbook.SheetNames.length;
  const intern = createInterner();
  let rowsEmitted = 0;
  for (const [index, name] of workbook.SheetNames.entries()) {
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    sink.startSheet(name);
    onProgress?.(PARSED + ((1 - PARSED) * index) / sheetCount);
    const merged = mergedColumnsByRow(sheet);
    const rows = (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? [];
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      if (!cells) continue;
      const fields: string[] = [];
      for (let c = 0; c < Math.min(cells.length, MAX_ROW_CELLS); c++) fields.push(intern(cellText(cells[c], XLSX.SSF)));
      while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
      if (fields.length === 0) continue;
      if (++rowsEmitted > MAX_WORKBOOK_ROWS) {
        throw new WorkbookProblem(importWords().workbook.tooManyRows(MAX_WORKBOOK_ROWS.toLocaleString('en-GB')));
      }
      sink.row(r + 1, fields, merged.get(r) ?? []);
    }
    sink.endSheet();
  }
  onProgress?.(1);
}

interface DateCode {
  y: number;
  m: number;
  d: number;
}

/**
 * A cell as text: numbers in full ("37.2", never the shown "37"), a date
 * (a serial number with a date format) as its ISO date, a formula by its
 * cached value, an error (#N/A) as written.
 */
function cellText(cell: CellObject | undefined, ssf: { is_date(format: string): boolean; parse_date_code(serial: number): DateCode }): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (typeof cell.z === 'string' && ssf.is_date(cell.z)) {
      const date = ssf.parse_date_code(cell.v);
      return `${String(date.y).padStart(4, '0')}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
    }
    return String(cell.v);
  }
  if (cell.t === 'e') return typeof cell.w === 'string' ? cell.w : '#ERROR';
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return String(cell.v);
}

/** Row (0-based) → the columns where a cell merged across columns starts. */
function mergedColumnsByRow(sheet: WorkSheet): Map<number, number[]> {
  const byRow = new Map<number, number[]>();
  for (const range of sheet['!merges'] ?? []) {
    if (range.e.c === range.s.c) continue;
    const columns = byRow.get(range.s.r) ?? [];
    columns.push(range.s.c);
    byRow.set(range.s.r, columns);
  }
  return byRow;
}
