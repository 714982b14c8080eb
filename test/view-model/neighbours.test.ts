import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/datasets/dataset';
import { populationSchema } from '../../src/datasets/population';
import { DEFAULT_STATE, type AppState } from '../../src/state/app-state';
import { aboutModel } from '../../src/view-model/about-model';
import { afterFirstMap } from '../../src/view-model/after-first-map';
import { describedExport } from '../../src/view-model/export-model';
import { derivePage, type ContentModel } from '../../src/view-model/page-model';
import { profileModel } from '../../src/view-model/profile-model';
import { homeOffice, nspcc, pageData } from '../export/picture-fixture';
import { datasetSchema } from '../../src/datasets/dataset';
import { readGeneratedJson } from '../helpers';

/**
 * The page beside its defaults (per 100,000, breaks from the latest year, a
 * sequential measure): a per-1,000 series, breaks from a year that is not
 * the latest, a diverging change; and rules that must hold for any figures
 * (the rate base, the rank order, the year the legend names), run through
 * every slice that shows them and the exports.
 */

const population = populationSchema.parse(readGeneratedJson('population.json'));
const allCrime = datasetSchema.parse(readGeneratedJson('offences/all.json'));
const DORSET = 'E23000039';
const SOUTH_WEST = ['E23000036', 'E23000035', 'E23000039', 'E23000037', 'E23000038'];

function content(dataset: Dataset, state: Partial<AppState>): ContentModel {
  const page = derivePage({
    state: { ...DEFAULT_STATE, dataset: dataset.meta.id, ...state },
    notices: [],
    data: pageData,
    datasets: [],
    figures: { status: 'ready', dataset },
    offenceCatalog: undefined,
    modules: { profile: profileModel, about: aboutModel, afterFirstMap },
    transient: { hovered: undefined, keyboard: undefined, playing: false },
  });
  if (!page.content) throw new Error('no content');
  return page.content;
}

const people = (code: string, midYear: number) => population.byCode[code]?.[String(midYear)]?.[0];
const factsOf = (page: ContentModel) => Object.fromEntries(page.profile!.facts.map((fact) => [fact.term, fact.value]));

describe('a per-1,000 series: all crime but fraud, Dorset, 2022/23', () => {
  // python3 over data/home-office/figures/all.csv and data/population.csv: Dorset 51,829 offences, 785,200 people (mid-2022):
  // 66.00738665308202 per 1,000; the South West 400,213 / 5,764,900 = 69.4223663897032 per 1,000.
  const page = content(allCrime, { measure: 'count', year: '2022/23', region: 'South West', force: DORSET });

  it('gives the profile’s rate, and its region’s, per 1,000', () => {
    // Its interval: python3, scipy.stats.chi2.ppf(0.025, 2 × 51,829) / 2 and chi2.ppf(0.975, 2 × 51,830) / 2 over 785,200, per 1,000: 65.440 to 66.578.
    expect(factsOf(page)['Rate, per 1,000 people']).toBe('66.0 (95% interval 65.4 to 66.6)');
    expect(page.profile!.comparisons.find((comparison) => comparison.term === 'South West')!.value).toContain('69.4 per 1,000 people');
    const [force, region] = page.profile!.charts.rate.lines;
    expect(force!.values.at(-1)).toBeCloseTo(66.00738665308202, 9);
    expect(region!.values.at(-1)).toBeCloseTo(69.4223663897032, 9);
  });

  it('gives the table’s rate column per 1,000', () => {
    expect(page.table!.columns.map((column) => column.label)).toContain('Per 1,000 people');
    const dorset = page.table!.rows.find((row) => row.code === DORSET)!;
    expect(dorset.cells.rate.text).toBe('66.0');
    expect(dorset.cells.rate.sort).toBeCloseTo(66.00738665308202, 9);
  });

  it('gives the CSV of every figure per 1,000, with the unit', () => {
    const row = describedExport(page.export)
      .figureRows()
      .find((candidate) => candidate.code === DORSET && candidate.year === '2022/23')!;
    expect(row.rateUnit).toBe('per 1,000 people');
    expect(row.rate).toBeCloseTo(66.00738665308202, 9);
  });

  it('maps and names the rate per 1,000', () => {
    const rate = content(allCrime, { year: '2022/23', region: 'South West', force: DORSET });
    expect(rate.legend.title).toBe('Offences per 1,000 people');
    expect(rate.export.picture(rate.export.yearIndex).legend.title).toBe('Offences per 1,000 people');
  });
});

describe('breaks from a year that is not the latest: the NSPCC figures', () => {
  // data/nspcc-foi-figures.csv: figures by year 21, 21, 4, 5, 6, 8, 4 (2016/17 to 2022/23); no year has 3/4 of the 24 forces,
  // so the breaks come from the latest of the fullest years, 2017/18.
  const page = content(nspcc, { measure: 'count', year: '2020/21' });

  it('names 2017/18 in the legend, on screen and in every year’s picture', () => {
    expect(page.legend.note).toContain('in 2017/18, used for every year');
    for (const [index] of page.export.years.entries()) expect(page.export.picture(index).legend.note).toContain('in 2017/18, used for every year');
  });
});

describe('a diverging change: code 86, change from the previous year, 2022/23', () => {
  const page = content(homeOffice, { measure: 'change-previous', year: '2022/23' });

  it('has a legend row that ends at 0 and no row with falls and rises together', () => {
    const fills = page.map.fills;
    const values = page.table!.rows.map((row) => ({ value: row.cells.value.sort as number | null, fill: fills.get(row.code) }));
    const rowsWithFalls = new Set(values.filter(({ value }) => value !== null && value < 0).map(({ fill }) => fill));
    const rowsWithRises = new Set(values.filter(({ value }) => value !== null && value > 0).map(({ fill }) => fill));
    expect(rowsWithFalls.size).toBeGreaterThan(0);
    expect(rowsWithRises.size).toBeGreaterThan(0);
    expect([...rowsWithFalls].filter((fill) => rowsWithRises.has(fill))).toEqual([]);
  });
});

/** A dataset like code 86 but with the given figures and rate base. */
function datasetOf(values: readonly (readonly (number | null)[])[], ratePer: 1000 | 100_000, years: string[]): Dataset {
  const codes = pageData.forceTable.forces.map((force) => force.code);
  return {
    ...homeOffice,
    meta: { ...homeOffice.meta, ratePer },
    years,
    observations: codes.flatMap((code, f) => years.flatMap((year, y) => (values[f]![y] === null ? [] : [{ code, year, value: values[f]![y]!, source: 0 }]))),
  };
}

const YEARS: string[] = ['2019/20', '2020/21', '2021/22'];
/** Figures for the 43 forces in three years, some not published. */
const figures = fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 5000 }), { freq: 4 }), { minLength: 3, maxLength: 3 }), { minLength: 43, maxLength: 43 });

describe('rules that hold for any figures', () => {
  it('the rate base: every rate shown is the count over the people, times the dataset’s base', () => {
    fc.assert(
      fc.property(figures, fc.constantFrom(1000 as const, 100_000 as const), fc.integer({ min: 0, max: 2 }), (values, ratePer, yearIndex) => {
        const dataset = datasetOf(values, ratePer, YEARS);
        const year = YEARS[yearIndex]!;
        const midYear = 2019 + yearIndex;
        const page = content(dataset, { measure: 'count', year, region: 'South West', force: DORSET });
        const countOf = (code: string) => values[pageData.forceTable.forces.findIndex((force) => force.code === code)]![yearIndex]!;
        const expected = (code: string) => {
          const count = countOf(code);
          return count === null ? null : (count / people(code, midYear)!) * ratePer;
        };
        for (const row of page.table!.rows) {
          const rate = expected(row.code);
          if (rate === null) expect(row.cells.rate.sort).toBeNull();
          else expect(row.cells.rate.sort as number).toBeCloseTo(rate, 9);
        }
        for (const row of describedExport(page.export)
          .figureRows()
          .filter((candidate) => candidate.year === year)) {
          const rate = expected(row.code);
          if (rate === null) expect(row.rate).toBeNull();
          else expect(row.rate!).toBeCloseTo(rate, 9);
        }
        const [force, region] = page.profile!.charts.rate.lines;
        const own = expected(DORSET);
        if (own === null) expect(force!.values[yearIndex]).toBeNull();
        else expect(force!.values[yearIndex]!).toBeCloseTo(own, 9);
        const published = SOUTH_WEST.filter((code) => expected(code) !== null);
        const regionRate =
          published.length === 0
            ? null
            : (published.reduce((sum, code) => sum + countOf(code)!, 0) / published.reduce((sum, code) => sum + people(code, midYear)!, 0)) * ratePer;
        if (regionRate === null) expect(region!.values[yearIndex]).toBeNull();
        else expect(region!.values[yearIndex]!).toBeCloseTo(regionRate, 9);
      }),
      { numRuns: 25 },
    );
  });

  it('the rank order: 1st is the highest, ties share a rank, and the table sorts 1st first', () => {
    fc.assert(
      fc.property(figures, (values) => {
        const page = content(datasetOf(values, 100_000, YEARS), { measure: 'count', year: YEARS[2] });
        const shown = page.table!.rows.map((row) => ({ value: row.cells.value.sort as number | null, rank: row.cells.rank }));
        for (const { value, rank } of shown) {
          if (value === null) {
            expect(rank.text).toBe('–');
            continue;
          }
          expect(rank.text).toBe(String(1 + shown.filter((other) => other.value !== null && other.value > value).length));
        }
        // The table sorts a numeric column highest first (views/force-table-view.ts): by rank, 1st first.
        const byRank = shown.filter(({ value }) => value !== null).sort((a, b) => (b.rank.sort as number) - (a.rank.sort as number));
        for (let i = 1; i < byRank.length; i++) expect(byRank[i - 1]!.value!).toBeGreaterThanOrEqual(byRank[i]!.value!);
      }),
      { numRuns: 25 },
    );
  });

  it('the year the legend names is the year the breaks were made from: the latest with figures for 3/4 of the forces that have any', () => {
    fc.assert(
      // The later years lose the figures of some forces, so that the breaks come from any of the three.
      fc.property(figures, fc.integer({ min: 0, max: 43 }), fc.integer({ min: 0, max: 43 }), (full, latestGone, middleGone) => {
        const values = full.map((row, f) => [row[0]!, f < middleGone ? null : row[1]!, f < latestGone ? null : row[2]!]);
        const page = content(datasetOf(values, 100_000, YEARS), { measure: 'count', year: YEARS[0] });
        const perYear = YEARS.map((_, y) => values.filter((row) => row[y] !== null).length);
        const forcesWithAny = values.filter((row) => row.some((value) => value !== null)).length;
        fc.pre(forcesWithAny > 0);
        const enough = Math.ceil(forcesWithAny * 0.75);
        const wellCovered = perYear.map((count) => count >= enough).lastIndexOf(true);
        const breaksYear = YEARS[wellCovered >= 0 ? wellCovered : perYear.lastIndexOf(Math.max(...perYear))]!;
        expect(page.legend.note).toContain(`in ${breaksYear}, used for every year`);
      }),
      { numRuns: 40 },
    );
  });
});
