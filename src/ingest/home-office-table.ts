import type { Observation } from '../datasets/dataset';
import { compareFinancialYears, parseFinancialYear } from '../datasets/financial-year';
import type { ForceNameResolver } from '../forces/resolve-force-name';
import { isolated } from '../format/user-text';
import { importForceName, importWords } from '../i18n/import-words';
import type { FigureCheckOptions } from './figure-rows';
import { createRowForceResolver } from './force-of-row';
import { emptyReport, rowRejecter, type IngestReport } from './ingest-report';
import type { DelimitedRow } from './parse-delimited';
import { parseFigure } from './parse-figure';
import { plausibleYears } from './plausible-years';
import { figureTooLargeMessage, notAYearMessage, shownCell, yearOutOfRangeMessage } from './row-messages';
import { hasExtraFields, tooFewFields, tooManyFields } from './table-rows';

/** The columns of the Home Office police recorded crime open-data table (police force area), as published. */
export const HOME_OFFICE_COLUMNS = [
  'Financial Year',
  'Financial Quarter',
  'Force Name',
  'Offence Description',
  'Offence Group',
  'Offence Subgroup',
  'Offence Code',
  'Number of Offences',
] as const;

export interface Offence {
  code: string;
  description: string;
  group: string;
  subgroup: string;
}

export function isHomeOfficeHeader(fields: readonly string[]): boolean {
  return HOME_OFFICE_COLUMNS.every((column, i) => fields[i]?.trim().toLowerCase() === column.toLowerCase());
}

/**
 * Offence codes as published, without the float noise that a spreadsheet
 * conversion adds ("37.200000000000003" → "37.2").
 */
export function normaliseOffenceCode(code: string): string {
  const trimmed = code.trim();
  if (!/^\d+\.\d{6,}$/.test(trimmed)) return trimmed;
  return String(Number(Number(trimmed).toFixed(4)));
}

/** Every offence in the table (rows[0] is the header), for the user to choose from. */
export function listOffences(rows: readonly DelimitedRow[]): Offence[] {
  const byKey = new Map<string, Offence>();
  for (let i = 1; i < rows.length; i++) {
    const { fields } = rows[i]!;
    // A broken row names no offence; aggregateHomeOfficeTable reports it.
    if (fields.length < HOME_OFFICE_COLUMNS.length) continue;
    const offence = offenceOf(fields);
    byKey.set(`${offence.code}\u0000${offence.description}`, offence);
  }
  return [...byKey.values()].sort((a, b) => a.group.localeCompare(b.group) || a.description.localeCompare(b.description));
}

/** The offences a user chose: by code (as published or normalised), by group, or both. */
export interface OffenceSelection {
  codes?: readonly string[];
  groups?: readonly string[];
}

/**
 * The test for whether a row's offence was chosen. Codes compare after
 * normalisation, so "37.2" picks the rows published as "37.200000000000003";
 * codes and groups ignore case and surrounding spaces.
 */
export function selectOffences(selection: OffenceSelection): (offence: Offence) => boolean {
  const codes = new Set((selection.codes ?? []).map(offenceCodeKey));
  const groups = new Set((selection.groups ?? []).map((group) => group.trim().toLowerCase()));
  return (offence) => codes.has(offenceCodeKey(offence.code)) || groups.has(offence.group.toLowerCase());
}

function offenceCodeKey(code: string): string {
  return normaliseOffenceCode(code).toUpperCase();
}

function offenceOf(fields: readonly string[]): Offence {
  return {
    description: (fields[3] ?? '').trim(),
    group: (fields[4] ?? '').trim(),
    subgroup: (fields[5] ?? '').trim(),
    code: normaliseOffenceCode(fields[6] ?? ''),
  };
}

export interface HomeOfficeFigures {
  years: string[];
  /** Years the table holds only some quarters of: left out, never shown as whole years. */
  partialYears: { year: string; quarters: number }[];
  observations: Observation[];
  report: IngestReport;
}

/** What one force's quarters of one series sum to in one year, as read. */
export interface QuarterSum {
  code: string;
  year: string;
  value: number;
  /** The quarters read, one bit each (quarter 1 is bit 0). */
  quarters: number;
  /** Quarters marked as withheld ("[x]", ".."). */
  unpublished: number;
}

export interface HomeOfficeSums<Series> {
  /** The financial years the table holds all four quarters of. */
  years: string[];
  partialYears: { year: string; quarters: number }[];
  /** Per series, per force and year ("E23000039|2016/17"); the partial years too. */
  sums: Map<Series, Map<string, QuarterSum>>;
  report: IngestReport;
}

/**
 * Sums the table's quarterly figures per force, year and series, in one
 * pass however many series there are. seriesOf says which series a row's
 * offence counts in, as the row stands in its own year (an offence that
 * moved subgroup counts where the Home Office put it that year); a row in
 * none is set aside as not selected. Quarterly figures are summed as
 * published, negative ones included: the Home Office publishes downward
 * revisions that way (yearFigure decides what a sum below zero means).
 * rows[0] is the header.
 */
export function sumHomeOfficeTable<Series>(
  rows: readonly DelimitedRow[],
  seriesOf: (offence: Offence, year: string) => readonly Series[],
  resolver: ForceNameResolver,
  options: { onProgress?: (fraction: number) => void } & FigureCheckOptions = {},
): HomeOfficeSums<Series> {
  const { onProgress } = options;
  const plausible = options.years ?? plausibleYears(new Date());
  const report = emptyReport();
  const quartersByYear = new Map<string, Set<number>>();
  const sums = new Map<Series, Map<string, QuarterSum>>();
  const seen = new Set<string>();
  const reject = rowRejecter(report, options.onError);
  const forces = createRowForceResolver(resolver, report, reject);
  const progressStep = Math.max(10_000, Math.ceil(rows.length / 50));
  // Columns after the published eight are not read, but a row may not spill beyond the header.
  const headerWidth = Math.max(HOME_OFFICE_COLUMNS.length, rows[0]?.fields.length ?? 0);

  for (let index = 1; index < rows.length; index++) {
    if (onProgress && index % progressStep === 0) onProgress(index / rows.length);
    report.rowsRead++;
    const { fields, line } = rows[index]!;
    if (fields.length < HOME_OFFICE_COLUMNS.length) {
      reject('too-few-fields', () => ({ line, message: tooFewFields(fields.length, HOME_OFFICE_COLUMNS.length).message }));
      continue;
    }
    if (hasExtraFields(fields, headerWidth)) {
      reject('too-many-fields', () => ({ line, message: tooManyFields(fields.length, headerWidth).message }));
      continue;
    }
    const parsedYear = parseFinancialYear(fields[0]!);
    const year = parsedYear && plausible.includes(parsedYear) ? parsedYear : undefined;
    const quarter = Number(fields[1]);
    const isQuarter = Number.isInteger(quarter) && quarter >= 1 && quarter <= 4;
    if (year && isQuarter) {
      let quarters = quartersByYear.get(year);
      if (!quarters) quartersByYear.set(year, (quarters = new Set()));
      quarters.add(quarter);
    }
    const offence = offenceOf(fields);
    const series = seriesOf(offence, year ?? fields[0]!.trim());
    if (series.length === 0) {
      report.setAside['offence-not-selected']++;
      continue;
    }
    const force = forces.forceOf(fields[2]!.trim(), line);
    if (!force) continue;
    if (!parsedYear) {
      reject('bad-year', () => ({ line, text: shownCell(fields[0]!), message: notAYearMessage(fields[0]!) }));
      continue;
    }
    if (!year) {
      reject('year-out-of-range', () => ({ line, text: shownCell(fields[0]!), message: yearOutOfRangeMessage(fields[0]!, plausible) }));
      continue;
    }
    if (!isQuarter) {
      reject('bad-quarter', () => ({ line, text: shownCell(fields[1]!), message: importWords().rows.notAQuarter(isolated(fields[1]!)) }));
      continue;
    }
    const figure = parseFigure(fields[7]!);
    if (figure.kind === 'non-numeric') {
      reject('non-numeric', () => ({ line, text: shownCell(fields[7]!), message: importWords().rows.notANumberOfOffences(isolated(fields[7]!)) }));
      continue;
    }
    if (figure.kind === 'too-large') {
      reject('too-large', () => ({ line, text: shownCell(fields[7]!), message: figureTooLargeMessage(fields[7]!) }));
      continue;
    }
    const code = force.code;
    const rowKey = `${code}|${year}|${quarter}|${offence.code}|${offence.description}`;
    if (seen.has(rowKey)) {
      reject('duplicate', () => ({
        line,
        text: shownCell(`${fields[2]!.trim()} ${year} Q${quarter} ${offence.description}`),
        message: importWords().rows.quarterTwice(importForceName(force), year, quarter, isolated(offence.description)),
      }));
      continue;
    }
    seen.add(rowKey);
    report.rowsUsed++;
    // A withheld quarter ("[x]", "..") leaves the year's total unknown, not smaller.
    if (figure.kind === 'not-published') report.notPublished++;
    const sumKey = `${code}|${year}`;
    for (const key of series) {
      let bySeries = sums.get(key);
      if (!bySeries) sums.set(key, (bySeries = new Map()));
      let sum = bySeries.get(sumKey);
      if (!sum) bySeries.set(sumKey, (sum = { code, year, value: 0, quarters: 0, unpublished: 0 }));
      sum.quarters |= 1 << (quarter - 1);
      if (figure.kind === 'number') sum.value += figure.value;
      else sum.unpublished++;
    }
  }
  forces.finish();
  onProgress?.(1);

  const years = [...quartersByYear]
    .filter(([, quarters]) => quarters.size === 4)
    .map(([year]) => year)
    .sort(compareFinancialYears);
  const partialYears = [...quartersByYear]
    .filter(([, quarters]) => quarters.size < 4)
    .map(([year, quarters]) => ({ year, quarters: quarters.size }))
    .sort((a, b) => compareFinancialYears(a.year, b.year));
  return { years, partialYears, sums, report };
}

/**
 * A force's figure for a whole year, from its quarters: their sum, or not
 * published (null) with the reason when a quarter is missing or withheld,
 * or when the quarters sum below zero. Never zero for a figure not known.
 */
export function yearFigure(sum: QuarterSum): { value: number | null; note?: string } {
  const quarters = countBits(sum.quarters);
  // A force-year missing a quarter that the table holds for others is not a whole year either.
  const words = importWords().homeOffice;
  const note =
    quarters < 4
      ? words.quartersPublished(quarters)
      : sum.unpublished > 0
        ? words.quartersNotPublished(sum.unpublished)
        : sum.value < 0
          ? words.negativeSum(sum.value)
          : undefined;
  return note === undefined ? { value: sum.value } : { value: null, note };
}

function countBits(bits: number): number {
  let count = 0;
  for (let rest = bits; rest > 0; rest >>= 1) count += rest & 1;
  return count;
}

const SELECTED = [true] as const;

/**
 * Sums the chosen offences, quarter by quarter, into financial years per
 * force (sumHomeOfficeTable and yearFigure, for one series). A year the
 * table does not hold all four quarters of is reported as partial and left
 * out. rows[0] is the header.
 */
export function aggregateHomeOfficeTable(
  rows: readonly DelimitedRow[],
  isSelected: (offence: Offence) => boolean,
  resolver: ForceNameResolver,
  source = 0,
  options: { onProgress?: (fraction: number) => void } & FigureCheckOptions = {},
): HomeOfficeFigures {
  const { years, partialYears, sums, report } = sumHomeOfficeTable(rows, (offence) => (isSelected(offence) ? SELECTED : []), resolver, options);
  const full = new Set(years);
  const observations: Observation[] = [];
  for (const sum of sums.get(true)?.values() ?? []) {
    if (!full.has(sum.year)) continue;
    observations.push({ code: sum.code, year: sum.year, ...yearFigure(sum), source });
  }
  return { years, partialYears, observations, report };
}
