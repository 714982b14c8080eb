import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/datasets/dataset';
import { populationSchema } from '../../src/datasets/population';
import { buildChoropleth } from '../../src/model/choropleth';
import { joinDataset } from '../../src/model/join';
import { paletteColors } from '../../src/scales/palettes';
import { forceTable, readGeneratedJson } from '../helpers';

const population = populationSchema.parse(readGeneratedJson('population.json'));
const homeOffice = datasetSchema.parse(readGeneratedJson('offences/code-86.json'));
const nspcc = datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json'));
const allCodes = new Set(forceTable.forces.map((force) => force.code));
const options = {
  measure: 'count' as const,
  baseYear: '2012/13',
  classification: { method: 'quantile' as const, classCount: 5 },
  scope: 'all-years' as const,
  palette: 'blues' as const,
  classifiedCodes: allCodes,
};

describe('buildChoropleth', () => {
  it('colours every force of the Home Office dataset with one of five blues, the same breaks in every year', () => {
    const choropleth = buildChoropleth(joinDataset(allCodes, forceTable, homeOffice, population), population, options);
    const blues = paletteColors('blues', 5);
    for (const yearIndex of [0, 10]) {
      const fills = choropleth.fillsFor(yearIndex);
      expect(fills.size).toBe(43);
      for (const fill of fills.values()) expect(blues).toContain(fill);
    }
    expect(choropleth.classificationFor(0)).toBe(choropleth.classificationFor(10));
    // Dorset: 24 offences in 2012/13, 341 in 2022/23.
    expect(choropleth.fillsFor(0).get('E23000039')).not.toBe(choropleth.fillsFor(10).get('E23000039'));
  });

  it('gives every force’s value for a year, null where nothing was published', () => {
    const joined = joinDataset(allCodes, forceTable, nspcc, population);
    const values = buildChoropleth(joined, population, options).valuesFor(joined.years.indexOf('2020/21'));
    expect(values.size).toBe(43);
    expect(values.get('E23000039')).toBe(212);
    expect(values.get('E23000037')).toBeNull();
  });

  it('classifies each year on its own when asked', () => {
    const choropleth = buildChoropleth(joinDataset(allCodes, forceTable, homeOffice, population), population, { ...options, scope: 'each-year' });
    expect(choropleth.classificationFor(0)).not.toBe(choropleth.classificationFor(10));
    expect(choropleth.classificationFor(0).domain![1]).toBeLessThan(choropleth.classificationFor(10).domain![1]);
  });

  it('hatches (null) the forces with no published figure instead of colouring them as zero', () => {
    const joined = joinDataset(allCodes, forceTable, nspcc, population);
    const fills = buildChoropleth(joined, population, options).fillsFor(joined.years.indexOf('2020/21'));
    expect(fills.get('E23000039')).not.toBeNull(); // Dorset 212
    expect(fills.get('E23000037')).toBeNull(); // Gloucestershire: none published
    // Six forces had a 2020/21 figure published: Cheshire, Cumbria, Devon and Cornwall, Dorset, Lancashire, Thames Valley.
    expect([...fills.values()].filter((fill) => fill !== null)).toHaveLength(6);
  });

  it('rescales to a region: breaks from its forces only', () => {
    const joined = joinDataset(allCodes, forceTable, homeOffice, population);
    const southWest = new Set(forceTable.forces.filter((force) => force.region === 'South West').map((force) => force.code));
    const regional = buildChoropleth(joined, population, { ...options, classifiedCodes: southWest });
    const national = buildChoropleth(joined, population, options);
    expect(regional.classificationFor(0).domain![1]).toBeLessThan(national.classificationFor(0).domain![1]);
  });

  it('puts a break at 0 for change measures, so falls and rises never share a colour', () => {
    const joined = joinDataset(allCodes, forceTable, homeOffice, population);
    const change = buildChoropleth(joined, population, { ...options, measure: 'change-previous', palette: 'purple-orange' });
    expect(change.classificationFor(5).thresholds).toContain(0);
  });
});

describe('breaks from one year, for every year (the default)', () => {
  const latest = { ...options, scope: 'latest-year' as const };

  it('takes them from the latest year when it has figures for most forces', () => {
    const joined = joinDataset(allCodes, forceTable, homeOffice, population);
    const choropleth = buildChoropleth(joined, population, latest);
    expect(joined.years[choropleth.breaksYearIndex!]).toBe('2022/23');
    expect(choropleth.classificationFor(0)).toBe(choropleth.classificationFor(10));
    // The breaks are the 2022/23 quintiles; the legend's ends stretch to every year's figures.
    const classes = choropleth.classificationFor(0);
    const latestValues = [...choropleth.valuesFor(10).values()].filter((value): value is number => value !== null);
    expect(classes.domain![1]).toBeGreaterThanOrEqual(Math.max(...latestValues));
  });

  it('takes them from the latest year with figures for three quarters of the forces when later years are sparse', () => {
    const joined = joinDataset(allCodes, forceTable, nspcc, population);
    // The NSPCC figures: 21 forces in 2016/17 and 2017/18, 4 to 8 in the years after; 24 forces have any.
    expect(joined.years[buildChoropleth(joined, population, latest).breaksYearIndex!]).toBe('2017/18');
  });
});
