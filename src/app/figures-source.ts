import type { Dataset } from '../datasets/dataset';
import type { Figures } from '../view-model/page-model';

/**
 * The figures a dataset id names, as far as they have come: loaded before
 * (ready at once), on their way, or failed with the reason. A failure is
 * kept until retry(), so that the page says so instead of showing other
 * figures under this name.
 */
export class FiguresSource {
  private readonly loaded = new Map<string, Dataset>();
  private readonly failed = new Map<string, string>();
  private readonly loading = new Set<string>();

  constructor(
    private readonly load: (id: string) => Promise<Dataset>,
    /** Told when figures arrive or fail. */
    private readonly onSettled: () => void,
  ) {}

  get(id: string): Figures {
    const dataset = this.loaded.get(id);
    if (dataset) return { status: 'ready', dataset };
    const message = this.failed.get(id);
    if (message !== undefined) return { status: 'failed', id, message };
    if (!this.loading.has(id)) this.start(id);
    return { status: 'loading', id };
  }

  /** Forgets a failure and asks again. */
  retry(id: string): void {
    this.failed.delete(id);
    this.onSettled();
  }

  private start(id: string): void {
    this.loading.add(id);
    this.load(id).then(
      (dataset) => this.loaded.set(id, dataset),
      (error: unknown) => this.failed.set(id, error instanceof Error ? error.message : String(error)),
    ).finally(() => {
      this.loading.delete(id);
      this.onSettled();
    });
  }
}
