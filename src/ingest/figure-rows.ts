import type { Observation } from '../datasets/dataset';
import { parseFinancialYear } from '../datasets/financial-year';
import type { ForceNameResolver } from '../forces/resolve-force-name';
import { isolated } from '../format/user-text';
import { importForceName, importWords } from '../i18n/import-words';
import { emptyReport, rowRejecter, type ErrorReason, type IngestReport, type RowError } from './ingest-report';
import { createRowForceResolver } from './force-of-row';
import { parseFigure } from './parse-figure';
import { plausibleYears, type PlausibleYears } from './plausible-years';
import { figureTooLargeMessage, notAYearMessage, shownCell, yearOutOfRangeMessage } from './row-messages';

/** One figure as read from a file, before anything is trusted. */
export interface FigureRow {
  line: number;
  force: string;
  year: string;
  value: string;
  /** Index into the dataset's sources. */
  source: number;
  note?: string;
  /** In a wide table: the header of the year column the figure came from, for messages. */
  column?: string;
  /** Set when the line's shape already rules the figure out (too few or too many fields). */
  malformed?: { reason: 'too-few-fields' | 'too-many-fields'; message: string };
}

export interface ValidatedFigures {
  observations: Observation[];
  report: IngestReport;
}

export interface FigureCheckOptions {
  /** The financial years figures can be for; by default, those plausible today. */
  years?: PlausibleYears;
  /** Told of every error, for the full list; the report keeps the first MAX_LISTED_ERRORS. */
  onError?: (error: RowError) => void;
}

/**
 * Turns raw figure rows into observations keyed by ONS code, accounting for
 * every row: each is used or rejected with its line and reason. The checks
 * are at least as strict as the dataset schema (src/datasets/dataset.ts),
 * so that whatever passes them makes a valid dataset: one bad cell costs
 * its row, never the import.
 */
export function validateFigureRows(rows: Iterable<FigureRow>, resolver: ForceNameResolver, options: FigureCheckOptions = {}): ValidatedFigures {
  const years = options.years ?? plausibleYears(new Date());
  const report = emptyReport();
  const observations: Observation[] = [];
  const firstLineByKey = new Map<string, number>();
  // The column of the row at hand, for the messages of a wide table.
  let column: string | undefined;
  const rejectRow = rowRejecter(report, options.onError);
  const reject = (reason: ErrorReason, describe: () => Omit<RowError, 'reason'>) =>
    rejectRow(reason, column === undefined ? describe : () => ({ ...describe(), column: column! }));
  const forces = createRowForceResolver(resolver, report, reject);

  for (const row of rows) {
    report.rowsRead++;
    column = row.column;
    const { line } = row;
    if (row.malformed) {
      const { reason, message } = row.malformed;
      reject(reason, () => ({ line, message }));
      continue;
    }
    const force = forces.forceOf(row.force, line);
    if (!force) continue;
    const year = parseFinancialYear(row.year);
    if (!year) {
      reject('bad-year', () => ({ line, text: shownCell(row.year), message: notAYearMessage(row.year) }));
      continue;
    }
    if (!years.includes(year)) {
      reject('year-out-of-range', () => ({ line, text: shownCell(row.year), message: yearOutOfRangeMessage(row.year, years) }));
      continue;
    }
    const figure = parseFigure(row.value);
    if (figure.kind === 'non-numeric') {
      reject('non-numeric', () => ({ line, text: shownCell(row.value), message: importWords().rows.notANumber(isolated(row.value)) }));
      continue;
    }
    if (figure.kind === 'too-large') {
      reject('too-large', () => ({ line, text: shownCell(row.value), message: figureTooLargeMessage(row.value) }));
      continue;
    }
    if (figure.kind === 'number' && figure.value < 0) {
      reject('negative', () => ({ line, text: shownCell(row.value), message: importWords().rows.negative(isolated(row.value.trim())) }));
      continue;
    }
    const code = force.code;
    const key = `${code} ${year}`;
    const firstLine = firstLineByKey.get(key);
    if (firstLine !== undefined) {
      reject('duplicate', () => ({
        line,
        text: shownCell(`${row.force} ${year}`),
        message: importWords().rows.duplicate(importForceName(force), year, firstLine),
      }));
      continue;
    }
    firstLineByKey.set(key, line);
    report.rowsUsed++;
    if (figure.kind === 'not-published') report.notPublished++;
    observations.push({
      code,
      year,
      value: figure.kind === 'number' ? figure.value : null,
      source: row.source,
      ...(row.note ? { note: row.note } : {}),
    });
  }
  forces.finish();
  return { observations, report };
}
