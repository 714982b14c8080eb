import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/datasets/dataset';
import { populationSchema } from '../../src/datasets/population';
import { areaSeries } from '../../src/model/area-summary';
import { forceProfile } from '../../src/model/force-profile';
import { joinDataset } from '../../src/model/join';
import { ordinal, rankAmong } from '../../src/model/rank';
import { forceTable, readGeneratedJson } from '../helpers';

const population = populationSchema.parse(readGeneratedJson('population.json'));
const nspcc = datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json'));
const joined = joinDataset(new Set(forceTable.forces.map((force) => force.code)), forceTable, nspcc, population);
const southWest = forceTable.forces.filter((force) => force.region === 'South West');
const dorset = forceTable.byCode.get('E23000039')!;
const year = (y: string) => joined.years.indexOf(y);

describe('areaSeries', () => {
  it('adds up only the published figures and says how many forces they come from', () => {
    const sw = areaSeries(joined, southWest)[year('2020/21')]!;
    // 2020/21: Dorset 212 and Devon and Cornwall 931 were published; the other three were not.
    expect(sw).toMatchObject({ total: 212 + 931, forcesWithFigures: 2, forceCount: 5 });
    expect(sw.rate).toBeCloseTo(((212 + 931) / (776780 + 1785298)) * 100_000, 6);
  });

  it('makes a rate of the forces with a population estimate only: a force without one adds to the total, not to the rate', () => {
    const withoutDorset2020 = populationSchema.parse({
      ...population,
      byCode: { ...population.byCode, E23000039: Object.fromEntries(Object.entries(population.byCode['E23000039']!).filter(([year]) => year !== '2020')) },
    });
    const partial = joinDataset(new Set(forceTable.forces.map((force) => force.code)), forceTable, nspcc, withoutDorset2020);
    const sw = areaSeries(partial, southWest)[year('2020/21')]!;
    expect(sw).toMatchObject({ total: 212 + 931, forcesWithFigures: 2, rateForces: 1 });
    expect(sw.withoutPopulation.map((force) => force.name)).toEqual(['Dorset']);
    // Devon and Cornwall alone: 931 offences over its 1,785,298 people (ONS, mid-2020).
    expect(sw.rate).toBeCloseTo((931 / 1785298) * 100_000, 6);
  });

  it('gives no total, rather than zero, for a year no force published', () => {
    const wales = forceTable.forces.filter((force) => force.region === 'Wales');
    expect(areaSeries(joined, wales)[year('2019/20')]).toMatchObject({ total: null, forcesWithFigures: 0, rate: null });
  });
});

describe('forceProfile (Dorset, NSPCC figures)', () => {
  const measureValues = new Map([...joined.cells].map(([code, cells]) => [code, cells[year('2020/21')]?.value ?? null]));
  const profile = forceProfile({ joined, force: dorset, regionForces: southWest, yearIndex: year('2020/21'), measureValues });

  it('totals 1,154 over the five years published, 2016/17 to 2020/21', () => {
    expect(profile.total).toEqual({ value: 1154, years: 5, of: 5, firstYear: '2016/17', lastYear: '2020/21' });
  });

  it('ranks Dorset among the forces with figures, nationally and in the South West', () => {
    expect(profile.rankRegional).toEqual({ rank: 2, of: 2 });
    expect(profile.rankNational).toEqual({ rank: 6, of: 6 });
  });

  it('measures the change since the first year with a figure: 185 → 212', () => {
    expect(profile.changeSinceFirst?.from).toBe('2016/17');
    expect(profile.changeSinceFirst?.percent).toBeCloseTo(((212 - 185) / 185) * 100, 6);
  });

  it('sets the published South West total beside what the figures here add up to', () => {
    const southWestTotal = profile.publishedTotals.find((c) => c.total.area === 'South West' && c.total.lastYear === '2020/21')!;
    expect(southWestTotal.total.value).toBe(6852);
    expect(southWestTotal.forceCount).toBe(5);
    // Dorset 1,154 + Devon and Cornwall 3,632 + Avon and Somerset 370 (2017/18 only).
    expect(southWestTotal.sumOfFigures).toBe(1154 + 3632 + 370);
    expect(southWestTotal.forcesComplete).toBe(2);
  });

  it('sets no sum, rather than 0, beside a published total for a year none of its forces has a figure', () => {
    // "More than 2,700" for the South West in 2021/22: the NSPCC figures here have no South West force that year.
    const later = profile.publishedTotals.find((c) => c.total.area === 'South West' && c.total.firstYear === '2021/22')!;
    expect(later.total).toMatchObject({ value: 2700, lowerBound: true });
    expect(later.sumOfFigures).toBeNull();
    expect(later.forcesComplete).toBe(0);
  });
});

describe('rankAmong and ordinal', () => {
  it('ranks the highest first, shares ranks on ties and skips missing values', () => {
    const values = new Map<string, number | null>([
      ['a', 10],
      ['b', 30],
      ['c', 30],
      ['d', null],
    ]);
    expect(rankAmong(values, 'b')).toEqual({ rank: 1, of: 3 });
    expect(rankAmong(values, 'c')).toEqual({ rank: 1, of: 3 });
    expect(rankAmong(values, 'a')).toEqual({ rank: 3, of: 3 });
    expect(rankAmong(values, 'd')).toBeUndefined();
  });

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 42, 43, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '42nd',
      '43rd',
      '101st',
      '111th',
    ]);
  });
});
