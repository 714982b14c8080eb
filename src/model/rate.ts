import type { RatePer } from '../datasets/dataset';

/** The one rate formula: a count per `per` people. */
export function ratePerPeople(count: number, population: number, per: RatePer): number {
  return (count / population) * per;
}

/** "per 100,000 people" */
export function ratePhrase(per: RatePer): string {
  return `per ${per === 1000 ? '1,000' : '100,000'} people`;
}
