import type { Force } from '../forces/force-table';
import { areaSeries, type AreaYear } from './area-summary';
import type { JoinedData } from './join';
import { publishedTotalsFor, type PublishedTotalComparison } from './published-totals';
import { rankAmong, type Rank } from './rank';
import { ratePerPeople } from './rate';

export interface ForceProfile {
  force: Force;
  years: readonly string[];
  yearIndex: number;
  /** The published figures; null: not published. */
  counts: readonly (number | null)[];
  rates: readonly (number | null)[];
  region: AreaYear[];
  national: AreaYear[];
  /** Rank of the shown year's value of the measure in force, highest first. */
  rankNational: Rank | undefined;
  rankRegional: Rank | undefined;
  /** Sum over the years that have a figure, and how many years that is. */
  /** The published figures summed, over the years from the first to the last with one: `years` of those `of` years published; undefined when none is. */
  total: { value: number; years: number; of: number; firstYear: string; lastYear: string } | undefined;
  /** Per cent change from the first year with a figure to the shown year. */
  changeSinceFirst: { from: string; percent: number } | undefined;
  /** Totals the publisher gave for the force's region (or a group of its forces), beside what the figures here add up to. */
  publishedTotals: PublishedTotalComparison[];
}

/**
 * What the profile panel says of a force. measureValues are the values of
 * the measure in force for the shown year (for the ranks).
 */
export function forceProfile(args: {
  joined: JoinedData;
  force: Force;
  regionForces: readonly Force[];
  yearIndex: number;
  measureValues: ReadonlyMap<string, number | null>;
}): ForceProfile {
  const { joined, force, regionForces, yearIndex, measureValues } = args;
  const cells = joined.cells.get(force.code) ?? [];
  const counts = joined.years.map((_, i) => cells[i]?.value ?? null);
  const rates = joined.years.map((_, i) => {
    const cell = cells[i];
    return cell && cell.value !== null && cell.population !== undefined ? ratePerPeople(cell.value, cell.population, joined.dataset.meta.ratePer) : null;
  });
  const regionCodes = new Set(regionForces.map((candidate) => candidate.code));
  const regionalValues = new Map([...measureValues].filter(([code]) => regionCodes.has(code)));
  const published = counts.filter((count): count is number => count !== null);
  const firstIndex = counts.findIndex((count) => count !== null);
  const lastIndex = counts.findLastIndex((count) => count !== null);
  const first = counts[firstIndex];
  const shown = counts[yearIndex];
  return {
    force,
    years: joined.years,
    yearIndex,
    counts,
    rates,
    region: areaSeries(joined, regionForces),
    national: areaSeries(joined, joined.forces),
    rankNational: rankAmong(measureValues, force.code),
    rankRegional: rankAmong(regionalValues, force.code),
    total:
      firstIndex < 0
        ? undefined
        : {
            value: published.reduce((a, b) => a + b, 0),
            years: published.length,
            of: lastIndex - firstIndex + 1,
            firstYear: joined.years[firstIndex]!,
            lastYear: joined.years[lastIndex]!,
          },
    changeSinceFirst:
      first !== null && first !== undefined && first > 0 && shown !== null && shown !== undefined && firstIndex < yearIndex
        ? { from: joined.years[firstIndex]!, percent: ((shown - first) / first) * 100 }
        : undefined,
    publishedTotals: publishedTotalsFor(joined, { force }),
  };
}
