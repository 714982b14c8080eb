import { compareFinancialYears } from '../datasets/financial-year';
import { MEASURES, measureMeta } from '../model/measures';
import type { BreakScope } from '../model/choropleth';
import { CLASSIFICATION_METHODS, MAX_CLASSES, MIN_CLASSES } from '../scales/classify';
import { PALETTES, paletteOf } from '../scales/palettes';
import type { OffenceSeries } from '../datasets/dataset';
import type { AppState } from '../state/app-state';
import type { UrlNotice } from '../state/url-notices';
import { noticeText } from './notice-text';
import { startingBreaks } from './colour-options';
import { yearIndexOf, type SeriesModel } from './series-model';
import { t } from '../i18n/language';

interface Choice<T extends string = string> {
  value: T;
  label: string;
}

export interface DatasetChoice {
  id: string;
  title: string;
}

export interface ControlsModel {
  datasets: readonly Choice[];
  dataset: string;
  /** The Home Office offence shown, for the offence picker; absent for other figures. */
  offence: { id: string; label: string } | undefined;
  measures: readonly Choice<AppState['measure']>[];
  measure: AppState['measure'];
  /** The base year picker, shown for "change since a year". */
  base: { shown: boolean; years: readonly Choice[]; value: string; notice: string | undefined };
  methods: readonly Choice<AppState['classify']>[];
  method: AppState['classify'];
  classes: { shown: boolean; counts: readonly Choice[]; value: string };
  /** Manual breaks: the text in the field, why they are not used (if so), and where switching to manual starts from. */
  breaks: { shown: boolean; text: string; error: string | undefined; starting: readonly number[] };
  palettes: readonly Choice[];
  palette: string;
  scopes: readonly Choice<BreakScope>[];
  scope: BreakScope;
  view: AppState['view'];
}

/**
 * The pickers for what the map shows and how it is coloured, with what is
 * in force: a palette or breaks the state asks for but cannot have are
 * shown as what is drawn instead, with the reason.
 */
export type ControlsChoice = Pick<AppState, 'dataset' | 'measure' | 'classify' | 'classes' | 'breaks' | 'scope' | 'view' | 'year'>;

/** How the offence picker's button names a Home Office series: "Obscene publications etc (code 86)", "Robbery". */
export function offenceLabel(offence: Pick<OffenceSeries, 'id' | 'kind' | 'name' | 'code'>): { id: string; label: string } {
  return { id: offence.id, label: offence.kind === 'code' ? `${offence.name} (code ${offence.code ?? offence.id})` : offence.name };
}

export function controlsModel(state: ControlsChoice, series: SeriesModel, datasets: readonly DatasetChoice[], notices: readonly UrlNotice[]): ControlsModel {
  const meta = series.joined.dataset.meta;
  const words = t().controls;
  const context = { unit: meta.unit, baseYear: t().measures.aChosenYear, ratePer: meta.ratePer };
  const kind = paletteOf(series.palette).kind;
  // The breaks' own reason first: "classify=manual needs valid breaks" says less.
  const breaksNotice =
    notices.find((notice) => notice.param === 'breaks') ?? notices.find((notice) => notice.param === 'classify' && state.classify !== 'manual');
  const shownYear = series.years[yearIndexOf(series, state.year)]!;
  const offence = meta.offence;
  const fromBaseYear = measureMeta(state.measure).needsBaseYear;
  return {
    datasets: datasets.map((choice) => ({ value: choice.id, label: choice.title })),
    dataset: state.dataset,
    offence: offence && offenceLabel(offence),
    measures: MEASURES.map((measure) => ({ value: measure.id, label: measure.label(context) })),
    measure: state.measure,
    base: {
      shown: fromBaseYear,
      years: series.years.map((year) => ({ value: year, label: year })),
      value: series.baseYear,
      notice: fromBaseYear && compareFinancialYears(series.baseYear, shownYear) > 0 ? words.baseAfterShown(series.baseYear, shownYear) : undefined,
    },
    methods: CLASSIFICATION_METHODS.map((method) => ({ value: method, label: words.methods[method] })),
    method: state.classify === 'manual' && series.breaksError ? 'quantile' : state.classify,
    classes: {
      shown: series.classification.method !== 'manual',
      counts: Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => String(MIN_CLASSES + i)).map((n) => ({ value: n, label: n })),
      value: String(state.classes),
    },
    breaks: {
      shown: series.classification.method === 'manual' || breaksNotice !== undefined,
      text: (state.breaks ?? []).join(', '),
      error: series.breaksError ?? (breaksNotice && noticeText(breaksNotice)),
      starting: startingBreaks(series.choropleth.classificationFor(series.years.length - 1)),
    },
    palettes: PALETTES.filter((palette) => palette.kind === kind).map((palette) => ({ value: palette.id, label: palette.label })),
    palette: series.palette,
    scopes: [
      { value: 'latest-year', label: words.scopes.latestYear(series.years[series.choropleth.breaksYearIndex ?? -1] ?? series.openingYear) },
      { value: 'all-years', label: words.scopes.allYears },
      { value: 'each-year', label: words.scopes.eachYear },
    ],
    scope: state.scope,
    view: state.view,
  };
}
