import { ordinal } from '../model/rank';

/**
 * The words of a force's profile, in English. They load with the profile
 * (after the first map), not with the page; profile-cy.ts has exactly these
 * keys (checked by test/i18n/catalogue.test.ts).
 */
export const profileEn = {
  measureInYear: (label: string, year: string) => `${label}, ${year}`,
  numberInYear: (unit: string, year: string) => `Number of ${unit}, ${year}`,
  rate: (rateWords: string) => `Rate, ${rateWords}`,
  comparedWithWhole: 'Rate compared with England and Wales (by its 95% interval)',
  comparedWith: (place: string) => `Rate compared with ${place} (by its 95% interval)`,
  caution: 'Caution',
  rankWhole: 'Rank in England and Wales (1st is highest)',
  rankIn: (place: string) => `Rank in ${place}`,
  changeSince: (from: string) => `Change in the number since ${from} (its first year with a figure)`,
  changeSinceFirst: 'Change in the number since its first year with a figure',
  total: (span: string) => `Total, ${span}`,
  span: (first: string, last: string) => `${first} to ${last}`,
  noFiguresPublished: 'no figures published',
  yearsPublished: (years: number, of: number) => ` (${years} of those ${of} years published)`,
  rank: (rank: number, of: number) => `${ordinal(rank)} of ${of} ${of === 1 ? 'force' : 'forces'} with figures`,
  notRanked: 'not ranked',
  noPopulation: (force: string, year: string) => `not available: no population estimate for ${force} in ${year}`,
  areaNone: (forceCount: number) => `none of its ${forceCount} ${forceCount === 1 ? 'force has' : 'forces have'} a figure`,
  areaTotal: (total: string, unit: string, withFigures: number, forceCount: number) =>
    `${total} ${unit} from ${withFigures} of ${forceCount} ${forceCount === 1 ? 'force' : 'forces'}`,
  areaNoRate: '; no rate (no population estimate)',
  areaLeftOut: (rateForces: number, names: string) => `; rate from ${rateForces} of them, no population for ${names}`,
  lineForce: (short: string) => `${short} (bars: 95% interval)`,
  lineArea: (area: string) => `${area} (forces with figures)`,
  regionLine: (region: string) => `${region} region`,
  rateDescription: (label: string, year: string, values: string) => `${label} by year. In ${year}: ${values}.`,
  countDescription: (label: string, force: string, year: string, value: string) => `${label} recorded by ${force}, by year. In ${year}: ${value}.`,
  everyYear: (force: string) => `${force}: every year`,
  chartTitle: (label: string) => `${label}, every year`,
  columns: { year: 'Year', rate: (rateWords: string) => `Rate ${rateWords}`, interval: '95% interval of the rate', note: 'Note' },
  seriesBreak: (year: string, what: string) => `break in the series since ${year}: ${what}`,
  more: 'More',
  less: 'Less',
  close: (force: string) => `Close the profile of ${force}`,
  beside: 'Beside its region and England and Wales',
  chartShows: 'The chart shows',
  chartKinds: { rate: 'Rate', count: 'Number' },
  publisherTotals: 'Totals the publisher gave',
};

export type ProfileWords = typeof profileEn;
