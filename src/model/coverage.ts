import type { Dataset } from '../datasets/dataset';

/**
 * The latest year with figures for at least three quarters of the forces
 * that have any; else the year with most figures. A year of four figures
 * out of forty-three makes poor classes, and a poor first map: the breaks
 * of the "latest-year" scope and the year a series opens on both follow it.
 * `series`: a row per force, a value (or null, not published) per year.
 */
export function latestWellCoveredYear(series: readonly (readonly (number | null | undefined)[])[]): number | undefined {
  const isFigure = (value: number | null | undefined) => typeof value === 'number' && Number.isFinite(value);
  const yearCount = Math.max(0, ...series.map((values) => values.length));
  const counts = Array.from({ length: yearCount }, (_, index) => series.filter((values) => isFigure(values[index])).length);
  const forcesWithAny = series.filter((values) => values.some(isFigure)).length;
  if (forcesWithAny === 0) return undefined;
  const enough = Math.ceil(forcesWithAny * 0.75);
  for (let index = counts.length - 1; index >= 0; index--) if (counts[index]! >= enough) return index;
  return counts.lastIndexOf(Math.max(...counts));
}

const openingYears = new WeakMap<Dataset, string | undefined>();

/** The year a dataset opens on when the link names none: its latest well-covered year by published figures. */
export function openingYearOf(dataset: Dataset): string | undefined {
  if (openingYears.has(dataset)) return openingYears.get(dataset);
  const yearIndex = new Map(dataset.years.map((year, index) => [year, index]));
  const byForce = new Map<string, (number | null)[]>();
  for (const { code, year, value } of dataset.observations) {
    const row =
      byForce.get(code) ??
      byForce
        .set(
          code,
          dataset.years.map(() => null),
        )
        .get(code)!;
    row[yearIndex.get(year)!] = value;
  }
  const index = latestWellCoveredYear([...byForce.values()]);
  const year = index === undefined ? dataset.years[dataset.years.length - 1] : dataset.years[index];
  openingYears.set(dataset, year);
  return year;
}
