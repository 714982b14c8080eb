import { z } from 'zod/mini';
import { datasetSchema, type Dataset } from '../datasets/dataset';
import { compareFinancialYears } from '../datasets/financial-year';
import { hasHiddenCharacters } from '../format/user-text';
import { MAX_FIGURE } from '../ingest/parse-figure';
import { plausibleYears } from '../ingest/plausible-years';
import { isImportId } from './import-ids';

const KEY = 'pfa-atlas:imported-datasets';
/** Why the last save failed, kept apart from the datasets (and small) so that it outlasts a reload when they could not. */
const FAILURE_KEY = 'pfa-atlas:imported-datasets-not-kept';

/** The part of the Web Storage API used: session storage in the app, a map in tests. */
export type KeptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Why imported figures could not be kept: the tab's storage was full, the browser allows none, or it refused for another reason. */
const KEEP_FAILURES = ['quota', 'unavailable', 'refused'] as const;
export type KeepFailure = (typeof KEEP_FAILURES)[number];
const keepFailureSchema = z.enum(KEEP_FAILURES);

export interface RestoredImports {
  datasets: Dataset[];
  /** Entries that no longer read as imported datasets. */
  unreadable: number;
  /** Why the last save in this tab failed, if it did: said when a link to figures that are gone is opened. */
  lastFailure: KeepFailure | undefined;
}

export type SaveResult = { kept: true } | { kept: false; failure: KeepFailure };

/**
 * A kept import must be one, within what a file import can give: an import
 * id; years each once, in order, and each one a file may hold (as the
 * import's rows are checked); part-years of 1 to 3 quarters; no figure
 * or total above the largest a file's cell may hold; no publisher's link
 * or Home Office series, which only shipped figures have; and its
 * texts with every hidden character shown as an escape, as the import
 * writes them (session storage can be edited by hand).
 */
const keptDatasetSchema = datasetSchema.check(
  z.refine((dataset) => isImportId(dataset.meta.id), 'not an import id'),
  z.refine(
    (dataset) => dataset.years.every((year, i) => i === 0 || compareFinancialYears(dataset.years[i - 1]!, year) < 0),
    'years repeat or are out of order',
  ),
  z.refine((dataset) => {
    const years = plausibleYears(new Date());
    return [...dataset.years, ...dataset.partialYears.map(({ year }) => year)].every((year) => years.includes(year));
  }, 'a year a file import does not take'),
  z.refine((dataset) => dataset.partialYears.every(({ quarters }) => quarters >= 1 && quarters <= 3), 'a part-year of no quarters or of all four'),
  z.refine(
    (dataset) => [...dataset.observations, ...dataset.publishedTotals].every(({ value }) => value === null || value <= MAX_FIGURE),
    'a figure larger than a file import takes',
  ),
  z.refine(
    (dataset) => dataset.meta.sourceUrl === undefined && dataset.meta.offence === undefined && dataset.meta.cy === undefined,
    'a link, a series or Welsh words that only shipped figures have',
  ),
  z.refine((dataset) => !keptTexts(dataset).some(hasHiddenCharacters), 'a hidden character a file import shows as an escape'),
);

function keptTexts({ meta, sources, observations }: Dataset): string[] {
  return [
    meta.title,
    meta.definition,
    meta.unit,
    meta.source,
    meta.releaseDate,
    meta.licence,
    meta.attribution,
    ...sources.flatMap(({ release, url }) => [release, url]),
    ...observations.map(({ note }) => note ?? ''),
  ];
}

/**
 * Imported datasets kept in this tab's session storage, so that a reload
 * does not lose them. They never leave the browser, and go when the tab
 * is closed. What is read back is validated like any file: an entry that
 * no longer reads as an imported dataset, or repeats an id read before, is
 * counted and left out.
 */
export class KeptImports {
  constructor(private readonly storage: KeptStorage | undefined) {}

  restore(): RestoredImports {
    if (!this.storage) return { datasets: [], unreadable: 0, lastFailure: 'unavailable' };
    let stored: unknown;
    let lastFailure: KeepFailure | undefined;
    try {
      const failure = keepFailureSchema.safeParse(this.storage.getItem(FAILURE_KEY));
      lastFailure = failure.success ? failure.data : undefined;
      const text = this.storage.getItem(KEY);
      if (!text) return { datasets: [], unreadable: 0, lastFailure };
      stored = JSON.parse(text);
    } catch {
      return { datasets: [], unreadable: 1, lastFailure };
    }
    const entries = z.array(z.unknown()).safeParse(stored);
    if (!entries.success) return { datasets: [], unreadable: 1, lastFailure };
    const datasets: Dataset[] = [];
    const ids = new Set<string>();
    for (const entry of entries.data) {
      const parsed = keptDatasetSchema.safeParse(entry);
      if (!parsed.success || ids.has(parsed.data.meta.id)) continue;
      ids.add(parsed.data.meta.id);
      datasets.push(parsed.data);
    }
    return { datasets, unreadable: entries.data.length - datasets.length, lastFailure };
  }

  /** When the browser refuses (storage off, or full), says why, and remembers why where it can: the datasets then last only until a reload. */
  save(datasets: readonly Dataset[]): SaveResult {
    if (!this.storage) return { kept: false, failure: 'unavailable' };
    try {
      this.storage.setItem(KEY, JSON.stringify(datasets));
    } catch (error) {
      const failure = keepFailureOf(error);
      try {
        this.storage.setItem(FAILURE_KEY, failure);
      } catch {
        // Not even a few bytes fit: after a reload the reason is unknown, and said so.
      }
      return { kept: false, failure };
    }
    try {
      this.storage.removeItem(FAILURE_KEY);
    } catch {
      // A stale reason only makes a later message more cautious.
    }
    return { kept: true };
  }
}

function keepFailureOf(error: unknown): KeepFailure {
  if (!(error instanceof DOMException)) return 'refused';
  // Chromium and WebKit say QuotaExceededError; older Firefox NS_ERROR_DOM_QUOTA_REACHED (code 1014).
  if (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014) return 'quota';
  if (error.name === 'SecurityError') return 'unavailable';
  return 'refused';
}

/** This tab's session storage, or nothing where the browser denies it (some privacy settings throw on access). */
export function sessionStorageIfAllowed(): KeptStorage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
