/**
 * The Home Office series as committed in data/home-office/, compact and
 * readable in a diff:
 * - release.json: the release, its full and partial years, the bodies left out;
 * - offences.csv: the catalogue, one row per series, offered or not (with why);
 * - figures/<group>.csv (and figures/all.csv): one row per series and force,
 *   a column per full year; a cell is empty outside the series' years, and
 *   empty inside them only when the figure is not published;
 * - notes.csv: why each of those figures is not published.
 * Writing and reading are kept side by side; reading validates every row and
 * names the file and line of anything wrong.
 */
import * as z from 'zod/mini';
import { financialYearSchema, OFFENCE_KINDS } from '../src/datasets/dataset';
import {
  homeOfficeReleaseSchema,
  notMappedReasonSchema,
  offenceCatalogSchema,
  offenceKindOf,
  offenceRatePer,
  parseOffenceId,
  type HomeOfficeRelease,
  type NotMappedReason,
  type NotOfferedOffence,
  type OfferedOffence,
} from '../src/datasets/offence-catalog';
import { forceCodeSchema } from '../src/forces/force-table';
import { parseCsvRecords } from '../src/ingest/csv-records';
import { slugify } from '../src/format/slug';
import { csvText } from './csv-text';
import type { CatalogueSeries, HomeOfficeData, OfferedSeries, SeriesFigure } from './home-office-series';

const HOME_OFFICE_DIR = 'data/home-office';
const RELEASE_FILE = `${HOME_OFFICE_DIR}/release.json`;
const OFFENCES_FILE = `${HOME_OFFICE_DIR}/offences.csv`;
const NOTES_FILE = `${HOME_OFFICE_DIR}/notes.csv`;
export const FIGURES_DIR = `${HOME_OFFICE_DIR}/figures`;

const OFFENCE_COLUMNS = ['id', 'kind', 'name', 'code', 'group', 'subgroup', 'first_year', 'last_year', 'offered', 'note'] as const;
const NOTE_COLUMNS = ['series', 'force_code', 'year', 'note'] as const;
const figureColumns = (years: readonly string[]) => ['series', 'force_code', ...years];

/** The figures file a series is in: its group's, or all.csv. */
function figuresFileOf(entry: { kind: string; name: string; group?: string }): string {
  const file = entry.kind === 'all' ? 'all' : slugify(entry.kind === 'group' ? entry.name : entry.group!);
  return `${FIGURES_DIR}/${file}.csv`;
}

/** Every file of data/home-office/, path → text. */
export function homeOfficeFiles(data: HomeOfficeData): Map<string, string> {
  const { years } = data.release;
  const files = new Map<string, string>([[RELEASE_FILE, `${JSON.stringify(data.release, null, 2)}\n`]]);
  files.set(
    OFFENCES_FILE,
    csvText(
      OFFENCE_COLUMNS,
      data.series.map(({ entry, figures }) => {
        const common = [entry.id, entry.kind, entry.name, entry.code ?? '', entry.group ?? '', entry.subgroup ?? ''];
        return figures ? [...common, entry.firstYear, entry.lastYear, 'yes', entry.note ?? ''] : [...common, '', '', 'no', notMappedText(entry.reason)];
      }),
    ),
  );
  const figureRows = new Map<string, string[][]>();
  const noteRows: string[][] = [];
  for (const { entry, figures } of data.series) {
    if (!figures) continue;
    const file = figuresFileOf(entry);
    const rows = figureRows.get(file) ?? [];
    figureRows.set(file, rows);
    const first = years.indexOf(entry.firstYear);
    for (const [code, values] of figures) {
      rows.push([entry.id, code, ...years.map((_, i) => String(values[i - first]?.value ?? ''))]);
      values.forEach((figure, i) => {
        if (figure.note !== undefined) noteRows.push([entry.id, code, years[first + i]!, figure.note]);
      });
    }
  }
  for (const [file, rows] of figureRows) files.set(file, csvText(figureColumns(years), rows));
  files.set(NOTES_FILE, csvText(NOTE_COLUMNS, noteRows));
  return files;
}

const optionalText = z.string();
const offenceRowSchema = z
  .object({
    id: z.string().check(z.refine((id) => parseOffenceId(id) === id, 'not a canonical offence id (all, group:robbery, subgroup:rape-offences, 8Q)')),
    kind: z.enum(OFFENCE_KINDS),
    name: z.string().check(z.minLength(1, 'the name is empty')),
    code: optionalText,
    group: optionalText,
    subgroup: optionalText,
    first_year: z.union([z.literal(''), financialYearSchema]),
    last_year: z.union([z.literal(''), financialYearSchema]),
    offered: z.enum(['yes', 'no']),
    note: optionalText,
  })
  .check(
    z.refine((row) => offenceKindOf(row.id) === row.kind, 'the kind does not match the id'),
    z.refine((row) => (row.offered === 'yes') === (row.first_year !== '' && row.last_year !== ''), 'an offered series has a first and a last year, one not offered has neither'),
    z.refine((row) => row.offered === 'yes' || row.note !== '', 'a series not offered needs the reason in its note'),
  );

const noteRowSchema = z.object({
  series: z.string().check(z.minLength(1)),
  force_code: forceCodeSchema,
  year: financialYearSchema,
  note: z.string().check(z.minLength(1, 'the note is empty')),
});

const figureCell = z.string().check(z.regex(/^(\d+)?$/, 'a figure is a whole number of 0 or more, or empty'));

/** How offences.csv writes why a series is not mapped: "outcomes-only", or "part-year 2023/24 1" (the year, the quarters it holds). */
const NOT_MAPPED_FORMS = 'recorded-nationally, outcomes-only, all-zero, or part-year with its year and quarters, such as part-year 2023/24 1';

function notMappedText(reason: NotMappedReason): string {
  return reason.kind === 'part-year' ? `part-year ${reason.year} ${reason.quarters}` : reason.kind;
}

function notMappedReasonOf(text: string): NotMappedReason | undefined {
  const [kind, year, quarters] = text.split(' ');
  const parsed = notMappedReasonSchema.safeParse(kind === 'part-year' ? { kind, year, quarters: Number(quarters) } : { kind });
  // Written back, it must be the same text: no trailing words, no "01" for 1.
  return parsed.success && notMappedText(parsed.data) === text ? parsed.data : undefined;
}

/** Reads data/home-office/ back, every row validated; throws naming the file and line of the first problem. */
export function readHomeOfficeFiles(readFile: (file: string) => string, forceCodes: readonly string[]): HomeOfficeData {
  const release = parseJsonFile(RELEASE_FILE, readFile(RELEASE_FILE), homeOfficeReleaseSchema);
  const { years } = release;

  const series: CatalogueSeries[] = [];
  const byId = new Map<string, OfferedSeries>();
  for (const { line, record } of parseCsvRecords(readFile(OFFENCES_FILE), OFFENCES_FILE, OFFENCE_COLUMNS, offenceRowSchema)) {
    const at = `${OFFENCES_FILE}, line ${line}`;
    if (byId.has(record.id) || series.some(({ entry }) => entry.id === record.id)) throw new Error(`${at}: ${record.id} is listed twice`);
    const offence = {
      id: record.id,
      kind: record.kind,
      name: record.name,
      ...(record.code ? { code: record.code } : {}),
      ...(record.group ? { group: record.group } : {}),
      ...(record.subgroup ? { subgroup: record.subgroup } : {}),
    };
    if (record.offered === 'no') {
      const reason = notMappedReasonOf(record.note);
      if (!reason) throw new Error(`${at}: "${record.note}" is not a reason a series is not mapped (${NOT_MAPPED_FORMS})`);
      series.push({ entry: { ...offence, reason } });
      continue;
    }
    const first = years.indexOf(record.first_year);
    const last = years.indexOf(record.last_year);
    if (first < 0 || last < first) throw new Error(`${at}: ${record.first_year} to ${record.last_year} is not a run of the release's years (${years[0]} to ${years.at(-1)})`);
    const entry: OfferedOffence = { ...offence, firstYear: record.first_year, lastYear: record.last_year, ratePer: offenceRatePer(record.kind), ...(record.note ? { note: record.note } : {}) };
    const offered: OfferedSeries = { entry, figures: new Map() };
    series.push(offered);
    byId.set(entry.id, offered);
  }

  const notes = new Map<string, { line: number; note: string }>();
  for (const { line, record } of parseCsvRecords(readFile(NOTES_FILE), NOTES_FILE, NOTE_COLUMNS, noteRowSchema)) {
    const key = `${record.series}|${record.force_code}|${record.year}`;
    if (notes.has(key)) throw new Error(`${NOTES_FILE}, line ${line}: a second note for ${record.series}, ${record.force_code}, ${record.year}`);
    notes.set(key, { line, note: record.note });
  }

  const files = [...new Set([...byId.values()].map(({ entry }) => figuresFileOf(entry)))];
  const rowSchema = z.object({ series: z.string(), force_code: forceCodeSchema, ...Object.fromEntries(years.map((year) => [year, figureCell])) });
  for (const file of files) {
    for (const { line, record } of parseCsvRecords(readFile(file), file, figureColumns(years), rowSchema)) {
      const at = `${file}, line ${line}`;
      const cells = record as unknown as Record<string, string> & { series: string; force_code: string };
      const found = byId.get(cells.series);
      if (!found || figuresFileOf(found.entry) !== file) throw new Error(`${at}: "${cells.series}" is not a series offered in ${OFFENCES_FILE} that belongs in this file`);
      if (!forceCodes.includes(cells.force_code)) throw new Error(`${at}: ${cells.force_code} is not a force of data/forces.csv`);
      if (found.figures.has(cells.force_code)) throw new Error(`${at}: a second row for ${cells.series}, ${cells.force_code}`);
      const { firstYear, lastYear } = found.entry;
      const figures: SeriesFigure[] = [];
      for (const [index, year] of years.entries()) {
        const cell = cells[year]!;
        const inSeries = index >= years.indexOf(firstYear) && index <= years.indexOf(lastYear);
        const note = notes.get(`${cells.series}|${cells.force_code}|${year}`);
        if (!inSeries) {
          if (cell !== '') throw new Error(`${at}: ${year} is not among the years of ${cells.series} (${firstYear} to ${lastYear}) but has the figure ${cell}`);
          continue;
        }
        if (cell === '' && !note) throw new Error(`${at}: ${year} has no figure and ${NOTES_FILE} says nothing of why`);
        if (cell !== '' && note) throw new Error(`${NOTES_FILE}, line ${note.line}: a note on ${cells.series}, ${cells.force_code}, ${year}, which has the figure ${cell}`);
        notes.delete(`${cells.series}|${cells.force_code}|${year}`);
        figures.push(cell === '' ? { value: null, note: note!.note } : { value: Number(cell) });
      }
      found.figures.set(cells.force_code, figures);
    }
  }
  for (const { entry, figures } of byId.values()) {
    const missing = forceCodes.filter((code) => !figures.has(code));
    if (missing.length > 0) throw new Error(`${figuresFileOf(entry)}: no row for ${entry.id} and ${missing.join(', ')}`);
  }
  for (const [key, { line }] of notes) throw new Error(`${NOTES_FILE}, line ${line}: ${key.replaceAll('|', ', ')} is no empty figure of an offered series`);

  const data: HomeOfficeData = { release, series };
  const catalog = offenceCatalogSchema.safeParse(offenceCatalogOf(data));
  if (!catalog.success) throw new Error(`${OFFENCES_FILE}: ${z.prettifyError(catalog.error)}`);
  return data;
}

/** generated/offences/index.json: the release and the catalogue, offered series first. */
export function offenceCatalogOf(data: HomeOfficeData): { release: HomeOfficeRelease; offered: OfferedOffence[]; notOffered: NotOfferedOffence[] } {
  const offered: OfferedOffence[] = [];
  const notOffered: NotOfferedOffence[] = [];
  for (const { entry, figures } of data.series) {
    if (figures) offered.push(entry);
    else notOffered.push(entry);
  }
  return { release: data.release, offered, notOffered };
}

function parseJsonFile<Schema extends z.ZodMiniType>(file: string, text: string, schema: Schema): z.output<Schema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
