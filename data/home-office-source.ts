/**
 * The Home Office open data table as rows (the header first), from the CSV
 * or from the release as the Home Office publishes it (.ods, or .xlsx):
 * the workbook's year sheets are read as one table, as the import reads
 * them, and the title and note lines above the header are left out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isHomeOfficeHeader } from '../src/ingest/home-office-table';
import { parseDelimited, type DelimitedRow } from '../src/ingest/parse-delimited';
import { isWorkbookBytes, readWorkbook } from '../src/ingest/spreadsheet/read-workbook';

export async function readHomeOfficeTable(file: string): Promise<DelimitedRow[]> {
  const bytes = new Uint8Array(readFileSync(file));
  if (!isWorkbookBytes(bytes)) return parseDelimited(new TextDecoder('utf-8').decode(bytes));
  const table = await readWorkbook(bytes, {
    headerProblem: (fields) => (isHomeOfficeHeader(fields) ? undefined : 'not the header of the Home Office open data table'),
  }).catch((error: unknown) => {
    throw new Error(`${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const header = table.rows.findIndex((row) => isHomeOfficeHeader(row.fields));
  return table.rows.slice(header);
}
