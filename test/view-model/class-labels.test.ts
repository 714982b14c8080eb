import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classLabels as labelsAndHighest } from '../../src/view-model/class-labels';
import { classify, classRanges, type ClassRange } from '../../src/scales/classify';

const MINUS = '\u2212';
const DASH = '\u2013';

/** The ranges of a computed classification: from the lowest figure through the breaks to the highest (which the top class holds). */
function computed(lowest: number, breaks: number[], highest: number): ClassRange[] {
  const bounds = [lowest, ...breaks, highest];
  return breaks.concat(highest).map((upper, index) => ({ index, lower: bounds[index]!, upper, includesUpper: index === breaks.length }));
}
function manual(breaks: number[]): ClassRange[] {
  return [...breaks, null].map((upper, index) => ({ index, lower: index === 0 ? null : breaks[index - 1]!, upper, includesUpper: false }));
}
/** The rows' labels alone; the highest figure is checked where it is stated. */
const classLabels = (...args: Parameters<typeof labelsAndHighest>) => labelsAndHighest(...args).labels;
const highestOf = (...args: Parameters<typeof labelsAndHighest>) => labelsAndHighest(...args).highest;
const single = (lower: number | null, upper: number | null, includesUpper = false): ClassRange[] => [{ index: 0, lower, upper, includesUpper }];

/** Reads back a count label's figures: "1,000–1,999" → [1000, 1999]; "5,321" → [5321, 5321]; "1,000 and over" → [1000, Infinity]. */
const countsOf = (label: string) => {
  const [first, last = first] = label
    .split(' and over')[0]!
    .split(DASH)
    .map((text) => Number(text.replace(/,/g, '')));
  return [first!, label.endsWith(' and over') ? Infinity : last!] as const;
};

describe('classLabels', () => {
  // Issue 19: all crime per 1,000 people, quantiles of 2022/23; the lowest figure 0 and the City of London's 902.2 at the top.
  it('writes every bound of a rate legend with the decimals of its breaks, and the top class open, its highest figure apart', () => {
    expect(classLabels(computed(0, [60.4, 70.25, 81.04, 100.4], 902.16), 'rate')).toEqual([
      `0.0${DASH}60.4`,
      `60.4${DASH}70.3`,
      `70.3${DASH}81.0`,
      `81.0${DASH}100.4`,
      '100.4 and over',
    ]);
    expect(highestOf(computed(0, [60.4, 70.25, 81.04, 100.4], 902.16), 'rate')).toBe('902.2');
  });

  it('writes a per 100,000 legend with breaks under 10 in two decimals throughout, the lowest bound rounded down', () => {
    // Code 86 per 100,000: breaks 4.1, 6.25 and 12.5; the lowest figure 1.238 is written 1.23, not 1.24, so its row holds it.
    expect(classLabels(computed(1.238, [4.1, 6.25, 12.5], 31.94), 'rate')).toEqual([
      `1.23${DASH}4.10`,
      `4.10${DASH}6.25`,
      `6.25${DASH}12.50`,
      '12.50 and over',
    ]);
    expect(highestOf(computed(1.238, [4.1, 6.25, 12.5], 31.94), 'rate')).toBe('31.94');
  });

  it('gives a break that would round to nought the digits it needs, and the whole legend with it', () => {
    expect(classLabels(computed(0, [0.004, 0.5], 3), 'rate')).toEqual([`0.0000${DASH}0.0040`, `0.0040${DASH}0.5000`, '0.5000 and over']);
    // A fall of 0.04% is the last break below 0: three decimals (two significant digits), for every bound.
    expect(classLabels(computed(-30, [-20, -0.04, 5], 12), 'change-base')).toEqual([
      `${MINUS}30.000% to ${MINUS}20.000%`,
      `${MINUS}20.000% to ${MINUS}0.040%`,
      `${MINUS}0.040% to +5.000%`,
      '+5.000% and over',
    ]);
  });

  it('writes counts as the whole numbers each class holds, the top class open, its highest count apart', () => {
    expect(classLabels(computed(3, [100, 200, 1000], 5321), 'count')).toEqual([`3${DASH}99`, `100${DASH}199`, `200${DASH}999`, '1,000 and over']);
    expect(highestOf(computed(3, [100, 200, 1000], 5321), 'count')).toBe('5,321');
    expect(classLabels(computed(0, [5, 6], 6), 'count')).toEqual([`0${DASH}4`, '5', '6']);
    expect(classLabels(single(10.25, 10.75), 'count')).toEqual([`10.25${DASH}10.75`]);
  });

  it('writes changes signed, with "to", the negative bounds too, and 0 without a sign', () => {
    expect(classLabels(computed(-62.35, [-10, 0, 4.5], 312.04), 'change-previous')).toEqual([
      `${MINUS}62.4% to ${MINUS}10.0%`,
      `${MINUS}10.0% to 0.0%`,
      '0.0% to +4.5%',
      '+4.5% and over',
    ]);
    expect(highestOf(computed(-62.35, [-10, 0, 4.5], 312.04), 'change-previous')).toBe('+312.0%');
    // Every figure fell: the top class is open upwards and its highest is a fall.
    expect(classLabels(computed(-40, [-20, -10], -1.26), 'change-base')).toEqual([
      `${MINUS}40.0% to ${MINUS}20.0%`,
      `${MINUS}20.0% to ${MINUS}10.0%`,
      `${MINUS}10.0% and over`,
    ]);
    expect(highestOf(computed(-40, [-20, -10], -1.26), 'change-base')).toBe(`${MINUS}1.3%`);
  });

  it('writes the classes a reader set open at both ends, in one precision', () => {
    expect(classLabels(manual([40, 60, 80]), 'rate')).toEqual(['under 40.0', `40.0${DASH}60.0`, `60.0${DASH}80.0`, '80.0 and over']);
    expect(classLabels(manual([5, 20]), 'rate')).toEqual(['under 5.00', `5.00${DASH}20.00`, '20.00 and over']);
    expect(classLabels(manual([100, 200]), 'count')).toEqual(['under 100', `100${DASH}199`, '200 and over']);
    expect(classLabels(manual([-10]), 'change-base')).toEqual([`under ${MINUS}10.0%`, `${MINUS}10.0% and over`]);
    expect(highestOf(manual([40, 60, 80]), 'rate')).toBeUndefined();
  });

  it('writes a class of one figure as that figure', () => {
    expect(classLabels(single(24.51, 24.53, true), 'rate')).toEqual(['24.5']);
    expect(classLabels(single(7, 7, true), 'count')).toEqual(['7']);
  });

  it('labels the legend of any classification of counts so that each count falls in its own row and in no other', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom('quantile', 'equal-interval', 'natural-breaks'),
        fc.integer({ min: 3, max: 7 }),
        (counts, method, classCount) => {
          const classification = classify(counts, { method, classCount });
          const rows = classLabels(classRanges(classification), 'count').map(countsOf);
          for (const count of counts) {
            const holding = rows.flatMap(([first, last], index) => (first <= count && count <= last ? [index] : []));
            expect(holding).toEqual([classification.classOf(count)]);
          }
        },
      ),
    );
  });

  it('writes every bound of any rate legend with one number of decimals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 2000, noNaN: true }), { minLength: 2, maxLength: 43 }),
        fc.integer({ min: 3, max: 7 }),
        (rates, classCount) => {
          const { labels, highest } = labelsAndHighest(classRanges(classify(rates, { method: 'quantile', classCount })), 'rate');
          const decimals = new Set(
            [...labels, highest]
              .join(' ')
              .match(/\d[\d,]*\.\d+/g)!
              .map((figure) => figure.split('.')[1]!.length),
          );
          expect(decimals.size).toBe(1);
        },
      ),
    );
  });
});
