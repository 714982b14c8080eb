import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { rawSources } from '../../data/sources';
import { datasetSchema } from '../../src/datasets/dataset';
import { offenceCatalogSchema, offenceFileStem, type OfferedOffence } from '../../src/datasets/offence-catalog';
import { createForceNameResolver } from '../../src/forces/resolve-force-name';
import { parseDelimited } from '../../src/ingest/parse-delimited';
import { forceTable, readGeneratedJson } from '../helpers';
import { withSources } from '../sources';

/**
 * An oracle for the shipped Home Office figures, written apart from the
 * pipeline on purpose: one plain loop over the raw rows adds each row to
 * the series it names (its code, its subgroup and group as they stand in
 * that row, and "all" unless it is fraud), then every figure the app is
 * served is compared with that sum.
 */
const catalog = offenceCatalogSchema.parse(readGeneratedJson('offences/index.json'));
const resolver = createForceNameResolver(forceTable);
const FORCES = forceTable.forces.map((force) => force.code);

/** "37.200000000000003" → "37.2"; "8q" → "8Q"; short decimals such as "4.10" are codes in their own right. */
function plainCode(text: string): string {
  const code = text.trim().toUpperCase();
  return /^\d+\.\d{6,}$/.test(code) ? String(Math.round(Number(code) * 10_000) / 10_000) : code;
}
const plainSlug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface Cell {
  sum: number;
  quarters: Set<string>;
}

withSources(rawSources.homeOfficeTable).describe('oracle: every Home Office figure served is the sum of its rows in the raw table', () => {
  const cells = new Map<string, Cell>();
  const quartersOfYear = new Map<string, Set<string>>();
  const cell = (series: string, force: string, year: string) => cells.get(`${series}|${force}|${year}`);

  beforeAll(() => {
    const [, ...rows] = parseDelimited(readFileSync(rawSources.homeOfficeTable, 'utf8'));
    for (const { fields } of rows) {
      const [year, quarter, forceName, , group, subgroup, code, count] = fields as [string, string, string, string, string, string, string, string];
      if (!quartersOfYear.has(year)) quartersOfYear.set(year, new Set());
      quartersOfYear.get(year)!.add(quarter);
      const force = resolver.resolve(forceName.trim());
      if (force.kind !== 'force') continue;
      const series = [plainCode(code), `subgroup:${plainSlug(subgroup)}`, `group:${plainSlug(group)}`];
      if (group !== 'Fraud offences') series.push('all');
      for (const id of series) {
        const key = `${id}|${force.force.code}|${year}`;
        if (!cells.has(key)) cells.set(key, { sum: 0, quarters: new Set() });
        cells.get(key)!.sum += Number(count);
        cells.get(key)!.quarters.add(quarter);
      }
    }
  }, 60_000);

  const fullYears = () =>
    [...quartersOfYear]
      .filter(([, quarters]) => quarters.size === 4)
      .map(([year]) => year)
      .sort();
  /** What the figure must be: the sum, or null when a quarter is missing or the quarters sum below zero. */
  const expected = (series: string, force: string, year: string) => {
    const found = cell(series, force, year);
    return found && found.quarters.size === 4 && found.sum >= 0 ? found.sum : null;
  };
  const yearsWithOffences = (series: string) => fullYears().filter((year) => FORCES.some((force) => (expected(series, force, year) ?? 0) > 0));

  it('holds 2012/13 to 2022/23 whole and 2023/24 as one quarter, as the release says', () => {
    expect(fullYears()).toEqual(catalog.release.years);
    expect(catalog.release.partialYears).toEqual([{ year: '2023/24', quarters: quartersOfYear.get('2023/24')!.size }]);
    expect(catalog.release.partialYears).toEqual([{ year: '2023/24', quarters: 1 }]);
  });

  it('gives every offered series, force and year the sum of the raw rows, and years from the first to the last with an offence', () => {
    const wrong: string[] = [];
    const check = (entry: OfferedOffence) => {
      const dataset = datasetSchema.parse(readGeneratedJson(`offences/${offenceFileStem(entry.id)}.json`));
      const counted = yearsWithOffences(entry.id);
      if (entry.firstYear !== counted[0] || entry.lastYear !== counted.at(-1))
        wrong.push(`${entry.id}: years ${entry.firstYear}–${entry.lastYear}, raw ${counted[0]}–${counted.at(-1)}`);
      const years = fullYears().filter((year) => year >= counted[0]! && year <= counted.at(-1)!);
      if (dataset.years.join() !== years.join()) wrong.push(`${entry.id}: years ${dataset.years.join()}`);
      if (dataset.observations.length !== FORCES.length * years.length) wrong.push(`${entry.id}: ${dataset.observations.length} figures`);
      for (const observation of dataset.observations) {
        const value = expected(entry.id, observation.code, observation.year);
        if (observation.value !== value) wrong.push(`${entry.id} ${observation.code} ${observation.year}: ${observation.value}, raw ${value}`);
      }
    };
    catalog.offered.forEach(check);
    expect(wrong).toEqual([]);
    expect(catalog.offered.length).toBeGreaterThan(150);
  });

  it('offers no series that has no offence in any full year, by any force', () => {
    const counting = catalog.notOffered.filter((entry) => yearsWithOffences(entry.id).length > 0).map((entry) => entry.id);
    expect(counting).toEqual([]);
  });
});
