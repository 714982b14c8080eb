import { HOME_OFFICE, type AppState } from './app-state';
import { homeOfficeDatasetId } from '../datasets/offence-ids';

/** Which figures a view shows: a dataset, or for the Home Office's, the series of its offence ("ho-code-86"). */
export function figuresKeyOf(state: Pick<AppState, 'dataset' | 'offence'>): string {
  return state.dataset === HOME_OFFICE ? homeOfficeDatasetId(state.offence) : state.dataset;
}
