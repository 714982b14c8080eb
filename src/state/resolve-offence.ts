import type { OffenceCatalog } from '../datasets/offence-catalog';
import { isolated } from '../format/user-text';
import { DEFAULT_STATE, HOME_OFFICE, type AppState } from './app-state';
import { ignoredNotice, type UrlNotice } from './url-params';

/**
 * Checks a link's offence against the Home Office series on offer, which
 * the URL parser cannot know: one that is not offered falls back to the
 * default offence, with a notice saying why (a series every force recorded
 * as 0, one recorded only nationally, or no such offence at all).
 */
export function resolveOffence(state: AppState, catalog: OffenceCatalog): { state: AppState; notices: UrlNotice[] } {
  if (state.dataset !== HOME_OFFICE || catalog.offered.some((offence) => offence.id === state.offence)) return { state, notices: [] };
  const fallback = catalog.offered.find((offence) => offence.id === DEFAULT_STATE.offence);
  const shown = fallback ? `${fallback.name} (code ${fallback.id})` : 'the default offence';
  const notOffered = catalog.notOffered.find((offence) => offence.id === state.offence);
  const reason = notOffered
    ? `${notOffered.name} is not mapped: ${notOffered.reason}`
    : `the Home Office table has no offence "${isolated(state.offence)}"; choose one from the offence picker`;
  return { state: { ...state, offence: DEFAULT_STATE.offence }, notices: [ignoredNotice('offence', state.offence, `${reason}. ${shown} is shown.`)] };
}
