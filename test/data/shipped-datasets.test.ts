import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../src/datasets/dataset';
import { readGeneratedJson } from '../helpers';

const homeOffice = datasetSchema.parse(readGeneratedJson('offences/code-86.json'));
const nspcc = datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json'));
const DORSET = 'E23000039';

function series(dataset: Dataset, code: string, years: string[]): (number | null | undefined)[] {
  return years.map((year) => dataset.observations.find((o) => o.code === code && o.year === year)?.value);
}

const FIVE_YEARS = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'];

describe('the Home Office code 86 dataset (derived from the open-data table)', () => {
  it("gives Dorset's figures for 2016/17 to 2020/21 as 188, 278, 270, 237, 254", () => {
    expect(series(homeOffice, DORSET, FIVE_YEARS)).toEqual([188, 278, 270, 237, 254]);
  });

  it('covers all 43 forces for every full financial year 2012/13 to 2022/23', () => {
    expect(homeOffice.years).toEqual(['2012/13', '2013/14', '2014/15', '2015/16', '2016/17', '2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23']);
    expect(homeOffice.observations).toHaveLength(43 * 11);
    expect(homeOffice.observations.every((o) => o.value !== null)).toBe(true);
  });

  it('leaves out 2023/24, of which the table holds one quarter, and says so', () => {
    expect(homeOffice.partialYears).toEqual([{ year: '2023/24', quarters: 1 }]);
    expect(homeOffice.observations.some((o) => o.year === '2023/24')).toBe(false);
  });

  it('names its source, release and licence', () => {
    expect(homeOffice.meta).toMatchObject({ id: 'ho-code-86', licence: 'Open Government Licence v3.0', releaseDate: '2023-10-19' });
    expect(homeOffice.sources[0]?.release).toMatch(/Home Office/);
  });
});

describe('the NSPCC freedom-of-information dataset', () => {
  it("gives Dorset's figures as 185, 266, 265, 226, 212: 1,154 in all", () => {
    const dorset = series(nspcc, DORSET, FIVE_YEARS);
    expect(dorset).toEqual([185, 266, 265, 226, 212]);
    expect((dorset as number[]).reduce((a, b) => a + b, 0)).toBe(1154);
  });

  it('keeps all 69 published figures for 24 forces, each with its release and source page', () => {
    expect(nspcc.observations).toHaveLength(69);
    expect(new Set(nspcc.observations.map((o) => o.code)).size).toBe(24);
    for (const observation of nspcc.observations) {
      const source = nspcc.sources[observation.source]!;
      expect(source.release).toMatch(/^NSPCC FOI (Sep 2018|Nov 2021|Feb 2023|Mar 2024)$/);
      expect(source.url.length).toBeGreaterThan(10);
    }
  });

  it('leaves unpublished figures missing rather than zero', () => {
    // Avon and Somerset: only 2017/18 and 2022/23 were published.
    expect(series(nspcc, 'E23000036', FIVE_YEARS)).toEqual([undefined, 370, undefined, undefined, undefined]);
  });

  it('carries the published South West total of 6,852 for 2016/17-2020/21 over its five forces', () => {
    const southWest = nspcc.publishedTotals.find((t) => t.area === 'South West' && t.firstYear === '2016/17' && t.lastYear === '2020/21');
    expect(southWest).toMatchObject({ value: 6852, lowerBound: false });
    expect(southWest?.codes).toHaveLength(5);
    expect(southWest?.codes).toContain(DORSET);
  });
});
