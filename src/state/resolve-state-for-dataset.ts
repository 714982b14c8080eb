import { compareFinancialYears, financialYearSlug } from '../datasets/financial-year';
import type { AppState } from './app-state';
import { ignoredNotice, type UrlNotice } from './url-params';

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
        ? 'no year is shown'
        : openingYear === undefined || openingYear === latest
          ? `the latest year, ${latest}, is shown`
          : `${openingYear}, the latest year with figures for most forces, is shown`;
    const partial = partialYears.find((candidate) => candidate.year === state.year);
    const why = partial
      ? `${state.year} is left out: ${partYearText(partial.quarters)} published in this release`
      : `this dataset has no figures for ${state.year}`;
    notices.push(ignoredNotice('year', financialYearSlug(state.year), `${why}, so ${shown}.`));
    resolved = { ...resolved, year: undefined };
  }
  if (state.base !== undefined && !has.has(state.base)) {
    const from = first === undefined ? 'there is no year to compare with' : `change is measured from its first year, ${first}`;
    notices.push(ignoredNotice('base', financialYearSlug(state.base), `this dataset has no figures for ${state.base}, so ${from}.`));
    resolved = { ...resolved, base: undefined };
  }
  return { state: resolved, notices };
}

const QUARTER_ENDS = ['June', 'September', 'December'];

/** "only April to June": the quarters of a financial year the source holds, from April. */
export function partYearText(quarters: number): string {
  return `only April to ${QUARTER_ENDS[quarters - 1] ?? 'March'}`;
}
