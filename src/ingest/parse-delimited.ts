/**
 * RFC 4180 parsing of delimited text into rows of fields.
 *
 * Handles quoted fields (with doubled quotes and embedded delimiters or line
 * breaks), CRLF, LF and lone CR line ends, and a leading byte-order mark.
 * Each row keeps the 1-based line number it starts on, so that every message
 * about a row can say where it is in the file the user has open.
 *
 * Lenient where RFC 4180 is silent: a quote inside an unquoted field, and
 * text after a closing quote, are kept as written; an unterminated quote runs
 * to the end of the text. Nothing the file holds is dropped except blank
 * lines.
 */
export interface DelimitedRow {
  line: number;
  fields: string[];
}

export type Delimiter = ',' | ';' | '\t';

export interface ParseProgressOptions {
  /** Called now and then with the share of the text read so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export function parseDelimited(text: string, delimiter: Delimiter = ',', options: ParseProgressOptions = {}): DelimitedRow[] {
  const { onProgress } = options;
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
      i++;
      for (;;) {
        const close = input.indexOf('"', i);
        const end = close < 0 ? length : close;
        line += lineBreaksIn(input, i, end);
        field += input.slice(i, end);
        if (close < 0) {
          i = length;
          break;
        }
        if (input.charCodeAt(close + 1) === QUOTE) {
          field += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
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

/** Line breaks between start and end: LF, CRLF (once) and a lone CR each count one. */
function lineBreaksIn(input: string, start: number, end: number): number {
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
