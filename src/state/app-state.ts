import type { Region } from '../forces/force-table';
import { LANGUAGES, type Language } from '../i18n/language';
import { BREAK_SCOPES, type BreakScope } from '../model/choropleth';
import { MEASURE_IDS, type MeasureId } from '../model/measures';
import { CLASSIFICATION_METHODS, MAX_CLASSES, MAX_MANUAL_THRESHOLDS, MIN_CLASSES, MIN_MANUAL_THRESHOLDS, type ClassificationMethod } from '../scales/classify';

/** What each area's colour shows (the measures module owns the list). */
export const MEASURES = MEASURE_IDS;
type Measure = MeasureId;

/** How the figures are cut into colour classes (the classification module owns the list). */
export const CLASSIFY_METHODS = CLASSIFICATION_METHODS;
type ClassifyMethod = ClassificationMethod;

/** Which figures the class breaks are computed from (the choropleth module owns the list). */
export { BREAK_SCOPES };

/** The page's language (the i18n module owns the list). */
export { LANGUAGES };

/** Whether the colour scale spans England and Wales or only the chosen region. */
export const COLOUR_SCALES = ['national', 'region'] as const;
type ColourScale = (typeof COLOUR_SCALES)[number];

/** In the map's place: the geographic map, the equal-area tile map, every year's map, or the table. */
export const VIEWS = ['map', 'tiles', 'years', 'table'] as const;
type View = (typeof VIEWS)[number];

export { MAX_CLASSES, MIN_CLASSES };
/** Manual breaks are the inner thresholds: 1 to 6 of them make 2 to 7 classes. */
export const MIN_BREAKS = MIN_MANUAL_THRESHOLDS;
export const MAX_BREAKS = MAX_MANUAL_THRESHOLDS;

/**
 * The reader's own words for the picture and the page, and the most
 * characters each may hold (code points, as a reader counts them): a
 * title and credit fit a line or two, a note a few lines.
 */
export const READER_TEXT_LIMITS = { title: 120, subtitle: 200, note: 500, credit: 120 } as const;
export type ReaderTextKey = keyof typeof READER_TEXT_LIMITS;
export const READER_TEXT_KEYS = Object.keys(READER_TEXT_LIMITS) as ReaderTextKey[];
/** Forces a reader may pin a value label to, beside the chosen force. */
export const MAX_PINS = 5;

/** Ids of datasets, shipped or imported: "home-office", "nspcc-foi", "import-1" (and, from earlier links, "ho-code-37.2"). */
export const DATASET_ID_PATTERN = /^[a-z0-9][a-z0-9.-]*$/;
/** The Home Office figures, one series per offence (the offence parameter). */
export const HOME_OFFICE = 'home-office';
/** Ids of palettes; which ids exist is the palette module's business. */
export const PALETTE_ID_PATTERN = /^[a-z0-9-]+$/;

/**
 * Everything a link can carry. Every key is always present; undefined is a
 * meaningful value ("the latest year", "the measure's own palette", "all of
 * England and Wales"), never a missing one.
 *
 * Settings that do not apply to the current choice (a base year while the
 * measure is "count", breaks while the method is "quantile") are kept, so
 * that switching back restores them.
 */
export interface AppState {
  dataset: string;
  /**
   * Which Home Office series, when the dataset is the Home Office's: an
   * offence code ("86", "8Q"), "group:…", "subgroup:…" or "all". Kept while
   * another dataset is shown, so that coming back restores it.
   */
  offence: string;
  /** A financial year such as "2016/17"; undefined: the dataset's latest year. */
  year: string | undefined;
  measure: Measure;
  /** The year "change-base" compares with; undefined: the dataset's first year. */
  base: string | undefined;
  classify: ClassifyMethod;
  /** Number of classes for the computed methods; manual classes follow the breaks. */
  classes: number;
  /** Strictly ascending inner thresholds; required when classify is "manual". */
  breaks: readonly number[] | undefined;
  scope: BreakScope;
  /** undefined: the palette that suits the measure (diverging for change). */
  palette: string | undefined;
  /** undefined: England and Wales. Always the force's region when a force is chosen. */
  region: Region | undefined;
  /** ONS code of the highlighted force, e.g. "E23000039". */
  force: string | undefined;
  scale: ColourScale;
  view: View;
  /** Forces whose values are labelled on the map besides the chosen force's (ONS codes, at most MAX_PINS). */
  pins: readonly string[] | undefined;
  /** The reader's own title, subtitle, note and credit, exactly as typed; undefined: the default words (no note, no credit). */
  title: string | undefined;
  subtitle: string | undefined;
  note: string | undefined;
  credit: string | undefined;
  /** The page's language; undefined: the browser's (src/i18n/language.ts languageOfBrowser), on a first visit. */
  lang: Language | undefined;
}

export const DEFAULT_STATE: Readonly<AppState> = Object.freeze({
  dataset: HOME_OFFICE,
  // The Home Office default series in data/datasets.json (a test keeps them in step).
  offence: '86',
  year: undefined,
  // Rates: a map of counts mostly maps population.
  measure: 'rate',
  base: undefined,
  classify: 'quantile',
  classes: 5,
  breaks: undefined,
  // The latest year's breaks for every year: the first map separates the forces, and the legend holds still while the years play.
  scope: 'latest-year',
  palette: undefined,
  region: undefined,
  force: undefined,
  scale: 'national',
  view: 'map',
  pins: undefined,
  title: undefined,
  subtitle: undefined,
  note: undefined,
  credit: undefined,
  lang: undefined,
});
