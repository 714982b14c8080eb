import { formatComparison, formatInterval } from '../format/format-number';
import type { Force, Region } from '../forces/force-table';
import { measureMeta, type MeasureId } from '../model/measures';
import { intervalOf, withinVariation, type ForceYearSignificance } from '../model/significance';
import { regionPhrase } from './series-model';

/** What the tooltip, the profile and the table say of a figure's reliability: one wording for all of them. */
export const SMALL_NUMBER_CAUTION = 'small number: the rate is unstable';
export const WITHIN_VARIATION = 'within year-to-year variation';

/** "95% interval 38.9 to 48.3", "95% interval +78% to +205%"; undefined when the measure has none. */
export function intervalText(significance: ForceYearSignificance | undefined, measure: MeasureId): string | undefined {
  const interval = intervalOf(significance, measure);
  return interval && `95% interval ${formatInterval(interval, measureMeta(measure).change ? 'change' : 'rate')}`;
}

/** "lower than England and Wales", and with a region in focus "; similar to the South West". */
export function comparisonText(significance: ForceYearSignificance | undefined, force: Force, region: Region | undefined): string | undefined {
  if (!significance || significance.national === null) return undefined;
  const national = formatComparison(significance.national, 'England and Wales');
  return region !== undefined && significance.regional !== null ? `${national}; ${formatComparison(significance.regional, regionPhrase(force.region))}` : national;
}

/** The cautions a figure carries: a small count, a change within year-to-year variation. */
export function cautions(significance: ForceYearSignificance | undefined, measure: MeasureId): string[] {
  if (!significance) return [];
  const change = measureMeta(measure).change ? intervalOf(significance, measure) : undefined;
  return [...(significance.smallNumber ? [SMALL_NUMBER_CAUTION] : []), ...(withinVariation(change) ? [WITHIN_VARIATION] : [])];
}
