import * as z from 'zod/mini';
import { forceCodeSchema } from '../forces/force-table';
import { financialYearStart } from './financial-year';

/** Mid-year population by force: the denominators of rates per 100,000. */
export const populationSchema = z.object({
  sources: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** code → mid-year → [population, index into sources] */
  byCode: z.record(forceCodeSchema, z.record(z.string().check(z.regex(/^\d{4}$/)), z.tuple([z.number().check(z.positive()), z.int().check(z.nonnegative())]))),
});
export type Population = z.infer<typeof populationSchema>;

/**
 * The population a rate for a financial year is divided by: the mid-year
 * estimate of the year it starts in (2016/17 → mid-2016). Undefined when
 * that estimate does not exist; never borrowed from another year.
 */
export function populationFor(population: Population, code: string, financialYear: string): number | undefined {
  return population.byCode[code]?.[String(financialYearStart(financialYear))]?.[0];
}
