import type { Dataset } from '../datasets/dataset';
import type { DatasetChoice } from '../view-model/controls-model';
import { isImportId, nextImportId } from '../state/import-ids';
import type { KeepFailure, KeptImports } from '../state/kept-imports';
import type { MissingDatasetWhy } from '../state/url-notices';

/**
 * The datasets the app can show: the shipped ones, fetched on first use,
 * and any the user imports (nothing is uploaded; kept in the tab's
 * session storage where it can be, so that a reload keeps them).
 */
export class DatasetRegistry {
  private readonly imported = new Map<string, Dataset>();
  /** The switcher's list, the same object until the datasets change. */
  private choiceList: readonly DatasetChoice[] | undefined;
  /** Kept imports that could not be read back. */
  readonly unreadableKept: number;
  /** Why imports could not be kept the last time this tab tried (before a reload, or since), if they could not. */
  keepFailure: KeepFailure | undefined;

  constructor(
    private readonly shipped: readonly DatasetChoice[],
    private readonly loadShipped: (id: string) => Promise<Dataset>,
    private readonly kept?: KeptImports,
  ) {
    const restored = kept?.restore() ?? { datasets: [], unreadable: 0, lastFailure: undefined };
    for (const dataset of restored.datasets) this.imported.set(dataset.meta.id, dataset);
    this.unreadableKept = restored.unreadable;
    this.keepFailure = restored.lastFailure;
  }

  /** The switcher's list, shipped then imported: the same object until the datasets change. */
  choices(): readonly DatasetChoice[] {
    this.choiceList ??= [...this.shipped, ...[...this.imported.values()].map(({ meta }) => ({ id: meta.id, title: meta.title }))];
    return this.choiceList;
  }

  has(id: string): boolean {
    return this.imported.has(id) || this.shipped.some((choice) => choice.id === id);
  }

  /** The figures of a key from figuresKeyOf: an import at once, shipped figures fetched (a Home Office series by its file). */
  load(key: string): Promise<Dataset> {
    const imported = this.imported.get(key);
    if (imported) return Promise.resolve(imported);
    return this.loadShipped(key);
  }

  /**
   * Adds an imported dataset under a new id ("import-1", "import-2", …),
   * or in place of `replacing`, the id the same import was shown under
   * before: one import is one dataset, however often it is shown.
   * kept: whether it will outlast a reload of the tab; failure: why not.
   */
  addImported(dataset: Dataset, replacing?: string): { id: string; kept: true } | { id: string; kept: false; failure: KeepFailure } {
    const id = replacing !== undefined && this.imported.has(replacing) ? replacing : nextImportId(this.imported.keys());
    this.imported.set(id, { ...dataset, meta: { ...dataset.meta, id } });
    this.choiceList = undefined;
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
export function missingDatasetReason(id: string, registry: Pick<DatasetRegistry, 'unreadableKept' | 'keepFailure'>): MissingDatasetWhy {
  if (!isImportId(id)) return 'no-such-dataset';
  if (registry.unreadableKept > 0) return 'unreadable';
  return registry.keepFailure ?? 'other-tab';
}
