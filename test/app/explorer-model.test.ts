import { describe, expect, it } from 'vitest';
import { classificationInForce, legendModel, paletteInForce } from '../../src/app/explorer-model';
import type { Choropleth } from '../../src/model/choropleth';
import { classify } from '../../src/scales/classify';

describe('paletteInForce', () => {
  it('keeps a chosen palette that suits the measure', () => {
    expect(paletteInForce({ measure: 'rate', palette: 'viridis' })).toBe('viridis');
    expect(paletteInForce({ measure: 'change-base', palette: 'brown-teal' })).toBe('brown-teal');
  });

  it('falls back to the measure’s own kind: never a sequential palette for change, nor the reverse', () => {
    expect(paletteInForce({ measure: 'change-previous', palette: 'blues' })).toBe('purple-orange');
    expect(paletteInForce({ measure: 'count', palette: 'purple-orange' })).toBe('blues');
    expect(paletteInForce({ measure: 'count', palette: undefined })).toBe('blues');
  });
});

describe('classificationInForce', () => {
  it('uses the method and class count asked for', () => {
    expect(classificationInForce({ classify: 'natural-breaks', classes: 4, breaks: undefined }).options).toEqual({ method: 'natural-breaks', classCount: 4 });
  });

  it('uses valid manual breaks', () => {
    expect(classificationInForce({ classify: 'manual', classes: 5, breaks: [100, 200] }).options).toEqual({ method: 'manual', thresholds: [100, 200] });
  });

  it('explains and falls back to quantiles when manual breaks cannot be used', () => {
    const result = classificationInForce({ classify: 'manual', classes: 5, breaks: [200, 100] });
    expect(result.options).toEqual({ method: 'quantile', classCount: 5 });
    expect(result.error).toMatch(/ascending order/);
  });
});

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
  };
  const base = { choropleth, years: ['2016/17', '2017/18'], measure: 'count' as const, title: 'Number of offences', scope: 'all-years' as const, method: 'quantile' as const, scopeArea: 'England and Wales' };

  it('lists one row per class with its colour and a formatted range, and the not-published key', () => {
    const model = legendModel({ ...base, yearIndex: 1 });
    expect(model.rows.map((row) => row.color)).toEqual(['#111111', '#222222', '#333333']);
    expect(model.rows[0]!.label).toMatch(/^10–/);
    expect(model.missingLabel).toBe('not published');
    expect(model.note).toContain('over all years, 2016/17 to 2017/18');
  });

  it('marks the hovered force’s class, or the not-published key when it has no figure', () => {
    expect(legendModel({ ...base, yearIndex: 1, marker: { code: 'A', label: 'Alpha' } }).marker).toEqual({ row: 2, text: 'Alpha: 60' });
    expect(legendModel({ ...base, yearIndex: 0, marker: { code: 'B', label: 'Beta' } }).marker).toEqual({ row: 'missing', text: 'Beta: not published' });
  });
});
