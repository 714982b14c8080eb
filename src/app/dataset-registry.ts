import type { Dataset, DatasetMeta } from '../datasets/dataset';

/**
 * The datasets the app can show: the shipped ones, fetched on first use,
 * and any the user imports (held in memory only; nothing is uploaded).
 */
export class DatasetRegistry {
  private readonly imported = new Map<string, Dataset>();

  constructor(
    private readonly shipped: readonly DatasetMeta[],
    private readonly loadShipped: (id: string) => Promise<Dataset>,
  ) {}

  list(): DatasetMeta[] {
    return [...this.shipped, ...[...this.imported.values()].map((dataset) => dataset.meta)];
  }

  has(id: string): boolean {
    return this.imported.has(id) || this.shipped.some((meta) => meta.id === id);
  }

  /** An unknown id falls back to the default (first shipped) dataset. */
  load(id: string): Promise<Dataset> {
    const imported = this.imported.get(id);
    if (imported) return Promise.resolve(imported);
    return this.loadShipped(this.has(id) ? id : this.shipped[0]!.id);
  }

  /** Adds an imported dataset under a new id ("import-1", "import-2", …) and returns the id. */
  addImported(dataset: Dataset): string {
    const id = `import-${this.imported.size + 1}`;
    this.imported.set(id, { ...dataset, meta: { ...dataset.meta, id } });
    return id;
  }
}
