import { isolated } from '../format/user-text';
import { importWords } from '../i18n/import-words';

/**
 * What happened to every row of an input. Rows read always equal rows used
 * plus rows rejected; a rejection either is an error the user should fix or
 * sets a row aside for a reason that is not a mistake (a body with no area
 * on the map, an offence the user did not choose). A "row" is one figure as
 * read: a row of a tidy or Home Office table, or one cell under a year
 * column of a wide table (whose errors then name the column).
 *
 * A file can hold millions of bad rows, so the report is bounded: errors are
 * counted exactly by reason, but only the first MAX_LISTED_ERRORS are kept
 * in full (the whole list is a CSV download, made by running the import
 * again with a listener); unknown names are counted exactly, but only the
 * MAX_LISTED_NAMES with most lines are listed.
 */
export const ERROR_REASONS = [
  'unknown-force',
  'bad-year',
  // A financial year no figure can be for yet, or from before any series the map shows (see plausible-years.ts).
  'year-out-of-range',
  'bad-quarter',
  'non-numeric',
  'negative',
  // Above MAX_FIGURE: no count of anything the police record, and sums of such figures overflow.
  'too-large',
  'duplicate',
  'too-few-fields',
  // More fields than the header, some not empty: usually "1,154" written without quotes, which would otherwise be read as 1.
  'too-many-fields',
] as const;
const SET_ASIDE_REASONS = ['no-area', 'offence-not-selected'] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];
type SetAsideReason = (typeof SET_ASIDE_REASONS)[number];

/** Errors kept in full; the rest are counted. Enough to see every kind of mistake, few enough to cross to the page at once. */
export const MAX_LISTED_ERRORS = 1000;
/** Unknown names listed for mapping by hand; the rest are counted. */
export const MAX_LISTED_NAMES = 50;
/** Lines listed for each unknown name. */
export const MAX_LINES_PER_NAME = 10;

export interface RowError {
  /** The line of the user's file the row starts on. */
  line: number;
  /** In a wide table: the header of the year column the figure sits in. */
  column?: string;
  reason: ErrorReason;
  /** One line for a person; user text in it is isolated (see src/format/user-text.ts). */
  message: string;
  /** The text as it stood in the file, for the user to recognise: hidden characters shown, cut to 200 characters. */
  text?: string;
}

/** A force name the file uses that no force goes by. */
export interface UnknownName {
  /** As written in the file. */
  name: string;
  /** How many lines use it. */
  lineCount: number;
  /** The first of those lines (MAX_LINES_PER_NAME at most). */
  lines: number[];
  /** ONS codes of the forces it may mean, best first, for the reader to confirm; empty when none is close. */
  suggestions: string[];
}

export interface IngestReport {
  rowsRead: number;
  rowsUsed: number;
  /** Figures the source marked as not published ("[x]", "..", empty). */
  notPublished: number;
  /** Rows rejected with an error, by reason: exact, however many. */
  errorCounts: Record<ErrorReason, number>;
  /** The first MAX_LISTED_ERRORS of them in full, in file order. */
  errors: RowError[];
  setAside: Record<SetAsideReason, number>;
  /** Bodies with no area on the map, with how many rows each had. */
  noAreaBodies: Record<string, number>;
  /** Unknown force names, those with most lines first, MAX_LISTED_NAMES at most. */
  unknownNames: UnknownName[];
  /** The unknown names not listed: how many, and on how many lines. */
  unknownNamesNotListed: { names: number; lines: number };
}

export function emptyReport(): IngestReport {
  return {
    rowsRead: 0,
    rowsUsed: 0,
    notPublished: 0,
    errorCounts: Object.fromEntries(ERROR_REASONS.map((reason) => [reason, 0])) as Record<ErrorReason, number>,
    errors: [],
    setAside: { 'no-area': 0, 'offence-not-selected': 0 },
    // Keys are the names of bodies from a fixed list, but without a prototype nothing in a file could collide with one.
    noAreaBodies: Object.create(null) as IngestReport['noAreaBodies'],
    unknownNames: [],
    unknownNamesNotListed: { names: 0, lines: 0 },
  };
}

export function rowsWithErrors(report: IngestReport): number {
  let total = 0;
  for (const reason of ERROR_REASONS) total += report.errorCounts[reason];
  return total;
}

export function rowsRejected(report: IngestReport): number {
  return rowsWithErrors(report) + report.setAside['no-area'] + report.setAside['offence-not-selected'];
}

/**
 * Rejects a row: counts it under its reason, and builds the error (describe
 * is called only then) when it is among the first MAX_LISTED_ERRORS or a
 * listener wants every error.
 */
export type RejectRow = (reason: ErrorReason, describe: () => Omit<RowError, 'reason'>) => void;

export function rowRejecter(report: IngestReport, onError?: (error: RowError) => void): RejectRow {
  return (reason, describe) => {
    report.errorCounts[reason]++;
    const listed = report.errors.length < MAX_LISTED_ERRORS;
    if (!listed && !onError) return;
    const error: RowError = { ...describe(), reason };
    if (listed) report.errors.push(error);
    onError?.(error);
  };
}

/** One line for a person: where the row is, then what is wrong with it. */
export function describeRowError(error: RowError): string {
  return `${importWords().rows.where(error.line, error.column === undefined ? undefined : isolated(error.column))}: ${error.message}`;
}
