import { describe, expect, it } from 'vitest';
import { formatMeasureNumber, formatValue } from '../../src/view-model/measure-format';

const MINUS = '\u2212';

describe('formatValue', () => {
  it('formats each measure its own way', () => {
    expect(formatValue(1154, 'count')).toBe('1,154');
    expect(formatValue(24.5012, 'rate')).toBe('24.5');
    expect(formatValue(-4, 'change-previous')).toBe(`${MINUS}4.0%`);
    expect(formatValue(12.34, 'change-base')).toBe('+12.3%');
    expect(formatValue(0, 'count')).toBe('0');
  });

  it('says "not published" for a missing count and "not available" for a missing rate or change', () => {
    for (const missing of [null, undefined, Number.NaN]) {
      expect(formatValue(missing, 'count')).toBe('not published');
      expect(formatValue(missing, 'rate')).toBe('not available');
      expect(formatValue(missing, 'change-previous')).toBe('not available');
      expect(formatValue(missing, 'change-base')).toBe('not available');
    }
  });

  it('agrees with formatMeasureNumber for any figure', () => {
    expect(formatMeasureNumber(1154, 'count')).toBe(formatValue(1154, 'count'));
  });
});
