import type { Dataset, DatasetMeta } from '../datasets/dataset';
import { isImportId, nextImportId } from './import-ids';
import type { KeepFailure, KeptImports } from './kept-imports';

export { isImportId } from './import-ids';

/**
 * The datasets the app can show: the shipped ones, fetched on first use,
 * and any the user imports (nothing is uploaded; kept in the tab's
 * session storage where it can be, so that a reload keeps them).
 */
export class DatasetRegistry {
  private readonly imported = new Map<string, Dataset>();
  /** Kept imports that could not be read back. */
  readonly unreadableKept: number;
  /** Why imports could not be kept the last time this tab tried (before a reload, or since), if they could not. */
  keepFailure: KeepFailure | undefined;

  constructor(
    private readonly shipped: readonly DatasetMeta[],
    private readonly loadShipped: (id: string) => Promise<Dataset>,
    private readonly kept?: KeptImports,
  ) {
    const restored = kept?.restore() ?? { datasets: [], unreadable: 0, lastFailure: undefined };
    for (const dataset of restored.datasets) this.imported.set(dataset.meta.id, dataset);
    this.unreadableKept = restored.unreadable;
    this.keepFailure = restored.lastFailure;
  }

  list(): DatasetMeta[] {
    return [...this.shipped, ...[...this.imported.values()].map((dataset) => dataset.meta)];
  }

  has(id: string): boolean {
    return this.imported.has(id) || this.shipped.some((meta) => meta.id === id);
  }

  /** Rejects an unknown id: the explorer checks has() first and tells the reader, never swapping datasets silently. */
  load(id: string): Promise<Dataset> {
    const imported = this.imported.get(id);
    if (imported) return Promise.resolve(imported);
    if (!this.has(id)) return Promise.reject(new Error(`no dataset "${id}"`));
    return this.loadShipped(id);
  }

  /**
   * Adds an imported dataset under a new id ("import-1", "import-2", …).
   * kept: whether it will outlast a reload of the tab; failure: why not.
   */
  addImported(dataset: Dataset): { id: string; kept: true } | { id: string; kept: false; failure: KeepFailure } {
    const id = nextImportId(this.imported.keys());
    this.imported.set(id, { ...dataset, meta: { ...dataset.meta, id } });
    const saved = this.kept?.save([...this.imported.values()]) ?? { kept: false, failure: 'unavailable' };
    this.keepFailure = saved.kept ? undefined : saved.failure;
    return { id, ...saved };
  }
}

/**
 * Why a link's dataset is not here, for a notice: no such dataset at all,
 * or imported figures that did not outlast a reload, and why (unreadable,
 * the tab's storage full, storage switched off), or that lived in another
 * tab.
 */
export function missingDatasetReason(id: string, registry: Pick<DatasetRegistry, 'unreadableKept' | 'keepFailure'>): string {
  if (!isImportId(id)) return 'there is no such dataset here';
  if (registry.unreadableKept > 0) return 'figures imported earlier in this tab could not be read back';
  switch (registry.keepFailure) {
    case 'quota':
      return "figures imported earlier in this tab could not be kept, because the browser's storage for this tab was full";
    case 'unavailable':
      return 'this browser does not let the page keep imported figures (its storage is switched off), so a reload loses them';
    case 'refused':
      return 'the browser refused to keep figures imported earlier in this tab';
    case undefined:
      return 'imported figures stay only in the browser tab they were imported in, until it is closed';
  }
}
