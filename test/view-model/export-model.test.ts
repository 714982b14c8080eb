import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/datasets/dataset';
import { parseDelimited } from '../../src/ingest/parse-delimited';
import { boundsOf } from '../../src/geography/boundaries';
import { exportModelFor, homeOffice, nspcc, pageData } from '../export/picture-fixture';
import { readGeneratedJson, readProjectFile } from '../helpers';

const DORSET = 'E23000039';
const CITY_OF_LONDON = 'E23000034';
const NORTHUMBRIA = 'E23000007';

/** The raw committed tables, read here without the app's code: the oracle the rows are checked against. */
function rawTable(file: string): string[][] {
  return readProjectFile(file)
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
}
const code86 = rawTable('data/home-office/figures/miscellaneous-crimes-against-society.csv');
const YEARS = code86[0]!.slice(2);
function rawCount(code: string, year: string): number {
  const row = code86.find((fields) => fields[0] === '86' && fields[1] === code)!;
  return Number(row[2 + YEARS.indexOf(year)]);
}
function rawPopulation(code: string, midYear: number): number {
  return Number(rawTable('data/population.csv').find((fields) => fields[0] === code && fields[1] === String(midYear))![2]);
}

describe('figureRows: every year of every force in view', () => {
  const national = exportModelFor({});
  const rows = national.figureRows();
  const row = (code: string, year: string) => rows.find((candidate) => candidate.code === code && candidate.year === year)!;

  it('names the dataset and the offence on every row, as the committed catalogue (data/home-office/offences.csv) has them', () => {
    // The catalogue's line for 86: id,kind,name,code,group,…
    const catalogue = rawTable('data/home-office/offences.csv').find((fields) => fields[0] === '86')!;
    expect(catalogue.slice(0, 5)).toEqual(['86', 'code', 'Obscene publications etc', '86', 'Miscellaneous crimes against society']);
    for (const each of rows) {
      expect(each).toMatchObject({ dataset: homeOffice.meta.title, offenceCode: catalogue[3], offenceName: catalogue[2], offenceGroup: catalogue[4] });
    }
    const group = exportModelFor(
      { offence: 'group:sexual-offences' },
      datasetSchema.parse(readGeneratedJson('offences/group-sexual-offences.json')),
    ).figureRows();
    expect(group[0]).toMatchObject({ offenceCode: 'group:sexual-offences', offenceName: 'Sexual offences', offenceGroup: 'Sexual offences' });
    const sparse = exportModelFor({}, nspcc).figureRows();
    expect(sparse.every((each) => each.dataset === nspcc.meta.title && each.offenceCode === '' && each.offenceName === '')).toBe(true);
  });

  it('has a row for each force and year: 43 forces × 11 years', () => {
    expect(YEARS).toHaveLength(11);
    expect(rows).toHaveLength(43 * 11);
    expect(new Set(rows.map(({ code, year }) => `${code} ${year}`)).size).toBe(43 * 11);
  });

  it('holds only the region’s forces when a region is in view: 5 × 11 for the South West', () => {
    const southWest = exportModelFor({ region: 'South West', force: DORSET }).figureRows();
    expect(southWest).toHaveLength(5 * 11);
    expect(new Set(southWest.map(({ region }) => region))).toEqual(new Set(['South West']));
  });

  it('gives Dorset’s 2016/17 figures as the raw tables have them: 188 offences, 767,297 people, 24.5 per 100,000', () => {
    const dorset = row(DORSET, '2016/17');
    expect(rawCount(DORSET, '2016/17')).toBe(188);
    expect(rawPopulation(DORSET, 2016)).toBe(767_297);
    expect(dorset).toMatchObject({
      code: DORSET,
      name: 'Dorset',
      region: 'South West',
      count: 188,
      countUnit: 'offences',
      population: 767_297,
      populationMidYear: 2016,
      rateUnit: 'per 100,000 people',
    });
    expect(dorset.rate).toBeCloseTo((188 / 767_297) * 100_000, 9);
    expect(dorset.rate!.toFixed(1)).toBe('24.5');
  });

  it('gives the changes from the previous year and from the base year in per cent, from the raw counts', () => {
    const dorset = row(DORSET, '2016/17');
    const before = rawCount(DORSET, '2015/16');
    const base = rawCount(DORSET, '2012/13');
    expect([before, base]).toEqual([81, 24]);
    expect(dorset.changeFromPrevious).toBeCloseTo(((188 - 81) / 81) * 100, 9);
    expect(dorset.changeFromBase).toBeCloseTo(((188 - 24) / 24) * 100, 9);
    expect(dorset).toMatchObject({ baseYear: '2012/13', changeUnit: 'per cent', note: '' });
  });

  it('names source, release and licence on every row', () => {
    for (const each of rows) {
      expect(each.source).toBe('Home Office, police recorded crime and outcomes open data tables (police force area)');
      expect(each.licence).toBe('Open Government Licence v3.0');
      expect(each.release).toBe('Home Office open data tables, 19 October 2023');
      expect(each.sourceUrl).toMatch(/^https:\/\/www\.gov\.uk\//);
    }
  });

  it('says why a figure is missing: the first year has no previous year; no population estimate; a change from 0', () => {
    expect(row(DORSET, '2012/13')).toMatchObject({
      changeFromPrevious: null,
      note: 'change from the previous year not available: the figures start in 2012/13',
    });
    const city = row(CITY_OF_LONDON, '2022/23');
    expect(city.count).toBe(rawCount(CITY_OF_LONDON, '2022/23'));
    expect(city).toMatchObject({ population: undefined, populationMidYear: undefined, rate: null });
    expect(city.note).toContain('rate not available: no population estimate for mid-2022');
    expect(rawCount(CITY_OF_LONDON, '2019/20')).toBe(0);
    expect(row(CITY_OF_LONDON, '2020/21')).toMatchObject({
      changeFromPrevious: null,
      note: 'change from the previous year not available: 2019/20 was 0 (no per cent change from nothing); small number: the rate is unstable; change since 2012/13 within year-to-year variation',
    });
  });

  it('gives the 95% intervals and the comparisons: Dorset 2022/23 is 38.9 to 48.3 per 100,000, lower than England and Wales', () => {
    // python3 scipy: chi2.ppf(0.025, 682) / 2 / 785200 * 1e5 and chi2.ppf(0.975, 684) / 2 / 785200 * 1e5.
    // England and Wales 2022/23: 40,464 offences among 60,227,200 people (the forces with an estimate; summed from the raw tables in python) = 67.2.
    const latest = row(DORSET, '2022/23');
    expect(latest.population).toBe(785_200);
    expect(latest.rateInterval!.lower).toBeCloseTo(38.940805101964294, 8);
    expect(latest.rateInterval!.upper).toBeCloseTo(48.29135872708475, 8);
    expect(latest.comparedWithEnglandAndWales).toBe('lower than England and Wales');
    // 2015/16 (81) to 2016/17 (188): scipy beta.ppf(0.025, 188, 82) and beta.ppf(0.975, 189, 81), p / (1 − p) − 1 in per cent.
    const rise = row(DORSET, '2016/17');
    expect(rise.changeFromPreviousInterval!.lower).toBeCloseTo(77.95133163362674, 6);
    expect(rise.changeFromPreviousInterval!.upper).toBeCloseTo(205.02290009606762, 6);
    // 2021/22 (364) to 2022/23 (341): −6%, 95% interval −19% to +9%, within year-to-year variation.
    expect(latest.changeFromPreviousInterval!.lower).toBeCloseTo(-19.42132320341441, 6);
    expect(latest.changeFromPreviousInterval!.upper).toBeCloseTo(8.893935024776646, 6);
    expect(latest.note).toContain('change from the previous year within year-to-year variation');
    expect(rise.note).not.toContain('change from the previous year within');
  });

  it('marks a count that was not published as null, never 0, with the publisher’s reason', () => {
    const notes = rawTable('data/home-office/notes.csv').slice(1);
    const [series, code, year, reason] = notes[0]!;
    expect(series).toBe('53B');
    const model = exportModelFor({ offence: '53b' }, datasetSchema.parse(readGeneratedJson('offences/code-53b.json')));
    const missing = model.figureRows().find((candidate) => candidate.code === code && candidate.year === year)!;
    expect(missing).toMatchObject({
      count: null,
      rate: null,
      changeFromPrevious: null,
      changeFromBase: null,
      note: `count not published: ${reason}; so no rate or change`,
    });
  });

  it('marks the NSPCC’s unpublished years as not published, with no release', () => {
    const published = parseDelimited(readProjectFile('data/nspcc-foi-figures.csv')).map((record) => record.fields);
    const dorsetYears = published.filter((fields) => fields[0] === DORSET).map((fields) => fields[2]);
    const nspccRows = exportModelFor({}, nspcc).figureRows();
    expect(nspccRows).toHaveLength(43 * nspcc.years.length);
    for (const each of nspccRows.filter((candidate) => candidate.code === DORSET)) {
      if (dorsetYears.includes(each.year)) {
        expect(each.count, each.year).toBe(Number(published.find((fields) => fields[0] === DORSET && fields[2] === each.year)![3]));
      } else {
        expect(each, each.year).toMatchObject({ count: null, release: '', note: 'count not published; so no rate or change' });
      }
    }
    expect(dorsetYears).toHaveLength(5);
  });

  it('gives the population of an NSPCC force-year without a count, as the Home Office rows do (231 of the 232 such rows)', () => {
    const nspccRows = exportModelFor({}, nspcc).figureRows();
    const unpublished = nspccRows.filter((each) => each.count === null);
    expect(unpublished).toHaveLength(43 * 7 - 69);
    expect(unpublished.filter((each) => each.population !== undefined)).toHaveLength(231);
    // Dorset 2021/22: no NSPCC figure; data/population.csv gives mid-2021 781,401.
    expect(nspccRows.find((each) => each.code === DORSET && each.year === '2021/22')).toMatchObject({
      count: null,
      population: 781_401,
      populationMidYear: 2021,
      rate: null,
    });
    expect(rawPopulation(DORSET, 2021)).toBe(781_401);
  });
});

describe('the picture of a year', () => {
  it('fits England and Wales when no region is in view, and names no force', () => {
    const picture = exportModelFor({}).picture(0);
    expect(picture.bounds).toEqual([
      [-6.4, 49.85],
      [1.8, 55.85],
    ]);
    expect(picture.selected).toBeUndefined();
  });

  it('fits the region in focus and names the selected force', () => {
    const model = exportModelFor({ region: 'South West', force: DORSET });
    const picture = model.picture(model.yearIndex);
    const dorset = boundsOf(pageData.boundaries.features.features.find((force) => force.properties.code === DORSET)!.geometry);
    const northumbria = boundsOf(pageData.boundaries.features.features.find((force) => force.properties.code === NORTHUMBRIA)!.geometry);
    const [[west, south], [east, north]] = picture.bounds;
    expect(west <= dorset[0][0] && south <= dorset[0][1] && east >= dorset[1][0] && north >= dorset[1][1]).toBe(true);
    expect(north).toBeLessThan(northumbria[0][1]);
    expect(picture.selected).toEqual({ code: DORSET, name: 'Dorset' });
  });

  it('says the years a grid of every year covers', () => {
    expect(exportModelFor({ region: 'South West' }).allYearsSubtitle).toBe('Offences per 100,000 people, 2012/13 to 2022/23, South West');
    expect(exportModelFor({}, nspcc).allYearsSubtitle).toBe('Offences per 100,000 people, 2016/17 to 2022/23, England and Wales');
  });
});

describe('file names', () => {
  const model = exportModelFor({ region: 'South West', force: DORSET, year: '2020/21' });

  it('names the figures CSV by every measure and its base, without the force (it holds them all)', () => {
    expect(model.fileName({ extension: 'csv', year: undefined, variant: 'all-figures' })).toBe(
      'pfa-atlas_ho-code-86_all-measures-base-2012-13_all-years_south-west.csv',
    );
  });

  it('names a preset picture by its kind', () => {
    expect(model.fileName({ extension: 'png', year: '2020/21', variant: 'portrait' })).toBe('pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset_portrait.png');
    expect(homeOffice.meta.id).toBe('ho-code-86');
  });
});
