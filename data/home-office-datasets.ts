/** The app's dataset for each offered Home Office series: its meta, title and definition, and its figures. */
import { datasetSchema, type Dataset } from '../src/datasets/dataset';
import type { HomeOfficeRelease, OfferedOffence } from '../src/datasets/offence-catalog';
import { homeOfficeSeriesMeta, type HomeOfficeFacts } from '../src/datasets/shipped-datasets';
import { RECORDED_NATIONALLY, type OfferedSeries } from './home-office-series';

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

export function homeOfficeDataset(facts: HomeOfficeFacts, release: HomeOfficeRelease, { entry, figures }: OfferedSeries): Dataset {
  const first = release.years.indexOf(entry.firstYear);
  const years = release.years.slice(first, release.years.indexOf(entry.lastYear) + 1);
  const { id, kind, name, code, group, subgroup } = entry;
  return datasetSchema.parse({
    meta: {
      ...homeOfficeSeriesMeta(facts, id, seriesText(entry)),
      offence: { id, kind, name, ...(code ? { code } : {}), ...(group ? { group } : {}), ...(subgroup ? { subgroup } : {}) },
    },
    years,
    partialYears: release.partialYears,
    sources: [{ release: facts.release, url: facts.sourceUrl }],
    observations: [...figures].flatMap(([force, values]) =>
      values.map((figure, i) => ({ code: force, year: years[i], value: figure.value, source: 0, ...(figure.note !== undefined ? { note: figure.note } : {}) })),
    ),
  });
}
