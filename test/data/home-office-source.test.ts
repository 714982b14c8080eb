import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { homeOfficeFiles } from '../../data/home-office-files';
import { readHomeOfficeTable } from '../../data/home-office-source';
import { deriveHomeOfficeSeries } from '../../data/home-office-series';
import { rawSources } from '../../data/sources';
import { createForceNameResolver } from '../../src/forces/resolve-force-name';
import { fixturePaths } from '../fixtures/fixture-paths';
import { forceTable } from '../helpers';
import { withSources } from '../sources';

const FACTS = {
  source: 'Home Office',
  url: 'https://example.org/table',
  releaseDate: '2023-10-19',
  label: 'Home Office open data tables, 19 October 2023',
  licence: 'OGL',
};
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
    expect(rows[0]!.fields).toEqual([
      'Financial Year',
      'Financial Quarter',
      'Force Name',
      'Offence Description',
      'Offence Group',
      'Offence Subgroup',
      'Offence Code',
      'Number of Offences',
    ]);
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

describe('a newer release as .ods: what data:refresh makes of it (a generated workbook with a synthetic year; tests only, never shipped)', () => {
  const MISC = 'Miscellaneous crimes against society';
  const header = [
    'Financial Year',
    'Financial Quarter',
    'Force Name',
    'Offence Description',
    'Offence Group',
    'Offence Subgroup',
    'Offence Code',
    'Number of Offences',
  ];
  /** Synthetic figures, made up for this test: 1 to 4 a quarter. */
  const quarters = (year: string, force: string, code: string, description: string, count = 4) =>
    Array.from({ length: count }, (_, i) => [year, String(i + 1), force, description, MISC, MISC, code, String(i + 1)]);
  const table = [
    header,
    ...quarters('2023/24', 'Dorset', '86', 'Obscene publications etc'),
    ...quarters('2023/24', 'Dorset', '98', 'A code the newer release retires'),
    ...quarters('2024/25', 'Dorset', '86', 'Obscene publications etc'),
    ...quarters('2024/25', 'Devon and Cornwall Police [Note 3]', '86', 'Obscene publications etc'),
    ...quarters('2024/25', 'Dorset', '97', 'A code the newer release adds'),
    ...quarters('2025/26', 'Dorset', '86', 'Obscene publications etc', 1),
  ].map((fields, i) => ({ line: i + 1, fields }));

  let rows: Awaited<ReturnType<typeof readHomeOfficeTable>>;
  beforeAll(async () => {
    const { writeOds } = await import('../../scripts/spreadsheet-fixtures/ods-writer');
    const { releaseSheets } = await import('../../scripts/spreadsheet-fixtures/release-layout');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pfa-newer-release-')), 'prc-pfa-mar2013-onwards-tables-240725.ods');
    writeFileSync(file, writeOds(releaseSheets(table, { sourceName: 'a synthetic table' })));
    rows = await readHomeOfficeTable(file);
  });

  it('takes the new full year, leaves the new partial year out with its quarters, and reads the new spelling of a force', () => {
    const data = deriveHomeOfficeSeries(rows, createForceNameResolver(forceTable), codes, { path: 'newer.ods', facts: FACTS });
    expect(data.release.years).toEqual(['2023/24', '2024/25']);
    expect(data.release.partialYears).toEqual([{ year: '2025/26', quarters: 1 }]);
    const code86 = data.series.find((series) => series.entry.id === '86');
    // Devon and Cornwall: 1 + 2 + 3 + 4 in 2024/25, none in 2023/24.
    expect(code86?.figures?.get('E23000035')?.map((figure) => figure.value)).toEqual([null, 10]);
    expect(code86?.figures?.get('E23000039')?.map((figure) => figure.value)).toEqual([10, 10]);
  });

  it('keeps a retired code to its last year and starts an added code at its first', () => {
    const data = deriveHomeOfficeSeries(rows, createForceNameResolver(forceTable), codes, { path: 'newer.ods', facts: FACTS });
    const span = (id: string) => {
      const entry = data.series.find((series) => series.entry.id === id)?.entry;
      return entry && 'firstYear' in entry ? [entry.firstYear, entry.lastYear] : entry;
    };
    expect(span('98')).toEqual(['2023/24', '2023/24']);
    expect(span('97')).toEqual(['2024/25', '2024/25']);
  });
});
