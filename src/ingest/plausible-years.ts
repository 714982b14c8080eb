import { financialYearFrom, financialYearStart } from '../datasets/financial-year';

/** The first financial year an import takes: older than any series of police figures by force area. */
const FIRST_PLAUSIBLE_YEAR_START = 1950;

/**
 * The financial years a figure in an import can be for: from 1950/51 to
 * the year after the current one (a plan or a target can name next year;
 * nothing can name the year after). The clock is passed in, so that tests
 * can fix it.
 */
export interface PlausibleYears {
  first: string;
  last: string;
  includes(year: string): boolean;
}

export function plausibleYears(today: Date): PlausibleYears {
  // A financial year starts on 1 April: January to March belong to the year that started the April before.
  const currentStart = today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const lastStart = currentStart + 1;
  return {
    first: financialYearFrom(FIRST_PLAUSIBLE_YEAR_START),
    last: financialYearFrom(lastStart),
    includes: (year) => {
      const start = financialYearStart(year);
      return start >= FIRST_PLAUSIBLE_YEAR_START && start <= lastStart;
    },
  };
}
