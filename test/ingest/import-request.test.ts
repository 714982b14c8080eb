import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createImportClient, ImportCancelled, ImportWorkerFailure, type ImportWorkerPort } from '../../src/ingest/import-client';
import { fixturePaths } from '../fixtures/fixture-paths';
import { importResponseSchema, type ImportResponse } from '../../src/ingest/import-messages';
import { MAX_IMPORT_SIZE } from '../../src/ingest/import-options';
import { handleImportRequest } from '../../src/ingest/import-request';
import { forceTable } from '../helpers';

const CSV = 'force,year,value\nDorset,2016/17,278\n';

/** Runs one request through the handler and returns what it posted, each checked as the page would. */
async function responsesTo(data: unknown): Promise<ImportResponse[]> {
  const posted: ImportResponse[] = [];
  await handleImportRequest(data, forceTable, (response) => posted.push(importResponseSchema.parse(structuredClone(response))));
  return posted;
}

describe('handleImportRequest (the import worker, without the worker)', () => {
  it('imports text and posts the result', async () => {
    const responses = await responsesTo({ type: 'import', id: 7, input: CSV, options: {} });
    const last = responses.at(-1);
    expect(last?.type).toBe('result');
    if (last?.type !== 'result') return;
    expect(last.id).toBe(7);
    expect(last.result.observations).toEqual([{ code: 'E23000039', year: '2016/17', value: 278, source: 0 }]);
  });

  it('reads bytes and Files, saying when they were not UTF-8', async () => {
    const fromBuffer = await responsesTo({ type: 'import', id: 1, input: new TextEncoder().encode(CSV).buffer });
    expect(fromBuffer.at(-1)).toMatchObject({ type: 'result', result: { report: { rowsUsed: 1 } } });
    const latin1 = new Uint8Array([...new TextEncoder().encode('force,year,value\nDorset,2016/17,5\n'), 0x23, 0xa3]);
    const fromFile = await responsesTo({ type: 'import', id: 2, input: new Blob([latin1]) });
    const result = fromFile.at(-1);
    expect(result?.type === 'result' && result.result.warnings[0]).toBe('the file is not UTF-8; it was read as Windows-1252 (Western European)');
  });

  it('reads the bytes of a workbook as cells, and says which sheet it is reading', async () => {
    const bytes = readFileSync(fixturePaths.sampleOds);
    const responses = await responsesTo({ type: 'import', id: 4, input: new Blob([bytes]), options: { offences: { codes: ['86'], groups: [] } } });
    expect(responses.at(-1)).toMatchObject({ type: 'result', result: { delimiter: 'spreadsheet', shape: 'home-office' } });
    const sheets = [...new Set(responses.flatMap((response) => (response.type === 'progress' && response.sheet !== undefined ? [response.sheet] : [])))];
    expect(sheets).toEqual(['Cover_sheet', 'Notes', '2022-23', '2023-24']);
  }, 30_000);

  it('moves the bar while an .xlsx is read: by compressed bytes while its parts are unpacked, then a step a sheet, each sheet named', async () => {
    const responses = await responsesTo({ type: 'import', id: 5, input: new Blob([readFileSync(fixturePaths.foiTwoTablesXlsx)]) });
    expect(responses.at(-1)).toMatchObject({ type: 'result', result: { shape: 'wide', workbook: { read: ['Table_1'] } } });
    const progress = responses.flatMap((response) => (response.type === 'progress' ? [response] : []));
    const fractions = progress.map((response) => response.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    // Unpacking is the first 30% of reading, and reading 80% of the import: 0.24 (python3: 0.8 * 0.3). The fixture has a dozen parts.
    const unpacking = fractions.filter((fraction) => fraction > 0 && fraction <= 0.24);
    expect(unpacking.length).toBeGreaterThanOrEqual(4);
    // Then each of the 3 sheets is named as it starts, and moves the bar on to 0.8 * (0.6 + 0.4 * i / 3) (python3): 0.48, 0.5867, 0.6933;
    // the last, read, leaves it at 0.8, where the import's own work begins.
    const bySheet = new Map<string, number[]>();
    for (const { sheet, fraction } of progress) if (sheet !== undefined) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), Number(fraction.toFixed(4))]);
    expect(Object.fromEntries(bySheet)).toEqual({ Cover: [0.24, 0.48], Table_1: [0.48, 0.5867], Table_2: [0.5867, 0.6933, 0.8] });
  }, 30_000);

  it('says at once that it has taken a request', async () => {
    expect((await responsesTo({ type: 'import', id: 9, input: CSV }))[0]).toEqual({ type: 'progress', id: 9, fraction: 0 });
  });

  it('posts progress while it works on a large file, then the result', async () => {
    const text = 'force,year,value\n' + 'British Transport Police,2016/17,1\n'.repeat(100_000);
    const responses = await responsesTo({ type: 'import', id: 3, input: text });
    const fractions = responses.flatMap((response) => (response.type === 'progress' ? [response.fraction] : []));
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.length).toBeLessThanOrEqual(102);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(responses.at(-1)?.type).toBe('result');
  });

  it('posts whole-file problems as errors', async () => {
    expect(await responsesTo({ type: 'import', id: 4, input: '' })).toEqual([
      { type: 'progress', id: 4, fraction: 0 },
      { type: 'error', id: 4, message: 'the file is empty' },
    ]);
    const tooLarge = await responsesTo({ type: 'import', id: 5, input: new ArrayBuffer(MAX_IMPORT_SIZE + 1) });
    expect(tooLarge.at(-1)).toEqual({ type: 'error', id: 5, message: 'the file is too large to import (64.0 MB; the limit is 64 MB)' });
  });

  it('refuses a message that is not an import request, with its id when it has one', async () => {
    expect(await responsesTo({ type: 'import', id: 6, input: 42 })).toMatchObject([
      { type: 'error', id: 6, message: expect.stringMatching(/^not an import request/) },
    ]);
    expect(await responsesTo('hello')).toMatchObject([{ type: 'error', id: null }]);
    expect(await responsesTo({ type: 'import', id: 8, input: CSV, options: { delimiter: '|' } })).toMatchObject([{ type: 'error', id: 8 }]);
    expect(await responsesTo({ type: 'import', id: 10, input: CSV, options: { nameMapping: { Dorest: 'E23000039' } } })).toMatchObject([
      { type: 'error', id: 10 },
    ]);
  });
});

/** A stand-in for the worker: the same handler, messages cloned as postMessage would. */
class FakeWorker implements ImportWorkerPort {
  readonly listeners = new Map<string, Set<(event: Event) => void>>();
  terminated = false;
  constructor(private readonly behaviour: { tamper?: (response: ImportResponse) => unknown; silent?: boolean } = {}) {}
  postMessage(message: unknown): void {
    if (this.behaviour.silent) return;
    const { tamper } = this.behaviour;
    void handleImportRequest(structuredClone(message), forceTable, (response) =>
      this.emit('message', { data: structuredClone(tamper ? tamper(response) : response) }),
    );
  }
  addEventListener(type: string, listener: (event: Event) => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(type: string, event: object): void {
    setTimeout(() => this.listeners.get(type)?.forEach((listener) => listener(event as Event)));
  }
}

describe('createImportClient', () => {
  it('resolves with the outcome and passes progress on', async () => {
    const client = createImportClient(() => new FakeWorker());
    const fractions: number[] = [];
    const outcome = await client.importFile(
      'force,year,value\n' + 'Kent,2016/17,1\n' + 'Action Fraud,2016/17,1\n'.repeat(50_000),
      { title: 'Mine' },
      (fraction) => fractions.push(fraction),
    );
    expect(outcome).toMatchObject({ ok: true, report: { rowsUsed: 1 }, dataset: { meta: { title: 'Mine' } } });
    expect(fractions.length).toBeGreaterThan(0);
  });

  it('keeps two imports apart', async () => {
    const client = createImportClient(() => new FakeWorker());
    const [first, second] = await Promise.all([client.importFile(CSV), client.importFile('')]);
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, error: 'the file is empty' });
  });

  it('rejects a worker answer that is not in the expected form', async () => {
    const client = createImportClient(() => new FakeWorker({ tamper: (response) => ({ ...response, type: 'surprise' }) }));
    await expect(client.importFile(CSV)).rejects.toThrow(/not in the expected form/);
  });

  it('fails with a clear message when the worker cannot load, and starts a new one on the next try', async () => {
    const workers: FakeWorker[] = [];
    let broken = true;
    const client = createImportClient(() => {
      const worker = new FakeWorker({ silent: broken });
      workers.push(worker);
      // A module worker whose script answers 404 fires an error event, and nothing else.
      if (broken) worker.emit('error', {});
      return worker;
    });
    const failed = client.importFile(CSV);
    await expect(failed).rejects.toBeInstanceOf(ImportWorkerFailure);
    await expect(failed).rejects.toThrow(/could not be loaded.*reloading the page will fix it/);
    expect(workers[0]?.terminated).toBe(true);
    broken = false;
    expect(await client.importFile(CSV)).toMatchObject({ ok: true });
    expect(workers).toHaveLength(2);
  });

  it('fails when a message from the worker cannot be read', async () => {
    const client = createImportClient(() => {
      const worker = new FakeWorker({ silent: true });
      worker.emit('messageerror', {});
      return worker;
    });
    await expect(client.importFile(CSV)).rejects.toThrow(/could not be read/);
  });

  it('fails when the worker never answers, rather than waiting for ever', async () => {
    let worker: FakeWorker | undefined;
    const client = createImportClient(() => (worker = new FakeWorker({ silent: true })), 50);
    await expect(client.importFile(CSV)).rejects.toThrow(/stopped answering/);
    expect(worker?.terminated).toBe(true);
  });

  it('cancels: what waits rejects with ImportCancelled, the worker is ended, and the next import starts another', async () => {
    const workers: FakeWorker[] = [];
    const client = createImportClient(() => {
      const worker = new FakeWorker({ silent: workers.length === 0 });
      workers.push(worker);
      return worker;
    });
    const waiting = client.importFile(CSV);
    client.cancel();
    await expect(waiting).rejects.toBeInstanceOf(ImportCancelled);
    expect(workers[0]?.terminated).toBe(true);
    expect(await client.importFile(CSV)).toMatchObject({ ok: true });
    expect(workers).toHaveLength(2);
  });

  it('gets the CSV of every rejected row from the worker', async () => {
    const client = createImportClient(() => new FakeWorker());
    const rows = Array.from({ length: 1500 }, (_, i) => `Atlantis ${i},2016/17,1`).join('\n');
    const { csv, rows: count } = await client.errorsCsv(`force,year,value\n${rows}\n`);
    expect(count).toBe(1500);
    expect((await csv.text()).split('\r\n')).toHaveLength(1502);
    await expect(client.errorsCsv('')).rejects.toThrow('the file is empty');
  });
});
