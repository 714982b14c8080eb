import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/datasets/dataset';
import type { Population } from '../../src/datasets/population';
import { joinDataset } from '../../src/model/join';
import { forceTable } from '../helpers';

const allCodes = new Set(forceTable.forces.map((force) => force.code));
const meta = {
  id: 't',
  title: 't',
  definition: 'd',
  unit: 'offences',
  source: 's',
  releaseDate: 'r',
  licence: 'l',
  attribution: 'a',
  ratePer: 100_000 as const,
};
const population: Population = { sources: ['ONS'], byCode: { E23000039: { '2016': [767297, 0] } } };

function dataset(observations: Dataset['observations']): Dataset {
  return { meta, years: ['2016/17', '2017/18'], partialYears: [], sources: [{ release: 'R', url: 'U' }], observations, publishedTotals: [] };
}

describe('joinDataset', () => {
  it('puts each figure in its force and year, with the same year’s population', () => {
    const joined = joinDataset(allCodes, forceTable, dataset([{ code: 'E23000039', year: '2016/17', value: 188, source: 0 }]), population);
    expect(joined.forces).toHaveLength(43);
    expect(joined.cells.get('E23000039')?.[0]).toMatchObject({ value: 188, population: 767297, source: { release: 'R' } });
    expect(joined.cells.get('E23000039')?.[1]).toBeUndefined();
  });

  it('reports forces with no figure in any year, and keeps their cells empty, not zero', () => {
    const joined = joinDataset(allCodes, forceTable, dataset([{ code: 'E23000039', year: '2016/17', value: 188, source: 0 }]), population);
    expect(joined.report.forcesWithoutFigures).toHaveLength(42);
    expect(joined.report.forcesWithoutFigures.map((force) => force.code)).not.toContain('E23000039');
    expect(joined.cells.get('E23000036')).toEqual([undefined, undefined]);
  });

  it('reports figures for a force that has no boundary instead of dropping them silently', () => {
    const withoutDorset = new Set([...allCodes].filter((code) => code !== 'E23000039'));
    const joined = joinDataset(withoutDorset, forceTable, dataset([{ code: 'E23000039', year: '2016/17', value: 188, source: 0 }]), population);
    expect(joined.report.figuresWithoutBoundary).toEqual(['E23000039']);
    expect(joined.forces).toHaveLength(42);
  });

  it('reports a figure whose year has no population estimate', () => {
    const joined = joinDataset(allCodes, forceTable, dataset([{ code: 'E23000039', year: '2017/18', value: 278, source: 0 }]), population);
    expect(joined.report.populationMissing).toEqual([{ code: 'E23000039', year: '2017/18' }]);
    expect(joined.cells.get('E23000039')?.[1]?.population).toBeUndefined();
  });

  it('keeps a "not published" figure as null', () => {
    const joined = joinDataset(allCodes, forceTable, dataset([{ code: 'E23000039', year: '2016/17', value: null, source: 0 }]), population);
    expect(joined.cells.get('E23000039')?.[0]?.value).toBeNull();
    expect(joined.report.forcesWithoutFigures.map((force) => force.code)).not.toContain('E23000039');
  });
});
