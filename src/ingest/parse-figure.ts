/** Markers statisticians use for a figure that was withheld or not collected. */
const NOT_PUBLISHED_MARKERS = new Set(['', '[x]', '[c]', '[z]', '[u]', '..', '...', '-', '–', '—', '*', 'x', 'c', 'z', 'n/a', 'na', ':']);

/**
 * The largest figure read, either way from zero: a million million. No count
 * the police publish comes near it, and sums of figures beyond it lose
 * their units digit (or overflow to Infinity: 309 digits are enough).
 */
export const MAX_FIGURE = 1e12;

export type ParsedFigure = { kind: 'number'; value: number } | { kind: 'not-published' } | { kind: 'non-numeric' } | { kind: 'too-large' };

/**
 * Reads a published figure: "1,154", " 66776 ", "1 154" and "212.0" are
 * numbers; suppression markers ("[x]", "..", "-") mean not published;
 * numbers beyond MAX_FIGURE are too large; anything else is non-numeric.
 * Never guesses.
 */
export function parseFigure(text: string): ParsedFigure {
  const trimmed = text.trim().toLowerCase();
  if (NOT_PUBLISHED_MARKERS.has(trimmed)) return { kind: 'not-published' };
  const digits = trimmed.replace(/(?<=\d)[,\u00a0\u202f ](?=\d{3}(?:\D|$))/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(digits)) return { kind: 'non-numeric' };
  const value = Number(digits);
  if (!(Math.abs(value) <= MAX_FIGURE)) return { kind: 'too-large' };
  // "-0" is nought: a minus sign on it would only confuse a sum or a sort.
  return { kind: 'number', value: value === 0 ? 0 : value };
}
