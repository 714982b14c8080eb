import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { populationSchema, type Population } from '../../src/datasets/population';
import {
  compareInterval,
  evaluateInterval,
  evaluateMeasure,
  forceSeries,
  MEASURE_IDS,
  measureIdSchema,
  measureMeta,
  MEASURES,
  measureSeries,
  measureValue,
  type ForceSeries,
} from '../../src/model/measures';

const DORSET = 'E23000039';
const PER_100K = { ratePer: 100_000 as const };
const YEARS = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'];
/** Home Office code 86 offences recorded by Dorset Police. */
const DORSET_OFFENCES = [188, 278, 270, 237, 254];

/** ONS mid-year estimates for Dorset, with mid-2020 left out on purpose. */
const population: Population = populationSchema.parse({
  sources: ['ONS mid-year population estimates'],
  byCode: { [DORSET]: { '2016': [767297, 0], '2017': [770689, 0], '2018': [772268, 0], '2019': [773839, 0], '2021': [781401, 0] } },
});

const dorset = forceSeries(YEARS, DORSET_OFFENCES, population, DORSET);

function series(values: (number | null | undefined)[], years = YEARS.slice(0, values.length)): ForceSeries {
  return { years, values, populations: years.map(() => 1_000_000) };
}

describe('measure metadata', () => {
  it('describes each measure once, in the order of MEASURE_IDS', () => {
    expect(MEASURES.map((measure) => measure.id)).toEqual([...MEASURE_IDS]);
    for (const id of MEASURE_IDS) expect(measureMeta(id).id).toBe(id);
    expect(measureIdSchema.safeParse('rate').success).toBe(true);
    expect(measureIdSchema.safeParse('ratio').success).toBe(false);
  });

  it("names the measures with the dataset's unit", () => {
    expect(measureMeta('count').label({ unit: 'offences', ratePer: 100_000 })).toBe('Number of offences');
    expect(measureMeta('rate').label({ unit: 'offences', ratePer: 100_000 })).toBe('Offences per 100,000 people');
    expect(measureMeta('rate').label({ unit: 'offences', ratePer: 1000 })).toBe('Offences per 1,000 people');
    expect(measureMeta('change-base').label({ unit: 'offences', baseYear: '2016/17', ratePer: 100_000 })).toContain('since 2016/17');
    for (const measure of MEASURES) expect(measure.label({ unit: 'arrests', ratePer: 1000 })).toMatch(/arrests/i);
  });

  it('colours changes and the comparison on a diverging scale and the rest on a sequential one', () => {
    expect(MEASURES.filter((measure) => measure.kind === 'diverging').map((measure) => measure.id)).toEqual(['change-previous', 'change-base', 'compared']);
    expect(measureMeta('count').missingLabel).toBe('not published');
    expect(measureMeta('rate').missingLabel).toBe('not available');
    // What follows a figure in words: the unit, the rate's people, nothing after a change (its "%" is part of the figure).
    expect(measureMeta('count').unitAfter({ unit: 'offences', ratePer: 1000 })).toBe('offences');
    expect(measureMeta('rate').unitAfter({ unit: 'offences', ratePer: 1000 })).toBe('per 1,000 people');
    expect(measureMeta('change-previous').unitAfter({ unit: 'offences', ratePer: 1000 })).toBe('');
  });
});

describe('each record, as every part of the atlas reads it', () => {
  /** Dorset's code 86 offences and populations, 2015/16 and 2016/17, then 2018/19 after a gap (2017/18 left out on purpose). */
  const gapped: ForceSeries = { years: ['2015/16', '2016/17', '2018/19'], values: [24, 188, 81], populations: [760_000, 767_297, 772_268] };

  it('holds the one formula of each measure, with another rate base, another base year and a fall', () => {
    expect(evaluateMeasure('count', gapped, 1)).toEqual({ value: 188 });
    // python3: 188 / 767297 * 1000 and * 100000.
    expect(evaluateMeasure('rate', gapped, 1, { ratePer: 1000 }).value).toBeCloseTo(0.24501594558560766, 12);
    expect(evaluateMeasure('rate', gapped, 1, PER_100K).value).toBeCloseTo(24.501594558560765, 10);
    // (188 − 24) / 24 × 100; then 2018/19 follows a gap, so it has no previous year.
    expect(evaluateMeasure('change-previous', gapped, 1).value).toBeCloseTo(683.3333333333333, 10);
    expect(evaluateMeasure('change-previous', gapped, 2)).toEqual({ value: null, reason: 'no-previous-year' });
    // From a base that is not the first year, and a fall: (81 − 188) / 188 × 100 = −56.91…; a base after the year: (188 − 81) / 81 × 100.
    expect(evaluateMeasure('change-base', gapped, 2, { baseYear: '2016/17' }).value).toBeCloseTo(-56.91489361702128, 10);
    expect(evaluateMeasure('change-base', gapped, 1, { baseYear: '2018/19' }).value).toBeCloseTo(132.0987654320988, 10);
    // The rate per 1,000's Garwood interval is 0.2112 to 0.2827 (python3 scipy: chi2.ppf(0.025, 376) / 2 / 767297 * 1000, chi2.ppf(0.975, 378) / 2 / 767297 * 1000).
    const compared = (reference: number) => evaluateMeasure('compared', gapped, 1, { ratePer: 1000, referenceRates: [null, reference, null] }).value;
    expect([compared(0.2), compared(0.25), compared(0.29)]).toEqual([1, 0, -1]);
  });

  it('holds the interval of each measure that has one of its own, and none for the others', () => {
    const rate = evaluateInterval('rate', gapped, 1, { ratePer: 1000 }).value!;
    expect(rate.lower).toBeCloseTo(0.21124238204870882, 12);
    expect(rate.upper).toBeCloseTo(0.28265371400982164, 12);
    // 81 against 188: python3 scipy, n = 269, p = beta.ppf(0.025, 81, n − 80) and beta.ppf(0.975, 82, n − 81), (p / (1 − p) − 1) × 100.
    const fall = evaluateInterval('change-base', gapped, 2, { baseYear: '2016/17' }).value!;
    expect(fall.lower).toBeCloseTo(-67.21557628345126, 8);
    expect(fall.upper).toBeCloseTo(-43.80485996818278, 8);
    expect(() => evaluateInterval('count', gapped, 1)).toThrow(/no interval of its own/);
    expect(() => evaluateInterval('compared', gapped, 1)).toThrow(/no interval of its own/);
  });

  it('says what each measure needs, which table column it stands for and which interval judges it', () => {
    const facts = MEASURES.map(({ id, needsPopulation, needsBaseYear, tableColumn, interval, numberFormat }) => ({
      id,
      needsPopulation,
      needsBaseYear,
      tableColumn,
      interval,
      numberFormat,
    }));
    expect(facts).toEqual([
      { id: 'count', needsPopulation: false, needsBaseYear: false, tableColumn: 'count', interval: undefined, numberFormat: 'count' },
      { id: 'rate', needsPopulation: true, needsBaseYear: false, tableColumn: 'rate', interval: 'rate', numberFormat: 'rate' },
      { id: 'change-previous', needsPopulation: false, needsBaseYear: false, tableColumn: undefined, interval: 'changePrevious', numberFormat: 'change' },
      { id: 'change-base', needsPopulation: false, needsBaseYear: true, tableColumn: undefined, interval: 'changeBase', numberFormat: 'change' },
      { id: 'compared', needsPopulation: true, needsBaseYear: false, tableColumn: undefined, interval: 'rate', numberFormat: 'comparison' },
    ]);
  });
});

describe('forceSeries', () => {
  it("takes each year's own mid-year population and borrows none", () => {
    expect(dorset.populations).toEqual([767297, 770689, 772268, 773839, undefined]);
    expect(forceSeries(YEARS, DORSET_OFFENCES, population, 'E23000001').populations.every((value) => value === undefined)).toBe(true);
  });
});

describe('count', () => {
  it('is the published figure, and missing when it was not published', () => {
    expect(measureValue('count', dorset, 0)).toBe(188);
    expect(evaluateMeasure('count', series([5, null, undefined]), 1)).toEqual({ value: null, reason: 'not-published' });
    expect(measureValue('count', series([5, null, undefined]), 2)).toBeNull();
    expect(measureValue('count', series([0]), 0)).toBe(0);
  });
});

describe('rate per 100,000 people', () => {
  it('divides by the population of the same year: Dorset 2016/17 is 24.5', () => {
    const rate = measureValue('rate', dorset, 0, PER_100K)!;
    expect(rate).toBeCloseTo((188 / 767297) * 100_000, 10);
    expect(rate).toBeCloseTo(24.5, 1);
    // 2017/18 uses mid-2017, not mid-2016.
    expect(measureValue('rate', dorset, 1, PER_100K)).toBeCloseTo((278 / 770689) * 100_000, 10);
  });

  it("is not available without that year's population, even when the years around it have one", () => {
    expect(evaluateMeasure('rate', dorset, 4, PER_100K)).toEqual({ value: null, reason: 'no-population' });
  });

  it('is not available when the count was not published, and 0 for a count of 0', () => {
    const withGaps: ForceSeries = { years: YEARS.slice(0, 2), values: [null, 0], populations: [500_000, 500_000] };
    expect(evaluateMeasure('rate', withGaps, 0, PER_100K)).toEqual({ value: null, reason: 'not-published' });
    expect(measureValue('rate', withGaps, 1, PER_100K)).toBe(0);
  });

  it('gives back the count when multiplied by the population', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (count, people) => {
        const rate = measureValue('rate', { years: ['2016/17'], values: [count], populations: [people] }, 0, PER_100K)!;
        expect((rate * people) / 100_000).toBeCloseTo(count, 6);
      }),
    );
  });
});

describe('change from the previous year', () => {
  it('is the per cent change: Dorset rose 47.9% in 2017/18 and fell 2.9% in 2018/19', () => {
    expect(measureValue('change-previous', dorset, 1)).toBeCloseTo(((278 - 188) / 188) * 100, 10);
    expect(measureValue('change-previous', dorset, 1)).toBeCloseTo(47.9, 1);
    expect(measureValue('change-previous', dorset, 2)).toBeCloseTo(-2.9, 1);
  });

  it('is not available for the first year, nor across a gap in the years', () => {
    expect(evaluateMeasure('change-previous', dorset, 0)).toEqual({ value: null, reason: 'no-previous-year' });
    const gap = series([100, 120], ['2016/17', '2018/19']);
    expect(evaluateMeasure('change-previous', gap, 1)).toEqual({ value: null, reason: 'no-previous-year' });
  });

  it('is not available when either figure is missing, or the previous one is 0', () => {
    expect(evaluateMeasure('change-previous', series([null, 50]), 1)).toEqual({ value: null, reason: 'comparison-not-published' });
    expect(evaluateMeasure('change-previous', series([50, null]), 1)).toEqual({ value: null, reason: 'not-published' });
    expect(evaluateMeasure('change-previous', series([0, 50]), 1)).toEqual({ value: null, reason: 'comparison-zero' });
    expect(measureValue('change-previous', series([50, 0]), 1)).toBe(-100);
  });

  it('chains: each year is the year before times (1 + change)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 2, maxLength: YEARS.length }), (values) => {
        const changes = measureSeries('change-previous', series(values));
        expect(changes[0]).toBeNull();
        values.slice(1).forEach((value, i) => expect(values[i]! * (1 + changes[i + 1]! / 100)).toBeCloseTo(value, 6));
      }),
    );
  });
});

describe('change since a base year', () => {
  it('compares every year with the base: Dorset is up 35.1% on 2016/17 by 2020/21', () => {
    const options = { baseYear: '2016/17' };
    expect(measureValue('change-base', dorset, 0, options)).toBe(0);
    expect(measureValue('change-base', dorset, 4, options)).toBeCloseTo(((254 - 188) / 188) * 100, 10);
    expect(measureValue('change-base', dorset, 4, options)).toBeCloseTo(35.1, 1);
    // A year before the base compares the same way: 2016/17 was 32.4% below 2017/18.
    expect(measureValue('change-base', dorset, 0, { baseYear: '2017/18' })).toBeCloseTo(-32.4, 1);
  });

  it('is not available when the base figure is missing or 0', () => {
    expect(evaluateMeasure('change-base', series([null, 50]), 1, { baseYear: '2016/17' })).toEqual({ value: null, reason: 'comparison-not-published' });
    expect(evaluateMeasure('change-base', series([0, 50]), 1, { baseYear: '2016/17' })).toEqual({ value: null, reason: 'comparison-zero' });
  });

  it('needs a base year that the series has', () => {
    expect(() => measureValue('change-base', dorset, 1)).toThrow(/base year/);
    expect(() => measureValue('change-base', dorset, 1, { baseYear: '2010/11' })).toThrow(/2010\/11/);
  });
});

describe('mistakes a caller can make', () => {
  it('throws on a year index outside the series', () => {
    for (const index of [-1, 5, 1.5, Number.NaN]) expect(() => measureValue('count', dorset, index), String(index)).toThrow(RangeError);
  });

  it('throws when the arrays are out of step', () => {
    expect(() => measureValue('count', { years: YEARS, values: [1, 2], populations: [] }, 0)).toThrow(/out of step/);
  });
});

describe('measureSeries', () => {
  it('gives every year, aligned with the years', () => {
    expect(measureSeries('count', dorset)).toEqual(DORSET_OFFENCES);
    const rates = measureSeries('rate', dorset, PER_100K);
    expect(rates).toHaveLength(YEARS.length);
    expect(rates[4]).toBeNull();
    expect(rates[3]).toBeCloseTo((237 / 773839) * 100_000, 10);
  });
});

describe('the "compared" measure', () => {
  it('is higher where the interval lies wholly above the reference, lower wholly below, similar where it overlaps (ends included)', () => {
    expect(compareInterval({ lower: 38.9, upper: 48.3 }, 67.2)).toBe(-1);
    expect(compareInterval({ lower: 38.9, upper: 48.3 }, 32.3)).toBe(1);
    expect(compareInterval({ lower: 38.9, upper: 48.3 }, 43.4)).toBe(0);
    expect(compareInterval({ lower: 38.9, upper: 48.3 }, 48.3)).toBe(0);
    expect(compareInterval({ lower: 38.9, upper: 48.3 }, 38.9)).toBe(0);
  });

  it('judges a rate by its exact interval against the reference rate of the same year', () => {
    // Dorset 2016/17: 188 offences among 767,297: 95% interval 21.1 to 28.3 per 100,000 (python3 scipy chi2.ppf, see poisson-interval.test.ts);
    // England and Wales 32.3 that year (18,834 among 58,381,217, summed from the raw tables in python).
    const options = { ...PER_100K, referenceRates: [32.26, 25, 20, null, 30] };
    expect(evaluateMeasure('compared', dorset, 0, options)).toEqual({ value: -1 });
    // 188 among 1,000,000: 16.21 to 21.69 per 100,000 (scipy: chi2.ppf(0.025, 376) / 2 / 10, chi2.ppf(0.975, 378) / 2 / 10).
    const flat = series([188, 188, 188], YEARS.slice(0, 3));
    expect(evaluateMeasure('compared', flat, 0, { ...PER_100K, referenceRates: [25, 19, 16] })).toEqual({ value: -1 });
    expect(evaluateMeasure('compared', flat, 1, { ...PER_100K, referenceRates: [25, 19, 16] })).toEqual({ value: 0 });
    expect(evaluateMeasure('compared', flat, 2, { ...PER_100K, referenceRates: [25, 19, 16] })).toEqual({ value: 1 });
    expect(evaluateMeasure('compared', dorset, 3, options)).toEqual({ value: null, reason: 'no-reference' });
    expect(evaluateMeasure('compared', series([2.5]), 0, { ...PER_100K, referenceRates: [1] })).toEqual({ value: null, reason: 'not-a-count' });
    // Per 1,000 people the same figures compare the same way, against a reference per 1,000.
    expect(evaluateMeasure('compared', dorset, 0, { ratePer: 1000, referenceRates: [0.3226] })).toEqual({ value: -1 });
  });
});
