import { financialYearSlug } from '../datasets/financial-year';
import type { ForceTable } from '../forces/force-table';
import { editDistance } from '../forces/resolve-force-name';
import { parseOffenceId } from '../datasets/offence-ids';
import { DEFAULT_STATE, HOME_OFFICE, type AppState } from './app-state';
import { forceSlug, regionSlug } from '../forces/force-slugs';
import { URL_PARAM_KEYS, reasonOfIssues, type UrlParamKey, type UrlParamValues, type UrlStateContext, urlParamSchemas } from './url-params';
import type { NoticeReason, UrlNotice } from './url-notices';

export { DEFAULT_STATE, type AppState } from './app-state';
export { forceSlug, regionFromSlug, regionSlug } from '../forces/force-slugs';
export { resolveStateForDataset } from './resolve-state-for-dataset';
export { URL_PARAM_KEYS, type UrlParamKey, type UrlStateContext } from './url-params';
export type { UrlNotice } from './url-notices';

/** What became of one parameter of the link. */
type UrlParamResult<T> = { status: 'valid'; value: T } | { status: 'invalid'; raw: string; reason: NoticeReason } | { status: 'missing' };

type UrlParamResults = { [K in UrlParamKey]: UrlParamResult<UrlParamValues[K]> };

export interface ParsedUrlState {
  state: AppState;
  /**
   * Every parameter, after the checks between parameters: "valid" means the
   * state holds that value; "invalid" means it was ignored, with a notice.
   */
  params: UrlParamResults;
  /** Parameters, invalid, repeated or misspelt, that the state does not follow. */
  notices: UrlNotice[];
  /** Names in the link that are no parameter of ours, in link order. */
  unknownParams: string[];
}

/**
 * Reads the query string ("?measure=rate&force=dorset", with or without the
 * "?") into a state, key by key, as ONS census maps and Our World in Data do:
 * each parameter is valid, invalid (ignored, the default used, a notice
 * given) or missing (the default, silently).
 *
 * - An empty value ("year=") counts as missing: forms write those.
 * - A repeated parameter: the first wins, as URLSearchParams.get reads it;
 *   later copies that differ are reported.
 * - Unknown parameters are ignored. Those that look like a misspelt parameter
 *   ("mesure") get a notice; others (utm_source, fbclid, which sharing sites
 *   add) are only listed in unknownParams.
 * - A force decides the region; a region that disagrees is ignored.
 * - classify=manual without valid breaks falls back to the default method.
 */
export function parseUrlState(search: string, context: UrlStateContext): ParsedUrlState {
  const query = new URLSearchParams(search);
  const schemas = urlParamSchemas(context);

  function read<K extends UrlParamKey>(key: K): UrlParamResult<UrlParamValues[K]> {
    const raw = query.get(key);
    if (raw === null || raw.trim() === '') return { status: 'missing' };
    const parsed = schemas.of(key).safeParse(raw);
    if (parsed.success) return { status: 'valid', value: parsed.data };
    return { status: 'invalid', raw, reason: reasonOfIssues(key, parsed.error.issues) };
  }

  const params: UrlParamResults = {
    dataset: read('dataset'),
    offence: read('offence'),
    year: read('year'),
    measure: read('measure'),
    base: read('base'),
    classify: read('classify'),
    classes: read('classes'),
    breaks: read('breaks'),
    scope: read('scope'),
    palette: read('palette'),
    scale: read('scale'),
    region: read('region'),
    force: read('force'),
    pins: read('pins'),
    view: read('view'),
    title: read('title'),
    subtitle: read('subtitle'),
    note: read('note'),
    credit: read('credit'),
    lang: read('lang'),
  };

  const force = params.force.status === 'valid' ? context.forceTable.byCode.get(params.force.value) : undefined;
  if (force && params.region.status === 'valid' && params.region.value !== force.region) {
    const raw = query.get('region') ?? '';
    params.region = {
      status: 'invalid',
      raw,
      reason: { kind: 'region-of-force', force: { code: force.code, name: force.name }, forceRegion: force.region, asked: params.region.value },
    };
  }
  if (params.classify.status === 'valid' && params.classify.value === 'manual' && params.breaks.status !== 'valid') {
    const raw = query.get('classify') ?? '';
    params.classify = { status: 'invalid', raw, reason: { kind: 'manual-needs-breaks', breaksInvalid: params.breaks.status === 'invalid' } };
  }

  const valueOf = <K extends UrlParamKey>(key: K): AppState[K] => {
    const result: UrlParamResult<UrlParamValues[K]> = params[key];
    return result.status === 'valid' ? result.value : DEFAULT_STATE[key];
  };
  const state: AppState = {
    ...homeOfficeSeries(valueOf('dataset'), valueOf('offence'), params.offence.status === 'valid'),
    year: valueOf('year'),
    measure: valueOf('measure'),
    base: valueOf('base'),
    classify: valueOf('classify'),
    classes: valueOf('classes'),
    breaks: valueOf('breaks'),
    scope: valueOf('scope'),
    palette: valueOf('palette'),
    region: force ? force.region : valueOf('region'),
    force: valueOf('force'),
    scale: valueOf('scale'),
    view: valueOf('view'),
    pins: valueOf('pins'),
    title: valueOf('title'),
    subtitle: valueOf('subtitle'),
    note: valueOf('note'),
    credit: valueOf('credit'),
    lang: valueOf('lang'),
  };

  const notices: UrlNotice[] = [];
  for (const key of URL_PARAM_KEYS) {
    const result = params[key];
    if (result.status === 'invalid') notices.push({ param: key, raw: result.raw, reason: result.reason });
  }
  // Every later copy and every misspelt name could be a notice each: a few are named, the rest counted.
  const extra = { named: 0, repeated: 0, unknown: 0 };
  const addExtra = (kind: 'repeated' | 'unknown', notice: () => UrlNotice) => {
    if (extra.named < NAMED_EXTRA_NOTICES) {
      notices.push(notice());
      extra.named++;
    } else {
      extra[kind]++;
    }
  };
  const unknown = new Set<string>();
  const firstValues = new Map<string, string>();
  const meantByName = new Map<string, UrlParamKey>();
  for (const [key, raw] of query) {
    if (isUrlParamKey(key)) {
      const first = firstValues.get(key);
      if (first === undefined) {
        firstValues.set(key, raw);
      } else if (raw !== first) {
        addExtra('repeated', () => ({ param: key, raw, reason: { kind: 'repeated', key, first } }));
      }
      continue;
    }
    // A name seen before has had its notice, or needs none.
    if (unknown.has(key) && !meantByName.has(key)) continue;
    unknown.add(key);
    let meant = meantByName.get(key);
    if (meant === undefined) {
      meant = nearestParamKey(key);
      if (meant) meantByName.set(key, meant);
    }
    if (meant) addExtra('unknown', () => ({ param: key, raw, reason: { kind: 'misspelt', name: key, meant } }));
  }
  if (extra.repeated + extra.unknown > 0)
    notices.push({ param: 'more parameters', raw: '', reason: { kind: 'more', repeated: extra.repeated, unknown: extra.unknown } });
  const unknownParams = [...unknown];
  return { state, params, notices, unknownParams };
}

/** Notices about later copies and misspelt names named one by one; any more are one notice. */
const NAMED_EXTRA_NOTICES = 5;

/**
 * The canonical query string of a state: defaults left out, keys in the order
 * of URL_PARAM_KEYS, regions and forces as slugs, years as "2016-17", and ""
 * when everything is default. A chosen force writes its own region, so the
 * link never contradicts itself.
 */
export function serialiseUrlState(state: AppState, forceTable: ForceTable): string {
  const force = state.force === undefined ? undefined : forceTable.byCode.get(state.force);
  const written: AppState = { ...state, region: force ? force.region : state.region };
  const writers: { [K in UrlParamKey]: (value: UrlParamValues[K]) => string } = {
    dataset: String,
    offence: String,
    year: financialYearSlug,
    measure: String,
    base: financialYearSlug,
    classify: String,
    classes: String,
    breaks: (breaks) => breaks.map(numberText).join(','),
    scope: String,
    palette: String,
    scale: String,
    region: regionSlug,
    // An unknown code is written as it is; reading it back reports it.
    force: (code) => {
      const known = forceTable.byCode.get(code);
      return known ? forceSlug(known) : code;
    },
    pins: (codes) =>
      codes
        .map((code) => {
          const known = forceTable.byCode.get(code);
          return known ? forceSlug(known) : code;
        })
        .join(','),
    view: String,
    title: String,
    subtitle: String,
    note: String,
    credit: String,
    lang: String,
  };
  const write = <K extends UrlParamKey>(key: K): string | undefined => {
    const value = written[key];
    if (value === undefined || value === DEFAULT_STATE[key] || (Array.isArray(value) && value.length === 0)) return undefined;
    // Commas and colons need no escaping in a query string, and read better as they are: "breaks=100,200", "offence=group:robbery".
    return `${key}=${encodeURIComponent(writers[key](value as UrlParamValues[K]))
      .replace(/%2C/gi, ',')
      .replace(/%3A/gi, ':')}`;
  };
  const pairs = URL_PARAM_KEYS.map(write).filter((pair) => pair !== undefined);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** 1e21 is written "1e21", not "1e+21", whose "+" a URL reads as a space. */
function numberText(value: number): string {
  return String(value).replace('e+', 'e');
}

/**
 * Earlier links name a Home Office series as a dataset of its own
 * ("dataset=ho-code-86"): read as the Home Office figures for that offence,
 * unless the link also names an offence, which then decides.
 */
function homeOfficeSeries(dataset: string, offence: string, offenceGiven: boolean): Pick<AppState, 'dataset' | 'offence'> {
  const legacy = /^ho-code-(.+)$/.exec(dataset);
  if (!legacy) return { dataset, offence };
  return { dataset: HOME_OFFICE, offence: offenceGiven ? offence : (parseOffenceId(legacy[1]!) ?? offence) };
}

function isUrlParamKey(key: string): key is UrlParamKey {
  return (URL_PARAM_KEYS as readonly string[]).includes(key);
}

const LONGEST_PARAM_KEY = Math.max(...URL_PARAM_KEYS.map((key) => key.length));
const PARAM_KEY_CHARACTERS: ReadonlySet<string> = new Set(URL_PARAM_KEYS.join(''));

/** The parameter a misspelt name most likely meant, if any is close enough. */
function nearestParamKey(name: string): UrlParamKey | undefined {
  // Two slips at most: a name much longer than every parameter, or with three characters none of them has, is another word.
  if (name.length > LONGEST_PARAM_KEY + 2) return undefined;
  const lower = name.toLowerCase();
  let foreign = 0;
  for (const char of lower) if (!PARAM_KEY_CHARACTERS.has(char) && ++foreign > 2) return undefined;
  let best: UrlParamKey | undefined;
  let bestDistance = Infinity;
  for (const key of URL_PARAM_KEYS) {
    const distance = editDistance(lower, key);
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  }
  // Two slips in a long name, one in a short one; more is another word.
  const allowed = best !== undefined && best.length >= 6 ? 2 : 1;
  if (best !== undefined && bestDistance <= allowed) return best;
  // Swapped letters ("yaer") count as one slip.
  return PARAM_KEY_BY_LETTERS.get([...lower].sort().join(''));
}

const PARAM_KEY_BY_LETTERS: ReadonlyMap<string, UrlParamKey> = new Map(URL_PARAM_KEYS.map((key) => [[...key].sort().join(''), key]));
