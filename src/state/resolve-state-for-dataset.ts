import { compareFinancialYears, financialYearSlug } from '../datasets/financial-year';
import type { AppState } from './app-state';
import type { UrlNotice } from './url-notices';

/**
 * Checks the years a link asks for against the years the dataset has, which
 * the URL parser cannot know. A missing year becomes undefined (the year
 * the dataset opens on, `openingYear`: model/coverage.ts), a missing base year undefined ("the first year"), each with a
 * notice; the state is otherwise returned unchanged.
 */
export function resolveStateForDataset(
  state: AppState,
  years: readonly string[],
  partialYears: readonly { year: string; quarters: number }[] = [],
  openingYear?: string,
): { state: AppState; notices: UrlNotice[] } {
  // Dataset files list years in order, but imported ones need not.
  const sorted = [...years].sort(compareFinancialYears);
  const first = sorted[0];
  const latest = sorted[sorted.length - 1];
  const has = new Set(years);
  const notices: UrlNotice[] = [];
  let resolved = state;

  if (state.year !== undefined && !has.has(state.year)) {
    const shown =
      latest === undefined
        ? undefined
        : openingYear === undefined || openingYear === latest
          ? { shown: { year: latest, opening: false } }
          : { shown: { year: openingYear, opening: true } };
    const partial = partialYears.find((candidate) => candidate.year === state.year);
    const reason = { kind: 'year-missing', year: state.year, ...(partial && { quarters: partial.quarters }), ...shown } as const;
    notices.push({ param: 'year', raw: financialYearSlug(state.year), reason });
    resolved = { ...resolved, year: undefined };
  }
  if (state.base !== undefined && !has.has(state.base)) {
    notices.push({
      param: 'base',
      raw: financialYearSlug(state.base),
      reason: { kind: 'base-missing', base: state.base, ...(first !== undefined && { first }) },
    });
    resolved = { ...resolved, base: undefined };
  }
  return { state: resolved, notices };
}
