import { describe, expect, it } from 'vitest';
import type { Choropleth } from '../../src/model/choropleth';
import { classify } from '../../src/scales/classify';
import { legendMarker, legendModel } from '../../src/view-model/legend-model';

describe('legendModel', () => {
  const classification = classify([10, 20, 30, 40, 50, 60], { method: 'quantile', classCount: 3 });
  const choropleth: Choropleth = {
    values: new Map([
      ['A', [10, 60]],
      ['B', [null, 30]],
    ]),
    valuesFor: () => new Map(),
    classificationFor: () => classification,
    colorsFor: () => ['#111111', '#222222', '#333333'],
    fillsFor: () => new Map(),
    breaksYearIndex: undefined,
    significance: { nationalRates: [], of: () => undefined, ofYear: () => new Map(), workAhead: () => true, workAheadFor: () => true },
  };
  const base = {
    choropleth,
    years: ['2016/17', '2017/18'],
    measure: 'count' as const,
    title: 'Number of offences',
    scope: 'all-years' as const,
    method: 'quantile' as const,
    scopeArea: 'England and Wales',
  };

  it('lists one row per class with its colour and a formatted range, and the not-published key', () => {
    const model = legendModel({ ...base, yearIndex: 1 });
    expect(model.rows.map((row) => row.color)).toEqual(['#111111', '#222222', '#333333']);
    expect(model.rows[0]!.label).toMatch(/^10–/);
    expect(model.missingLabel).toBe('not published');
    expect(model.note).toContain('over all years, 2016/17 to 2017/18');
  });

  it('says which years the classes were drawn from, whatever the scope', () => {
    expect(legendModel({ ...base, yearIndex: 0, scope: 'latest-year', choropleth: { ...choropleth, breaksYearIndex: 1 } }).note).toContain(
      'of the figures of England and Wales in 2017/18, used for every year',
    );
    expect(legendModel({ ...base, yearIndex: 0, scope: 'each-year' }).note).toContain('in 2016/17 alone');
    expect(legendModel({ ...base, yearIndex: 1, scope: 'each-year' }).note).toContain('in 2017/18 alone');
  });

  it('states how far the open top class reaches: the highest figure in any year, or in the year shown when each year has its classes', () => {
    // classify([10 … 60]) spans 10 to 60: the top class is written "… and over", its reach said in the note.
    expect(legendModel({ ...base, yearIndex: 1 }).rows[2]!.label).toMatch(/ and over$/);
    expect(legendModel({ ...base, yearIndex: 1 }).note).toMatch(/\. The top class goes up to 60, the highest figure in any year\.$/);
    expect(legendModel({ ...base, yearIndex: 1, scope: 'each-year' }).note).toMatch(/The top class goes up to 60, the highest figure in 2017\/18\.$/);
  });

  it('marks the hovered force’s class, or the not-published key when it has no figure', () => {
    expect(legendMarker(choropleth, 1, 'count', { code: 'A', label: 'Alpha' })).toEqual({ row: 2, text: 'Alpha: 60' });
    expect(legendMarker(choropleth, 0, 'count', { code: 'B', label: 'Beta' })).toEqual({ row: 'missing', text: 'Beta: not published' });
  });
});
