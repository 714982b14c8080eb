import * as z from 'zod/mini';
import { forceCodeSchema } from '../forces/force-table';
import { financialYearStart } from './financial-year';

const MID_YEAR = /^\d{4}$/;

/**
 * One force's estimates: mid-year ("2016") → [population above 0, index
 * into sources]. Checked in one loop per force rather than entry by entry
 * through zod, which took 4–8 ms (Node; four times that on a slow phone) of
 * the first load for the 473 entries.
 */
const midYearsSchema = z.custom<Record<string, [number, number]>>(
  (years) =>
    typeof years === 'object' &&
    years !== null &&
    !Array.isArray(years) &&
    Object.entries(years).every(
      ([year, entry]: [string, unknown]) =>
        MID_YEAR.test(year) &&
        Array.isArray(entry) &&
        entry.length === 2 &&
        typeof entry[0] === 'number' &&
        Number.isFinite(entry[0]) &&
        entry[0] > 0 &&
        Number.isSafeInteger(entry[1]) &&
        entry[1] >= 0,
    ),
  { error: 'each force must map mid-years such as "2016" to [population above 0, index of its source from 0]' },
);

/** Mid-year population by force: the denominators of rates per 100,000. */
export const populationSchema = z.object({
  sources: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** code → mid-year → [population, index into sources] */
  byCode: z.record(forceCodeSchema, midYearsSchema),
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
