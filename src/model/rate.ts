/**
 * Rates are per 1,000 people for all crime and the offence groups (the ONS
 * convention for police force area crime rates) and per 100,000 for rarer
 * offences; each dataset says which (its meta's ratePer).
 */
export const RATE_BASES = [1000, 100_000] as const;
export type RatePer = (typeof RATE_BASES)[number];
export const DEFAULT_RATE_PER: RatePer = 100_000;

/** The one rate formula: a count per `per` people. */
export function ratePerPeople(count: number, population: number, per: RatePer): number {
  return (count / population) * per;
}

/** "per 100,000 people" */
export function ratePhrase(per: RatePer): string {
  return `per ${per === 1000 ? '1,000' : '100,000'} people`;
}
