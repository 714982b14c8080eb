import type { Force, Region } from '../forces/force-table';
import { areaSeries } from './area-summary';
import { forceSeriesOf, type JoinedData } from './join';
import { compareInterval, evaluateInterval, measureMeta, type MeasureId } from './measures';
import type { Interval } from './poisson-interval';

/** Counts below this are too few for a stable rate: the ONS and OHID caution under 10. */
const SMALL_NUMBER = 10;

/** Whether a difference is bigger than chance, for one force in one year. */
export interface ForceYearSignificance {
  /** The count is under 10: its rate is unstable. */
  smallNumber: boolean;
  /** The 95% interval of the rate, per the dataset's rate base. */
  rate: Interval | undefined;
  /** The 95% intervals of the changes, in per cent. */
  changePrevious: Interval | undefined;
  changeBase: Interval | undefined;
  /** The rate against England and Wales' and against its region's (the "compared" measure: −1, 0, 1); null: not available. */
  national: number | null;
  regional: number | null;
}

export interface Significance {
  /** England and Wales' rate each year, over the forces with a figure and a population estimate. */
  nationalRates: readonly (number | null)[];
  /** One force's significance in one year (undefined: no such force), worked out on the first request and kept. */
  of(yearIndex: number, code: string): ForceYearSignificance | undefined;
  /** Every force's significance in one year. */
  ofYear(yearIndex: number): ReadonlyMap<string, ForceYearSignificance>;
  /**
   * Works out, force by force, what no request has yet, the years in the order given, for as long as hasTime() says
   * there is time (asked before each force): a caller spreads the work over idle moments, so that a step to another
   * year, or a table of 43 forces, then only looks its intervals up. True when every year given is worked out.
   */
  workAhead(yearOrder: readonly number[], hasTime: () => boolean): boolean;
  /** As workAhead, for one force alone (its profile shows every year of it). */
  workAheadFor(code: string, yearOrder: readonly number[], hasTime: () => boolean): boolean;
}

/** The intervals and comparisons of a joined dataset, each force's worked out once a year, so that a hover only looks them up. */
export function significanceOf(joined: JoinedData, baseYear: string): Significance {
  const ratePer = joined.dataset.meta.ratePer;
  const nationalRates = areaSeries(joined, joined.forces).map((area) => area.rate);
  const regionRates = new Map<Region, (number | null)[]>();
  for (const region of new Set(joined.forces.map((force) => force.region))) {
    regionRates.set(
      region,
      areaSeries(
        joined,
        joined.forces.filter((force) => force.region === region),
      ).map((area) => area.rate),
    );
  }
  const forcesByCode = new Map(joined.forces.map((force) => [force.code, force]));
  const years = new Map<number, Map<string, ForceYearSignificance>>();
  const complete = new Set<number>();

  const workOut = (yearIndex: number, force: Force): ForceYearSignificance => {
    const series = forceSeriesOf(joined, force.code);
    const count = series.values[yearIndex];
    const options = { ratePer, baseYear };
    const rate = evaluateInterval('rate', series, yearIndex, options).value ?? undefined;
    // As the "compared" measure judges (evaluateMeasure), from the rate's interval worked out once here.
    const compared = (referenceRates: readonly (number | null)[] | undefined) => {
      const reference = referenceRates?.[yearIndex];
      return rate === undefined || reference === null || reference === undefined ? null : compareInterval(rate, reference);
    };
    return {
      smallNumber: typeof count === 'number' && count < SMALL_NUMBER,
      rate,
      changePrevious: evaluateInterval('change-previous', series, yearIndex, options).value ?? undefined,
      // The base year against itself is one count, not two to compare.
      changeBase: joined.years[yearIndex] === baseYear ? undefined : (evaluateInterval('change-base', series, yearIndex, options).value ?? undefined),
      national: compared(nationalRates),
      regional: compared(regionRates.get(force.region)),
    };
  };
  const yearOf = (yearIndex: number) => years.get(yearIndex) ?? years.set(yearIndex, new Map()).get(yearIndex)!;
  const of = (yearIndex: number, force: Force): ForceYearSignificance => {
    const year = yearOf(yearIndex);
    let significance = year.get(force.code);
    if (!significance) year.set(force.code, (significance = workOut(yearIndex, force)));
    return significance;
  };
  /** Works the year out to its end while hasTime(); true when it is complete. */
  const completeYear = (yearIndex: number, hasTime: () => boolean): boolean => {
    if (complete.has(yearIndex)) return true;
    const year = yearOf(yearIndex);
    for (const force of joined.forces) {
      if (year.has(force.code)) continue;
      if (!hasTime()) return false;
      of(yearIndex, force);
    }
    // In the forces' order, whatever order they were asked in, so that every reader of a year meets the same order.
    years.set(yearIndex, new Map(joined.forces.map((force) => [force.code, year.get(force.code)!])));
    complete.add(yearIndex);
    return true;
  };
  return {
    nationalRates,
    of(yearIndex, code) {
      const force = forcesByCode.get(code);
      return force && yearIndex >= 0 && yearIndex < joined.years.length ? of(yearIndex, force) : undefined;
    },
    ofYear(yearIndex) {
      completeYear(yearIndex, () => true);
      return years.get(yearIndex)!;
    },
    workAhead(yearOrder, hasTime) {
      return yearOrder.every((yearIndex) => completeYear(yearIndex, hasTime));
    },
    workAheadFor(code, yearOrder, hasTime) {
      const force = forcesByCode.get(code);
      if (!force) return true;
      for (const yearIndex of yearOrder) {
        if (yearOf(yearIndex).has(code)) continue;
        if (!hasTime()) return false;
        of(yearIndex, force);
      }
      return true;
    },
  };
}

/** The interval a measure's figure is judged by (its record's interval: a rate's or a change's own; a comparison's is the rate's; a count has none). */
export function intervalOf(significance: ForceYearSignificance | undefined, measure: MeasureId): Interval | undefined {
  const interval = measureMeta(measure).interval;
  return significance && interval ? significance[interval] : undefined;
}

/** A change whose 95% interval holds 0 (no change) is within year-to-year variation. */
export function withinVariation(interval: Interval | undefined): boolean {
  return interval !== undefined && interval.lower <= 0 && interval.upper >= 0;
}
