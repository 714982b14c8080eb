/**
 * RFC 4180 parsing of delimited text into rows of fields.
 *
 * Handles quoted fields (with doubled quotes and embedded delimiters or line
 * breaks), CRLF, LF and lone CR line ends, and a leading byte-order mark.
 * Each row keeps the 1-based line number it starts on, so that every message
 * about a row can say where it is in the file the user has open.
 *
 * Lenient where RFC 4180 is silent: a quote inside an unquoted field, and
 * text after a closing quote on the same line, are kept as written. A quote
 * that opens a field and never closes, or that closes only lines further on
 * with text straight after it (another field's opening quote, most likely),
 * is a stray: it would swallow every line up to there, so it is read as a
 * plain character instead, the lines after it are read as rows, and
 * onQuoteProblem says where it was. A quoted field that closes properly
 * but spans LONG_QUOTED_LINES lines or more is kept, and reported too.
 * Nothing the file holds is dropped except blank lines.
 */
export interface DelimitedRow {
  line: number;
  fields: string[];
}

export type Delimiter = ',' | ';' | '\t';

/**
 * A quote the parser could not take at its word: 'unclosed' and 'stray'
 * quotes were read as plain characters; a 'long' quoted field was kept.
 * line: where the quote opens; closesOn: the line it closes (or would) on.
 */
export type QuoteProblem = { kind: 'unclosed'; line: number } | { kind: 'stray' | 'long'; line: number; closesOn: number };

export interface ParseOptions {
  /** Called now and then with the share of the text read so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  onQuoteProblem?: (problem: QuoteProblem) => void;
}

/** A quoted field over this many lines or more is reported: in a table of figures it is more likely a missing quote than a note. */
const LONG_QUOTED_LINES = 3;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export function parseDelimited(text: string, delimiter: Delimiter = ',', options: ParseOptions = {}): DelimitedRow[] {
  const { onProgress, onQuoteProblem } = options;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const length = input.length;
  const separator = delimiter.charCodeAt(0);
  // About a hundred reports for a large file, none for a small one.
  const progressStep = Math.max(1 << 16, Math.ceil(length / 100));
  let nextProgressAt = progressStep;
  const rows: DelimitedRow[] = [];
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;

  const endRow = () => {
    // A blank line is not a row: nothing to report and nothing to lose.
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    if (onProgress && i >= nextProgressAt) {
      onProgress(i / length);
      nextProgressAt = i + progressStep;
    }
  };

  // Each pass reads one field and the character that ends it.
  while (i < length) {
    let field = '';
    if (input.charCodeAt(i) === QUOTE) {
      const quoted = readQuoted(input, i + 1);
      const breaks = quoted.end < 0 ? 0 : lineBreaksIn(input, i + 1, quoted.end);
      const after = input.charCodeAt(quoted.end);
      const closesCleanly = quoted.end >= length || after === separator || after === LF || after === CR;
      if (quoted.end < 0) {
        onQuoteProblem?.({ kind: 'unclosed', line });
      } else if (breaks > 0 && !closesCleanly) {
        onQuoteProblem?.({ kind: 'stray', line, closesOn: line + breaks });
      } else {
        if (breaks + 1 >= LONG_QUOTED_LINES) onQuoteProblem?.({ kind: 'long', line, closesOn: line + breaks });
        field = quoted.text;
        line += breaks;
        i = quoted.end;
      }
      // A stray or unclosed quote stays where it is, and is read below as the field's first character.
    }
    // Unquoted text, or whatever follows a closing quote, runs to the next delimiter or line end.
    const start = i;
    while (i < length) {
      const code = input.charCodeAt(i);
      if (code === separator || code === LF || code === CR) break;
      i++;
    }
    if (i > start) field += input.slice(start, i);
    fields.push(field);

    if (i >= length) break;
    const code = input.charCodeAt(i);
    i++;
    if (code === separator) {
      // A delimiter at the very end still ends a field: "a," is two fields.
      if (i >= length) fields.push('');
      continue;
    }
    if (code === CR && input.charCodeAt(i) === LF) i++;
    endRow();
    line++;
    rowLine = line;
  }
  if (fields.length > 0) endRow();
  onProgress?.(1);
  return rows;
}

/**
 * The quoted text from start (just after the opening quote) to its closing
 * quote, doubled quotes read as one; end is just after the closing quote,
 * or -1 when there is none.
 */
function readQuoted(input: string, start: number): { text: string; end: number } {
  let text = '';
  let i = start;
  for (;;) {
    const close = input.indexOf('"', i);
    if (close < 0) return { text: '', end: -1 };
    text += input.slice(i, close);
    if (input.charCodeAt(close + 1) !== QUOTE) return { text, end: close + 1 };
    text += '"';
    i = close + 2;
  }
}

/** Line breaks between start and end: LF, CRLF (once) and a lone CR each count one. */
export function lineBreaksIn(input: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = input.charCodeAt(i);
    if (code === LF || (code === CR && input.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/**
 * Picks the delimiter that splits the header line into the most fields
 * (comma on a tie). Title lines above the header, which no delimiter
 * splits, are passed over.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 10);
  const candidates: Delimiter[] = [',', ';', '\t'];
  for (const line of lines) {
    let best: Delimiter = ',';
    let bestCount = 0;
    for (const candidate of candidates) {
      const count = parseDelimited(line, candidate)[0]?.fields.length ?? 0;
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    if (bestCount > 1) return best;
  }
  return ',';
}
