import { describe, expect, it } from 'vitest';
import { DatasetRegistry, missingDatasetReason } from '../../src/app/dataset-registry';
import { KeptImports, type KeptStorage } from '../../src/state/kept-imports';
import { datasetSchema, type Dataset } from '../../src/datasets/dataset';
import { readGeneratedJson } from '../helpers';

const nspcc = datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json'));
const withId = (id: string, change: Partial<Dataset> = {}): Dataset => ({ ...nspcc, ...change, meta: { ...nspcc.meta, id, title: id } });
const loadShipped = async (id: string): Promise<Dataset> => {
  if (id !== nspcc.meta.id) throw new Error(id);
  return nspcc;
};
const KEY = 'pfa-atlas:imported-datasets';

/** Session storage as a map; `limit` bytes make it refuse larger items as a full browser storage does. */
function memoryStorage(initial: Record<string, string> = {}, limit = Infinity): KeptStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

describe('kept imports read back strictly (issue 15, item 19)', () => {
  it('refuses an id that is not a plain import number, and a second entry with an id already read', () => {
    const stored = [withId('import-1'), withId('import-99999999999999999999'), withId('import-01'), withId('import-1'), withId('import-2')];
    const { datasets, unreadable } = new KeptImports(memoryStorage({ [KEY]: JSON.stringify(stored) })).restore();
    expect(datasets.map((dataset) => dataset.meta.id)).toEqual(['import-1', 'import-2']);
    expect(unreadable).toBe(3);
  });

  it('refuses a dataset whose years repeat or are out of order', () => {
    const [first, second] = nspcc.years;
    const stored = [
      withId('import-1', { years: [first!, first!, ...nspcc.years.slice(1)] }),
      withId('import-2', { years: [second!, first!, ...nspcc.years.slice(2)] }),
      withId('import-3'),
    ];
    const { datasets, unreadable } = new KeptImports(memoryStorage({ [KEY]: JSON.stringify(stored) })).restore();
    expect(datasets.map((dataset) => dataset.meta.id)).toEqual(['import-3']);
    expect(unreadable).toBe(2);
  });
});

describe('kept imports are read back with the checks and limits of a file import (issue 25, item 6)', () => {
  const restored = (stored: unknown[]) => new KeptImports(memoryStorage({ [KEY]: JSON.stringify(stored) })).restore();
  const withMeta = (id: string, meta: Record<string, unknown>) => ({ ...withId(id), meta: { ...withId(id).meta, ...meta } });

  it('refuses any publisher link: an import has none, so javascript:, data: and https: links are all edits', () => {
    const stored = [
      withMeta('import-1', { sourceUrl: 'javascript:alert(1)' }),
      withMeta('import-2', { sourceUrl: 'data:text/html,<b>x</b>' }),
      withMeta('import-3', { sourceUrl: 'https://evil.example' }),
      withId('import-4'),
    ];
    const { datasets, unreadable } = restored(stored);
    expect(datasets.map((dataset) => dataset.meta.id)).toEqual(['import-4']);
    expect(unreadable).toBe(3);
  });

  it('refuses figures larger than a file import takes, part-years of no quarters or of four, years outside the plausible ones, and a series no import has', () => {
    const first = nspcc.observations[0]!;
    const big = (value: number) => withId('import-1', { observations: [{ ...first, value }, ...nspcc.observations.slice(1)] });
    expect(restored([big(1.7e308)]).datasets).toHaveLength(0);
    expect(restored([big(1e12 + 1)]).datasets).toHaveLength(0);
    // 10^12, the largest figure a file's cell may hold, reads back.
    expect(restored([big(1e12)]).datasets).toHaveLength(1);
    for (const quarters of [-3, 0, 4])
      expect(restored([withId('import-1', { partialYears: [{ year: '2023/24', quarters }] })]).datasets, String(quarters)).toHaveLength(0);
    expect(restored([withId('import-1', { partialYears: [{ year: '2023/24', quarters: 1 }] })]).datasets).toHaveLength(1);
    const year = '1949/50';
    expect(restored([withId('import-1', { years: [year, ...nspcc.years], observations: [{ ...first, year }, ...nspcc.observations] })]).datasets).toHaveLength(
      0,
    );
    expect(
      restored([
        withId('import-1', {
          publishedTotals: [{ area: 'England', codes: [], firstYear: '2016/17', lastYear: '2016/17', value: 1.7e308, lowerBound: false, source: 0 }],
        }),
      ]).datasets,
    ).toHaveLength(0);
    expect(restored([withMeta('import-1', { offence: { id: '86', kind: 'code', name: 'x' } })]).datasets).toHaveLength(0);
  });

  it('refuses a title, unit or source holding a hidden character that a file import would have shown as an escape', () => {
    const stored = [
      withMeta('import-1', { title: 'a\u202Eb' }),
      withMeta('import-2', { unit: 'x\u200B' }),
      withMeta('import-3', { attribution: '\u2066y' }),
      withMeta('import-4', { title: 'a⟨U+202E⟩b' }),
    ];
    expect(restored(stored).datasets.map((dataset) => dataset.meta.id)).toEqual(['import-4']);
  });
});

describe('import ids (item 19)', () => {
  it('never gives two imports one id, whatever was kept', () => {
    const storage = memoryStorage({ [KEY]: JSON.stringify([withId('import-999999999')]) });
    const registry = new DatasetRegistry([nspcc.meta], loadShipped, new KeptImports(storage));
    const first = registry.addImported(withId('x')).id;
    const second = registry.addImported(withId('y')).id;
    expect(new Set(['import-999999999', first, second]).size).toBe(3);
    expect([first, second].every((id) => /^import-[1-9]\d{0,8}$/.test(id))).toBe(true);
    // And they read back.
    expect(new DatasetRegistry([nspcc.meta], loadShipped, new KeptImports(storage)).choices().map((choice) => choice.id)).toEqual([
      'nspcc-foi',
      'import-999999999',
      first,
      second,
    ]);
  });
});

describe('why imported figures are gone after a reload (item 21)', () => {
  it('says the storage was full when it was, even after the reload', () => {
    const storage = memoryStorage({}, 1000);
    const before = new DatasetRegistry([nspcc.meta], loadShipped, new KeptImports(storage));
    expect(before.addImported(withId('x'))).toEqual({ id: 'import-1', kept: false, failure: 'quota' });
    const after = new DatasetRegistry([nspcc.meta], loadShipped, new KeptImports(storage));
    expect(after.has('import-1')).toBe(false);
    expect(missingDatasetReason('import-1', after)).toBe('quota');
  });

  it('says the browser keeps nothing when storage is switched off', () => {
    const registry = new DatasetRegistry([nspcc.meta], loadShipped, new KeptImports(undefined));
    expect(registry.addImported(withId('x'))).toEqual({ id: 'import-1', kept: false, failure: 'unavailable' });
    expect(missingDatasetReason('import-1', new DatasetRegistry([nspcc.meta], loadShipped, new KeptImports(undefined)))).toBe('unavailable');
  });

  it('forgets an old failure once a save works, and says the figures stay in their own tab', () => {
    const storage = memoryStorage({}, 1000);
    new DatasetRegistry([nspcc.meta], loadShipped, new KeptImports(storage)).addImported(withId('x'));
    storage.setItem = (key, value) => void storage.items.set(key, value);
    const registry = new DatasetRegistry([nspcc.meta], loadShipped, new KeptImports(storage));
    expect(registry.addImported(withId('y')).kept).toBe(true);
    const reloaded = new DatasetRegistry([nspcc.meta], loadShipped, new KeptImports(storage));
    expect(missingDatasetReason('import-7', reloaded)).toBe('other-tab');
  });

  it('tells a missing shipped dataset and unreadable kept figures apart', () => {
    const registry = new DatasetRegistry([nspcc.meta], loadShipped, new KeptImports(memoryStorage({ [KEY]: '{oops' })));
    expect(missingDatasetReason('ho-code-99', registry)).toBe('no-such-dataset');
    expect(missingDatasetReason('import-1', registry)).toBe('unreadable');
  });
});
