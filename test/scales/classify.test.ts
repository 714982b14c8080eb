import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classify,
  classifyAcrossYears,
  classifyPerYear,
  classRanges,
  optimalClusterStarts,
  withBreakAtZero,
  type Classification,
  type ClassificationOptions,
  type MaybeValue,
} from '../../src/scales/classify';

const COMPUTED = ['quantile', 'equal-interval', 'natural-breaks'] as const;

/** The published values in each class, lowest class first. */
function members(classification: Classification, values: readonly MaybeValue[]): number[][] {
  const classes: number[][] = Array.from({ length: classification.classCount }, () => []);
  for (const value of values) {
    const index = classification.classOf(value);
    if (index !== undefined) classes[index]!.push(value as number);
  }
  return classes;
}

function sumOfSquares(groups: readonly (readonly number[])[]): number {
  return groups.reduce((total, group) => {
    const mean = group.reduce((a, b) => a + b, 0) / group.length;
    return total + group.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  }, 0);
}

/** The least within-class sum of squares over every split of the sorted values into k runs: by exhaustion. */
function bruteForceLeastSquares(values: readonly number[], k: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  let best = Infinity;
  const split = (from: number, groupsLeft: number, groups: number[][]) => {
    if (groupsLeft === 1) {
      best = Math.min(best, sumOfSquares([...groups, sorted.slice(from)]));
      return;
    }
    for (let end = from + 1; end <= sorted.length - groupsLeft + 1; end++) split(end, groupsLeft - 1, [...groups, sorted.slice(from, end)]);
  };
  split(0, k, []);
  return best;
}

const distinctCount = (values: readonly number[]) => new Set(values).size;

describe('classify: options', () => {
  it('takes 3 to 7 classes for the computed methods, and says so otherwise', () => {
    for (const method of COMPUTED) {
      for (const classCount of [3, 7]) expect(classify([1, 2, 3, 4, 5, 6, 7, 8], { method, classCount }).classCount).toBe(classCount);
      for (const classCount of [0, 2, 8, 3.5, Number.NaN]) {
        expect(() => classify([1, 2, 3], { method, classCount }), `${method} ${classCount}`).toThrow(RangeError);
      }
    }
    expect(() => classify([1], { method: 'quantile', classCount: 9 })).toThrow(/classCount/);
  });

  it('takes 1 to 6 strictly ascending manual thresholds', () => {
    expect(classify([1], { method: 'manual', thresholds: [5] }).classCount).toBe(2);
    expect(classify([1], { method: 'manual', thresholds: [1, 2, 3, 4, 5, 6] }).classCount).toBe(7);
    const bad: number[][] = [[], [1, 2, 3, 4, 5, 6, 7], [2, 1], [1, 1], [1, Number.NaN], [0, Infinity]];
    for (const thresholds of bad) {
      expect(() => classify([1], { method: 'manual', thresholds }), JSON.stringify(thresholds)).toThrow(RangeError);
    }
    expect(() => classify([1], { method: 'manual', thresholds: [3, 2] })).toThrow(/ascending/);
  });

  it('refuses a method it does not know', () => {
    expect(() => classify([1], { method: 'jenks', classCount: 5 } as unknown as ClassificationOptions)).toThrow(RangeError);
  });
});

describe('classify: figures that were not published', () => {
  it('leaves null, undefined and NaN out, never counting them as zero', () => {
    const withGaps = [40, null, 55, undefined, 70, Number.NaN, 90, 120];
    for (const method of COMPUTED) {
      const classification = classify(withGaps, { method, classCount: 3 });
      const clean = classify([40, 55, 70, 90, 120], { method, classCount: 3 });
      expect(classification.domain).toEqual([40, 120]);
      expect(classification.thresholds).toEqual(clean.thresholds);
      expect(classification.classOf(null)).toBeUndefined();
      expect(classification.classOf(undefined)).toBeUndefined();
      expect(classification.classOf(Number.NaN)).toBeUndefined();
    }
  });

  it('makes no classes at all without a published value', () => {
    for (const options of [...COMPUTED.map((method) => ({ method, classCount: 5 })), { method: 'manual', thresholds: [10, 20] } as const]) {
      const classification = classify([null, undefined, Number.NaN], options);
      expect(classification.classCount).toBe(0);
      expect(classification.thresholds).toEqual([]);
      expect(classification.domain).toBeNull();
      expect(classification.classOf(10)).toBeUndefined();
      expect(classRanges(classification)).toEqual([]);
    }
    expect(classify([], { method: 'quantile', classCount: 5 }).classCount).toBe(0);
  });
});

describe('classify: few distinct values', () => {
  it('makes one class, with a one-value legend row, when all values are equal', () => {
    for (const method of COMPUTED) {
      for (const values of [[7, 7, 7, 7], [7]]) {
        const classification = classify(values, { method, classCount: 5 });
        expect(classification.classCount).toBe(1);
        expect(classification.thresholds).toEqual([]);
        expect(classification.domain).toEqual([7, 7]);
        expect(classification.classOf(7)).toBe(0);
        expect(classRanges(classification)).toEqual([{ index: 0, lower: 7, upper: 7, includesUpper: true }]);
      }
    }
  });

  it('gives each distinct value its own class when there are fewer of them than classes', () => {
    const values = [3, 8, 3, 20, 8, 8];
    for (const method of COMPUTED) {
      const classification = classify(values, { method, classCount: 5 });
      expect(classification.classCount, method).toBe(3);
      expect(members(classification, values).map((group) => new Set(group))).toEqual([new Set([3]), new Set([8]), new Set([20])]);
    }
  });

  it('does the same when there are exactly as many distinct values as classes', () => {
    // Equal widths over 0..100 would leave the middle class empty; quantiles would merge 0 and 1.
    const values = [0, 0, 0, 1, 100];
    for (const method of COMPUTED) {
      const classification = classify(values, { method, classCount: 3 });
      expect(classification.thresholds, method).toEqual([1, 100]);
    }
  });

  it('lets tied values merge quantile classes rather than leave one empty', () => {
    // Six of ten forces at 1: the lower third and the middle third are the same figure.
    const values = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    const classification = classify(values, { method: 'quantile', classCount: 3 });
    expect(classification.classCount).toBe(2);
    expect(members(classification, values).map((group) => group.length)).toEqual([6, 4]);
  });
});

describe('classify: quantile', () => {
  it('cuts ten values into five classes of two', () => {
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    const classification = classify(values, { method: 'quantile', classCount: 5 });
    expect(members(classification, values).map((group) => group.sort((a, b) => a - b))).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
  });

  it('depends only on the order of the values: any rising transformation keeps every class', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 3, max: 7 }), (values, classCount) => {
        const options = { method: 'quantile', classCount } as const;
        const original = classify(values, options);
        const transformed = classify(
          values.map((value) => 3 * value - 7),
          options,
        );
        expect(values.map((value) => transformed.classOf(3 * value - 7))).toEqual(values.map((value) => original.classOf(value)));
      }),
    );
  });

  it('keeps class sizes within two of each other when the values are distinct', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -500, max: 500 }), { minLength: 8, maxLength: 80 }),
        fc.integer({ min: 3, max: 7 }),
        (values, classCount) => {
          const sizes = members(classify(values, { method: 'quantile', classCount }), values).map((group) => group.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(2);
        },
      ),
    );
  });
});

describe('classify: equal interval', () => {
  it('cuts the domain into classes of equal width, negative values included', () => {
    const classification = classify([-50, -20, 0, 15, 50], { method: 'equal-interval', classCount: 4 });
    expect(classification.thresholds).toEqual([-25, 0, 25]);
    expect(classification.classOf(-50)).toBe(0);
    expect(classification.classOf(0)).toBe(2);
    expect(classification.classOf(50)).toBe(3);
  });

  it('keeps a class that an outlier leaves empty: equal widths are the point of the method', () => {
    const values = [0, 10, 20, 30, 100];
    const classification = classify(values, { method: 'equal-interval', classCount: 4 });
    expect(classification.classCount).toBe(4);
    expect(members(classification, values).map((group) => group.length)).toEqual([3, 1, 0, 1]);
  });

  it('spaces its breaks evenly from the smallest value to the largest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 3, max: 7 }),
        (values, classCount) => {
          fc.pre(distinctCount(values) > classCount);
          const { thresholds, domain } = classify(values, { method: 'equal-interval', classCount });
          const [min, max] = domain!;
          const width = (max - min) / classCount;
          [min, ...thresholds, max].slice(1).forEach((edge, i, edges) => {
            const previous = i === 0 ? min : edges[i - 1]!;
            expect(edge - previous).toBeCloseTo(width, 6);
          });
        },
      ),
    );
  });
});

describe('classify: natural breaks', () => {
  it('finds obvious clusters', () => {
    const classification = classify([1, 2, 3, 10, 11, 12, 20, 21, 22], { method: 'natural-breaks', classCount: 3 });
    expect(classification.thresholds).toEqual([10, 20]);
  });

  it("reproduces the Ckmeans.1d.dp documentation's example, negative values and ties included", () => {
    const values = [-1, 2, -1, 2, 4, 5, 6, -1, 2, -1];
    const classification = classify(values, { method: 'natural-breaks', classCount: 3 });
    expect(classification.thresholds).toEqual([2, 4]);
    expect(members(classification, values).map((group) => group.length)).toEqual([4, 3, 3]);
  });

  it('puts an outlier in a class of its own and splits the rest where it is cheapest', () => {
    // 1..8 in two classes: {1..4} and {5..8} cost 5 + 5; every other split costs more.
    const classification = classify([1, 2, 3, 4, 5, 6, 7, 8, 100], { method: 'natural-breaks', classCount: 3 });
    expect(classification.thresholds).toEqual([5, 100]);
  });

  it('reaches the least within-class sum of squares that an exhaustive search finds', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 3, maxLength: 10 }), fc.integer({ min: 3, max: 7 }), (values, classCount) => {
        fc.pre(distinctCount(values) > classCount);
        const classification = classify(values, { method: 'natural-breaks', classCount });
        expect(classification.classCount).toBe(classCount);
        const found = sumOfSquares(members(classification, values));
        expect(found).toBeCloseTo(bruteForceLeastSquares(values, classCount), 6);
      }),
    );
  });

  it('never splits equal values between classes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 3, max: 7 }), (values, classCount) => {
        const classification = classify(values, { method: 'natural-breaks', classCount });
        const groups = members(classification, values);
        const seen = new Map<number, number>();
        groups.forEach((group, index) =>
          group.forEach((value) => {
            expect(seen.get(value) ?? index).toBe(index);
            seen.set(value, index);
          }),
        );
      }),
    );
  });

  it('optimalClusterStarts refuses impossible cluster counts', () => {
    expect(() => optimalClusterStarts([1, 2], [1, 1], 3)).toThrow(RangeError);
    expect(() => optimalClusterStarts([1, 2], [1, 1], 0)).toThrow(RangeError);
    expect(optimalClusterStarts([1, 2, 9], [1, 1, 1], 1)).toEqual([0]);
  });

  it('optimalClusterStarts counts a weight as that many equal values', () => {
    // 0 4 | 6 10 costs 8 + 8 = 16, against 18.7 for either other split.
    expect(optimalClusterStarts([0, 4, 6, 10], [1, 1, 1, 1], 2)).toEqual([0, 2]);
    // Five 10s: 0 4 6 | 10×5 costs 18.7 + 0, against 8 + 13.3 for 0 4 | 6 10×5.
    expect(optimalClusterStarts([0, 4, 6, 10], [1, 1, 1, 5], 2)).toEqual([0, 3]);
    expect(optimalClusterStarts([0, 4, 6, 10, 10, 10, 10, 10], [1, 1, 1, 1, 1, 1, 1, 1], 2)).toEqual([0, 3]);
  });
});

describe('classify: every computed method', () => {
  const anyValues = fc.array(fc.oneof(fc.integer({ min: -300, max: 300 }), fc.constant(null), fc.constant(Number.NaN)), { maxLength: 60 });

  it('makes at most the classes asked for, none empty (but equal interval), with rising breaks inside the domain', () => {
    fc.assert(
      fc.property(anyValues, fc.constantFrom(...COMPUTED), fc.integer({ min: 3, max: 7 }), (values, method, classCount) => {
        const classification = classify(values, { method, classCount });
        const published = values.filter((value): value is number => value !== null && !Number.isNaN(value));
        expect(classification.classCount).toBe(published.length === 0 ? 0 : classification.thresholds.length + 1);
        expect(classification.classCount).toBeLessThanOrEqual(Math.min(classCount, distinctCount(published)));
        if (published.length === 0) return;

        const min = Math.min(...published);
        const max = Math.max(...published);
        expect(classification.domain).toEqual([min, max]);
        classification.thresholds.forEach((threshold, i) => {
          expect(threshold).toBeGreaterThan(i === 0 ? min : classification.thresholds[i - 1]!);
          expect(threshold).toBeLessThanOrEqual(max);
        });
        expect(classification.classOf(min)).toBe(0);
        expect(classification.classOf(max)).toBe(classification.classCount - 1);
        if (method !== 'equal-interval') {
          for (const group of members(classification, published)) expect(group.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('orders classes as it orders values', () => {
    fc.assert(
      fc.property(
        anyValues,
        fc.constantFrom(...COMPUTED),
        fc.integer({ min: 3, max: 7 }),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: -400, max: 400 }),
        (values, method, classCount, a, b) => {
          fc.pre(values.some((value) => value !== null && !Number.isNaN(value)));
          const classification = classify(values, { method, classCount });
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(classification.classOf(low)!).toBeLessThanOrEqual(classification.classOf(high)!);
        },
      ),
    );
  });
});

describe('classify: manual', () => {
  it('puts a value equal to a threshold in the class above it', () => {
    const classification = classify([-5, 5, 15, 25], { method: 'manual', thresholds: [0, 10] });
    expect(classification.classCount).toBe(3);
    expect([-5, 0, 5, 10, 15, 25].map((value) => classification.classOf(value))).toEqual([0, 1, 1, 2, 2, 2]);
  });

  it("keeps the reader's classes even where no value falls", () => {
    const classification = classify([1, 2, 3], { method: 'manual', thresholds: [100, 200, 300] });
    expect(classification.classCount).toBe(4);
    expect(classification.thresholds).toEqual([100, 200, 300]);
    expect(classification.domain).toEqual([1, 3]);
  });
});

describe('classRanges', () => {
  it('gives computed classes closed ends at the smallest and largest values', () => {
    const classification = classify([1, 2, 3, 10, 11, 12, 20, 21, 22], { method: 'natural-breaks', classCount: 3 });
    expect(classRanges(classification)).toEqual([
      { index: 0, lower: 1, upper: 10, includesUpper: false },
      { index: 1, lower: 10, upper: 20, includesUpper: false },
      { index: 2, lower: 20, upper: 22, includesUpper: true },
    ]);
  });

  it('leaves manual classes open at both ends', () => {
    const ranges = classRanges(classify([-5, 5, 15], { method: 'manual', thresholds: [0, 10] }));
    expect(ranges[0]).toEqual({ index: 0, lower: null, upper: 0, includesUpper: false });
    expect(ranges[2]).toEqual({ index: 2, lower: 10, upper: null, includesUpper: false });
  });

  it('has a row holding every published value, and rows that meet without gaps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.constantFrom(...COMPUTED),
        fc.integer({ min: 3, max: 7 }),
        (values, method, classCount) => {
          const classification = classify(values, { method, classCount });
          const ranges = classRanges(classification);
          expect(ranges).toHaveLength(classification.classCount);
          ranges.slice(1).forEach((range, i) => expect(range.lower).toBe(ranges[i]!.upper));
          for (const value of values) {
            const range = ranges[classification.classOf(value)!]!;
            expect(value).toBeGreaterThanOrEqual(range.lower!);
            if (range.includesUpper) expect(value).toBeLessThanOrEqual(range.upper!);
            else expect(value).toBeLessThan(range.upper!);
          }
        },
      ),
    );
  });
});

describe('across years and per year', () => {
  const byYear = [
    [10, 20, 30, null],
    [100, 200, 300, 400],
  ];

  it('across years: one set of breaks, so a figure has one class whatever the year', () => {
    const classification = classifyAcrossYears(byYear, { method: 'quantile', classCount: 3 });
    expect(classification).toMatchObject({ thresholds: classify(byYear.flat(), { method: 'quantile', classCount: 3 }).thresholds });
    // The low year's figures are all in the bottom class or the one above; the high year's reach the top.
    expect(classification.classOf(10)).toBe(0);
    expect(classification.classOf(400)).toBe(2);
    expect(classification.classOf(30)).toBeLessThan(classification.classOf(300)!);
  });

  it("per year: each year's own breaks, so each year spans the whole scale", () => {
    const [first, second] = classifyPerYear(byYear, { method: 'quantile', classCount: 3 });
    expect(first!.domain).toEqual([10, 30]);
    expect(second!.domain).toEqual([100, 400]);
    expect(first!.classOf(30)).toBe(first!.classCount - 1);
    expect(second!.classOf(400)).toBe(second!.classCount - 1);
    expect(classifyPerYear([], { method: 'quantile', classCount: 3 })).toEqual([]);
  });
});

describe('withBreakAtZero (change measures)', () => {
  it('moves the break nearest 0 to 0, keeping the number of classes', () => {
    const values = [-40, -12, -3, 2, 5, 9, 14, 30, 55, 80];
    const quantiles = classify(values, { method: 'quantile', classCount: 4 });
    const anchored = withBreakAtZero(quantiles);
    expect(anchored.thresholds).toContain(0);
    expect(anchored.classCount).toBe(quantiles.classCount);
    expect([...anchored.thresholds]).toEqual([...anchored.thresholds].sort((a, b) => a - b));
    // No class now holds both a fall and a rise.
    const classesOfFalls = new Set(values.filter((v) => v < 0).map((v) => anchored.classOf(v)));
    const classesOfRises = new Set(values.filter((v) => v > 0).map((v) => anchored.classOf(v)));
    expect([...classesOfFalls].some((c) => classesOfRises.has(c))).toBe(false);
  });

  it('moves a lone manual break to 0 when the classes straddle 0', () => {
    const one = classify([-5, 5], { method: 'manual', thresholds: [100] });
    expect(withBreakAtZero(one).thresholds).toEqual([0]);
  });

  it('leaves classes alone when every value is on one side of 0, or a break is already there', () => {
    const rises = classify([1, 5, 9, 20, 40], { method: 'quantile', classCount: 3 });
    expect(withBreakAtZero(rises)).toBe(rises);
    const atZero = classify([-5, 5, 9], { method: 'manual', thresholds: [0, 6] });
    expect(withBreakAtZero(atZero)).toBe(atZero);
  });

  it('leaves classes alone when 0 is the lowest or the highest value: no change is neither a fall nor a rise', () => {
    // A break at 0 there would leave a class holding nothing, or 0 alone.
    const noneFell = classify([0, 5, 10, 20, 40, 80], { method: 'quantile', classCount: 3 });
    expect(withBreakAtZero(noneFell)).toBe(noneFell);
    const noneRose = classify([-80, -40, -20, -10, -5, 0], { method: 'quantile', classCount: 3 });
    expect(withBreakAtZero(noneRose)).toBe(noneRose);
  });
});
