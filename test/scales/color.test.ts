import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cieLightness, colorDifference, contrastRatio, mostContrasting, parseColor, toHex } from '../../src/scales/color';

describe('parseColor and toHex', () => {
  it('reads the three spellings d3 hands out', () => {
    expect(parseColor('#deebf7')).toEqual([0xde, 0xeb, 0xf7]);
    expect(parseColor('#FfF')).toEqual([255, 255, 255]);
    expect(parseColor('rgb(241, 163, 133)')).toEqual([241, 163, 133]);
    expect(toHex('rgb(241, 163, 133)')).toBe('#f1a385');
    expect(toHex('#ABC')).toBe('#aabbcc');
  });

  it('refuses what it cannot read rather than guess', () => {
    for (const text of ['red', '#12345', 'rgb(256, 0, 0)', 'hsl(0, 50%, 50%)', '']) {
      expect(() => parseColor(text), text).toThrow(/not a colour/);
    }
  });

  it('round-trips any channel values', () => {
    const channel = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(channel, channel, channel, (r, g, b) => {
        expect(parseColor(toHex(`rgb(${r}, ${g}, ${b})`))).toEqual([r, g, b]);
      }),
    );
  });
});

describe('cieLightness', () => {
  it('matches published CIE L* values (D65)', () => {
    expect(cieLightness('#ffffff')).toBeCloseTo(100, 1);
    expect(cieLightness('#000000')).toBeCloseTo(0, 5);
    expect(cieLightness('#ff0000')).toBeCloseTo(53.24, 1);
    expect(cieLightness('#00ff00')).toBeCloseTo(87.73, 1);
    expect(cieLightness('#0000ff')).toBeCloseTo(32.3, 1);
    // sRGB 119 grey is the textbook middle grey, L* ≈ 50.
    expect(cieLightness('#777777')).toBeCloseTo(50, 0);
  });

  it('rises with every step up the grey scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 254 }), (level) => {
        const grey = (value: number) => `rgb(${value}, ${value}, ${value})`;
        expect(cieLightness(grey(level + 1))).toBeGreaterThan(cieLightness(grey(level)));
      }),
    );
  });
});

describe('colorDifference', () => {
  it('is 0 for a colour and itself, 100 between black and white, and symmetric', () => {
    expect(colorDifference('#336699', '#336699')).toBe(0);
    expect(colorDifference('#000000', '#ffffff')).toBeCloseTo(100, 1);
    expect(colorDifference('#ff0000', '#00ff00')).toBeCloseTo(colorDifference('#00ff00', '#ff0000'), 10);
  });
});

describe('contrastRatio (WCAG 2)', () => {
  it('gives the ratios WCAG publishes as reference points', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 is the lightest grey that passes AA (4.5:1) on white; #777777 just fails it.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('does not depend on the order of the colours', () => {
    fc.assert(
      fc.property(fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)), fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)), (a, b) => {
        const [first, second] = [a, b].map((rgb) => `rgb(${rgb.join(',')})`) as [string, string];
        expect(contrastRatio(first, second)).toBeCloseTo(contrastRatio(second, first), 9);
      }),
    );
  });
});

describe('mostContrasting', () => {
  it('writes dark on light fills and white on dark ones', () => {
    expect(mostContrasting('#eff3ff', ['#1a1a1a', '#ffffff'])).toBe('#1a1a1a');
    expect(mostContrasting('#08519c', ['#1a1a1a', '#ffffff'])).toBe('#ffffff');
  });
});
