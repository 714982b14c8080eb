/** Something loaded by key, as far as it has come. */
export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

/**
 * What a key names (a dataset's figures, the offence catalogue), as far as
 * it has come: loaded before (ready at once), on its way, or failed with
 * the reason. A failure is kept until retry(), so that the page says so
 * instead of showing something else under its name.
 */
export class LoadCache<T> {
  private readonly loaded = new Map<string, T>();
  private readonly failed = new Map<string, string>();
  private readonly loading = new Set<string>();

  constructor(
    private readonly load: (key: string) => Promise<T>,
    /** Told when something arrives or fails. */
    private readonly onSettled: () => void,
  ) {}

  get(key: string): Loaded<T> {
    const value = this.loaded.get(key);
    if (value !== undefined) return { status: 'ready', value };
    const message = this.failed.get(key);
    if (message !== undefined) return { status: 'failed', message };
    if (!this.loading.has(key)) this.start(key);
    return { status: 'loading' };
  }

  /** Forgets a failure and asks again; nothing to do for a key that has not failed. */
  retry(key: string): void {
    if (!this.failed.delete(key)) return;
    this.onSettled();
  }

  /** What the key names has changed (an import shown again under its id): loaded again when next asked for. */
  forget(key: string): void {
    this.loaded.delete(key);
    this.failed.delete(key);
    this.onSettled();
  }

  private start(key: string): void {
    this.loading.add(key);
    this.load(key)
      .then(
        (value) => this.loaded.set(key, value),
        (error: unknown) => this.failed.set(key, error instanceof Error ? error.message : String(error)),
      )
      .finally(() => {
        this.loading.delete(key);
        this.onSettled();
      });
  }
}
