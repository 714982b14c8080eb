import * as z from 'zod/mini';
import { datasetSchema, type Dataset, type Observation } from '../datasets/dataset';
import { compareFinancialYears } from '../datasets/financial-year';
import type { Force, ForceTable } from '../forces/force-table';
import { createForceNameResolver, withNameMapping, type ForceNameResolver } from '../forces/resolve-force-name';
import { isolated, visibleTitle, visibleUserText } from '../format/user-text';
import { importWords } from '../i18n/import-words';
import { detectShape, type DetectedShape, type ShapeDetection } from './detect-shape';
import { controlCharacterWarning, invisibleCharacterWarning, lastLineWarning, pointThousandsWarning, quoteWarnings, STRAY_CONTROL } from './file-warnings';
import { validateFigureRows, type FigureCheckOptions } from './figure-rows';
import { aggregateHomeOfficeTable, listOffences, normaliseOffenceCode, selectOffences } from './home-office-table';
import { importOptionsSchema, MAX_IMPORT_SIZE, tooLargeMessage, type ImportOptions, type ResolvedImportOptions } from './import-options';
import { MAX_LISTED_SHEETS, type ImportFailure, type ImportOutcome, type ImportResult } from './import-result';
import type { RowError } from './ingest-report';
import { detectDelimiter, parseDelimited, type DelimitedRow, type Delimiter, type QuoteProblem } from './parse-delimited';
import { readWorkbook } from './spreadsheet/read-workbook';
import { workbookWarnings, type WorkbookTable } from './spreadsheet/workbook-table';
import { WorkbookProblem } from './spreadsheet/zip-archive';
import { plausibleYears } from './plausible-years';
import { tidyFigureRows } from './tidy-table';
import { wideFigureRows } from './wide-table';

export { MAX_IMPORT_SIZE } from './import-options';
export type { ImportOptions } from './import-options';
export type { ImportOutcome } from './import-result';

export interface ImportEnvironment {
  /** The police force areas names are resolved against. */
  forces: ForceTable;
  /** Called now and then with how far the import has got, from 0 to 1, and for a workbook the sheet being read. */
  onProgress?: (fraction: number, sheet?: string) => void;
  /** Told of every rejected row, in file order: the report keeps only the first MAX_LISTED_ERRORS. */
  onError?: (error: RowError) => void;
  /** Today, for the latest financial year a figure can be for; the clock by default. */
  today?: Date;
}

/** Title lines above the header are tolerated, up to this many rows. */
const HEADER_SEARCH_ROWS = 10;
/** Parsing is most of the work; the rest is shared out after it. */
const PARSE_SHARE = 0.8;

/**
 * A user's delimited text as figures for the map, with a report that
 * accounts for every row: report.rowsRead = report.rowsUsed +
 * rowsRejected(report), always. Whole-file problems (empty, binary, too
 * large, header not recognised, bad options) come back as
 * { ok: false, error } instead. Never throws on any text.
 */
export function importTable(text: string, options: ImportOptions, environment: ImportEnvironment): ImportOutcome {
  const prepared = prepare(options, environment);
  if (!prepared.ok) return prepared;

  const problem = wholeFileProblem(text);
  if (problem) return fail(problem);

  const onProgress = environment.onProgress;
  const delimiter = prepared.chosen.delimiter === 'auto' ? detectDelimiter(text) : prepared.chosen.delimiter;
  const quoteProblems: QuoteProblem[] = [];
  const rows = parseDelimited(text, delimiter, {
    onProgress: onProgress && ((fraction) => onProgress(fraction * PARSE_SHARE)),
    onQuoteProblem: (problem) => quoteProblems.push(problem),
  });
  const textWarnings = [
    ...quoteWarnings(quoteProblems),
    ...[lastLineWarning(text), controlCharacterWarning(text), invisibleCharacterWarning(text)].filter((warning) => warning !== undefined),
  ];
  return importRows(rows, delimiter, textWarnings, prepared, environment);
}

/**
 * importTable for a workbook's bytes (.ods or .xlsx): its sheets read as one
 * table of rows (see spreadsheet/workbook-table.ts), then the same import.
 * A problem with the workbook itself (encrypted, damaged, a zip bomb, no
 * table) comes back as { ok: false, error }. Progress names the sheet. The
 * result names the workbook's sheets, for the reader to pick another.
 */
export async function importWorkbook(
  bytes: Uint8Array,
  options: ImportOptions,
  environment: ImportEnvironment & { maxUnpackedBytes?: number },
): Promise<ImportOutcome> {
  const prepared = prepare(options, environment);
  if (!prepared.ok) return prepared;
  if (bytes.length > MAX_IMPORT_SIZE) return fail(tooLargeMessage(bytes.length));
  const onProgress = environment.onProgress;
  let table: WorkbookTable;
  try {
    table = await readWorkbook(bytes, {
      headerProblem: (fields) => {
        const detection = detectShape(fields);
        return detection.ok ? undefined : detection.error;
      },
      ...(prepared.chosen.sheet === undefined ? {} : { sheet: prepared.chosen.sheet }),
      ...(environment.maxUnpackedBytes === undefined ? {} : { maxUnpackedBytes: environment.maxUnpackedBytes }),
      ...(onProgress ? { onProgress: (fraction: number, sheet: string | undefined) => onProgress(fraction * PARSE_SHARE, sheet) } : {}),
    });
  } catch (error) {
    if (error instanceof WorkbookProblem) return fail(error.message);
    throw error;
  }
  const outcome = importRows(table.rows, 'spreadsheet', workbookWarnings(table), prepared, environment);
  if (!outcome.ok) return outcome;
  return {
    ...outcome,
    workbook: { sheets: table.sheetNames.slice(0, MAX_LISTED_SHEETS), read: table.sheetsRead.slice(0, MAX_LISTED_SHEETS).map(({ name }) => name) },
  };
}

type Prepared = { ok: true; chosen: ResolvedImportOptions; mapping: [string, Force][] };

function prepare(options: ImportOptions, environment: ImportEnvironment): Prepared | ImportFailure {
  const parsedOptions = importOptionsSchema.safeParse(options);
  if (!parsedOptions.success) return fail(importWords().file.badOptions(z.prettifyError(parsedOptions.error)));
  const mapped = mappedForces(parsedOptions.data.nameMapping, environment.forces);
  if (!mapped.ok) return mapped;
  return { ok: true, chosen: parsedOptions.data, mapping: mapped.mapping };
}

/** The rows of a table, however read, to figures and their report. */
function importRows(
  rows: DelimitedRow[],
  delimiter: Delimiter | 'spreadsheet',
  sourceWarnings: string[],
  prepared: Prepared,
  environment: ImportEnvironment,
): ImportOutcome {
  const { chosen } = prepared;
  const onProgress = environment.onProgress;
  const words = importWords();
  if (rows.length === 0) return fail(words.file.empty);

  const found = findHeader(rows);
  if (!found.ok) return found;
  const { headerIndex, detected } = found;
  const header = rows[headerIndex]!;
  const body = rows.slice(headerIndex + 1);
  if (body.length === 0) return fail(words.file.noRows(header.line));

  const resolver = withNameMapping(createForceNameResolver(environment.forces), prepared.mapping);
  const checks: FigureCheckOptions = {
    years: plausibleYears(environment.today ?? new Date()),
    ...(environment.onError ? { onError: environment.onError } : {}),
  };
  const joiner = delimiter === 'spreadsheet' ? ', ' : delimiter;
  const common = {
    ok: true as const,
    delimiter,
    headerLine: header.line,
    preamble: rows.slice(0, headerIndex).map((row) => ({ line: row.line, text: shorten(row.fields.join(joiner)) })),
    dataRows: body.length,
  };
  const warnings = [...(common.preamble.length > 0 ? [words.file.titleLines(common.preamble.length, header.line)] : []), ...sourceWarnings];
  const finishProgress = onProgress && ((fraction: number) => onProgress(PARSE_SHARE + fraction * (1 - PARSE_SHARE)));
  let result: Omit<ImportResult, 'dataset'>;
  let meta: { title: string; definition: string; unit: string };
  if (detected.shape === 'home-office') {
    const table = rows.slice(headerIndex);
    const homeOffice = importHomeOffice(table, chosen, resolver, { ...checks, ...(finishProgress ? { onProgress: finishProgress } : {}) });
    const figures = delimiter === ';' ? pointThousandsWarning(table.slice(1).map(({ line, fields }) => ({ line, value: fields[7] ?? '' }))) : undefined;
    result = { ...common, ...homeOffice.result, warnings: [...warnings, ...(figures ? [figures] : []), ...homeOffice.warnings] };
    meta = homeOffice.meta;
  } else {
    const figureRows =
      detected.shape === 'tidy' ? tidyFigureRows(body, detected.columns, header.fields.length) : wideFigureRows(body, detected.columns, header.fields.length);
    const { observations, report } = validateFigureRows(figureRows, resolver, checks);
    const figures = delimiter === ';' ? pointThousandsWarning(figureRows) : undefined;
    result = {
      ...common,
      shape: detected.shape,
      columns: detected.columns,
      ignoredColumns: detected.ignored,
      counting: detected.shape === 'tidy' ? 'rows' : 'cells',
      years: [...new Set(observations.map((observation) => observation.year))].sort(compareFinancialYears),
      partialYears: [],
      observations,
      report,
      offences: [],
      warnings: figures ? [...warnings, figures] : warnings,
    };
    meta = {
      title: words.dataset.title,
      definition: words.dataset.definition(chosen.fileName ? shownFileName(chosen.fileName) : undefined),
      unit: words.dataset.unit,
    };
    finishProgress?.(1);
  }
  return { ...result, dataset: datasetOf(result, chosen, meta) };
}

function fail(error: string): ImportFailure {
  return { ok: false, error };
}

/** Empty, too large, or not text at all: said before any parsing. */
function wholeFileProblem(text: string): string | undefined {
  const words = importWords().file;
  if (text.length > MAX_IMPORT_SIZE) return tooLargeMessage(text.length);
  if (text.replace(/^\uFEFF/, '').trim() === '') return words.empty;
  if (text.startsWith('PK\u0003\u0004')) return words.zip;
  if (text.includes('\u0000')) return words.nul;
  // Text has tabs and line ends but next to no other control characters; binary data is full of them.
  // A few stray ones in a small file are not enough to refuse it: they are listed as a warning instead.
  const sample = text.slice(0, 65_536);
  const controls = sample.match(STRAY_CONTROL)?.length ?? 0;
  if (controls >= MIN_BINARY_CONTROLS && controls > sample.length / 100) {
    return words.binary(controls, sample.length.toLocaleString('en-GB'));
  }
  return undefined;
}

/** Fewer control characters than this never make a file binary, however short it is. */
const MIN_BINARY_CONTROLS = 16;

function shorten(text: string): string {
  return visibleUserText(text, 200);
}

/**
 * The file's name where the dataset names its source. The map's title and
 * source line show it as plain text, so hidden characters are made
 * visible here ("\u202Efdp.csv" would otherwise read backwards).
 */
function shownFileName(fileName: string): string {
  return visibleUserText(fileName, 500);
}

/**
 * The header is the first row whose columns are recognised. Title lines
 * above it, as published spreadsheets often have, are skipped, but only
 * lines with at most one cell filled in: a row with several cells that is
 * not a recognised header is reported, never passed over.
 */
function findHeader(rows: readonly DelimitedRow[]): { ok: true; headerIndex: number; detected: DetectedShape } | ImportFailure {
  let firstFailure: { line: number; detection: ShapeDetection } | undefined;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const row = rows[i]!;
    const detection = detectShape(row.fields);
    if (detection.ok) return { ok: true, headerIndex: i, detected: detection };
    firstFailure ??= { line: row.line, detection };
    const isTitleLine = row.fields.filter((field) => field.trim() !== '').length <= 1;
    if (!isTitleLine) {
      firstFailure = { line: row.line, detection };
      break;
    }
  }
  const words = importWords().file;
  const error = firstFailure && !firstFailure.detection.ok ? firstFailure.detection.error : words.noHeader;
  return fail(words.headerNotRecognised(firstFailure?.line, error));
}

function mappedForces(nameMapping: readonly (readonly [string, string])[], forces: ForceTable): { ok: true; mapping: [string, Force][] } | ImportFailure {
  const mapping: [string, Force][] = [];
  for (const [name, code] of nameMapping) {
    const force = forces.byCode.get(code);
    if (!force) return fail(importWords().file.badMapping(isolated(name), code));
    mapping.push([name, force]);
  }
  return { ok: true, mapping };
}

function importHomeOffice(
  rows: readonly DelimitedRow[],
  chosen: ResolvedImportOptions,
  resolver: ForceNameResolver,
  options: FigureCheckOptions & { onProgress?: (fraction: number) => void },
): {
  result: Omit<ImportResult, 'dataset' | 'ok' | 'delimiter' | 'headerLine' | 'preamble' | 'dataRows'>;
  warnings: string[];
  meta: { title: string; definition: string; unit: string };
} {
  const offences = listOffences(rows);
  const selection = chosen.offences;
  const isSelected = selectOffences(selection);
  const figures = aggregateHomeOfficeTable(rows, isSelected, resolver, 0, options);

  const words = importWords().homeOffice;
  const warnings: string[] = [];
  if (selection.codes.length === 0 && selection.groups.length === 0) {
    warnings.push(words.noneChosen);
  }
  const selectedOffences = offences.filter(isSelected);
  const codesPresent = new Set(offences.map((offence) => normaliseOffenceCode(offence.code).toUpperCase()));
  for (const code of selection.codes) {
    if (!codesPresent.has(normaliseOffenceCode(code).toUpperCase())) warnings.push(words.codeMissing(isolated(code)));
  }
  const groupsPresent = new Set(offences.map((offence) => offence.group.toLowerCase()));
  for (const group of selection.groups) {
    if (!groupsPresent.has(group.trim().toLowerCase())) warnings.push(words.groupMissing(isolated(group)));
  }

  const descriptions = [...new Set(selectedOffences.map((offence) => offence.description))];
  const codes = [...new Set(selectedOffences.map((offence) => offence.code))];
  const only = selectedOffences.length === 1 ? selectedOffences[0] : undefined;
  const title = only ? words.oneOffence(only.description, only.code) : words.offences(descriptions.length);
  const listed = descriptions.length > 8 ? words.andMore(descriptions.slice(0, 8).join('; '), descriptions.length - 8) : descriptions.join('; ');
  return {
    result: {
      shape: 'home-office',
      columns: {},
      ignoredColumns: [],
      counting: 'rows',
      years: figures.years,
      partialYears: figures.partialYears,
      observations: figures.observations,
      report: figures.report,
      offences,
      warnings: [],
    },
    warnings,
    meta: {
      title,
      definition: words.definition(listed || undefined, codes.length, codes.join(', ') || undefined),
      unit: words.unit,
    },
  };
}

/** The figures as a dataset, or null when there is nothing to map. */
function datasetOf(
  result: { years: string[]; partialYears: { year: string; quarters: number }[]; observations: Observation[] },
  chosen: ResolvedImportOptions,
  defaults: { title: string; definition: string; unit: string },
): Dataset | null {
  if (result.observations.length === 0) return null;
  const words = importWords().dataset;
  const source = words.source(chosen.fileName ? shownFileName(chosen.fileName) : undefined);
  return datasetSchema.parse({
    meta: {
      id: 'imported',
      // Shown on their own (the heading, the list of figures, every picture), not inside a message: hidden characters made visible.
      title: visibleTitle(chosen.title || defaults.title),
      definition: visibleTitle(defaults.definition, Number.POSITIVE_INFINITY),
      unit: visibleTitle(chosen.unit || defaults.unit),
      source,
      releaseDate: words.notStated,
      licence: words.notStated,
      attribution: source,
    },
    years: result.years,
    partialYears: result.partialYears,
    sources: [{ release: source, url: chosen.fileName ? shownFileName(chosen.fileName) : words.localFile }],
    observations: result.observations,
  });
}
