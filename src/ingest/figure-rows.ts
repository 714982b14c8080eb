import type { Observation } from '../datasets/dataset';
import { parseFinancialYear } from '../datasets/financial-year';
import type { ForceNameResolver } from '../forces/resolve-force-name';
import { emptyReport, type IngestReport, type RowError } from './ingest-report';
import { createRowForceResolver } from './force-of-row';
import { parseFigure } from './parse-figure';

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

/**
 * Turns raw figure rows into observations keyed by ONS code, accounting for
 * every row: each is used or rejected with its line and reason.
 */
export function validateFigureRows(rows: Iterable<FigureRow>, resolver: ForceNameResolver): ValidatedFigures {
  const report = emptyReport();
  const observations: Observation[] = [];
  const firstLineByKey = new Map<string, number>();
  // The column of the row at hand, for the messages of a wide table.
  let column: string | undefined;
  const reject = (error: RowError) => report.errors.push(column !== undefined ? { ...error, column } : error);
  const forceOf = createRowForceResolver(resolver, report, reject);

  for (const row of rows) {
    report.rowsRead++;
    column = row.column;
    if (row.malformed) {
      reject({ line: row.line, reason: row.malformed.reason, message: row.malformed.message });
      continue;
    }
    const force = forceOf(row.force, row.line);
    if (!force) continue;
    const year = parseFinancialYear(row.year);
    if (!year) {
      reject({ line: row.line, reason: 'bad-year', text: row.year, message: `"${row.year}" is not a financial year such as 2016/17` });
      continue;
    }
    const figure = parseFigure(row.value);
    if (figure.kind === 'non-numeric') {
      reject({ line: row.line, reason: 'non-numeric', text: row.value, message: `"${row.value}" is not a number` });
      continue;
    }
    if (figure.kind === 'number' && figure.value < 0) {
      reject({ line: row.line, reason: 'negative', text: row.value, message: `${row.value} is negative` });
      continue;
    }
    const code = force.code;
    const key = `${code} ${year}`;
    const firstLine = firstLineByKey.get(key);
    if (firstLine !== undefined) {
      reject({ line: row.line, reason: 'duplicate', text: `${row.force} ${year}`, message: `${force.name} ${year} already has a figure on line ${firstLine}` });
      continue;
    }
    firstLineByKey.set(key, row.line);
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
  return { observations, report };
}
