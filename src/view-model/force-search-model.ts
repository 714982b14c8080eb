import type { ForceTable } from '../forces/force-table';
import { noAreaBodyNamed, searchForces, type ForceMatch } from '../forces/search-forces';
import { isolated } from '../format/user-text';
import { forceName } from '../i18n/place-names';
import { WELSH_REGION_NAMES } from '../i18n/welsh-place-names';

/** Suggestions listed at once: a screenful on a phone. */
const MOST_OPTIONS = 8;

export interface ForceSearchModel {
  options: ForceMatch[];
  /** Said when there is nothing to choose: no match, or a body that polices no area. User text in it is isolated. */
  message: string | undefined;
}

/** What the list shows for a query (pure): the best matches, or why there are none. */
export function forceSearchModel(query: string, forceTable: ForceTable, mostOptions = MOST_OPTIONS): ForceSearchModel {
  if (query.trim() === '') return { options: [], message: undefined };
  const options = searchForces(query, forceTable, WELSH_REGION_NAMES).slice(0, mostOptions);
  if (options.length > 0) return { options, message: undefined };
  const body = noAreaBodyNamed(query);
  return { options, message: body ? `${body} polices no area of this map` : `No police force area matches "${isolated(query.trim())}"` };
}

/** An option's words: the force's name, and the short form or region it was found by when that is not the name. */
export function optionLabel(match: ForceMatch): { name: string; note: string | undefined } {
  const name = forceName(match.force);
  const shown = match.kind !== 'misspelling' && match.matched !== name;
  return { name, note: shown ? match.matched : undefined };
}
