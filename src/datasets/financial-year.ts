/**
 * Financial years (1 April to 31 March) in the form police statistics use:
 * "2016/17". Accepts the spellings sources use ("2016-17", "2016/2017",
 * "2016 to 2017", "FY2016/17") and returns undefined for anything else.
 */
export function parseFinancialYear(text: string): string | undefined {
  const match = /^\s*(?:fy\s*)?(\d{4})\s*(?:\/|-|–|to)\s*(\d{2}|\d{4})\s*$/i.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2]!;
  const follows = end.length === 4 ? Number(end) === start + 1 : Number(end) === (start + 1) % 100;
  if (!follows) return undefined;
  return financialYearFrom(start);
}

/** The financial year that starts in a calendar year: 2016 → "2016/17", 999 → "0999/00". */
export function financialYearFrom(start: number): string {
  return `${String(start).padStart(4, '0')}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The calendar year a financial year starts in: "2016/17" → 2016. */
export function financialYearStart(year: string): number {
  return Number(year.slice(0, 4));
}

/** "2016/17" → "2016-17", for file names and URLs. */
export function financialYearSlug(year: string): string {
  return year.replace('/', '-');
}

export function compareFinancialYears(a: string, b: string): number {
  return financialYearStart(a) - financialYearStart(b);
}
