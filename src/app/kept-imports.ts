import { z } from 'zod/mini';
import { datasetSchema, type Dataset } from '../datasets/dataset';

const KEY = 'pfa-atlas:imported-datasets';

/** The part of the Web Storage API used: session storage in the app, a map in tests. */
export type KeptStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Imported datasets kept in this tab's session storage, so that a reload
 * does not lose them. They never leave the browser, and go when the tab
 * is closed. What is read back is validated like any file: an entry that
 * no longer reads as a dataset is counted and left out.
 */
export class KeptImports {
  constructor(private readonly storage: KeptStorage | undefined) {}

  restore(): { datasets: Dataset[]; unreadable: number } {
    let stored: unknown;
    try {
      const text = this.storage?.getItem(KEY);
      if (!text) return { datasets: [], unreadable: 0 };
      stored = JSON.parse(text);
    } catch {
      return { datasets: [], unreadable: 1 };
    }
    const entries = z.array(z.unknown()).safeParse(stored);
    if (!entries.success) return { datasets: [], unreadable: 1 };
    const datasets: Dataset[] = [];
    for (const entry of entries.data) {
      const parsed = datasetSchema.safeParse(entry);
      if (parsed.success) datasets.push(parsed.data);
    }
    return { datasets, unreadable: entries.data.length - datasets.length };
  }

  /** False when the browser refuses (storage off, or full): the datasets then last only until a reload. */
  save(datasets: readonly Dataset[]): boolean {
    if (!this.storage) return false;
    try {
      this.storage.setItem(KEY, JSON.stringify(datasets));
      return true;
    } catch {
      return false;
    }
  }
}

/** This tab's session storage, or nothing where the browser denies it (some privacy settings throw on access). */
export function sessionStorageIfAllowed(): KeptStorage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
