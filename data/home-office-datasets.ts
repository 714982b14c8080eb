/** The app's dataset for each offered Home Office series: its meta, title and definition, and its figures. */
import { datasetSchema, type Dataset } from '../src/datasets/dataset';
import type { HomeOfficeRelease, OfferedOffence } from '../src/datasets/offence-catalog';
import { homeOfficeSeriesMeta, type HomeOfficeFacts } from '../src/datasets/shipped-datasets';
import type { OffenceSeries } from '../src/datasets/dataset';
import { RECORDED_NATIONALLY, type CatalogueSeries, type OfferedSeries } from './home-office-series';

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
 * The breaks in each series: where the Home Office table shows a code
 * moving subgroup, the make-up of the subgroup it left and of the one it
 * joined changes after that year, and so do their groups' when the two
 * subgroups are in different groups. The code's own count does not change.
 */
export function seriesBreaks(series: readonly CatalogueSeries[]): SeriesBreaks {
  const breaks = new Map<string, NonNullable<OffenceSeries['breaks']>>();
  const subgroups = series.filter(({ entry }) => entry.kind === 'subgroup').map(({ entry }) => entry);
  const add = (id: string | undefined, after: string, what: string) => {
    if (id !== undefined) breaks.set(id, [...(breaks.get(id) ?? []), { after, what }]);
  };
  for (const { entry } of series) {
    const note = 'note' in entry ? entry.note : undefined;
    if (entry.kind !== 'code' || !note) continue;
    for (const [, from, after] of note.matchAll(MOVED)) {
      const left = subgroups.find((subgroup) => subgroup.name === from);
      const joined = subgroups.find((subgroup) => subgroup.name === entry.subgroup && subgroup.group === entry.group);
      const offence = `code ${entry.code} (${entry.name})`;
      add(left?.id, after!, `${offence} was counted here until ${after}, then under ${entry.subgroup}`);
      add(joined?.id, after!, `${offence} was counted under ${from} until ${after}, then here`);
      if (left && left.group !== entry.group) {
        add(series.find((each) => each.entry.kind === 'group' && each.entry.name === left.group)?.entry.id, after!, `${offence} was counted here until ${after}, then under ${entry.group}`);
        add(series.find((each) => each.entry.kind === 'group' && each.entry.name === entry.group)?.entry.id, after!, `${offence} was counted under ${left.group} until ${after}, then here`);
      }
    }
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
