import type { Dataset } from '../datasets/dataset';
import { homeOfficeDatasetId } from '../datasets/offence-ids';
import { HOME_OFFICE, type AppState } from '../state/app-state';
import type { DatasetChoice } from '../view-model/controls-model';
import type { KeptImports } from './kept-imports';

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

  constructor(
    private readonly shipped: readonly DatasetChoice[],
    private readonly loadShipped: (id: string) => Promise<Dataset>,
    private readonly kept?: KeptImports,
  ) {
    const restored = kept?.restore() ?? { datasets: [], unreadable: 0 };
    // Only imports: a kept entry must never stand in for a shipped dataset.
    const imports = restored.datasets.filter((dataset) => isImportId(dataset.meta.id));
    for (const dataset of imports) this.imported.set(dataset.meta.id, dataset);
    this.unreadableKept = restored.unreadable + restored.datasets.length - imports.length;
  }

  /** The switcher's list, shipped then imported: the same object until the datasets change. */
  choices(): readonly DatasetChoice[] {
    this.choiceList ??= [...this.shipped, ...[...this.imported.values()].map(({ meta }) => ({ id: meta.id, title: meta.title }))];
    return this.choiceList;
  }

  /** Which figures the state shows: a dataset, or for the Home Office's, the series of its offence ("ho-code-86"). */
  figuresKey(state: Pick<AppState, 'dataset' | 'offence'>): string {
    return state.dataset === HOME_OFFICE ? homeOfficeDatasetId(state.offence) : state.dataset;
  }

  has(id: string): boolean {
    return this.imported.has(id) || this.shipped.some((choice) => choice.id === id);
  }

  /** The figures of a key from figuresKey: an import at once, shipped figures fetched (a Home Office series by its file). */
  load(key: string): Promise<Dataset> {
    const imported = this.imported.get(key);
    if (imported) return Promise.resolve(imported);
    return this.loadShipped(key);
  }

  /**
   * Adds an imported dataset under a new id ("import-1", "import-2", …).
   * kept: whether it will outlast a reload of the tab.
   */
  addImported(dataset: Dataset): { id: string; kept: boolean } {
    const id = `import-${Math.max(0, ...[...this.imported.keys()].map((key) => Number(key.slice('import-'.length)))) + 1}`;
    this.imported.set(id, { ...dataset, meta: { ...dataset.meta, id } });
    this.choiceList = undefined;
    return { id, kept: this.kept?.save([...this.imported.values()]) ?? false };
  }
}

/** Imported datasets are numbered: "import-1". */
export function isImportId(id: string): boolean {
  return /^import-\d+$/.test(id);
}

/** Why a link's dataset is not here: imported figures live only in the tab they were imported in. */
export function missingDatasetReason(id: string, registry: Pick<DatasetRegistry, 'unreadableKept'>): string {
  if (!isImportId(id)) return 'there is no such dataset here';
  if (registry.unreadableKept > 0) return 'figures imported earlier in this tab could not be read back';
  return 'imported figures stay only in the browser tab they were imported in, until it is closed';
}
