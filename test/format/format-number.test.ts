import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOf, formatChange, formatCount, formatRate } from '../../src/format/format-number';

const MINUS = '\u2212';

/** Reads back what the formatters write: "1,154", "−4.0%", "+12.3%". */
const readBack = (text: string) => Number(text.replace(MINUS, '-').replace(/[,%+]/g, ''));

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(1154)).toBe('1,154');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });

  it('shows the decimals of a figure that has them, never a non-zero figure as 0 (issue 15, item 13)', () => {
    expect(formatCount(0.4)).toBe('0.4');
    expect(formatCount(0.004)).toBe('0.004');
    expect(formatCount(2.25)).toBe('2.25');
    expect(formatCount(1154.5)).toBe('1,154.5');
    expect(formatCount(0.000012)).toBe('0.000012');
  });
});

describe('every formatter', () => {
  it('shows a non-zero figure with a digit that is not 0', () => {
    const formatters = [formatCount, formatRate, formatChange];
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((value) => value !== 0),
        fc.constantFrom(...formatters),
        (value, formatter) => {
          expect(formatter(value)).toMatch(/[1-9]/);
        },
      ),
    );
  });
});

describe('countOf', () => {
  it('gives one thing its singular and every other count its plural', () => {
    expect(countOf(1, 'force', 'forces')).toBe('1 force');
    expect(countOf(0, 'force', 'forces')).toBe('0 forces');
    expect(countOf(43, 'force', 'forces')).toBe('43 forces');
    expect(countOf(1154, 'offence', 'offences')).toBe('1,154 offences');
  });
});

describe('formatRate', () => {
  it('shows one decimal from 10 up, and groups thousands', () => {
    expect(formatRate((188 / 767297) * 100_000)).toBe('24.5');
    expect(formatRate(9.996)).toBe('10.0');
    expect(formatRate(8012.345)).toBe('8,012.3');
  });

  it('shows two decimals below 10, so that small rates per 1,000 people a few per cent apart do not read as equal', () => {
    expect(formatRate(3)).toBe('3.00');
    expect(formatRate(3.04)).toBe('3.04');
    expect(formatRate(2.97)).toBe('2.97');
    expect(formatRate(0.04)).toBe('0.04');
    expect(formatRate(0.0004)).toBe('0.0004');
    expect(formatRate(0)).toBe('0.00');
  });
});

describe('formatChange', () => {
  it('signs every change, with a real minus sign', () => {
    expect(formatChange(12.34)).toBe('+12.3%');
    expect(formatChange(-4)).toBe(`${MINUS}4.0%`);
    expect(formatChange(-4)).not.toContain('-');
    expect(formatChange(-1234.5)).toBe(`${MINUS}1,234.5%`);
  });

  it('gives no change no sign, and a change too small for one decimal the digits it needs', () => {
    expect(formatChange(0)).toBe('0.0%');
    expect(formatChange(-0)).toBe('0.0%');
    expect(formatChange(-0.04)).toBe(`${MINUS}0.04%`);
    expect(formatChange(0.04)).toBe('+0.04%');
    expect(formatChange(0.00123)).toBe('+0.0012%');
  });

  it('reads back within rounding, with the sign of the change', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e5, max: 1e5, noNaN: true }), (change) => {
        const text = formatChange(change);
        expect(Math.abs(readBack(text) - change)).toBeLessThanOrEqual(0.05 + 1e-9);
        if (text !== '0.0%') expect(text.startsWith(change > 0 ? '+' : MINUS)).toBe(true);
      }),
    );
  });
});
