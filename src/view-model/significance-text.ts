import type { SeriesBreak } from '../datasets/dataset';
import { compareFinancialYears } from '../datasets/financial-year';
import { formatComparison, formatInterval } from '../format/format-number';
import type { Force, Region } from '../forces/force-table';
import { measureMeta, type MeasureId } from '../model/measures';
import { intervalOf, withinVariation, type ForceYearSignificance } from '../model/significance';
import { regionPhrase, type SeriesModel } from './series-model';
import { t } from '../i18n/language';

/** What the complete figures CSV's notes say of a figure's reliability, in English whatever the page's language (the page's words: the catalogue's `significance`). */
export const SMALL_NUMBER_CAUTION = 'small number: the rate is unstable';
export const WITHIN_VARIATION = 'within year-to-year variation';

/** "95% interval 38.9 to 48.3", "95% interval +78% to +205%"; undefined when the measure has none. */
export function intervalText(significance: ForceYearSignificance | undefined, measure: MeasureId): string | undefined {
  const interval = intervalOf(significance, measure);
  return interval && t().significance.interval(formatInterval(interval, measureMeta(measure).change ? 'change' : 'rate'));
}

/** "lower than England and Wales", and with a region in focus "; similar to the South West". */
export function comparisonText(significance: ForceYearSignificance | undefined, force: Force, region: Region | undefined): string | undefined {
  if (!significance || significance.national === null) return undefined;
  const national = formatComparison(significance.national, t().places.englandAndWales);
  return region !== undefined && significance.regional !== null
    ? `${national}; ${formatComparison(significance.regional, regionPhrase(force.region))}`
    : national;
}

/** The cautions a figure carries: a small count, a change within year-to-year variation. */
export function cautions(significance: ForceYearSignificance | undefined, measure: MeasureId): string[] {
  if (!significance) return [];
  const change = measureMeta(measure).change ? intervalOf(significance, measure) : undefined;
  const words = t().significance;
  return [...(significance.smallNumber ? [words.smallNumber] : []), ...(withinVariation(change) ? [words.withinVariation] : [])];
}

/** The breaks in the series between two years (a change's base and the year), or none. */
export function breaksBetween(breaks: readonly SeriesBreak[] | undefined, from: string, to: string): SeriesBreak[] {
  const [early, late] = compareFinancialYears(from, to) <= 0 ? [from, to] : [to, from];
  return (breaks ?? []).filter(({ after }) => compareFinancialYears(after, early) >= 0 && compareFinancialYears(after, late) < 0);
}

/** "the base year, 2012/13, is before a break in the series (after 2012/13)"; with `details`, what changed. */
export function breakCaution(breaks: readonly SeriesBreak[], baseYear: string, details: boolean): string {
  const afters = [...new Set(breaks.map(({ after }) => after))].join(', ');
  return `${t().significance.baseBeforeBreak(baseYear, afters)}${details ? `: ${breaks.map(t().series.break).join('; ')}` : ''}`;
}

/** For a change measure: its base year in the year shown, and the breaks in the series between them. */
export function changeBreaks(
  series: Pick<SeriesModel, 'joined' | 'years' | 'baseYear'>,
  measure: MeasureId,
  yearIndex: number,
): { base: string; breaks: SeriesBreak[] } | undefined {
  const change = measureMeta(measure).change;
  const base = change === 'previous-year' ? series.years[yearIndex - 1] : change === 'base-year' ? series.baseYear : undefined;
  if (base === undefined) return undefined;
  const breaks = breaksBetween(series.joined.dataset.meta.offence?.breaks, base, series.years[yearIndex]!);
  return breaks.length > 0 ? { base, breaks } : undefined;
}
