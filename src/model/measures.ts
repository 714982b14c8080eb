import * as z from 'zod/mini';
import { financialYearStart } from '../datasets/financial-year';
import { populationFor, type Population } from '../datasets/population';
import type { RatePer } from '../datasets/dataset';
import { poissonRateInterval, poissonRatioInterval, type Interval } from './poisson-interval';
import { ratePerPeople, ratePhrase } from './rate';
import { t } from '../i18n/language';

export const MEASURE_IDS = ['count', 'rate', 'change-previous', 'change-base', 'compared'] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];
export const measureIdSchema = z.enum(MEASURE_IDS);

/** Sequential: more is darker. Diverging: falls and rises either side of 0. */
type MeasureKind = 'sequential' | 'diverging';

/** How a measure's figures are written (view-model/measure-format.ts): "1,154", "24.5", "+12.3%", "higher than England and Wales". */
export type NumberFormat = 'count' | 'rate' | 'change' | 'comparison';

interface MeasureLabelContext {
  /** The dataset's unit, e.g. "offences". */
  unit: string;
  /** The year "change-base" compares with, e.g. "2016/17". */
  baseYear?: string;
  /** What a rate is per: 1,000 or 100,000 people. */
  ratePer: RatePer;
}

type IntervalResult = { value: Interval; reason?: undefined } | { value: null; reason: MissingReason };

/**
 * One measure: everything the atlas knows of it, in one record. The picker,
 * the legend, the table, the tooltip, the profile, the exports and the URL
 * parser all read it from here (README, "Adding a measure").
 */
export interface MeasureMeta {
  id: MeasureId;
  /**
   * Its name wherever it is named: the picker's option, the legend's title,
   * the table's column header (and so the table CSV's), the tooltip and the
   * picture's subtitle: "Number of offences".
   */
  label(context: MeasureLabelContext): string;
  /** What follows a formatted figure in words: the unit for counts ("offences"), "per 100,000 people" for rates, nothing for a change in per cent. */
  unitAfter(context: MeasureLabelContext): string;
  /** How its figures are written. */
  numberFormat: NumberFormat;
  kind: MeasureKind;
  /** What a missing figure is called: a count was not published; the others could not be worked out. */
  missingLabel: 'not published' | 'not available';
  /** A change from another year: what it compares with. */
  change?: 'previous-year' | 'base-year';
  /** Divides by the population, so the population estimates are a source of it. */
  needsPopulation: boolean;
  /** Compares with a base year the reader picks (the base parameter, the base year picker). */
  needsBaseYear: boolean;
  /** Classes that are the measure's own, not computed from the figures: the breaks between its categories. */
  fixedBreaks?: readonly number[];
  /** The table's column of plain figures that it is (the count's, the rate's), which the table and profile then leave out: one figure shown twice only crowds a narrow screen. */
  tableColumn?: 'count' | 'rate';
  /** The interval its figure is judged by (model/significance.ts): its own, or for a comparison the rate's; none for a count. */
  interval?: 'rate' | 'changePrevious' | 'changeBase';
  /** The columns of the complete figures CSV (export/figures-csv.ts) that hold it, in their order there. */
  csvColumns: readonly string[];
  /** The formula: the measure for one force and year, or why there is none. evaluateMeasure checks the arguments and calls it. */
  compute(series: ForceSeries, yearIndex: number, options: MeasureOptions): MeasureResult;
  /** The exact 95% interval of the figure in its own units (poisson-interval.ts), for a measure that has one of its own; evaluateInterval calls it. */
  computeInterval?(series: ForceSeries, yearIndex: number, options: MeasureOptions): IntervalResult;
}

/**
 * A change in per cent from another year of the same series, and its
 * interval: the conditional binomial interval of the ratio of the two
 * counts. compared gives the index of the year it compares with, or why
 * there is none.
 */
function changeMeasure(
  record: Omit<MeasureMeta, 'compute' | 'computeInterval' | 'unitAfter' | 'numberFormat' | 'kind' | 'missingLabel' | 'needsPopulation'>,
  compared: (series: ForceSeries, yearIndex: number, options: MeasureOptions) => number | MissingReason,
): MeasureMeta {
  return {
    ...record,
    unitAfter: () => '',
    numberFormat: 'change',
    kind: 'diverging',
    missingLabel: 'not available',
    needsPopulation: false,
    compute: (series, yearIndex, options) => {
      const index = compared(series, yearIndex, options);
      return typeof index === 'number' ? percentChange(figureAt(series, yearIndex), figureAt(series, index)) : missing(index);
    },
    computeInterval: (series, yearIndex, options) => {
      const count = figureAt(series, yearIndex)!;
      const comparison = figureAt(series, compared(series, yearIndex, options) as number)!;
      if (!isCount(count) || !isCount(comparison)) return missing('not-a-count');
      const ratio = poissonRatioInterval(count, comparison);
      return { value: { lower: (ratio.lower - 1) * 100, upper: (ratio.upper - 1) * 100 } };
    },
  };
}

const rate: MeasureMeta = {
  id: 'rate',
  label: (context) => t().measures.rate(context),
  unitAfter: ({ ratePer }) => ratePhrase(ratePer),
  numberFormat: 'rate',
  kind: 'sequential',
  missingLabel: 'not available',
  needsPopulation: true,
  needsBaseYear: false,
  tableColumn: 'rate',
  interval: 'rate',
  csvColumns: ['rate', 'rate_lower_95', 'rate_upper_95', 'rate_unit'],
  compute: (series, yearIndex, options) => {
    const value = figureAt(series, yearIndex);
    if (value === undefined) return missing('not-published');
    const population = series.populations[yearIndex];
    if (population === undefined || !(population > 0)) return missing('no-population');
    if (options.ratePer === undefined) throw new Error('the "rate" measure needs to know what it is per (ratePer)');
    return { value: ratePerPeople(value, population, options.ratePer) };
  },
  computeInterval: (series, yearIndex, options) => {
    const count = figureAt(series, yearIndex)!;
    if (!isCount(count)) return missing('not-a-count');
    return { value: poissonRateInterval(count, series.populations[yearIndex]!, options.ratePer!) };
  },
};

export const MEASURES: readonly MeasureMeta[] = [
  {
    id: 'count',
    label: (context) => t().measures.count(context),
    unitAfter: ({ unit }) => unit,
    numberFormat: 'count',
    kind: 'sequential',
    missingLabel: 'not published',
    needsPopulation: false,
    needsBaseYear: false,
    tableColumn: 'count',
    csvColumns: ['count', 'count_status', 'count_unit'],
    compute: (series, yearIndex) => {
      const value = figureAt(series, yearIndex);
      return value === undefined ? missing('not-published') : { value };
    },
  },
  rate,
  changeMeasure(
    {
      id: 'change-previous',
      label: (context) => t().measures.changePrevious(context),
      change: 'previous-year',
      needsBaseYear: false,
      interval: 'changePrevious',
      csvColumns: ['change_from_previous_year', 'change_from_previous_year_lower_95', 'change_from_previous_year_upper_95'],
    },
    (series, yearIndex) => {
      const previousYear = series.years[yearIndex - 1];
      // "Previous" is the financial year before, not merely the entry before a gap.
      const follows = previousYear !== undefined && financialYearStart(previousYear) === financialYearStart(series.years[yearIndex]!) - 1;
      return follows ? yearIndex - 1 : 'no-previous-year';
    },
  ),
  changeMeasure(
    {
      id: 'change-base',
      label: (context) => t().measures.changeBase(context),
      change: 'base-year',
      needsBaseYear: true,
      interval: 'changeBase',
      csvColumns: ['change_from_base_year', 'change_from_base_year_lower_95', 'change_from_base_year_upper_95', 'base_year'],
    },
    (series, _yearIndex, { baseYear }) => {
      if (baseYear === undefined) throw new Error('the "change-base" measure needs a base year');
      const baseIndex = series.years.indexOf(baseYear);
      if (baseIndex < 0) throw new RangeError(`base year ${baseYear} is not in the series`);
      return baseIndex;
    },
  ),
  {
    // Each force's rate, by its 95% interval, against the England and Wales rate of the same year taken as fixed (as OHID's Fingertips does):
    // wholly above is higher (1), overlapping is similar (0), wholly below is lower (−1).
    id: 'compared',
    label: (context) => t().measures.compared(context),
    unitAfter: () => '',
    numberFormat: 'comparison',
    kind: 'diverging',
    missingLabel: 'not available',
    needsPopulation: true,
    needsBaseYear: false,
    fixedBreaks: [-0.5, 0.5],
    interval: 'rate',
    csvColumns: ['compared_with_england_and_wales'],
    compute: (series, yearIndex, options) => {
      if (options.referenceRates === undefined) throw new Error('the "compared" measure needs the rates to compare with (referenceRates)');
      const interval = evaluateInterval('rate', series, yearIndex, options);
      if (interval.value === null) return interval;
      const reference = options.referenceRates[yearIndex];
      if (reference === null || reference === undefined) return missing('no-reference');
      return { value: compareInterval(interval.value, reference) };
    },
  },
];

/** The comparison of an interval with a figure taken as fixed: 1 wholly above it, −1 wholly below, 0 overlapping. */
export function compareInterval(interval: Interval, reference: number): number {
  if (interval.lower > reference) return 1;
  if (interval.upper < reference) return -1;
  return 0;
}

export function measureMeta(id: MeasureId): MeasureMeta {
  return MEASURES.find((measure) => measure.id === id)!;
}

/**
 * One force's figures, year by year. The three arrays are aligned: index i
 * is years[i].
 */
export interface ForceSeries {
  /** Financial years in order, e.g. "2016/17"; a dataset may skip some. */
  years: readonly string[];
  /** The published figures; null or undefined: not published. */
  values: readonly (number | null | undefined)[];
  /** The mid-year population for each year; undefined: no estimate. */
  populations: readonly (number | undefined)[];
}

/** A force's series with each year's own population (2016/17 → mid-2016), none borrowed from another year. */
export function forceSeries(years: readonly string[], values: readonly (number | null | undefined)[], population: Population, code: string): ForceSeries {
  return { years, values, populations: years.map((year) => populationFor(population, code, year)) };
}

/** Why a measure has no value. */
type MissingReason =
  /** The figure for the year itself was not published. */
  | 'not-published'
  /** No population estimate for the year, so no rate. */
  | 'no-population'
  /** The series does not hold the year before (the first year, or a gap). */
  | 'no-previous-year'
  /** The figure to compare with (previous or base year) was not published. */
  | 'comparison-not-published'
  /** The figure to compare with is 0: a change from nothing has no per cent. */
  | 'comparison-zero'
  /** The figure is not a whole count of events, so it has no Poisson interval to compare by. */
  | 'not-a-count'
  /** No rate to compare with (England and Wales, or the region) that year. */
  | 'no-reference';

export type MeasureResult = { value: number; reason?: undefined } | { value: null; reason: MissingReason };

export interface MeasureOptions {
  /** The year "change-base" compares with; required for it, ignored by the others. */
  baseYear?: string;
  /** What a rate is per; required for "rate" and "compared", ignored by the others. */
  ratePer?: RatePer;
  /** The rate each year's interval is compared with (England and Wales', or a region's), aligned with the years; required for "compared". */
  referenceRates?: readonly (number | null)[];
}

/**
 * The measure for one force and year, or why there is none. A missing
 * figure is never taken as zero and never filled from another year.
 * Throws on a caller's mistake: a year index outside the series, arrays
 * out of step, "change-base" without a base year in the series.
 */
export function evaluateMeasure(measure: MeasureId, series: ForceSeries, yearIndex: number, options: MeasureOptions = {}): MeasureResult {
  checkSeries(series);
  if (!Number.isInteger(yearIndex) || yearIndex < 0 || yearIndex >= series.years.length) {
    throw new RangeError(`year index ${yearIndex} is outside the series (0 to ${series.years.length - 1})`);
  }
  return measureMeta(measure).compute(series, yearIndex, options);
}

/**
 * The exact 95% interval of a measure that has one of its own (its
 * computeInterval), in its own units: a rate's per its people, a change's
 * in per cent (of the ratio of the two counts). A figure that is not a
 * whole count of events (imported figures may have decimals) has none.
 */
export function evaluateInterval(measure: MeasureId, series: ForceSeries, yearIndex: number, options: MeasureOptions = {}): IntervalResult {
  const { computeInterval } = measureMeta(measure);
  if (computeInterval === undefined) throw new Error(`the "${measure}" measure has no interval of its own`);
  const result = evaluateMeasure(measure, series, yearIndex, options);
  return result.value === null ? result : computeInterval(series, yearIndex, options);
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** The measure's value, or null when there is none (evaluateMeasure says why). */
export function measureValue(measure: MeasureId, series: ForceSeries, yearIndex: number, options: MeasureOptions = {}): number | null {
  return evaluateMeasure(measure, series, yearIndex, options).value;
}

/** The measure for every year of the series, aligned with series.years: what the class breaks are computed from. */
export function measureSeries(measure: MeasureId, series: ForceSeries, options: MeasureOptions = {}): (number | null)[] {
  return series.years.map((_, yearIndex) => measureValue(measure, series, yearIndex, options));
}

function percentChange(value: number | undefined, comparison: number | undefined): MeasureResult {
  if (value === undefined) return missing('not-published');
  if (comparison === undefined) return missing('comparison-not-published');
  if (comparison === 0) return missing('comparison-zero');
  return { value: ((value - comparison) / comparison) * 100 };
}

function figureAt(series: ForceSeries, index: number): number | undefined {
  const value = series.values[index];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function missing(reason: MissingReason): { value: null; reason: MissingReason } {
  return { value: null, reason };
}

function checkSeries(series: ForceSeries): void {
  const { years, values, populations } = series;
  if (values.length !== years.length || populations.length !== years.length) {
    throw new RangeError(`series out of step: ${years.length} years, ${values.length} figures, ${populations.length} populations`);
  }
}
