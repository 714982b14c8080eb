import { capitalised } from './language';
import { ordinal } from '../model/rank';

/**
 * The words of the map's description (view-model/map-description.ts), in
 * English. They load with it, after the first map, not with the page;
 * description-cy.ts has exactly these keys (checked by
 * test/i18n/catalogue.test.ts).
 */
export const descriptionEn = {
  and: 'and',
  map: (measure: string, area: string, year: string) => `Map of ${measure.charAt(0).toLowerCase()}${measure.slice(1)} by police force area, ${area}, ${year}.`,
  highest: (names: string, figure: string) => `Highest: ${names}, ${figure}.`,
  lowest: (names: string, figure: string) => `Lowest: ${names}, ${figure}.`,
  noFigure: (force: string) => `${force}: no figure.`,
  place: (force: string, figure: string, rank: number, of: number) =>
    `${force}: ${figure}, ${ordinal(rank)} highest of ${of} ${of === 1 ? 'force' : 'forces'} with a figure.`,
  oneHasFigure: 'The force has a figure.',
  allHaveFigures: (count: number) => `All ${count} forces have a figure.`,
  noFigures: (count: number, named: string) => `${count} ${count === 1 ? 'force has' : 'forces have'} no figure${named}.`,
  partOf: (counted: number) => ` (the ${counted} forces with a figure)`,
  wholeNoFigure: 'England and Wales: no figure.',
  wholeTotal: (figure: string, partOf: string) => `England and Wales: ${figure} in total${partOf}.`,
  wholeRate: (figure: string, partOf: string) => `England and Wales: ${figure}${partOf}.`,
  wholeComparedWith: (rate: string, partOf: string) => `England and Wales, the rate each force is compared with: ${rate}${partOf}.`,
  wholeNoChange: 'England and Wales: no figure (not every force has one in both years).',
  noChange: (unit: string, previous: string | undefined) =>
    `${capitalised(unit)}: no change from the year before can be worked out${previous ? ` (${previous} has no figure)` : ''}.`,
  unchanged: (unit: string, previous: string) => `${capitalised(unit)} unchanged from ${previous}.`,
  upDown: (unit: string, up: boolean, change: string, previous: string) => `${capitalised(unit)} ${up ? 'up' : 'down'} ${change} from ${previous}.`,
  /** Every year's map in one picture (small multiples): its description. */
  allYears: (first: string, last: string, latest: string) =>
    `Small maps, one for each year from ${first} to ${last}, in the same colours. The latest: ${latest}`,
};

export type DescriptionWords = typeof descriptionEn;
