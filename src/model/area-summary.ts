import type { Force } from '../forces/force-table';
import type { JoinedData } from './join';
import { RATE_PER } from './measures';

/** An area's figures in one year, from the forces that published one. */
export interface AreaYear {
  /** Sum of the published figures; null when no force in the area published one. */
  total: number | null;
  /** Forces whose figure is in the total, out of the area's forces. */
  forcesWithFigures: number;
  forceCount: number;
  /** Rate per 100,000 over the forces in the total (their own population); null without population for all of them. */
  rate: number | null;
}

/**
 * Totals and rates for a group of forces (a region, England and Wales),
 * year by year. Only published figures are added up, and the count of
 * forces behind each total is kept, so that a partial total is never
 * passed off as the area's.
 */
export function areaSeries(joined: JoinedData, forces: readonly Force[]): AreaYear[] {
  return joined.years.map((_, yearIndex) => {
    let total = 0;
    let people = 0;
    let forcesWithFigures = 0;
    let allHavePopulation = true;
    for (const force of forces) {
      const cell = joined.cells.get(force.code)?.[yearIndex];
      if (!cell || cell.value === null) continue;
      forcesWithFigures++;
      total += cell.value;
      if (cell.population === undefined) allHavePopulation = false;
      else people += cell.population;
    }
    return {
      total: forcesWithFigures > 0 ? total : null,
      forcesWithFigures,
      forceCount: forces.length,
      rate: forcesWithFigures > 0 && allHavePopulation && people > 0 ? (total / people) * RATE_PER : null,
    };
  });
}
