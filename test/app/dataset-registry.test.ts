import { describe, expect, it } from 'vitest';
import { DatasetRegistry } from '../../src/app/dataset-registry';
import { isImportId } from '../../src/state/import-ids';
import { KeptImports, type KeptStorage } from '../../src/state/kept-imports';
import { datasetSchema, type Dataset } from '../../src/datasets/dataset';
import { readGeneratedJson, withoutWelsh } from '../helpers';

const nspcc = datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json'));
const shipped = [
  { id: 'home-office', title: 'Police recorded crime' },
  { id: nspcc.meta.id, title: nspcc.meta.title },
];
const loadShipped = async (key: string): Promise<Dataset> => {
  if (key !== nspcc.meta.id) throw new Error(`no dataset "${key}"`);
  return nspcc;
};
/** An import of the NSPCC's figures: no Welsh words, which only shipped figures have. */
const mine = (title: string): Dataset => withoutWelsh({ ...nspcc, meta: { ...nspcc.meta, id: 'whatever', title } });

function memoryStorage(): KeptStorage {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

describe('DatasetRegistry', () => {
  it('numbers imports after the shipped datasets and loads them', async () => {
    const registry = new DatasetRegistry(shipped, loadShipped);
    expect(registry.addImported(mine('First'))).toEqual({ id: 'import-1', kept: false, failure: 'unavailable' });
    expect(registry.addImported(mine('Second')).id).toBe('import-2');
    expect(registry.choices().map((choice) => choice.id)).toEqual(['home-office', 'nspcc-foi', 'import-1', 'import-2']);
    expect((await registry.load('import-2')).meta.title).toBe('Second');
    await expect(registry.load('import-3')).rejects.toThrow('no dataset "import-3"');
  });

  it('keeps imports over a reload of the tab: a new registry on the same storage has them', async () => {
    const storage = memoryStorage();
    const before = new DatasetRegistry(shipped, loadShipped, new KeptImports(storage));
    expect(before.addImported(mine('Kept'))).toEqual({ id: 'import-1', kept: true });
    const after = new DatasetRegistry(shipped, loadShipped, new KeptImports(storage));
    expect(after.has('import-1')).toBe(true);
    expect((await after.load('import-1')).meta.title).toBe('Kept');
    expect(after.unreadableKept).toBe(0);
    // The next import takes the next number, not one already used.
    expect(after.addImported(mine('Next')).id).toBe('import-2');
  });

  it('keeps one dataset per import: showing it again replaces it under its id, its new title included (issue 25, item 5)', async () => {
    const storage = memoryStorage();
    const registry = new DatasetRegistry(shipped, loadShipped, new KeptImports(storage));
    const first = registry.addImported(mine('Mine'));
    for (let click = 0; click < 4; click++) expect(registry.addImported(mine('Mine'), first.id).id).toBe('import-1');
    expect(registry.addImported(mine('Renamed'), first.id)).toEqual({ id: 'import-1', kept: true });
    expect(registry.choices().map((choice) => choice.id)).toEqual(['home-office', 'nspcc-foi', 'import-1']);
    expect((await registry.load('import-1')).meta.title).toBe('Renamed');
    expect(JSON.parse(storage.getItem('pfa-atlas:imported-datasets')!)).toHaveLength(1);
    // Another import still gets an id of its own; an id that is not (or no longer) here is not reused.
    expect(registry.addImported(mine('Other'), 'import-7').id).toBe('import-2');
  });

  it('tells import ids from shipped ones', () => {
    expect(isImportId('import-12')).toBe(true);
    expect(['import-', 'ho-code-86', 'import-1x', 'nspcc-foi'].some(isImportId)).toBe(false);
  });
});
