import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaQuantile, gammaQuantile, poissonCountInterval, poissonRateInterval, poissonRatioInterval } from '../../src/model/poisson-interval';

/** Close to `expected` within `digits` significant digits (relative), or absolutely for 0. */
function expectClose(actual: number, expected: number, relative = 1e-8): void {
  if (expected === 0 || !Number.isFinite(expected)) expect(actual).toBe(expected);
  else expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(relative);
}

describe('the exact (Garwood) interval of a Poisson count', () => {
  // Reference values: python3, scipy 1.x:
  //   lower = 0 if k == 0 else scipy.stats.chi2.ppf(0.025, 2*k) / 2
  //   upper = scipy.stats.chi2.ppf(0.975, 2*(k+1)) / 2
  const cases: [count: number, lower: number, upper: number][] = [
    [0, 0, 3.6888794541139354],
    [1, 0.025317807984289876, 5.571643390938898],
    [2, 0.24220927854396496, 7.22468766772396],
    [5, 1.6234863901184207, 11.66833207932267],
    [9, 4.115373097378334, 17.084803451419166],
    [10, 4.7953886961324335, 18.39035604201778],
    [24, 15.377252854686462, 35.71009759375321],
    [81, 64.32569199414536, 100.67560418012904],
    [188, 162.08564601882813, 216.87934679859413],
    [341, 305.7632016606236, 379.18374872506945],
    [364, 327.56224439016, 403.38302958052736],
    [1000, 938.9730184076952, 1063.952136016302],
    [51_829, 51383.742831675416, 52277.15577615261],
  ];
  it.each(cases)('count %d: %f to %f', (count, lower, upper) => {
    const interval = poissonCountInterval(count);
    expectClose(interval.lower, lower);
    expectClose(interval.upper, upper);
  });

  it('a count of 0 has a lower bound of exactly 0', () => {
    expect(poissonCountInterval(0).lower).toBe(0);
  });

  it('Dorset, code 86, 2022/23: 341 offences among 785,200 people is 38.9 to 48.3 per 100,000', () => {
    // scipy: chi2.ppf(0.025, 682) / 2 / 785200 * 1e5 = 38.940805101964294; chi2.ppf(0.975, 684) / 2 / 785200 * 1e5 = 48.29135872708475
    const interval = poissonRateInterval(341, 785_200, 100_000);
    expectClose(interval.lower, 38.940805101964294);
    expectClose(interval.upper, 48.29135872708475);
  });

  it('per 1,000 people the same interval is a hundredth of the one per 100,000', () => {
    // The same count and population per 1,000 people: scipy values above / 100.
    const interval = poissonRateInterval(341, 785_200, 1000);
    expectClose(interval.lower, 0.38940805101964294);
    expectClose(interval.upper, 0.4829135872708475);
  });

  it('refuses what is not a count', () => {
    expect(() => poissonCountInterval(-1)).toThrow(/whole number/);
    expect(() => poissonCountInterval(2.5)).toThrow(/whole number/);
  });
});

describe('the quantile functions', () => {
  // scipy.stats.gamma.ppf(p, a)
  it.each([
    [0.5, 0.5, 0.227468211559786],
    [0.975, 3, 7.22468766772396],
    [0.025, 0.1, 5.791710245521471e-17],
  ])('gamma quantile p = %f, a = %f', (p, a, expected) => {
    expectClose(gammaQuantile(p, a), expected, 1e-7);
  });
  // scipy.stats.beta.ppf(p, a, b)
  it.each([
    [0.025, 3, 5, 0.09898827844250786],
    [0.975, 1, 1, 0.975],
    [0.5, 0.5, 0.5, 0.4999999999999999],
    [0.025, 51_829, 50_001, 0.5059050903236468],
    [0.975, 189, 81, 0.7531003803086667],
    [0.1, 2, 30, 0.01728802229130078],
  ])('beta quantile p = %f, a = %f, b = %f', (p, a, b, expected) => {
    expectClose(betaQuantile(p, a, b), expected);
  });
});

describe('the exact conditional interval of a ratio of two Poisson counts (R: poisson.test(c(count, base)))', () => {
  // Reference values: python3, scipy:
  //   n = count + base; pl = 0 if count == 0 else beta.ppf(0.025, count, n - count + 1)
  //   pu = 1 if base == 0 else beta.ppf(0.975, count + 1, n - count)
  //   ratio interval = (pl / (1 - pl), pu / (1 - pu)) · base exposure / count exposure
  const cases: [count: number, base: number, lower: number, upper: number][] = [
    // Dorset, code 86, 2015/16 (81) to 2016/17 (188): +132% (95% interval +78% to +205%).
    [188, 81, 1.7795133163362673, 3.0502290009606763],
    // Dorset 2021/22 (364) to 2022/23 (341): −6%, an interval that spans no change.
    [341, 364, 0.8057867679658559, 1.0889393502477664],
    [0, 5, 0, 1.091279105182546],
    [1, 1, 0.012739367083666617, 78.49683531626285],
    [10, 10, 0.3735468466993662, 2.6770404002494717],
    [12, 7, 0.6222650645104144, 5.139267861412816],
    [25, 24, 0.5707914672791641, 1.904887394743045],
    [51_829, 50_000, 1.0239026559796571, 1.0494150133009175],
    [3, 0, 0.41323135503089387, Infinity],
  ];
  it.each(cases)('%d against %d: %f to %f', (count, base, lower, upper) => {
    const interval = poissonRatioInterval(count, base);
    expectClose(interval.lower, lower);
    expectClose(interval.upper, upper);
  });

  it('the interval of 341 against 364 spans a ratio of 1 (no change)', () => {
    const interval = poissonRatioInterval(341, 364);
    expect(interval.lower).toBeLessThan(1);
    expect(interval.upper).toBeGreaterThan(1);
  });

  it('rates scale by the populations: 188 among 790,000 against 81 among 780,000', () => {
    // scipy as above, times 780000 / 790000: (1.7569878313193525, 3.01161850727763)
    const interval = poissonRatioInterval(188, 81, { count: 790_000, base: 780_000 });
    expectClose(interval.lower, 1.7569878313193525);
    expectClose(interval.upper, 3.01161850727763);
  });
});

describe('properties', () => {
  const count = fc.integer({ min: 0, max: 200_000 });
  it('a count lies inside its interval', () => {
    fc.assert(
      fc.property(count, (k) => {
        const { lower, upper } = poissonCountInterval(k);
        return lower <= k && k <= upper && lower >= 0;
      }),
    );
  });
  it('a rate lies inside its interval', () => {
    fc.assert(
      fc.property(count, fc.integer({ min: 1000, max: 10_000_000 }), fc.constantFrom(1000, 100_000), (k, population, per) => {
        const { lower, upper } = poissonRateInterval(k, population, per);
        const rate = (k / population) * per;
        return lower <= rate && rate <= upper;
      }),
    );
  });
  it('the interval narrows, relative to the count, as the count grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 1000 }), (k, more) => {
        const small = poissonCountInterval(k);
        const large = poissonCountInterval(k + more);
        return (large.upper - large.lower) / (k + more) < (small.upper - small.lower) / k;
      }),
    );
  });
  it('a ratio of counts lies inside its interval, which narrows as both counts grow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 1, max: 50_000 }), (k, base) => {
        const { lower, upper } = poissonRatioInterval(k, base);
        const wider = poissonRatioInterval(k * 4, base * 4);
        const ratio = k / base;
        return lower <= ratio && ratio <= upper && wider.upper / wider.lower < upper / lower;
      }),
    );
  });
});
