import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_AVAILABLE, NOT_PUBLISHED } from '../../src/format/format-number';
import { classify, classRanges, type ClassRange } from '../../src/scales/classify';
import { formatMeasureNumber, formatRange, formatValue } from '../../src/view-model/measure-format';

const MINUS = '\u2212';
const range = (lower: number | null, upper: number | null, includesUpper = false): ClassRange => ({ index: 0, lower, upper, includesUpper });

/** Reads back what the formatters write: "1,154", "−4.0%", "+12.3%". */
const readBack = (text: string) => Number(text.replace(MINUS, '-').replace(/[,%+]/g, ''));

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
      expect(formatValue(missing, 'count')).toBe(NOT_PUBLISHED);
      expect(formatValue(missing, 'rate')).toBe(NOT_AVAILABLE);
      expect(formatValue(missing, 'change-previous')).toBe(NOT_AVAILABLE);
      expect(formatValue(missing, 'change-base')).toBe(NOT_AVAILABLE);
    }
    expect(NOT_PUBLISHED).toBe('not published');
    expect(NOT_AVAILABLE).toBe('not available');
  });

  it('agrees with formatMeasureNumber for any figure', () => {
    expect(formatMeasureNumber(1154, 'count')).toBe(formatValue(1154, 'count'));
  });
});

describe('formatRange', () => {
  it('labels a class of counts by the whole numbers it holds', () => {
    expect(formatRange(range(100, 200), 'count')).toBe('100\u2013199');
    expect(formatRange(range(1000, 2000), 'count')).toBe('1,000\u20131,999');
    expect(formatRange(range(200, 254, true), 'count')).toBe('200\u2013254');
    expect(formatRange(range(37.6, 75.2), 'count')).toBe('38\u201375');
    expect(formatRange(range(5, 6), 'count')).toBe('5');
    expect(formatRange(range(7, 7, true), 'count')).toBe('7');
  });

  it('shows the breaks as they are when a class of counts holds no whole number', () => {
    expect(formatRange(range(10.25, 10.75), 'count')).toBe('10.25\u201310.75');
  });

  it('labels open manual classes in words', () => {
    expect(formatRange(range(null, 100), 'count')).toBe('under 100');
    expect(formatRange(range(null, 99.5), 'count')).toBe('under 100');
    expect(formatRange(range(200, null), 'count')).toBe('200 or more');
    expect(formatRange(range(null, 24.5), 'rate')).toBe('under 24.5');
    expect(formatRange(range(-10, null), 'change-base')).toBe(`${MINUS}10.0% or more`);
  });

  it('labels rates with one decimal and changes with signs and "to"', () => {
    expect(formatRange(range(24.51, 30.08), 'rate')).toBe('24.5\u201330.1');
    expect(formatRange(range(24.51, 24.53, true), 'rate')).toBe('24.5');
    expect(formatRange(range(-10, -4), 'change-previous')).toBe(`${MINUS}10.0% to ${MINUS}4.0%`);
    expect(formatRange(range(-4, 12.34, true), 'change-base')).toBe(`${MINUS}4.0% to +12.3%`);
  });

  it('labels the legend of any classification of counts so that each count falls in its own row and in no other', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom('quantile', 'equal-interval', 'natural-breaks'),
        fc.integer({ min: 3, max: 7 }),
        (counts, method, classCount) => {
          const classification = classify(counts, { method, classCount });
          const rows = classRanges(classification).map((row) => {
            const [first, last = first] = formatRange(row, 'count').split('\u2013').map(readBack);
            return [first!, last!] as const;
          });
          for (const count of counts) {
            const holding = rows.flatMap(([first, last], index) => (first <= count && count <= last ? [index] : []));
            expect(holding).toEqual([classification.classOf(count)]);
          }
        },
      ),
    );
  });
});
