import type { Region } from '../forces/force-table';
import type { KeepFailure } from './kept-imports';

/**
 * Why a parameter of the link was not used, as data: the notices view
 * writes it in the page's language (view-model/notice-text.ts). The link is
 * parsed before the page's words have loaded, and again on every history
 * step, so the state never writes words itself. Text from the link is
 * carried as it came; the words isolate and shorten it.
 */
export type NoticeReason =
  /** measure, classify, scope, scale, view, lang, region: a word from a list. */
  | { kind: 'one-of'; key: string; values: readonly string[] }
  | { kind: 'dataset-id' }
  | { kind: 'offence-id' }
  | { kind: 'financial-year'; key: 'year' | 'base' }
  | { kind: 'classes'; min: number; max: number }
  | { kind: 'breaks-count'; min: number; max: number; count: number }
  | { kind: 'breaks-empty' }
  | { kind: 'breaks-not-number'; part: string }
  | { kind: 'breaks-not-rising'; before: string; after: string }
  | { kind: 'palette-id' }
  | { kind: 'no-palettes' }
  /** A force the link names that is none of the map's; `example` is a force's slug and code, `suggestion` a near slug. */
  | { kind: 'force'; count: number; example?: { slug: string; code: string }; suggestion?: string }
  /** A body that polices no area on this map, such as the British Transport Police. */
  | { kind: 'force-no-area'; count: number; example?: { slug: string; code: string }; body: string }
  | { kind: 'pins-not-force'; max: number; example?: string; part: string }
  | { kind: 'pins-too-many'; max: number; example?: string; count: number }
  | { kind: 'text-too-long'; key: string; limit: number; length: number }
  /** A region that is not the chosen force's. */
  | { kind: 'region-of-force'; force: { code: string; name: string }; forceRegion: Region; asked: Region }
  | { kind: 'manual-needs-breaks'; breaksInvalid: boolean }
  /** A later copy of a parameter; `first` is the copy that counts. */
  | { kind: 'repeated'; key: string; first: string }
  | { kind: 'misspelt'; name: string; meant: string }
  | { kind: 'dataset-missing'; why: MissingDatasetWhy; fallback: string }
  /** An offence the Home Office table has and the map does not show, with the catalogue's reason. */
  | { kind: 'offence-not-offered'; name: string; why: string; shown?: { name: string; id: string } }
  | { kind: 'offence-unknown'; offence: string; shown?: { name: string; id: string } }
  /** A year the figures lack, or hold only part of (`quarters`); `shown` is the year shown instead, `opening` when it is not the latest. */
  | { kind: 'year-missing'; year: string; quarters?: number; shown?: { year: string; opening: boolean } }
  | { kind: 'base-missing'; base: string; first?: string }
  | { kind: 'not-valid'; key: string };

/** Why a dataset the link names is not here: none by that id, or figures imported earlier that are gone. */
export type MissingDatasetWhy = 'no-such-dataset' | 'unreadable' | KeepFailure | 'other-tab';

/** Something in the link that was not used, said so that a reader can fix it. */
export interface UrlNotice {
  /** The parameter's name as written in the link (also for unknown ones). */
  param: string;
  /** The value exactly as the link carried it: plain text, never markup. */
  raw: string;
  /** Why it was ignored; or, for the notice that counts what was not named one by one, how many. */
  reason: NoticeReason | { kind: 'more'; repeated: number; unknown: number };
}
