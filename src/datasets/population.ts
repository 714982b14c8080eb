import { z } from 'zod';
import { forceCodeSchema } from '../forces/force-table';
import { financialYearStart } from './financial-year';

/** Mid-year population by force: the denominators of rates per 100,000. */
export const populationSchema = z.object({
  sources: z.array(z.string().min(1)).min(1),
  /** code → mid-year → [population, index into sources] */
  byCode: z.record(forceCodeSchema, z.record(z.string().regex(/^\d{4}$/), z.tuple([z.number().positive(), z.number().int().nonnegative()]))),
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
