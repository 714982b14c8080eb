import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../src/datasets/dataset';
import { KeptImports, type KeptStorage } from '../../src/state/kept-imports';
import { readGeneratedJson, withoutWelsh } from '../helpers';

/** The NSPCC's figures as an import would have them: no Welsh words, which only shipped figures have. */
const nspcc = withoutWelsh(datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json')));
const imported: Dataset = { ...nspcc, meta: { ...nspcc.meta, id: 'import-1', title: 'My figures' } };

function memoryStorage(initial: Record<string, string> = {}): KeptStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

describe('KeptImports', () => {
  it('gives back what it kept, figure for figure', () => {
    const storage = memoryStorage();
    expect(new KeptImports(storage).save([imported])).toEqual({ kept: true });
    const { datasets, unreadable } = new KeptImports(storage).restore();
    expect(unreadable).toBe(0);
    expect(datasets).toEqual([imported]);
  });

  it('has nothing to give back in a fresh tab, or without storage', () => {
    expect(new KeptImports(memoryStorage()).restore()).toEqual({ datasets: [], unreadable: 0, lastFailure: undefined });
    expect(new KeptImports(undefined).restore()).toEqual({ datasets: [], unreadable: 0, lastFailure: 'unavailable' });
    expect(new KeptImports(undefined).save([imported])).toEqual({ kept: false, failure: 'unavailable' });
  });

  it('counts and leaves out an entry that no longer reads as a dataset, keeping the rest', () => {
    const broken = { ...imported, meta: { ...imported.meta, id: 'import-2' }, years: 'not a list' };
    const storage = memoryStorage({ 'pfa-atlas:imported-datasets': JSON.stringify([imported, broken]) });
    const { datasets, unreadable } = new KeptImports(storage).restore();
    expect(datasets.map((dataset) => dataset.meta.id)).toEqual(['import-1']);
    expect(unreadable).toBe(1);
  });

  it('reads text that is not JSON, or not a list, as one unreadable entry', () => {
    expect(new KeptImports(memoryStorage({ 'pfa-atlas:imported-datasets': '{oops' })).restore()).toEqual({
      datasets: [],
      unreadable: 1,
      lastFailure: undefined,
    });
    expect(new KeptImports(memoryStorage({ 'pfa-atlas:imported-datasets': '{"a":1}' })).restore()).toEqual({
      datasets: [],
      unreadable: 1,
      lastFailure: undefined,
    });
  });

  it('says so when the browser refuses to store (full, or switched off)', () => {
    const full: KeptStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(new KeptImports(full).save([imported])).toEqual({ kept: false, failure: 'quota' });
  });
});
