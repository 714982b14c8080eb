import type { RatePer } from '../datasets/dataset';
import { t } from '../i18n/language';

/** The one rate formula: a count per `per` people. */
export function ratePerPeople(count: number, population: number, per: RatePer): number {
  return (count / population) * per;
}

/** "per 100,000 people", in the page's language. */
export function ratePhrase(per: RatePer): string {
  return t().measures.ratePhrase(per);
}
