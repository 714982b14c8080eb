import { formatChange, formatComparison, formatCount, formatRate } from '../format/format-number';
import { t } from '../i18n/language';
import { measureMeta, type MeasureId } from '../model/measures';

/** A figure of the measure, without words, as its record's number format writes it: "1,154", "24.5", "+12.3%". */
export function formatMeasureNumber(value: number, measure: MeasureId): string {
  switch (measureMeta(measure).numberFormat) {
    case 'count':
      return formatCount(value);
    case 'rate':
      return formatRate(value);
    case 'change':
      return formatChange(value);
    case 'comparison':
      return formatComparison(value, t().places.englandAndWales);
  }
}

/**
 * A value for a tooltip or table. A missing count was "not published"; a
 * missing rate or change is "not available" (no population, nothing to
 * compare with, or no figure under it).
 */
export function formatValue(value: number | null | undefined, measure: MeasureId): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missingWords(measure);
  return formatMeasureNumber(value, measure);
}

/** What a missing figure of the measure is called, in the page's language: "not published", "not available". */
export function missingWords(measure: MeasureId): string {
  const words = t().legend;
  return measureMeta(measure).missingLabel === 'not published' ? words.notPublished : words.notAvailable;
}
