import { parseFinancialYear } from '../datasets/financial-year';
import { isolated } from '../format/user-text';
import { importWords } from '../i18n/import-words';
import { HOME_OFFICE_COLUMNS, isHomeOfficeHeader } from './home-office-table';

/**
 * Which of the three accepted layouts a header describes, and which column
 * holds what:
 * - tidy: one figure per row, in force, year and value columns;
 * - wide: a force column and one column per financial year;
 * - home-office: the Home Office police recorded crime open-data table,
 *   exactly as published.
 * Headers are matched loosely (case, punctuation and spacing do not count),
 * but only against the names listed here: a column is never guessed from its
 * contents.
 */
interface HeaderColumn {
  /** 0-based position in the row. */
  index: number;
  /** The header as written in the file. */
  name: string;
}

interface YearColumn extends HeaderColumn {
  /** The financial year the header names, as "2016/17". */
  year: string;
}

export interface TidyColumns {
  force: HeaderColumn;
  year: HeaderColumn;
  value: HeaderColumn;
}

export interface WideColumns {
  force: HeaderColumn;
  years: YearColumn[];
}

export type DetectedShape =
  | { shape: 'home-office' }
  | { shape: 'tidy'; columns: TidyColumns; ignored: HeaderColumn[] }
  | { shape: 'wide'; columns: WideColumns; ignored: HeaderColumn[] };

export type ShapeDetection = ({ ok: true } & DetectedShape) | { ok: false; error: string };

/** Header names for each role, most specific first: the first found wins, so a "code" column yields to a "force" column. */
export const FORCE_HEADERS = [
  'force',
  'force name',
  'police force area',
  'police force area name',
  'police force',
  'pfa',
  'pfa name',
  'area',
  'area name',
  'code',
  'force code',
  'pfa code',
  'police force area code',
  'area code',
  'ons code',
] as const;
export const YEAR_HEADERS = ['year', 'financial year', 'period', 'fy'] as const;
export const VALUE_HEADERS = ['value', 'count', 'number', 'offences', 'figure', 'number of offences', 'values', 'figures'] as const;

/** Columns that only the Home Office table has: a header with them but not in its published order is refused, not misread. */
const HOME_OFFICE_ONLY_HEADERS = ['financial quarter', 'offence code', 'offence description'];

/** "Police Force Area " → "police force area"; "Financial_Year" → "financial year". */
export function headerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function detectShape(header: readonly string[]): ShapeDetection {
  if (isHomeOfficeHeader(header)) return { ok: true, shape: 'home-office' };
  const words = importWords().header;
  const columns = header.map((name, index) => ({ index, name, key: headerKey(name) }));
  const found = describeHeader(header);

  if (columns.some((column) => HOME_OFFICE_ONLY_HEADERS.includes(column.key))) {
    return { ok: false, error: words.homeOfficeColumns(HOME_OFFICE_COLUMNS.map((name) => `"${name}"`).join(', '), found) };
  }

  const pick = (names: readonly string[]) => {
    for (const name of names) {
      const column = columns.find((candidate) => candidate.key === name);
      if (column) return { index: column.index, name: column.name };
    }
    return undefined;
  };
  const yearColumns: YearColumn[] = [];
  for (const column of columns) {
    const year = parseFinancialYear(column.name);
    if (year) yearColumns.push({ index: column.index, name: column.name, year });
  }

  // A pivot table often leaves the corner cell above the force names blank.
  const force = pick(FORCE_HEADERS) ?? (columns[0]?.key === '' && yearColumns.length > 0 ? { index: 0, name: columns[0].name } : undefined);
  if (!force) {
    return { ok: false, error: words.noForceColumn(orList(FORCE_HEADERS.slice(0, 6)), found) };
  }

  const year = pick(YEAR_HEADERS);
  const value = pick(VALUE_HEADERS);
  if (year && value) {
    const used = new Set([force.index, year.index, value.index]);
    return { ok: true, shape: 'tidy', columns: { force, year, value }, ignored: ignoredColumns(header, used) };
  }
  const years = yearColumns.filter((column) => column.index !== force.index);
  if (years.length > 0) {
    const used = new Set([force.index, ...years.map((column) => column.index)]);
    return { ok: true, shape: 'wide', columns: { force, years }, ignored: ignoredColumns(header, used) };
  }

  const half = year
    ? words.yearNoValue(isolated(year.name), orList(VALUE_HEADERS.slice(0, 5)))
    : value
      ? words.valueNoYear(isolated(value.name), orList(YEAR_HEADERS.slice(0, 3)))
      : words.neither;
  return { ok: false, error: words.forceAnd(isolated(force.name), half, found) };
}

function ignoredColumns(header: readonly string[], used: ReadonlySet<number>): HeaderColumn[] {
  return header.flatMap((name, index) => (used.has(index) ? [] : [{ index, name }]));
}

/** The header names the import reads, quoted, as an "or" list in the import's language. */
function orList(names: readonly string[]): string {
  return importWords().header.orList(names.map((name) => `"${name}"`));
}

/** The header as the user would recognise it, cut short if long. */
function describeHeader(header: readonly string[]): string {
  const LIMIT = 12;
  const shown = header.slice(0, LIMIT).map((name) => `"${isolated(name, 41)}"`);
  return importWords().header.found(header.length, shown.join(', '), Math.max(0, header.length - LIMIT));
}
