import { codePointName, isolated } from '../format/user-text';
import { importWords } from '../i18n/import-words';
import { lineBreaksIn, type QuoteProblem } from './parse-delimited';

/**
 * Remarks about the file as a whole, each naming the lines it is about, so
 * that no line goes unaccounted for: quotes read as plain characters, a
 * last line that may have been cut, figures whose "." may be a thousands
 * separator, control characters. Long lists of lines are cut short with a
 * count of the rest.
 */

/** Lines named in one remark; the rest are counted. */
const LINES_NAMED = 10;
/** Quote problems described one by one; the rest are counted in one remark. */
const QUOTE_PROBLEMS_DESCRIBED = 10;

/** "line 3", "lines 3 and 7", "lines 3, 7, 9 and 40 more". */
function lineList(lines: readonly number[], total = lines.length): string {
  const words = importWords().file;
  if (total === 1) return words.line(lines[0]!);
  const named = lines.slice(0, Math.min(LINES_NAMED, total));
  const rest = total - named.length;
  if (rest > 0) return words.linesAndMore(named.join(', '), rest.toLocaleString('en-GB'));
  return words.lines(named.slice(0, -1).join(', '), named.at(-1)!);
}

export function quoteWarnings(problems: readonly QuoteProblem[]): string[] {
  const words = importWords().file;
  const described = problems.slice(0, QUOTE_PROBLEMS_DESCRIBED).map((problem) => {
    switch (problem.kind) {
      case 'unclosed':
        return words.quoteUnclosed(problem.line);
      case 'stray':
        return words.quoteStray(problem.line, problem.closesOn);
      case 'long':
        return words.quoteLong(problem.line, problem.closesOn);
    }
  });
  const rest = problems.length - described.length;
  if (rest > 0) described.push(words.moreQuotes(rest.toLocaleString('en-GB'), problems[QUOTE_PROBLEMS_DESCRIBED]!.line));
  return described;
}

/** A file cut short usually ends inside its last line, without the line break that ends the others. */
export function lastLineWarning(text: string): string | undefined {
  const last = text.charCodeAt(text.length - 1);
  if (text.length === 0 || last === 0x0a || last === 0x0d) return undefined;
  return importWords().file.lastLine(lineBreaksIn(text, 0, text.length) + 1);
}

/** Four digits with a point after the first one to three: 1.154, 12.500. */
const POINT_THOUSANDS = /^\s*-?\d{1,3}\.\d{3}\s*$/;

/**
 * In files separated by semicolons (written where "," is the decimal
 * comma), "1.154" is as likely to be a thousand and more as a little over
 * one. It is read as a decimal, and the lines are named.
 */
export function pointThousandsWarning(cells: Iterable<{ line: number; value: string }>): string | undefined {
  const lines: number[] = [];
  let total = 0;
  let first: string | undefined;
  for (const { line, value } of cells) {
    if (!POINT_THOUSANDS.test(value)) continue;
    first ??= value.trim();
    if (lines.at(-1) === line) continue;
    total++;
    if (lines.length < LINES_NAMED) lines.push(line);
  }
  if (first === undefined) return undefined;
  return importWords().file.pointThousands(isolated(first), lines[0]!, lineList(lines, total));
}

/** C0 controls other than tab and line ends, and DEL: text has none of them, but a few can slip into a file. */
export const STRAY_CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Characters that draw nothing (zero-width joiners, bidi controls, soft hyphens), after a leading byte-order mark. */
const INVISIBLE = /(?!^\uFEFF)\p{Cf}/gu;

export function controlCharacterWarning(text: string): string | undefined {
  const found = linesHolding(text, STRAY_CONTROL);
  if (!found) return undefined;
  return importWords().file.controlCharacters(lineList(found.lines, found.total), found.total, codePointName(found.first));
}

/** Invisible characters make a name look like another: they are ignored in force names, and shown wherever a message repeats the text. */
export function invisibleCharacterWarning(text: string): string | undefined {
  const found = linesHolding(text, INVISIBLE);
  if (!found) return undefined;
  return importWords().file.invisibleCharacters(lineList(found.lines, found.total), found.total, codePointName(found.first));
}

/** The lines (the first LINES_NAMED) that hold a match of pattern (global), how many lines do, and the first character found. */
function linesHolding(text: string, pattern: RegExp): { lines: number[]; total: number; first: number } | undefined {
  pattern.lastIndex = 0;
  const lines: number[] = [];
  let total = 0;
  let first: number | undefined;
  let line = 1;
  let countedTo = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    first ??= match[0].codePointAt(0)!;
    const previous = line;
    line += lineBreaksIn(text, countedTo, match.index);
    countedTo = match.index;
    if (total > 0 && line === previous) continue;
    total++;
    if (lines.length < LINES_NAMED) lines.push(line);
  }
  return first === undefined ? undefined : { lines, total, first };
}
