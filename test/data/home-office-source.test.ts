import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { homeOfficeFiles } from '../../data/home-office-files';
import { readHomeOfficeTable } from '../../data/home-office-source';
import { deriveHomeOfficeSeries } from '../../data/home-office-series';
import { rawSources } from '../../data/sources';
import { createForceNameResolver } from '../../src/forces/resolve-force-name';
import { fixturePaths } from '../../scripts/spreadsheet-fixtures/fixture-paths';
import { forceTable } from '../helpers';
import { withSources } from '../sources';

const FACTS = { source: 'Home Office', url: 'https://example.org/table', releaseDate: '2023-10-19', label: 'Home Office open data tables, 19 October 2023', licence: 'OGL' };
const codes = forceTable.forces.map((force) => force.code).sort();

/** What data:refresh writes for data/home-office/ from a table file; the file's own name aside. */
async function filesFrom(file: string): Promise<Map<string, string>> {
  const rows = await readHomeOfficeTable(file);
  const files = homeOfficeFiles(deriveHomeOfficeSeries(rows, createForceNameResolver(forceTable), codes, { path: 'table', facts: FACTS }));
  const release = JSON.parse(files.get('data/home-office/release.json')!) as { table: { file: string } };
  release.table.file = 'the table';
  files.set('data/home-office/release.json', JSON.stringify(release));
  return files;
}

describe('readHomeOfficeTable: the release as .ods', () => {
  it('gives the header first, then the rows of every year sheet, the title and note lines left out', async () => {
    const rows = await readHomeOfficeTable(fixturePaths.sampleOds);
    expect(rows[0]!.fields).toEqual(['Financial Year', 'Financial Quarter', 'Force Name', 'Offence Description', 'Offence Group', 'Offence Subgroup', 'Offence Code', 'Number of Offences']);
    expect(new Set(rows.slice(1).map((row) => row.fields[0]))).toEqual(new Set(['2022/23', '2023/24']));
  });
});

const fullOds = existsSync(fixturePaths.fullOds);
withSources(rawSources.homeOfficeTable).describe(
  `the whole release as .ods gives exactly the files the CSV gives, every series${fullOds ? '' : ' (skipped: run npx tsx scripts/make-spreadsheet-fixtures.ts first)'}`,
  () => {
    let fromCsv: Map<string, string>;
    let fromOds: Map<string, string>;
    beforeAll(async () => {
      if (!fullOds) return;
      fromCsv = await filesFrom(rawSources.homeOfficeTable);
      fromOds = await filesFrom(fixturePaths.fullOds);
    }, 300_000);

    it.skipIf(!fullOds)('data/home-office/ from the .ods equals data/home-office/ from the CSV, file by file', () => {
      expect([...fromOds.keys()].sort()).toEqual([...fromCsv.keys()].sort());
      const differing = [...fromCsv].filter(([file, text]) => fromOds.get(file) !== text).map(([file]) => file);
      expect(differing).toEqual([]);
      expect(fromCsv.size).toBeGreaterThan(10);
    });
  },
);
