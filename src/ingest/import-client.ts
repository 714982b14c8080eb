import * as z from 'zod/mini';
import type { ImportOptions } from './import-options';
import { importResponseSchema } from './import-messages';
import type { ImportOutcome } from './import-result';

/** The parts of a Worker the client uses, so that a test can stand in for one. */
export interface ImportWorkerPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

export interface ImportClient {
  /**
   * Imports a file in the worker. Resolves with the outcome (a failure for
   * a whole-file problem, as importTable gives it), never rejects because
   * of the file; rejects only if the worker's answer is not a valid message.
   */
  importFile(input: string | ArrayBuffer | Blob, options?: ImportOptions, onProgress?: (fraction: number) => void): Promise<ImportOutcome>;
}

export function createImportClient(worker: ImportWorkerPort): ImportClient {
  let nextId = 1;
  return {
    importFile(input, options = {}, onProgress) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const listener = (event: MessageEvent<unknown>) => {
          const response = importResponseSchema.safeParse(event.data);
          if (!response.success) {
            worker.removeEventListener('message', listener);
            reject(new Error(`the import worker sent a message that is not in the expected form:\n${z.prettifyError(response.error)}`));
            return;
          }
          const message = response.data;
          // Answers to another import (an earlier file the user replaced) are not ours.
          if (message.id !== id && message.id !== null) return;
          if (message.type === 'progress') {
            onProgress?.(message.fraction);
            return;
          }
          worker.removeEventListener('message', listener);
          resolve(message.type === 'result' ? message.result : { ok: false, error: message.message });
        };
        worker.addEventListener('message', listener);
        // Bytes are handed over rather than copied: the page has no more use for them.
        worker.postMessage({ type: 'import', id, input, options }, input instanceof ArrayBuffer ? [input] : []);
      });
    },
  };
}
