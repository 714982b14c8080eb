/**
 * Writes the spreadsheet fixtures from the raw sources in ../shared:
 *   test/fixtures/prc-pfa-sample.ods      the Home Office release's layout, a few forces and years (committed, for unit tests)
 *   test/fixtures/nspcc-foi-wide.xlsx     an FOI reply's layout: a wide table, a force a row and a year a column (committed)
 *   test/fixtures/nspcc-foi-two-tables.xlsx  the same layout with a table for each of two releases, on two sheets (committed)
 *   test/fixtures/generated/prc-pfa-mar2013-onwards-tables-191023.ods
 *                                         the whole table in the release's layout (not committed: browser tests and the benchmark)
 * Run: npx tsx scripts/make-spreadsheet-fixtures.ts [--sample-only]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../geo/paths';
import { rawSources } from '../data/sources';
import { parseDelimited } from '../src/ingest/parse-delimited';
import { writeOds } from './spreadsheet-fixtures/ods-writer';
import { releaseSheets } from './spreadsheet-fixtures/release-layout';
import { foiWideWorkbook } from './spreadsheet-fixtures/foi-workbook';
import { fixturePaths, SAMPLE_FORCES, SAMPLE_YEARS, MARKED_FORCES, TWO_TABLE_RELEASES } from '../test/fixtures/fixture-paths';

const started = performance.now();
const table = parseDelimited(readFileSync(rawSources.homeOfficeTable, 'utf8'));
const sourceName = path.basename(rawSources.homeOfficeTable);
mkdirSync(path.dirname(fixturePaths.fullOds), { recursive: true });

const sample = writeOds(
  releaseSheets(table, { sourceName, markedForces: MARKED_FORCES, keep: (fields) => SAMPLE_YEARS.has(fields[0] ?? '') && SAMPLE_FORCES.has(fields[2] ?? '') }),
  { level: 9 },
);
writeFileSync(fixturePaths.sampleOds, sample);
const nspcc = parseDelimited(readFileSync(rawSources.nspccFigures, 'utf8'));
const foi = await foiWideWorkbook(nspcc);
writeFileSync(fixturePaths.foiXlsx, foi);
const twoTables = await foiWideWorkbook(nspcc, TWO_TABLE_RELEASES);
writeFileSync(fixturePaths.foiTwoTablesXlsx, twoTables);
const size = (file: string, bytes: Uint8Array) => `${path.relative(projectRoot, file)}: ${(bytes.length / 1024).toFixed(0)} KB`;
console.log([size(fixturePaths.sampleOds, sample), size(fixturePaths.foiXlsx, foi), size(fixturePaths.foiTwoTablesXlsx, twoTables)].join('; '));

if (!process.argv.includes('--sample-only')) {
  const full = writeOds(releaseSheets(table, { sourceName, markedForces: MARKED_FORCES }));
  writeFileSync(fixturePaths.fullOds, full);
  console.log(`${path.relative(projectRoot, fixturePaths.fullOds)}: ${(full.length / 1024 / 1024).toFixed(1)} MB`);
}
console.log(`in ${((performance.now() - started) / 1000).toFixed(1)} s`);
