/**
 * What happened to every row of an input. Rows read always equal rows used
 * plus rows rejected; a rejection either is an error the user should fix or
 * sets a row aside for a reason that is not a mistake (a body with no area
 * on the map, an offence the user did not choose). A "row" is one figure as
 * read: a row of a tidy or Home Office table, or one cell under a year
 * column of a wide table (whose errors then name the column).
 */
export const ERROR_REASONS = [
  'unknown-force',
  'bad-year',
  'bad-quarter',
  'non-numeric',
  'negative',
  'duplicate',
  'too-few-fields',
  // More fields than the header, some not empty: usually "1,154" written without quotes, which would otherwise be read as 1.
  'too-many-fields',
] as const;
export const SET_ASIDE_REASONS = ['no-area', 'offence-not-selected'] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];
export type SetAsideReason = (typeof SET_ASIDE_REASONS)[number];

export interface RowError {
  /** The line of the user's file the row starts on. */
  line: number;
  /** In a wide table: the header of the year column the figure sits in. */
  column?: string;
  reason: ErrorReason;
  message: string;
  /** For an unknown force: the closest known name, if any is close. */
  suggestion?: string;
  /** The text as it stood in the file, for the user to recognise. */
  text?: string;
}

export interface IngestReport {
  rowsRead: number;
  rowsUsed: number;
  /** Figures the source marked as not published ("[x]", "..", empty). */
  notPublished: number;
  errors: RowError[];
  setAside: Record<SetAsideReason, number>;
  /** Bodies with no area on the map, with how many rows each had. */
  noAreaBodies: Record<string, number>;
  /** Unknown force names, each with its rows, for mapping by hand. */
  unknownNames: Record<string, { lines: number[]; suggestion?: string }>;
}

export function emptyReport(): IngestReport {
  return {
    rowsRead: 0,
    rowsUsed: 0,
    notPublished: 0,
    errors: [],
    setAside: { 'no-area': 0, 'offence-not-selected': 0 },
    // Keys are text from the user's file: without a prototype, a force named "__proto__" is just a name.
    noAreaBodies: Object.create(null) as IngestReport['noAreaBodies'],
    unknownNames: Object.create(null) as IngestReport['unknownNames'],
  };
}

export function rowsRejected(report: IngestReport): number {
  return report.errors.length + report.setAside['no-area'] + report.setAside['offence-not-selected'];
}

/** One line for a person: where the row is, then what is wrong with it. */
export function describeRowError(error: RowError): string {
  return `line ${error.line}${error.column !== undefined ? `, column "${error.column}"` : ''}: ${error.message}`;
}
