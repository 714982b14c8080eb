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

  /** Rejects an unknown id: the explorer checks has() first and tells the reader, never swapping datasets silently. */
  load(id: string): Promise<Dataset> {
    const imported = this.imported.get(id);
    if (imported) return Promise.resolve(imported);
    if (!this.has(id)) return Promise.reject(new Error(`no dataset "${id}"`));
    return this.loadShipped(id);
  }

  /** Adds an imported dataset under a new id ("import-1", "import-2", …) and returns the id. */
  addImported(dataset: Dataset): string {
    const id = `import-${this.imported.size + 1}`;
    this.imported.set(id, { ...dataset, meta: { ...dataset.meta, id } });
    return id;
  }
}
