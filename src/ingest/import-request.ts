import * as z from 'zod/mini';
import type { ForceTable } from '../forces/force-table';
import { importWords, useImportLanguage } from '../i18n/import-words';
import { decodeText } from './decode-text';
import { createErrorsCsv } from './errors-csv';
import { MAX_IMPORT_SIZE, tooLargeMessage } from './import-options';
import { workerRequestSchema, type ImportResponse } from './import-messages';
import { importTable, importWorkbook } from './import-table';
import { isWorkbookBytes } from './spreadsheet/read-workbook';

/** Progress is posted when it has moved on by at least this much: enough to animate a bar, few enough to be cheap. */
const PROGRESS_STEP = 0.01;
/** How much of an unexpected failure's own words a message repeats. */
const FAILURE_DETAIL_LENGTH = 300;

/**
 * Everything the import worker does, apart from being a worker: check the
 * message, say at once that it was taken, read the input, run importTable
 * (importWorkbook for the bytes of an .ods or .xlsx),
 * and post progress, then the result (or the CSV of every rejected row) or
 * an error. Kept out of the worker file so that it can be tested without one.
 */
export async function handleImportRequest(data: unknown, forces: ForceTable, post: (response: ImportResponse) => void): Promise<void> {
  const request = workerRequestSchema.safeParse(data);
  if (!request.success) {
    const id = z.object({ id: z.int() }).safeParse(data);
    post({ type: 'error', id: id.success ? id.data.id : null, message: importWords().file.notARequest(z.prettifyError(request.error)) });
    return;
  }
  const { type, id, input, options, language } = request.data;
  useImportLanguage(language);
  post({ type: 'progress', id, fraction: 0 });
  try {
    const read = await readInput(input);
    if (!read.ok) {
      post({ type: 'error', id, message: read.error });
      return;
    }
    let reported = 0;
    let reportedSheet: string | undefined;
    const onProgress = (fraction: number, sheet?: string) => {
      if (fraction - reported < PROGRESS_STEP && sheet === reportedSheet) return;
      reported = fraction;
      reportedSheet = sheet;
      post({ type: 'progress', id, fraction: Math.min(1, Math.max(0, fraction)), ...(sheet === undefined ? {} : { sheet: sheet.slice(0, 200) }) });
    };
    const csv = type === 'errors-csv' ? createErrorsCsv() : undefined;
    const environment = { forces, onProgress, ...(csv ? { onError: csv.onError } : {}) };
    const outcome = 'bytes' in read ? await importWorkbook(read.bytes, options, environment) : importTable(read.text, options, environment);
    if (!outcome.ok) {
      post({ type: 'error', id, message: outcome.error });
      return;
    }
    if (csv) {
      post({ type: 'errors-csv', id, csv: new Blob(csv.text(), { type: 'text/csv;charset=utf-8' }), rows: csv.rows() });
      return;
    }
    post({ type: 'result', id, result: { ...outcome, warnings: [...read.warnings, ...outcome.warnings] } });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const shortened = detail.length > FAILURE_DETAIL_LENGTH ? `${detail.slice(0, FAILURE_DETAIL_LENGTH)}…` : detail;
    post({ type: 'error', id, message: importWords().file.failedUnexpectedly(shortened) });
  }
}

/** Text, or a workbook's bytes (a zip or an Office container), which are read as cells rather than decoded. */
async function readInput(
  input: string | ArrayBuffer | Blob,
): Promise<{ ok: true; text: string; warnings: string[] } | { ok: true; bytes: Uint8Array; warnings: string[] } | { ok: false; error: string }> {
  if (typeof input === 'string') return { ok: true, text: input, warnings: [] };
  const size = input instanceof ArrayBuffer ? input.byteLength : input.size;
  if (size > MAX_IMPORT_SIZE) return { ok: false, error: tooLargeMessage(size) };
  const bytes = new Uint8Array(input instanceof ArrayBuffer ? input : await input.arrayBuffer());
  if (isWorkbookBytes(bytes)) return { ok: true, bytes, warnings: [] };
  const decoded = decodeText(bytes);
  const warnings = decoded.encoding === 'windows-1252' ? [importWords().file.windows1252] : [];
  return { ok: true, text: decoded.text, warnings };
}
