/**
 * What happened to every row of an input. Rows read always equal rows used
 * plus rows rejected; a rejection either is an error the user should fix or
 * sets a row aside for a reason that is not a mistake (a body with no area
 * on the map, an offence the user did not choose).
 */
export const ERROR_REASONS = ['unknown-force', 'bad-year', 'bad-quarter', 'non-numeric', 'negative', 'duplicate', 'too-few-fields'] as const;
export const SET_ASIDE_REASONS = ['no-area', 'offence-not-selected'] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];
export type SetAsideReason = (typeof SET_ASIDE_REASONS)[number];

export interface RowError {
  line: number;
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
    noAreaBodies: {},
    unknownNames: {},
  };
}

export function rowsRejected(report: IngestReport): number {
  return report.errors.length + report.setAside['no-area'] + report.setAside['offence-not-selected'];
}
