import type { FigureSource } from '../datasets/dataset';

/** One force's line in the table the reader is looking at. */
export interface TableCsvRow {
  /** ONS code, "E23000039". */
  code: string;
  name: string;
  region: string;
  /** Financial year as shown, "2020/21". */
  year: string;
  /** The measure's label, "Offences per 100,000 people". */
  measure: string;
  /** null (or not finite): there is no figure; note says why. */
  value: number | null;
  /** Said in the note column when there is no value: "not published" for a count, "not available" for a derived measure. */
  missingLabel: string;
  /** Where the figure was published; omitted when there is none (a missing figure may have no source). */
  source?: FigureSource;
}

export const TABLE_CSV_HEADER = ['force_code', 'force_name', 'region', 'year', 'measure', 'value', 'note', 'source'] as const;

/** Decimals a value keeps: more than the screen shows (rates to 1), so ranks survive, but no floating-point noise. */
const VALUE_DECIMALS = 3;
const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

/**
 * The current table as CSV text, one row per force:
 * force_code,force_name,region,year,measure,value,note,source.
 *
 * Choices, and why:
 * - value is a plain number ("1154", "24.513", "-4.2"): no thousands
 *   separators, units or signs that a spreadsheet would read as text.
 *   A missing value is an empty cell, never 0, and the note column says
 *   "not published" or "not available", as the map's legend does.
 * - RFC 4180: fields holding a comma, quote or line break are quoted,
 *   quotes doubled; lines end in CRLF, as the RFC specifies and as Excel
 *   writes them; every other reader takes CRLF too.
 * - A UTF-8 byte-order mark comes first. Without it Excel on Windows reads
 *   the file in the local code page and mangles "–", "’" and "Môn"; other
 *   readers (and parseDelimited) skip it.
 * - Formula guard: =, +, -, @, tab or carriage return at the start of a
 *   text field, or after a comma, semicolon, tab or line break inside it,
 *   gets an apostrophe before it. Spreadsheets run such a cell as a
 *   formula (CSV injection), and names and sources can come from an
 *   imported file; a spreadsheet whose list separator is ";" (many
 *   European locales) or that splits on tabs starts a cell after each of
 *   them, so fields holding either are quoted too. The apostrophe is how
 *   Excel itself marks "this is text"; value is not guarded, being a
 *   number this module wrote ("-4.2" is a number to a spreadsheet, not a
 *   formula).
 */
export function tableCsv(rows: readonly TableCsvRow[]): string {
  return csvDocument(TABLE_CSV_HEADER, rows.map(rowLine));
}

/** The header and lines as one file: byte-order mark first, every line (the last too) ended in CRLF. */
export function csvDocument(header: readonly string[], lines: readonly string[]): string {
  return BYTE_ORDER_MARK + [header.join(','), ...lines].join(LINE_END) + LINE_END;
}

/** A number as plainNumber writes it, or an empty cell for none (never 0). */
export function numberField(value: number | null | undefined): string {
  return value !== null && value !== undefined && Number.isFinite(value) ? plainNumber(value) : '';
}

function rowLine(row: TableCsvRow): string {
  const value = numberField(row.value);
  const fields = [
    textField(row.code),
    textField(row.name),
    textField(row.region),
    textField(row.year),
    textField(row.measure),
    value,
    textField(value !== '' ? '' : row.missingLabel),
    textField(row.source ? sourceText(row.source) : ''),
  ];
  return fields.join(',');
}

/** "Police recorded crime, year ending March 2021 (https://…)". */
function sourceText(source: FigureSource): string {
  return `${source.release} (${source.url})`;
}

/** A formula character where a spreadsheet may start a cell: the field's start, or after a separator of any locale or a line break. */
const FORMULA_START = /(^|[,;\t\r\n])(?=[=+\-@\t\r])/g;

/** Guarded against formulas, then quoted if it holds a separator of any locale (a semicolon or tab beside RFC 4180's). */
export function textField(text: string): string {
  const guarded = text.replace(FORMULA_START, "$1'");
  return /[;\t]/.test(guarded) ? quoted(guarded) : quoteField(guarded);
}

/** RFC 4180: quoted only when it holds a comma, quote or line break. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? quoted(text) : text;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Rounded to VALUE_DECIMALS, trailing zeros dropped, never "-0".
 * toFixed writes no exponent below 10^21, far above any police figure.
 */
export function plainNumber(value: number): string {
  const fixed = value.toFixed(VALUE_DECIMALS);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}
