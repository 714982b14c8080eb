/**
 * Every series of the Home Office police recorded crime table, derived in
 * one pass over its rows: all offences but fraud, each offence group, each
 * subgroup and each offence code, per force and full financial year, with
 * the catalogue that says which are offered and why the others are not.
 */
import { compareFinancialYears } from '../src/datasets/financial-year';
import path from 'node:path';
import {
  offenceKindOf,
  offenceRatePer,
  parseOffenceId,
  type HomeOfficeRelease,
  type NotMappedReason,
  type NotOfferedOffence,
  type OfferedOffence,
} from '../src/datasets/offence-catalog';
import type { HomeOfficeFacts } from '../src/datasets/shipped-datasets';
import type { OffenceKind, OffenceSeries } from '../src/datasets/dataset';
import type { ForceNameResolver } from '../src/forces/resolve-force-name';
import { sumHomeOfficeTable, yearFigure, type Offence, type QuarterSum } from '../src/ingest/home-office-table';
import { describeRowError, rowsWithErrors } from '../src/ingest/ingest-report';
import type { DelimitedRow } from '../src/ingest/parse-delimited';
import { slugify } from '../src/format/slug';

/** Fraud is recorded nationally (Action Fraud, CIFAS, UK Finance), not by police force area: "all" leaves it out. */
export const NATIONALLY_RECORDED_GROUP = 'fraud-offences';
const ALL_OFFENCES_NAME = 'All police recorded crime, excluding fraud';
export const RECORDED_NATIONALLY = 'recorded nationally, not by police force area';

/**
 * The order of the Home Office's own tables: offence groups, each with its
 * subgroups, by slug. A group or subgroup a later release adds sorts after
 * these, by name.
 */
const HOME_OFFICE_ORDER: readonly (readonly [string, readonly string[]])[] = [
  ['violence-against-the-person', ['homicide', 'death-or-serious-injury-unlawful-driving', 'violence-with-injury', 'violence-without-injury', 'stalking-and-harassment']],
  ['sexual-offences', ['rape-offences', 'other-sexual-offences']],
  ['robbery', ['robbery-of-business-property', 'robbery-of-personal-property']],
  [
    'theft-offences',
    ['domestic-burglary', 'non-domestic-burglary', 'theft-from-a-vehicle', 'theft-of-a-motor-vehicle', 'vehicle-interference', 'theft-from-the-person', 'bicycle-theft', 'shoplifting', 'other-theft-offences'],
  ],
  ['criminal-damage-and-arson', ['arson', 'criminal-damage']],
  ['drug-offences', ['trafficking-of-drugs', 'possession-of-drugs']],
  ['possession-of-weapons-offences', ['possession-of-weapons-offences']],
  ['public-order-offences', ['public-order-offences']],
  ['miscellaneous-crimes-against-society', ['miscellaneous-crimes-against-society']],
  ['fraud-offences', ['fraud-offences-to-2012-13', 'fraud-action-fraud', 'fraud-cifas', 'fraud-financial-fraud-action-uk', 'fraud-uk-finance']],
];

/** A force's figure for a year: null when not published, with the reason. */
export interface SeriesFigure {
  value: number | null;
  note?: string;
}

/** A series of the catalogue: offered, with its figures, or not offered, with the reason in its entry. */
export type CatalogueSeries =
  | {
      entry: OfferedOffence;
      /** Force code → its figures for firstYear to lastYear, in order. */
      figures: Map<string, SeriesFigure[]>;
    }
  | { entry: NotOfferedOffence; figures?: undefined };
export type OfferedSeries = Extract<CatalogueSeries, { entry: OfferedOffence }>;

/** The Home Office series and their release: what data/home-office/ holds. */
export interface HomeOfficeData {
  release: HomeOfficeRelease;
  /** Every series the table holds, in the Home Office's order: all, then each group followed by its subgroups, each followed by its codes. */
  series: CatalogueSeries[];
}

/** What is known of a release beyond its table: who published it, where, when, under which licence. */
export type ReleaseFacts = Pick<HomeOfficeRelease, 'source' | 'url' | 'releaseDate' | 'label' | 'licence'>;

/** The release's facts as data/datasets.json gives them. */
export function releaseFactsOf(facts: HomeOfficeFacts): ReleaseFacts {
  return { source: facts.source, url: facts.sourceUrl, releaseDate: facts.releaseDate, label: facts.release, licence: facts.licence };
}

/** What the table says of a group, subgroup or code, year by year (partial years included). */
interface History {
  names: Map<string, string>;
  /** Subgroups and codes: the group's slug. */
  group: Map<string, string>;
  /** Codes: the subgroup's slug. */
  subgroup: Map<string, string>;
  /** Codes: the code as published. */
  code: string;
}

/**
 * The series of a parsed Home Office table (rows[0] is the header) for the
 * given forces. A series's years run from the first to the last full year
 * in which some force has a figure above zero; one with none is not
 * offered. Any row in error stops the derivation: shipped data must be clean.
 */
export function deriveHomeOfficeSeries(
  rows: readonly DelimitedRow[],
  resolver: ForceNameResolver,
  forceCodes: readonly string[],
  table: { path: string; facts: ReleaseFacts },
): HomeOfficeData {
  const histories = new Map<string, History>();
  const seriesByRowOffence = new Map<string, readonly string[]>();
  const seriesOf = (offence: Offence, year: string): readonly string[] => {
    const key = `${year}\u0000${offence.group}\u0000${offence.subgroup}\u0000${offence.code}\u0000${offence.description}`;
    let series = seriesByRowOffence.get(key);
    if (!series) seriesByRowOffence.set(key, (series = recordOffence(histories, offence, year)));
    return series;
  };
  const { years, partialYears, sums, report } = sumHomeOfficeTable(rows, seriesOf, resolver);
  const inError = rowsWithErrors(report);
  if (inError > 0) {
    const listed = report.errors.slice(0, 20).map((error) => `  ${describeRowError(error)}`);
    throw new Error(`${table.path}: ${inError} row(s) in error:\n${listed.join('\n')}`);
  }

  const series: CatalogueSeries[] = [];
  // Subgroups recorded nationally, by the group they follow in the catalogue.
  const nationalByGroup = new Map<string, string[]>();
  let group = '';
  for (const offence of catalogueOrder(histories)) {
    if (offence.kind === 'group') group = offence.id;
    const seriesSums = sums.get(offence.id);
    const span = yearsWithOffences(seriesSums, years);
    if (!span) {
      const reason = notOfferedReason(seriesSums, partialYears, histories.get(offence.id)!);
      series.push({ entry: { ...offence, reason } });
      if (offence.kind === 'subgroup' && reason.kind === 'recorded-nationally') nationalByGroup.set(group, [...(nationalByGroup.get(group) ?? []), offence.name]);
      continue;
    }
    const notes = notesOn(offence.id, histories);
    series.push({
      entry: { ...offence, firstYear: span[0]!, lastYear: span.at(-1)!, ratePer: offenceRatePer(offence.kind), ...(notes.length > 0 ? { note: notes.join('; ') } : {}) },
      figures: new Map(forceCodes.map((code) => [code, span.map((year) => figureOf(seriesSums!.get(`${code}|${year}`)))])),
    });
  }
  // A group whose nationally recorded subgroups are left out says so.
  for (const { entry } of series) {
    const national = nationalByGroup.get(entry.id);
    if (!national || !('firstYear' in entry)) continue;
    const note = `leaves out what is ${RECORDED_NATIONALLY}: ${national.join('; ')}`;
    entry.note = entry.note ? `${entry.note}; ${note}` : note;
  }

  const release: HomeOfficeRelease = {
    ...table.facts,
    table: { file: path.basename(table.path), rows: report.rowsRead },
    years,
    partialYears,
    leftOut: Object.entries(report.noAreaBodies)
      .map(([body, count]) => ({ body, rows: count }))
      .sort((a, b) => (a.body < b.body ? -1 : 1)),
  };
  return { release, series };
}

/** The series a row's offence counts in, noting what the table says of it that year. */
function recordOffence(histories: Map<string, History>, offence: Offence, year: string): string[] {
  const groupSlug = nonEmptySlug(offence.group, 'offence group', offence);
  const subgroupSlug = nonEmptySlug(offence.subgroup, 'offence subgroup', offence);
  const codeId = parseOffenceId(offence.code);
  if (!codeId) throw new Error(`offence code "${offence.code}" (${offence.description}) is not a code such as 86, 8Q or 37.2`);
  const ids = { group: `group:${groupSlug}`, subgroup: `subgroup:${subgroupSlug}`, code: codeId };
  const history = (id: string): History => {
    let found = histories.get(id);
    if (!found) histories.set(id, (found = { names: new Map(), group: new Map(), subgroup: new Map(), code: offence.code }));
    return found;
  };
  history(ids.group).names.set(year, offence.group);
  const subgroup = history(ids.subgroup);
  subgroup.names.set(year, offence.subgroup);
  subgroup.group.set(year, groupSlug);
  const code = history(ids.code);
  code.names.set(year, offence.description);
  code.group.set(year, groupSlug);
  code.subgroup.set(year, subgroupSlug);
  return [...(groupSlug === NATIONALLY_RECORDED_GROUP ? [] : ['all']), ids.group, ids.subgroup, ids.code];
}

function nonEmptySlug(name: string, what: string, offence: Offence): string {
  const slug = slugify(name);
  if (!slug) throw new Error(`offence code "${offence.code}" (${offence.description}) has no ${what}`);
  return slug;
}

const latest = (byYear: Map<string, string>): string => byYear.get([...byYear.keys()].sort(compareFinancialYears).at(-1)!)!;
const plain = (text: string): string => text.replace(/\s+/g, ' ').trim();
const OUTCOMES_ONLY = /outcomes? only/i;

/** A code's name: its latest description that counts offences, not only outcomes; else its latest. */
function codeName(history: History): string {
  const years = [...history.names.keys()].sort(compareFinancialYears).reverse();
  const counting = years.find((year) => !OUTCOMES_ONLY.test(history.names.get(year)!));
  return plain(history.names.get(counting ?? years[0]!)!);
}

/** Every series the table holds, in the Home Office's order. */
function catalogueOrder(histories: Map<string, History>): OffenceSeries[] {
  const ofKind = (kind: OffenceKind) => [...histories].filter(([id]) => offenceKindOf(id) === kind);
  const groupName = (slug: string) => plain(latest(histories.get(`group:${slug}`)!.names));
  const groups = ofKind('group').map(([id, history]) => ({ id, slug: id.slice('group:'.length), name: plain(latest(history.names)) }));
  const subgroups = ofKind('subgroup').map(([id, history]) => ({ id, slug: id.slice('subgroup:'.length), group: latest(history.group), name: plain(latest(history.names)) }));
  const codes = ofKind('code').map(([id, history]) => ({ id, code: history.code, subgroup: latest(history.subgroup), group: latest(history.group), name: codeName(history) }));
  const groupOrder = HOME_OFFICE_ORDER.map(([group]) => group);

  const ordered: OffenceSeries[] = [{ id: 'all', kind: 'all', name: ALL_OFFENCES_NAME }];
  for (const group of groups.sort((a, b) => byListThenName(groupOrder, a, b))) {
    ordered.push({ id: group.id, kind: 'group', name: group.name });
    const subgroupOrder = HOME_OFFICE_ORDER.find(([slug]) => slug === group.slug)?.[1] ?? [];
    for (const subgroup of subgroups.filter((candidate) => candidate.group === group.slug).sort((a, b) => byListThenName(subgroupOrder, a, b))) {
      ordered.push({ id: subgroup.id, kind: 'subgroup', name: subgroup.name, group: group.name });
      for (const code of codes.filter((candidate) => candidate.subgroup === subgroup.slug).sort((a, b) => compareOffenceCodes(a.id, b.id))) {
        ordered.push({ id: code.id, kind: 'code', name: code.name, code: code.code, group: groupName(code.group), subgroup: subgroup.name });
      }
    }
  }
  return ordered;
}

function byListThenName(order: readonly string[], a: { slug: string; name: string }, b: { slug: string; name: string }): number {
  const rank = (slug: string) => (order.includes(slug) ? order.indexOf(slug) : order.length);
  return rank(a.slug) - rank(b.slug) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Offence codes in their number's order: 4.1, 4.2, 4.10, 5D, 8L, 37.2, 104; codes without a number last. */
export function compareOffenceCodes(a: string, b: string): number {
  const parts = (code: string) => {
    const match = /^(\d+)(?:\.(\d+))?(.*)$/.exec(code);
    return match ? [Number(match[1]), Number(match[2] ?? 0), match[3]!] as const : [Infinity, 0, code] as const;
  };
  const [numberA, decimalA, restA] = parts(a);
  const [numberB, decimalB, restB] = parts(b);
  return numberA - numberB || decimalA - decimalB || (restA < restB ? -1 : restA > restB ? 1 : 0) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The full years from the first to the last in which some force has a figure above zero; undefined when there is none. */
function yearsWithOffences(seriesSums: Map<string, QuarterSum> | undefined, years: readonly string[]): string[] | undefined {
  const counted = new Set<string>();
  for (const sum of seriesSums?.values() ?? []) {
    if ((yearFigure(sum).value ?? 0) > 0) counted.add(sum.year);
  }
  const inSeries = years.filter((year) => counted.has(year));
  if (inSeries.length === 0) return undefined;
  return years.slice(years.indexOf(inSeries[0]!), years.indexOf(inSeries.at(-1)!) + 1);
}

function figureOf(sum: QuarterSum | undefined): SeriesFigure {
  return sum ? yearFigure(sum) : { value: null, note: 'the table has no rows for this force and year' };
}

/** Why a series is not mapped, as data: the page writes it in its language (src/i18n, `series.notMapped`). */
function notOfferedReason(seriesSums: Map<string, QuarterSum> | undefined, partialYears: HomeOfficeRelease['partialYears'], history: History): NotMappedReason {
  // No force has a row of it: all its rows are of bodies with no area, which record nationally.
  if (!seriesSums) return { kind: 'recorded-nationally' };
  const partial = partialYears.find(({ year }) => [...seriesSums.values()].some((sum) => sum.year === year && sum.value > 0));
  if (partial) return { kind: 'part-year', year: partial.year, quarters: partial.quarters };
  // Yearly totals: a force's quarters can be corrected up and down within a year (Cheshire's 2012/13 of code 65 are +1 and −1).
  if (OUTCOMES_ONLY.test(latest(history.names))) return { kind: 'outcomes-only' };
  return { kind: 'all-zero' };
}

/** What a reader should know about an offered code: it moved subgroup, or the Home Office now counts only outcomes under it. */
function notesOn(id: string, histories: Map<string, History>): string[] {
  const history = histories.get(id);
  if (!history || offenceKindOf(id) !== 'code') return [];
  const notes: string[] = [];
  const years = [...history.subgroup.keys()].sort(compareFinancialYears);
  const current = history.subgroup.get(years.at(-1)!)!;
  years.forEach((year, i) => {
    const subgroup = history.subgroup.get(year)!;
    if (subgroup !== current && history.subgroup.get(years[i + 1]!) !== subgroup) {
      notes.push(`counted under ${plain(latest(histories.get(`subgroup:${subgroup}`)!.names))} until ${year}`);
    }
  });
  const described = [...history.names.keys()].sort(compareFinancialYears);
  let since = described.length;
  while (since > 0 && OUTCOMES_ONLY.test(history.names.get(described[since - 1]!)!)) since--;
  if (since < described.length) notes.push(`the Home Office has described it as outcomes only since ${described[since]}`);
  return notes;
}
