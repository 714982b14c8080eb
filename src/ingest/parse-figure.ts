/** Markers statisticians use for a figure that was withheld or not collected. */
const NOT_PUBLISHED_MARKERS = new Set(['', '[x]', '[c]', '[z]', '[u]', '..', '...', '-', '–', '—', '*', 'x', 'c', 'z', 'n/a', 'na', ':']);

export type ParsedFigure =
  | { kind: 'number'; value: number }
  | { kind: 'not-published' }
  | { kind: 'non-numeric' };

/**
 * Reads a published figure: "1,154", " 66776 ", "1 154" and "212.0" are
 * numbers; suppression markers ("[x]", "..", "-") mean not published;
 * anything else is non-numeric. Never guesses.
 */
export function parseFigure(text: string): ParsedFigure {
  const trimmed = text.trim().toLowerCase();
  if (NOT_PUBLISHED_MARKERS.has(trimmed)) return { kind: 'not-published' };
  const digits = trimmed.replace(/(?<=\d)[,\u00a0\u202f ](?=\d{3}(?:\D|$))/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(digits)) return { kind: 'non-numeric' };
  return { kind: 'number', value: Number(digits) };
}
