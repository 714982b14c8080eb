import * as z from 'zod/mini';
import type { ForceTable } from '../forces/force-table';
import { decodeText } from './decode-text';
import { MAX_IMPORT_SIZE, tooLargeMessage } from './import-options';
import { importRequestSchema, type ImportResponse } from './import-messages';
import { importTable } from './import-table';

/** Progress is posted when it has moved on by at least this much: enough to animate a bar, few enough to be cheap. */
const PROGRESS_STEP = 0.01;

/**
 * Everything the import worker does, apart from being a worker: check the
 * message, read the input, run importTable, and post progress, then the
 * result or an error. Kept out of the worker file so that it can be tested
 * without one.
 */
export async function handleImportRequest(data: unknown, forces: ForceTable, post: (response: ImportResponse) => void): Promise<void> {
  const request = importRequestSchema.safeParse(data);
  if (!request.success) {
    const id = z.object({ id: z.int() }).safeParse(data);
    post({ type: 'error', id: id.success ? id.data.id : null, message: `not an import request: ${z.prettifyError(request.error)}` });
    return;
  }
  const { id, input, options } = request.data;
  try {
    let text: string;
    const warnings: string[] = [];
    if (typeof input === 'string') {
      text = input;
    } else {
      const size = input instanceof ArrayBuffer ? input.byteLength : input.size;
      if (size > MAX_IMPORT_SIZE) {
        post({ type: 'error', id, message: tooLargeMessage(size) });
        return;
      }
      const decoded = decodeText(input instanceof ArrayBuffer ? input : await input.arrayBuffer());
      text = decoded.text;
      if (decoded.encoding === 'windows-1252') warnings.push('the file is not UTF-8; it was read as Windows-1252 (Western European)');
    }
    let reported = 0;
    const onProgress = (fraction: number) => {
      if (fraction - reported < PROGRESS_STEP) return;
      reported = fraction;
      post({ type: 'progress', id, fraction: Math.min(1, Math.max(0, fraction)) });
    };
    const outcome = importTable(text, options, { forces, onProgress });
    if (!outcome.ok) {
      post({ type: 'error', id, message: outcome.error });
      return;
    }
    post({ type: 'result', id, result: { ...outcome, warnings: [...warnings, ...outcome.warnings] } });
  } catch (error) {
    post({ type: 'error', id, message: `the import failed unexpectedly: ${error instanceof Error ? error.message : String(error)}` });
  }
}
