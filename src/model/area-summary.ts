import type { Force } from '../forces/force-table';
import type { JoinedData } from './join';
import { ratePerPeople } from './rate';

/** An area's figures in one year, from the forces that published one. */
export interface AreaYear {
  /** Sum of the published figures; null when no force in the area published one. */
  total: number | null;
  /** Forces whose figure is in the total, out of the area's forces. */
  forcesWithFigures: number;
  forceCount: number;
  /**
   * The rate over the forces that have both a figure and a population
   * estimate (their figures over their people); null when none has both.
   */
  rate: number | null;
  /** How many forces the rate is made of. */
  rateForces: number;
  /** Forces with a figure but no population estimate that year: in the total, left out of the rate. */
  withoutPopulation: Force[];
}

/**
 * Totals and rates for a group of forces (a region, England and Wales),
 * year by year. Only published figures are added up, and the forces behind
 * each total and each rate are counted, so that a partial total is never
 * passed off as the area's. A rate divides the figures of the forces with a
 * population estimate by their people only: a force without one would
 * otherwise add offences to the top with no people below them.
 */
export function areaSeries(joined: JoinedData, forces: readonly Force[]): AreaYear[] {
  const ratePer = joined.dataset.meta.ratePer;
  return joined.years.map((_, yearIndex) => {
    let total = 0;
    let forcesWithFigures = 0;
    let rateCount = 0;
    let people = 0;
    let rateForces = 0;
    const withoutPopulation: Force[] = [];
    for (const force of forces) {
      const cell = joined.cells.get(force.code)?.[yearIndex];
      if (!cell || cell.value === null) continue;
      forcesWithFigures++;
      total += cell.value;
      if (cell.population === undefined) {
        withoutPopulation.push(force);
        continue;
      }
      rateForces++;
      rateCount += cell.value;
      people += cell.population;
    }
    return {
      total: forcesWithFigures > 0 ? total : null,
      forcesWithFigures,
      forceCount: forces.length,
      rate: rateForces > 0 && people > 0 ? ratePerPeople(rateCount, people, ratePer) : null,
      rateForces,
      withoutPopulation,
    };
  });
}
