import * as z from 'zod/mini';
import { importLanguage, importWords } from '../i18n/import-words';
import type { ImportOptions } from './import-options';
import { importResponseSchema, type ImportResponse, type WorkerRequest } from './import-messages';
import type { ImportOutcome } from './import-result';

/** The parts of a Worker the client uses, so that a test can stand in for one. */
export interface ImportWorkerPort {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

/**
 * The import's worker failed, not the file: it could not be loaded (an old
 * tab after the site was updated, a network fault), it stopped, or it
 * stopped answering. Trying again starts a new worker.
 */
export class ImportWorkerFailure extends Error {
  override readonly name = 'ImportWorkerFailure';
}

/** A worker that says nothing for this long after a request, or between progress reports, is taken for stuck. */
const ANSWER_TIMEOUT_MS = 20_000;

export interface ImportClient {
  /**
   * Imports a file in the worker. Resolves with the outcome (a failure for
   * a whole-file problem, as importTable gives it); rejects with an
   * ImportWorkerFailure when the worker fails, and when its answer is not
   * a valid message.
   */
  importFile(input: string | ArrayBuffer | Blob, options?: ImportOptions, onProgress?: (fraction: number, sheet?: string) => void): Promise<ImportOutcome>;
  /** Imports the file again in the worker for the CSV of every rejected row; rejects as importFile does, and with the file's problem. */
  errorsCsv(input: string | ArrayBuffer | Blob, options?: ImportOptions, onProgress?: (fraction: number) => void): Promise<{ csv: Blob; rows: number }>;
  /**
   * Stops whatever the worker is reading, at once: the worker is ended (a
   * read runs without pausing, so a message could not reach it), what is
   * waiting rejects with ImportCancelled, and the next import starts a new one.
   */
  cancel(): void;
}

/** The reader cancelled an import. */
export class ImportCancelled extends Error {
  override readonly name = 'ImportCancelled';
}

interface Pending {
  onProgress: ((fraction: number, sheet?: string) => void) | undefined;
  settle(message: Exclude<ImportResponse, { type: 'progress' }>): void;
  fail(error: Error): void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Talks to the import worker, started by startWorker when first needed and
 * again after it fails. Every answer is checked against the message
 * schemas; a worker's error event, an unreadable message, or silence for
 * answerTimeoutMs fails what is waiting with a message that says so.
 */
export function createImportClient(startWorker: () => ImportWorkerPort, answerTimeoutMs = ANSWER_TIMEOUT_MS): ImportClient {
  let nextId = 1;
  let worker: ImportWorkerPort | undefined;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error, stopWorker: boolean) => {
    for (const [id, request] of pending) {
      clearTimeout(request.timer);
      pending.delete(id);
      request.fail(error);
    }
    if (stopWorker) {
      worker?.terminate();
      worker = undefined;
    }
  };
  const watch = (request: Pending) => {
    clearTimeout(request.timer);
    request.timer = setTimeout(() => {
      failAll(new ImportWorkerFailure(importWords().client.stoppedAnswering(answerTimeoutMs / 1000)), true);
    }, answerTimeoutMs);
  };

  const onMessage = (event: Event) => {
    const response = importResponseSchema.safeParse((event as MessageEvent<unknown>).data);
    if (!response.success) {
      failAll(new ImportWorkerFailure(importWords().client.badMessage(z.prettifyError(response.error))), false);
      return;
    }
    const message = response.data;
    if (message.id === null) {
      failAll(new ImportWorkerFailure(importWords().client.refused(message.type === 'error' ? message.message : importWords().client.noId)), false);
      return;
    }
    // Answers to an import nobody waits for any more are not ours.
    const request = pending.get(message.id);
    if (!request) return;
    if (message.type === 'progress') {
      watch(request);
      request.onProgress?.(message.fraction, message.sheet);
      return;
    }
    clearTimeout(request.timer);
    pending.delete(message.id);
    request.settle(message);
  };

  const workerFor = (): ImportWorkerPort => {
    if (worker) return worker;
    const started = startWorker();
    // A module worker whose script fails to load (a 404 after the site was updated) says so only by an error event.
    started.addEventListener('error', () => {
      if (worker !== started) return;
      failAll(new ImportWorkerFailure(importWords().client.couldNotLoad), true);
    });
    started.addEventListener('messageerror', () => {
      if (worker === started) failAll(new ImportWorkerFailure(importWords().client.unreadable), false);
    });
    started.addEventListener('message', onMessage);
    worker = started;
    return started;
  };

  const send = <T>(
    type: WorkerRequest['type'],
    input: string | ArrayBuffer | Blob,
    options: ImportOptions,
    onProgress: ((fraction: number, sheet?: string) => void) | undefined,
    settle: (message: Exclude<ImportResponse, { type: 'progress' }>, resolve: (value: T) => void, reject: (error: Error) => void) => void,
  ) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const request: Pending = { onProgress, settle: (message) => settle(message, resolve, reject), fail: reject, timer: undefined };
      pending.set(id, request);
      watch(request);
      let target: ImportWorkerPort;
      try {
        target = workerFor();
      } catch (error) {
        failAll(new ImportWorkerFailure(importWords().client.couldNotStart(error instanceof Error ? error.message : String(error))), true);
        return;
      }
      // Bytes are handed over rather than copied: the page has no more use for them. The worker answers in the page's language.
      target.postMessage({ type, id, input, options, language: importLanguage() }, input instanceof ArrayBuffer ? [input] : []);
    });

  return {
    importFile(input, options = {}, onProgress) {
      return send<ImportOutcome>('import', input, options, onProgress, (message, resolve, reject) => {
        if (message.type === 'result') resolve(message.result);
        else if (message.type === 'error') resolve({ ok: false, error: message.message });
        else reject(new ImportWorkerFailure(importWords().client.wrongAnswer(message.type)));
      });
    },
    errorsCsv(input, options = {}, onProgress) {
      return send<{ csv: Blob; rows: number }>('errors-csv', input, options, onProgress, (message, resolve, reject) => {
        if (message.type === 'errors-csv') resolve({ csv: message.csv, rows: message.rows });
        else reject(message.type === 'error' ? new Error(message.message) : new ImportWorkerFailure(importWords().client.wrongListAnswer(message.type)));
      });
    },
    cancel() {
      failAll(new ImportCancelled(importWords().client.cancelled), true);
    },
  };
}
