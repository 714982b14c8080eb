import { panelWords } from '../i18n/panel-words';

/** A row of the table as shown: each column's text, a numeric column's figure (null: none, the text says why), and its release. */
interface ShownRow {
  cells: Readonly<Record<string, { text: string; figure?: number | null }>>;
  release: string;
}

/** The table as it stands on screen (the page's table model is one): its columns, its rows in the order shown, and who published its figures. */
export interface ShownTable {
  columns: readonly { key: string; label: string; numeric: boolean }[];
  rows: readonly ShownRow[];
  source: string;
}

/** Decimals a value keeps: more than the screen shows (rates to 1), so ranks survive, but no floating-point noise. */
const VALUE_DECIMALS = 3;
const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

/**
 * The table as it stands on screen, as CSV text: its columns, headed by
 * their labels, in their order, and its rows in the order shown; then,
 * last, each row's source and release, so that every figure names where
 * it was published.
 *
 * Choices, and why:
 * - A figure is a plain number ("1154", "24.513", "-4.2"): no thousands
 *   separators, units or signs that a spreadsheet would read as text. A
 *   missing one says what the screen says ("not published", "not
 *   available"), never 0.
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
export function tableCsv(table: ShownTable): string {
  const line = (row: ShownRow) =>
    [
      ...table.columns.map((column) => {
        const cell = row.cells[column.key] ?? { text: '' };
        return column.numeric && cell.figure !== undefined && cell.figure !== null ? numberField(cell.figure) : textField(cell.text);
      }),
      textField(table.source),
      textField(row.release),
    ].join(',');
  const { source, release } = panelWords().csv;
  return csvDocument([...table.columns.map((column) => textField(column.label)), textField(source), textField(release)], table.rows.map(line));
}

/** The header and lines as one file: byte-order mark first, every line (the last too) ended in CRLF. */
export function csvDocument(header: readonly string[], lines: readonly string[]): string {
  return BYTE_ORDER_MARK + [header.join(','), ...lines].join(LINE_END) + LINE_END;
}

/** A number as plainNumber writes it, or an empty cell for none (never 0). */
export function numberField(value: number | null | undefined): string {
  return value !== null && value !== undefined && Number.isFinite(value) ? plainNumber(value) : '';
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
