import * as z from 'zod/mini';
import { datasetSchema, financialYearSchema, observationSchema } from '../datasets/dataset';
import type { Offence } from './home-office-table';
import { forceCodeSchema } from '../forces/force-table';
import { MAX_SHEET_NAME } from './import-options';
import { ERROR_REASONS, MAX_LINES_PER_NAME, MAX_LISTED_ERRORS, MAX_LISTED_NAMES, type ErrorReason, type IngestReport, type RowError } from './ingest-report';

const count = () => z.int().check(z.nonnegative());
const lineNumber = () => z.int().check(z.positive());

/**
 * What importTable gives back, as zod schemas: the result crosses from the
 * import worker to the page, and the page trusts nothing it did not check.
 */
const offenceSchema = z.object({ code: z.string(), description: z.string(), group: z.string(), subgroup: z.string() });

const rowErrorSchema = z.object({
  line: lineNumber(),
  column: z.optional(z.string()),
  reason: z.enum(ERROR_REASONS),
  message: z.string(),
  text: z.optional(z.string()),
});

const unknownNameSchema = z.object({
  name: z.string(),
  lineCount: count(),
  lines: z.array(lineNumber()).check(z.maxLength(MAX_LINES_PER_NAME)),
  suggestions: z.array(forceCodeSchema),
});

const ingestReportSchema = z.object({
  rowsRead: count(),
  rowsUsed: count(),
  notPublished: count(),
  errorCounts: z.object(Object.fromEntries(ERROR_REASONS.map((reason) => [reason, count()])) as Record<ErrorReason, ReturnType<typeof count>>),
  // Bounded, so that a report of millions of errors stays small on its way to the page.
  errors: z.array(rowErrorSchema).check(z.maxLength(MAX_LISTED_ERRORS)),
  setAside: z.object({ 'no-area': count(), 'offence-not-selected': count() }),
  noAreaBodies: z.record(z.string(), count()),
  unknownNames: z.array(unknownNameSchema).check(z.maxLength(MAX_LISTED_NAMES)),
  unknownNamesNotListed: z.object({ names: count(), lines: count() }),
});

/** Sheets named in a result: more than any workbook of figures has, few enough for a list to pick from. */
export const MAX_LISTED_SHEETS = 250;
const sheetNamesSchema = () => z.array(z.string().check(z.maxLength(MAX_SHEET_NAME))).check(z.maxLength(MAX_LISTED_SHEETS));

const headerColumnSchema = z.object({ index: count(), name: z.string() });

export const importResultSchema = z.object({
  ok: z.literal(true),
  shape: z.enum(['tidy', 'wide', 'home-office']),
  /** How the rows were split: a delimiter, or the cells of a spreadsheet. */
  delimiter: z.enum([',', ';', '\t', 'spreadsheet']),
  /** The line of the header in the user's file (title lines above it are skipped and listed in preamble). */
  headerLine: lineNumber(),
  preamble: z.array(z.object({ line: lineNumber(), text: z.string() })),
  /** Which column was read as what. */
  columns: z.object({
    force: z.optional(headerColumnSchema),
    year: z.optional(headerColumnSchema),
    value: z.optional(headerColumnSchema),
    years: z.optional(z.array(z.extend(headerColumnSchema, { year: financialYearSchema }))),
  }),
  /** Columns of the header that were not read. */
  ignoredColumns: z.array(headerColumnSchema),
  /** Rows of the file below the header (a line break inside quotes does not start a row). */
  dataRows: count(),
  /**
   * What report.rowsRead counts: rows of the file (tidy and Home Office
   * tables) or cells under year columns (wide tables, where each row holds
   * one figure per year). Either way rowsRead = rowsUsed + rowsRejected.
   */
  counting: z.enum(['rows', 'cells']),
  years: z.array(financialYearSchema),
  /** Years the source holds only some quarters of: left out of years and observations. */
  partialYears: z.array(z.object({ year: financialYearSchema, quarters: z.int() })),
  observations: z.array(observationSchema),
  report: ingestReportSchema,
  /** Home Office tables: every offence in the table, for the picker. Empty for other shapes. */
  offences: z.array(offenceSchema),
  /** Whole-file remarks that are not about one row: an offence chosen that the table lacks, a non-UTF-8 file. */
  warnings: z.array(z.string()),
  /** The figures as a dataset the map can show; null when no figure was usable. */
  dataset: z.nullable(datasetSchema),
  /** A workbook's sheets, in order, and those read into the table (one, or the sheets of one header, as the Home Office publishes a year a sheet). */
  workbook: z.optional(z.object({ sheets: sheetNamesSchema(), read: sheetNamesSchema() })),
});

export type ImportResult = z.output<typeof importResultSchema>;
export type ImportFailure = { ok: false; error: string };
export type ImportOutcome = ImportResult | ImportFailure;

// The schemas must describe the types the pipeline builds, both ways round.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.output<typeof offenceSchema>, Offence>,
  Same<z.output<typeof rowErrorSchema>, RowError>,
  Same<z.output<typeof ingestReportSchema>, IngestReport>,
] = [true, true, true];
void sameShapes;
