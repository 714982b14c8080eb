import { describe, expect, it } from 'vitest';
import { homeOfficeDataset, seriesText } from '../../data/home-office-datasets';
import type { HomeOfficeRelease, OfferedOffence } from '../../src/datasets/offence-catalog';
import { shippedDatasetsSchema } from '../../src/datasets/shipped-datasets';
import { readProjectFile } from '../helpers';

const facts = shippedDatasetsSchema.parse(JSON.parse(readProjectFile('data/datasets.json')))['home-office'];
const years = { firstYear: '2016/17', lastYear: '2017/18' };
const release = (years: string[], partialYears: HomeOfficeRelease['partialYears'] = []): HomeOfficeRelease => ({
  source: facts.source,
  url: facts.sourceUrl,
  releaseDate: facts.releaseDate,
  label: facts.release,
  licence: facts.licence,
  table: { file: 'table.csv', rows: 1 },
  years,
  partialYears,
  leftOut: [],
});
const ROBBERY: OfferedOffence = { id: 'group:robbery', kind: 'group', name: 'Robbery', ...years, ratePer: 1000 };
const RAPE: OfferedOffence = { id: 'subgroup:rape-offences', kind: 'subgroup', name: 'Rape offences', group: 'Sexual offences', ...years, ratePer: 100_000 };
const STALKING: OfferedOffence = {
  id: '8Q',
  kind: 'code',
  name: 'Stalking',
  code: '8Q',
  group: 'Violence against the person',
  subgroup: 'Stalking and harassment',
  ...years,
  ratePer: 100_000,
};

describe('seriesText', () => {
  it('titles every kind of series', () => {
    expect(seriesText({ id: 'all', kind: 'all', name: 'All police recorded crime, excluding fraud', ...years, ratePer: 1000 }).title).toBe(
      'All police recorded crime, excluding fraud',
    );
    expect(seriesText(ROBBERY).title).toBe('Robbery recorded by police');
    expect(seriesText(RAPE).title).toBe('Rape offences recorded by police');
    expect(seriesText(STALKING).title).toBe('Stalking (Home Office offence code 8Q) recorded by police');
  });

  it('defines what is counted in a plain sentence, with the quarters summed to financial years', () => {
    expect(seriesText(STALKING).definition).toBe(
      'Offences recorded by each police force under Home Office offence code 8Q, "Stalking" (subgroup "Stalking and harassment", group "Violence against the person"). Quarters summed to financial years (April to March).',
    );
    expect(seriesText(RAPE).definition).toMatch(
      /^Offences recorded by each police force in the Home Office offence subgroup "Rape offences" \(group "Sexual offences"\), each offence counted under the subgroup the Home Office put it in that year\./,
    );
  });
});

describe('homeOfficeDataset', () => {
  const figures = new Map([['E23000039', [{ value: 5 }, { value: null, note: 'the quarters sum to -2' }]]]);

  it('makes a dataset of the series: its years, the release as source, rate base and offence in the meta', () => {
    const dataset = homeOfficeDataset(facts, release(['2015/16', '2016/17', '2017/18'], [{ year: '2023/24', quarters: 1 }]), { entry: STALKING, figures });
    expect(dataset.meta).toMatchObject({
      id: 'ho-code-8q',
      title: 'Stalking (Home Office offence code 8Q) recorded by police',
      ratePer: 100_000,
      releaseDate: '2023-10-19',
    });
    expect(dataset.meta.offence).toEqual({
      id: '8Q',
      kind: 'code',
      name: 'Stalking',
      code: '8Q',
      group: 'Violence against the person',
      subgroup: 'Stalking and harassment',
    });
    expect(dataset.years).toEqual(['2016/17', '2017/18']);
    expect(dataset.partialYears).toEqual([{ year: '2023/24', quarters: 1 }]);
    expect(dataset.sources).toEqual([
      { release: 'Home Office open data tables, 19 October 2023', url: 'https://www.gov.uk/government/statistics/police-recorded-crime-open-data-tables' },
    ]);
    expect(dataset.observations).toEqual([
      { code: 'E23000039', year: '2016/17', value: 5, source: 0 },
      { code: 'E23000039', year: '2017/18', value: null, source: 0, note: 'the quarters sum to -2' },
    ]);
  });

  it('keeps the hand-written title and definition of code 86 from data/datasets.json', () => {
    const code86: OfferedOffence = { ...STALKING, id: '86', code: '86', name: 'Obscene publications etc' };
    const dataset = homeOfficeDataset(facts, release(['2016/17', '2017/18']), { entry: code86, figures });
    expect(dataset.meta.id).toBe('ho-code-86');
    expect(dataset.meta.title).toBe('Obscene publications offences (Home Office code 86) recorded by police');
    expect(dataset.meta.definition).toMatch(/indecent images of children/);
  });
});
