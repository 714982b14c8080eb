import { describe, expect, it } from 'vitest';
import { classificationInForce, paletteInForce, startingBreaks } from '../../src/view-model/colour-options';
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

describe('startingBreaks', () => {
  it('starts manual classes from the breaks on the map, rounded to two significant figures', () => {
    const classification = classify([12.34, 45.67, 78.9, 123.4, 456.7, 999], { method: 'quantile', classCount: 3 });
    expect(classification.thresholds.length).toBe(2);
    expect(startingBreaks(classification)).toEqual(classification.thresholds.map((threshold) => Number(threshold.toPrecision(2))));
    expect(startingBreaks(classify([1234, 5678, 9012], { method: 'manual', thresholds: [1234.5, 5678.9] }))).toEqual([1200, 5700]);
  });

  it('keeps them strictly ascending when rounding makes two the same, so that the link reads them back', () => {
    expect(startingBreaks(classify([1], { method: 'manual', thresholds: [101, 104, 250] }))).toEqual([100, 250]);
  });
});
