import { format } from 'd3-format';
import { measureMeta, type MeasureId, type NumberFormat } from '../model/measures';
import type { ClassRange } from '../scales/classify';
import { formatComparison, formatCount } from '../format/format-number';
import { t } from '../i18n/language';

/** U+2212: a real minus sign, as wide as the plus and never broken from its number. */
const MINUS = '\u2212';
const DASH = '\u2013';
const upToTwoDecimals = format(',.2~f');
/** The formats whose classes are ranges on a scale of decimals: a rate's, or a change's in per cent. */
type ScaleFormat = Exclude<NumberFormat, 'count' | 'comparison'>;

/**
 * The labels of a legend's rows, lowest class first: "0.0–60.4",
 * "60.4–75.1", "100.4 and over"; "−10.0% to −4.0%"; counts "100–199";
 * and the highest figure, "902.2", which the legend states beside them.
 * Every bound of one legend is written with the same number of decimals,
 * so that the rows read as one scale. The top class of a computed
 * classification is written open, its highest figure said apart: one
 * outlier (the City of London's rate on its small resident population)
 * would otherwise stretch it to a range no other force comes near, without
 * a word. Classes the reader set by hand are open at both ends ("under
 * 40.0", "80.0 and over"), and have no highest figure to state.
 */
export function classLabels(ranges: readonly ClassRange[], measure: MeasureId): { labels: string[]; highest: string | undefined } {
  const top = ranges[ranges.length - 1];
  const numberFormat = measureMeta(measure).numberFormat;
  if (numberFormat === 'count') return { labels: ranges.map(countLabel), highest: top?.includesUpper ? formatCount(Math.floor(top.upper!)) : undefined };
  // A comparison's classes are its three categories (fixed breaks between −1, 0 and 1).
  if (numberFormat === 'comparison')
    return {
      labels: ranges.map(({ lower, upper }) => formatComparison(lower === null ? -1 : upper === null ? 1 : 0, t().places.englandAndWales)),
      highest: undefined,
    };
  const decimals = legendDecimals(ranges, numberFormat);
  const show = (value: number) => fixed(value, decimals, numberFormat);
  const labels = ranges.map(({ index, lower, upper, includesUpper }) => {
    if (lower === null && upper === null) return t().legend.allValues;
    if (lower === null) return t().legend.under(show(upper!));
    if (upper === null) return t().legend.andOver(show(lower));
    // The lowest class starts at the lowest figure, the others at a break (written as the row below ends).
    const from = index === 0 ? lowerBound(lower, decimals, numberFormat) : show(lower);
    if (includesUpper) return openTop(from, show(upper));
    const to = show(upper);
    if (from === to) return from;
    // Changes take "to": a dash beside a minus sign misleads.
    return numberFormat === 'rate' ? `${from}${DASH}${to}` : t().legend.fromTo(from, to);
  });
  return { labels, highest: top?.includesUpper ? show(top.upper!) : undefined };
}

/** The top class: "100.4 and over", or its one figure when it holds no other. */
function openTop(from: string, highest: string): string {
  return from === highest ? highest : t().legend.andOver(from);
}

function countLabel({ lower, upper, includesUpper }: ClassRange): string {
  if (lower === null && upper === null) return t().legend.allValues;
  // Whole numbers below 99.5 are those below 100.
  if (lower === null) return t().legend.under(formatCount(Math.ceil(upper!)));
  const first = Math.ceil(lower);
  if (upper === null) return t().legend.andOver(formatCount(first));
  const last = includesUpper ? Math.floor(upper) : Math.ceil(upper) - 1;
  // A class that holds no whole number (fractional manual breaks): show the breaks as they are.
  if (first > last) return `${upToTwoDecimals(lower)}${DASH}${upToTwoDecimals(upper)}`;
  if (includesUpper) return openTop(formatCount(first), formatCount(last));
  return first === last ? formatCount(first) : `${formatCount(first)}${DASH}${formatCount(last)}`;
}

/**
 * The decimals every bound of the legend is written with: those the breaks
 * between classes need, as a figure of the measure is written (a rate below
 * 10 with two, one above; a change with one), and more for a break so small
 * that it would read as nought. With no break between classes (a single
 * class), those its ends need.
 */
function legendDecimals(ranges: readonly ClassRange[], numberFormat: ScaleFormat): number {
  const breaks = ranges.slice(1).flatMap((range) => (range.lower === null ? [] : [range.lower]));
  const ends = ranges.flatMap((range) => [range.lower, range.upper]).filter((value): value is number => value !== null);
  const bounds = (breaks.length > 0 ? breaks : ends).filter((value) => value !== 0);
  return Math.max(numberFormat === 'rate' && bounds.length === 0 ? 1 : 0, ...bounds.map((value) => decimalsFor(value, numberFormat)));
}

function decimalsFor(value: number, numberFormat: ScaleFormat): number {
  const size = Math.abs(value);
  const usual = numberFormat === 'rate' && size < 9.995 ? 2 : 1;
  // Two significant digits for a figure that the usual decimals would round to nought.
  return size >= 0.5 * 10 ** -usual ? usual : Math.min(12, 1 - Math.floor(Math.log10(size)));
}

/** The lowest bound, rounded down, so that the label holds the lowest figure ("0.0", never "0.1" for 0.06). */
function lowerBound(value: number, decimals: number, numberFormat: ScaleFormat): string {
  const scale = 10 ** decimals;
  return fixed(Math.floor(Math.round(value * scale * 1e6) / 1e6) / scale, decimals, numberFormat);
}

function fixed(value: number, decimals: number, numberFormat: ScaleFormat): string {
  const digits = format(`,.${decimals}f`)(Math.abs(value));
  // A figure that rounds to nought carries no sign: "0.0%", not "−0.0%".
  if (!/[1-9]/.test(digits)) return numberFormat === 'rate' ? digits : `${digits}%`;
  if (numberFormat === 'rate') return value < 0 ? `${MINUS}${digits}` : digits;
  return `${value < 0 ? MINUS : '+'}${digits}%`;
}
