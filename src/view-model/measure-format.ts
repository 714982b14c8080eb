import { formatChange, formatCount, formatCountRange, formatRate, NOT_AVAILABLE, NOT_PUBLISHED } from '../format/format-number';
import type { MeasureId } from '../model/measures';
import type { ClassRange } from '../scales/classify';

/** A figure of the measure, without words: "1,154", "24.5", "+12.3%". */
export function formatMeasureNumber(value: number, measure: MeasureId): string {
  switch (measure) {
    case 'count':
      return formatCount(value);
    case 'rate':
      return formatRate(value);
    case 'change-previous':
    case 'change-base':
      return formatChange(value);
  }
}

/**
 * A value for a tooltip or table. A missing count was "not published"; a
 * missing rate or change is "not available" (no population, nothing to
 * compare with, or no figure under it).
 */
export function formatValue(value: number | null | undefined, measure: MeasureId): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return measure === 'count' ? NOT_PUBLISHED : NOT_AVAILABLE;
  return formatMeasureNumber(value, measure);
}

/**
 * A legend row: "100–199", "24.5–30.1", "−10.0% to −4.0%", "under 100",
 * "200 or more". Counts as formatCountRange labels them; rates and
 * changes show the breaks themselves (the lower one belongs to the row,
 * the upper to the next).
 */
export function formatRange(range: ClassRange, measure: MeasureId): string {
  if (measure === 'count') return formatCountRange(range);
  const { lower, upper } = range;
  const show = (value: number) => formatMeasureNumber(value, measure);
  if (lower === null && upper === null) return 'all values';
  if (lower === null) return `under ${show(upper!)}`;
  if (upper === null) return `${show(lower)} or more`;
  const from = show(lower);
  const to = show(upper);
  if (from === to) return from;
  // Changes take "to": a dash beside a minus sign misleads.
  return measure === 'rate' ? `${from}\u2013${to}` : `${from} to ${to}`;
}
