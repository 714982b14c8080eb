import type { OffenceCatalog } from '../datasets/offence-catalog';
import { DEFAULT_STATE, HOME_OFFICE, type AppState } from './app-state';
import type { UrlNotice } from './url-notices';

/**
 * Checks a link's offence against the Home Office series on offer, which
 * the URL parser cannot know: one that is not offered falls back to the
 * default offence, with a notice saying why (a series every force recorded
 * as 0, one recorded only nationally, or no such offence at all).
 */
export function resolveOffence(state: AppState, catalog: OffenceCatalog): { state: AppState; notices: UrlNotice[] } {
  if (state.dataset !== HOME_OFFICE || catalog.offered.some((offence) => offence.id === state.offence)) return { state, notices: [] };
  const fallback = catalog.offered.find((offence) => offence.id === DEFAULT_STATE.offence);
  const shown = fallback && { shown: { name: fallback.name, id: fallback.id } };
  const notOffered = catalog.notOffered.find((offence) => offence.id === state.offence);
  const reason: UrlNotice['reason'] = notOffered
    ? { kind: 'offence-not-offered', name: notOffered.name, why: notOffered.reason, ...shown }
    : { kind: 'offence-unknown', offence: state.offence, ...shown };
  return { state: { ...state, offence: DEFAULT_STATE.offence }, notices: [{ param: 'offence', raw: state.offence, reason }] };
}
