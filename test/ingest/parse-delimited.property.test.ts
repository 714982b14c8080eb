import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimited, type DelimitedRow, type Delimiter, type QuoteProblem } from '../../src/ingest/parse-delimited';

/** Characters that stress the parser: delimiters, quotes, every line end, a BOM, spaces, non-ASCII. */
const trickyChar = fc.constantFrom(',', ';', '\t', '"', '\n', '\r', ' ', 'a', 'Z', '1', '\uFEFF', 'é', '£', '\u00a0', '—');
const field = fc.string({ unit: fc.oneof(trickyChar, fc.string({ minLength: 1, maxLength: 1 })), maxLength: 12 });
const delimiter = fc.constantFrom<Delimiter>(',', ';', '\t');
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

/** A field as a careful writer would: quoted when it must be, or (sometimes) always. */
function writeField(text: string, delimiter: Delimiter, alwaysQuote: boolean): string {
  const mustQuote = text.includes(delimiter) || /["\r\n]/.test(text) || text.startsWith('\uFEFF');
  return alwaysQuote || mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A row that is one empty field is a blank line, which the parser skips by design. */
const row = fc.array(field, { minLength: 1, maxLength: 6 }).filter((fields) => !(fields.length === 1 && fields[0] === ''));

describe('parseDelimited properties', () => {
  it('gives back the fields of any rows written with proper quoting', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 8 }),
        delimiter,
        lineEnd,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (rows, delim, end, alwaysQuote, bom, finalEnd) => {
          const text =
            (bom ? '\uFEFF' : '') +
            rows.map((fields) => fields.map((f) => writeField(f, delim, alwaysQuote)).join(delim)).join(end) +
            (finalEnd && rows.length > 0 ? end : '');
          expect(parseDelimited(text, delim).map((parsed) => parsed.fields)).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('numbers each row by the line it starts on, counting line breaks inside quoted fields', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), delimiter, lineEnd, (rows, delim, end) => {
        const written = rows.map((fields) => fields.map((f) => writeField(f, delim, false)).join(delim));
        const parsed = parseDelimited(written.join(end), delim);
        let line = 1;
        const expected = written.map((text) => {
          const start = line;
          // Each line end in the row's text, then the one after it, moves to the next line.
          line += (text.match(/\r\n|\n|\r/g) ?? []).length + 1;
          return start;
        });
        expect(parsed.map((r) => r.line)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and never loses a non-blank character outside quotes', () => {
    fc.assert(
      fc.property(fc.string({ unit: trickyChar, maxLength: 60 }), delimiter, (text, delim) => {
        const rows = parseDelimited(text, delim);
        const kept = rows.flatMap((r) => r.fields).join('');
        // Without quotes in the text, every character but delimiters, line ends and a leading BOM survives.
        if (!text.includes('"')) {
          const expected = text.replace(/^\uFEFF/, '').replace(new RegExp(`[${delim === '\t' ? '\\t' : delim}\\r\\n]`, 'g'), '');
          expect(kept).toBe(expected);
        }
        expect(rows.every((r, i) => i === 0 || r.line > rows[i - 1]!.line)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('loses no line to one stray quote at the start of a field: every line stays a row, and the quote is reported', () => {
    const plainField = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', '/', 'é'), minLength: 1, maxLength: 8 });
    const plainRow = fc.array(plainField, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(plainRow, { minLength: 2, maxLength: 30 }), delimiter, lineEnd, fc.nat(), fc.nat(), (rows, delim, end, rowPick, fieldPick) => {
        const at = rowPick % rows.length;
        const fieldAt = fieldPick % rows[at]!.length;
        const written = rows.map((fields, r) => fields.map((f, k) => (r === at && k === fieldAt ? `"${f}` : f)).join(delim));
        const problems: QuoteProblem[] = [];
        const parsed = parseDelimited(written.join(end), delim, { onQuoteProblem: (problem) => problems.push(problem) });
        expect(parsed.map((row) => row.line)).toEqual(rows.map((_, r) => r + 1));
        expect(parsed[at]!.fields[fieldAt]).toBe(`"${rows[at]![fieldAt]}`);
        expect(problems).toEqual([{ kind: 'unclosed', line: at + 1 }]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads any text exactly as the first, character-by-character parser did', () => {
    fc.assert(
      fc.property(fc.string({ unit: trickyChar, maxLength: 80 }), delimiter, (text, delim) => {
        expect(parseDelimited(text, delim)).toEqual(characterByCharacterParse(text, delim));
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * The parser as first written (commit 3363646), one character at a time,
 * with the rule for stray quotes added: a quote that opens a field and
 * never closes, or closes lines later with text straight after it, is a
 * plain character. Slow but plainly right, so the faster parser is held to it.
 */
function characterByCharacterParse(text: string, delimiter: Delimiter = ','): DelimitedRow[] {
  const rows: DelimitedRow[] = [];
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let fieldStarted = false;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    // A blank line is not a row: nothing to report and nothing to lose.
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
  };
  const isLineBreak = (i: number) => input[i] === '\n' || (input[i] === '\r' && input[i + 1] !== '\n');

  /** The quoted field opening at i: its text, where it ends, its line breaks; undefined for a stray quote. */
  const quotedAt = (open: number): { text: string; last: number; breaks: number } | undefined => {
    let text = '';
    let breaks = 0;
    for (let j = open + 1; j < input.length; j++) {
      if (input[j] === '"') {
        if (input[j + 1] === '"') {
          text += '"';
          j++;
          continue;
        }
        const after = input[j + 1];
        const clean = after === undefined || after === delimiter || after === '\n' || after === '\r';
        return breaks > 0 && !clean ? undefined : { text, last: j, breaks };
      }
      if (isLineBreak(j)) breaks++;
      text += input[j];
    }
    return undefined;
  };

  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === '"' && !fieldStarted) {
      fieldStarted = true;
      const quoted = quotedAt(i);
      if (quoted) {
        field += quoted.text;
        line += quoted.breaks;
        i = quoted.last;
      } else {
        field += ch;
      }
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (field !== '' || fields.length > 0 || fieldStarted) endRow();
  return rows;
}
