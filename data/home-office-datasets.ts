/** The app's dataset for each offered Home Office series: its meta, title and definition, and its figures. */
import { datasetSchema, type Dataset } from '../src/datasets/dataset';
import type { HomeOfficeRelease, OfferedOffence } from '../src/datasets/offence-catalog';
import { homeOfficeSeriesMeta, type HomeOfficeFacts } from '../src/datasets/shipped-datasets';
import type { OffenceSeries, SeriesBreak } from '../src/datasets/dataset';
import { NATIONALLY_RECORDED_GROUP, RECORDED_NATIONALLY, type CatalogueSeries, type OfferedSeries } from './home-office-series';

const QUARTERS_SUMMED = 'Quarters summed to financial years (April to March).';

/** A title and a plain sentence on what is counted, unless data/datasets.json has them written by hand. */
export function seriesText(entry: OfferedOffence): { title: string; definition: string } {
  switch (entry.kind) {
    case 'all':
      return {
        title: entry.name,
        definition: `All offences recorded by each police force, in every offence group but fraud, which is ${RECORDED_NATIONALLY}. ${QUARTERS_SUMMED}`,
      };
    case 'group':
      return {
        title: `${entry.name} recorded by police`,
        definition: `Offences recorded by each police force in the Home Office offence group "${entry.name}", every offence code in it. ${QUARTERS_SUMMED}`,
      };
    case 'subgroup':
      return {
        title: `${entry.name} recorded by police`,
        definition:
          `Offences recorded by each police force in the Home Office offence subgroup "${entry.name}" (group "${entry.group}"), ` +
          `each offence counted under the subgroup the Home Office put it in that year. ${QUARTERS_SUMMED}`,
      };
    case 'code':
      return {
        title: `${entry.name} (Home Office offence code ${entry.code}) recorded by police`,
        definition: `Offences recorded by each police force under Home Office offence code ${entry.code}, "${entry.name}" (subgroup "${entry.subgroup}", group "${entry.group}"). ${QUARTERS_SUMMED}`,
      };
  }
}

type SeriesBreaks = ReadonlyMap<string, NonNullable<OffenceSeries['breaks']>>;

/** How data/home-office-series.ts notes a code that moved subgroup: "counted under Violence without injury until 2012/13". */
const MOVED = /counted under (.+?) until (\d{4}\/\d{2})/g;

/**
 * The breaks in each series, in two kinds:
 * - where the Home Office table shows a code moving subgroup, the make-up
 *   of the subgroup it left and of the one it joined changes after that
 *   year, and so do their groups' when the two subgroups are in different
 *   groups. The code's own count does not change;
 * - where a code's figures start after, or stop before, those of a series
 *   that counts it (its subgroup, its group, all crime), that series counts
 *   other offences on either side (makeUpBreaks).
 */
export function seriesBreaks(series: readonly CatalogueSeries[], years: readonly string[]): SeriesBreaks {
  const breaks = new Map<string, NonNullable<OffenceSeries['breaks']>>();
  const subgroups = series.filter(({ entry }) => entry.kind === 'subgroup').map(({ entry }) => entry);
  const add = (id: string | undefined, found: SeriesBreak) => {
    if (id !== undefined) breaks.set(id, [...(breaks.get(id) ?? []), found]);
  };
  for (const { entry } of series) {
    const note = 'note' in entry ? entry.note : undefined;
    if (entry.kind !== 'code' || !note) continue;
    for (const [, from, after] of note.matchAll(MOVED)) {
      const left = subgroups.find((subgroup) => subgroup.name === from);
      const joined = subgroups.find((subgroup) => subgroup.name === entry.subgroup && subgroup.group === entry.group);
      const offence = { code: entry.code!, name: entry.name };
      add(left?.id, { kind: 'moved-out', after: after!, code: offence, to: entry.subgroup! });
      add(joined?.id, { kind: 'moved-in', after: after!, code: offence, from: from! });
      if (left && left.group !== entry.group) {
        add(series.find((each) => each.entry.kind === 'group' && each.entry.name === left.group)?.entry.id, { kind: 'moved-out', after: after!, code: offence, to: entry.group! });
        add(series.find((each) => each.entry.kind === 'group' && each.entry.name === entry.group)?.entry.id, { kind: 'moved-in', after: after!, code: offence, from: left.group! });
      }
    }
  }
  for (const [id, found] of makeUpBreaks(series, years)) breaks.set(id, [...(breaks.get(id) ?? []), ...found]);
  return breaks;
}

/**
 * A code whose figures are at least this share of a series' national total
 * in the year they start or stop changes what the series counts; below it
 * (Infanticide's 5 offences in Homicide's 695) the start or stop is a count
 * too small to move the series, and most likely a year with none recorded.
 */
const MATERIAL_SHARE = 0.01;

/** Each series' total over the forces, year by year. */
function nationalTotals({ entry, figures }: OfferedSeries, years: readonly string[]): Map<string, number> {
  const start = years.indexOf(entry.firstYear);
  const totals = new Map<string, number>();
  for (const yearly of figures.values()) {
    yearly.forEach(({ value }, i) => {
      if (value !== null) totals.set(years[start + i]!, (totals.get(years[start + i]!) ?? 0) + value);
    });
  }
  return totals;
}


/**
 * Where codes start or stop within a series that counts them: the Home
 * Office's burglary codes 28A to 29 stop after 2016/17 and 28E to 29A
 * start in 2017/18, so domestic burglary counts other offences from
 * 2017/18. One break per series and year, naming every code.
 */
function makeUpBreaks(series: readonly CatalogueSeries[], years: readonly string[]): SeriesBreaks {
  const offered = series.filter((each): each is OfferedSeries => each.figures !== undefined);
  const totals = new Map(offered.map((each) => [each.entry.id, nationalTotals(each, years)]));
  const byName = (kind: string, name: string | undefined, group?: string) =>
    offered.find(({ entry }) => entry.kind === kind && entry.name === name && (group === undefined || entry.group === group));
  // One entry per series and year, keyed by both.
  const changes = new Map<string, { id: string; after: string; stopped: { code: string; name: string }[]; started: { code: string; name: string }[] }>();
  const note = (container: OfferedSeries, after: string, change: 'stopped' | 'started', code: { code: string; name: string }) => {
    const key = `${container.entry.id} ${after}`;
    const found = changes.get(key) ?? { id: container.entry.id, after, stopped: [], started: [] };
    changes.set(key, found);
    found[change].push(code);
  };
  const material = (code: OfferedSeries, container: OfferedSeries, year: string) =>
    (totals.get(code.entry.id)!.get(year) ?? 0) >= MATERIAL_SHARE * (totals.get(container.entry.id)!.get(year) ?? Infinity);
  for (const code of offered) {
    const { entry } = code;
    if (entry.kind !== 'code') continue;
    const group = byName('group', entry.group);
    const containers = [
      byName('subgroup', entry.subgroup, entry.group),
      group,
      group && !group.entry.id.endsWith(`:${NATIONALLY_RECORDED_GROUP}`) ? offered.find(({ entry }) => entry.kind === 'all') : undefined,
    ].filter((container): container is OfferedSeries => container !== undefined);
    const label = { code: entry.code!, name: entry.name };
    const first = years.indexOf(entry.firstYear);
    const last = years.indexOf(entry.lastYear);
    for (const container of containers) {
      if (first > years.indexOf(container.entry.firstYear) && material(code, container, entry.firstYear)) note(container, years[first - 1]!, 'started', label);
      if (last < years.indexOf(container.entry.lastYear) && material(code, container, entry.lastYear)) note(container, entry.lastYear, 'stopped', label);
    }
  }
  const breaks = new Map<string, NonNullable<OffenceSeries['breaks']>>();
  for (const { id, after, stopped, started } of changes.values()) {
    const next = years[years.indexOf(after) + 1]!;
    breaks.set(id, [...(breaks.get(id) ?? []), { kind: 'codes', after, next, stopped, started }]);
  }
  return breaks;
}

export function homeOfficeDataset(facts: HomeOfficeFacts, release: HomeOfficeRelease, { entry, figures }: OfferedSeries, breaks: SeriesBreaks = new Map()): Dataset {
  const first = release.years.indexOf(entry.firstYear);
  const years = release.years.slice(first, release.years.indexOf(entry.lastYear) + 1);
  const { id, kind, name, code, group, subgroup } = entry;
  return datasetSchema.parse({
    meta: {
      ...homeOfficeSeriesMeta(facts, id, seriesText(entry)),
      offence: { id, kind, name, ...(code ? { code } : {}), ...(group ? { group } : {}), ...(subgroup ? { subgroup } : {}), ...(breaks.has(id) ? { breaks: breaks.get(id) } : {}) },
    },
    years,
    partialYears: release.partialYears,
    sources: [{ release: facts.release, url: facts.sourceUrl }],
    observations: [...figures].flatMap(([force, values]) =>
      values.map((figure, i) => ({ code: force, year: years[i], value: figure.value, source: 0, ...(figure.note !== undefined ? { note: figure.note } : {}) })),
    ),
  });
}
