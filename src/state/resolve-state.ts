import type { Dataset } from '../datasets/dataset';
import type { OffenceCatalog } from '../datasets/offence-catalog';
import { openingYearOf } from '../model/coverage';
import type { AppState } from './app-state';
import { figuresKeyOf } from './figures-key';
import { resolveOffence } from './resolve-offence';
import { resolveStateForDataset } from './resolve-state-for-dataset';
import type { MissingDatasetWhy, UrlNotice } from './url-notices';

/** What has loaded so far, against which a link's state can be checked. */
export interface LoadedForState {
  /** The datasets on offer, and why one asked for is not (an import of a closed tab, say). */
  datasets: { has(id: string): boolean; fallback: string; missingReason(id: string): MissingDatasetWhy };
  /** The Home Office series on offer, once loaded. */
  catalog: OffenceCatalog | undefined;
  /** The figures of a series (figuresKeyOf) once they have loaded; asked only for the state's series as put right, so never for one not on offer. */
  figures(key: string): Dataset | undefined;
}

/**
 * The state put right against what has loaded, which the URL parser cannot
 * know: a dataset not on offer falls back to the first one offered, an
 * offence the release does not map to the default offence, a year or base
 * year the figures lack to the dataset's own. Each correction comes with a
 * notice naming the parameter; a state with no notices is returned as it
 * is. Its years are checked once the figures of the series it names, as put
 * right, have loaded.
 */
export function resolveState(state: AppState, loaded: LoadedForState): { state: AppState; notices: UrlNotice[] } {
  if (!loaded.datasets.has(state.dataset)) {
    const fallback = loaded.datasets.fallback;
    const reason = { kind: 'dataset-missing', why: loaded.datasets.missingReason(state.dataset), fallback } as const;
    return { state: { ...state, dataset: fallback }, notices: [{ param: 'dataset', raw: state.dataset, reason }] };
  }
  const offence = loaded.catalog ? resolveOffence(state, loaded.catalog) : { state, notices: [] };
  const dataset = loaded.figures(figuresKeyOf(offence.state));
  if (dataset === undefined) return offence;
  const years = resolveStateForDataset(offence.state, dataset.years, dataset.partialYears, openingYearOf(dataset));
  return { state: years.state, notices: [...offence.notices, ...years.notices] };
}
