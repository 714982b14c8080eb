import type { AppState } from './app-state';

/**
 * The change of state when the reader picks another dataset or offence. The
 * year stays: a year the reader chose is shown again in the new series
 * (resolveStateForDataset drops it, saying why, when the new series lacks
 * it), and no year chosen stays "the year the series opens on". The base
 * year of a change goes back to the new series' first.
 */
export function seriesSwitch(series: Pick<AppState, 'dataset'> | Pick<AppState, 'offence'>): Partial<AppState> {
  return { ...series, base: undefined };
}
