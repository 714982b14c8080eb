import { format } from 'd3-format';
import { t } from '../i18n/language';

/** U+2212: a real minus sign, as wide as the plus and never broken from its number. */
const MINUS = '\u2212';

// d3-format's default locale already writes "1,154" and the real minus sign.
const wholeNumber = format(',.0f');
const oneDecimal = format(',.1f');
const upToTwoDecimals = format(',.2~f');
const twoSignificantDigits = format(',.2~r');

/**
 * A figure as its format writes it, unless that would show a figure that
 * is not nought as nought ("0", "0.0"): a published 0.4 is not zero, so
 * it is shown with the digits it needs ("0.4", "0.0012").
 */
function neverNought(value: number, formatted: string): string {
  return value === 0 || /[1-9]/.test(formatted) ? formatted : twoSignificantDigits(value);
}

/** A count: "1,154"; one with decimals shows them: "0.4", "1,154.5". */
export function formatCount(value: number): string {
  return Number.isInteger(value) ? wholeNumber(value) : neverNought(value, upToTwoDecimals(value));
}

/** A count with its noun: "1 force", "5 forces". */
export function countOf(value: number, singular: string, plural: string): string {
  return `${formatCount(value)} ${value === 1 ? singular : plural}`;
}

const twoDecimals = format(',.2f');

/**
 * A rate: "24.5", "1,204.0", and below 10 two decimals ("3.04"): rates per
 * 1,000 people of the rarer offence groups are small, and one decimal
 * would make forces several per cent apart look equal. A small rate that
 * is not nought is never shown as nought ("0.0012").
 */
export function formatRate(value: number): string {
  return neverNought(value, Math.abs(value) < 9.995 ? twoDecimals(value) : oneDecimal(value));
}

/**
 * A change in per cent, always signed so that a rise and a fall read
 * differently without colour: "+12.3%", "−4.0%", "+0.04%". No change is
 * "0.0%", without a sign it has not earned.
 */
export function formatChange(value: number): string {
  if (value === 0) return '0.0%';
  const size = Math.abs(value);
  return `${value < 0 ? MINUS : '+'}${neverNought(size, oneDecimal(size))}%`;
}

/** "higher than England and Wales", "similar to the South West", in the page's language: what a comparison's value (model/measures.ts compareInterval) says. */
export function formatComparison(value: number, area: string): string {
  const words = t().comparison;
  const phrase = value === -1 ? words.lower : value === 0 ? words.similar : value === 1 ? words.higher : undefined;
  if (phrase === undefined) throw new RangeError(`a comparison is -1, 0 or 1, not ${value}`);
  return phrase(area);
}

/**
 * A 95% interval: a rate's as rates are written ("38.9 to 48.3"), a
 * change's in whole per cent ("+78% to +205%"): an interval is no more
 * precise than that.
 */
export function formatInterval(interval: { lower: number; upper: number }, of: 'rate' | 'change'): string {
  const words = t().significance;
  const show = (value: number) => (value === Infinity ? words.noUpperLimit : of === 'rate' ? formatRate(value) : wholePerCent(value));
  return words.intervalTo(show(interval.lower), show(interval.upper));
}

function wholePerCent(value: number): string {
  const rounded = Math.round(value);
  if (rounded === 0) return '0%';
  return `${rounded < 0 ? MINUS : '+'}${wholeNumber(Math.abs(rounded))}%`;
}
