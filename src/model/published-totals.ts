import type { PublishedTotal } from '../datasets/dataset';
import { compareFinancialYears } from '../datasets/financial-year';
import type { Force, Region } from '../forces/force-table';
import type { JoinedData } from './join';

export interface PublishedTotalComparison {
  total: PublishedTotal;
  /** What the figures of the covered forces in this dataset add up to over the same years; null when none has a figure then. */
  sumOfFigures: number | null;
  /** Covered forces with a figure in every year of the period. */
  forcesComplete: number;
  forceCount: number;
  /**
   * The releases the summed figures came in, the total's own first, when
   * any is not the total's own (a sum can mix releases); absent when all
   * are the total's.
   */
  releasesSummed?: readonly string[];
  /**
   * Why no sum is set beside it: the total covers more than this map (the
   * United Kingdom), or the publisher did not say which forces it covers.
   */
  uncomparable?: 'beyond-the-map' | 'forces-not-listed';
}

/** The areas the publisher gave totals for that cover more than England and Wales. */
const BEYOND_THE_MAP = new Set(['United Kingdom', 'Great Britain']);

/**
 * The totals a publisher gave that a reader looking at this place would
 * look for: for a force, those that include it or its region's forces; for
 * a region, its own; for England and Wales, those for the whole country.
 * Each is set beside what the figures here add up to over the same years,
 * made only of figures there are (not published is never 0).
 */
export function publishedTotalsFor(joined: JoinedData, place: { force?: Force; region?: Region }): PublishedTotalComparison[] {
  const region = place.force?.region ?? place.region;
  const regionCodes = new Set(joined.forces.filter((force) => force.region === region).map((force) => force.code));
  const relevant = joined.dataset.publishedTotals.filter((total) => {
    if (region === undefined) return total.codes.length === 0 && (BEYOND_THE_MAP.has(total.area) || total.area === 'England and Wales');
    if (total.codes.length === 0) return total.area === region;
    return (place.force !== undefined && total.codes.includes(place.force.code)) || total.codes.every((code) => regionCodes.has(code));
  });
  return relevant.map((total) => compareWithPublished(joined, total));
}

function compareWithPublished(joined: JoinedData, total: PublishedTotal): PublishedTotalComparison {
  if (total.codes.length === 0) {
    const uncomparable = BEYOND_THE_MAP.has(total.area) ? 'beyond-the-map' : 'forces-not-listed';
    return { total, sumOfFigures: null, forcesComplete: 0, forceCount: 0, uncomparable };
  }
  const yearIndexes = joined.years
    .map((year, index) => ({ year, index }))
    .filter(({ year }) => compareFinancialYears(year, total.firstYear) >= 0 && compareFinancialYears(year, total.lastYear) <= 0)
    .map(({ index }) => index);
  let sumOfFigures: number | null = null;
  let forcesComplete = 0;
  const releases = new Set<string>();
  for (const code of total.codes) {
    const cells = yearIndexes.map((index) => joined.cells.get(code)?.[index]);
    // Not published is not zero: a sum is only made of figures there are.
    for (const cell of cells) {
      if (cell?.value === null || cell === undefined) continue;
      sumOfFigures = (sumOfFigures ?? 0) + cell.value;
      releases.add(cell.source.release);
    }
    if (cells.length > 0 && cells.every((cell) => cell !== undefined && cell.value !== null)) forcesComplete++;
  }
  const ownRelease = joined.dataset.sources[total.source]?.release;
  const inOrder = [...new Set([ownRelease, ...joined.dataset.sources.map((source) => source.release)])].filter(
    (release): release is string => release !== undefined && releases.has(release),
  );
  const mixed = inOrder.some((release) => release !== ownRelease);
  return { total, sumOfFigures, forcesComplete, forceCount: total.codes.length, ...(mixed ? { releasesSummed: inOrder } : {}) };
}
