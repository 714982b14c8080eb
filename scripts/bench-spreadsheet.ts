/**
 * The spreadsheet part of npm run bench on its own: the Home Office release
 * as .ods against the CSV of the same table (BENCH_RUNS runs, 3 by
 * default), on the built app (npm run build first). Makes the whole .ods
 * first when it is missing (scripts/make-spreadsheet-fixtures.ts).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { rawSources } from '../data/sources';
import { projectRoot } from '../geo/paths';
import { measureSpreadsheetImport } from '../bench/spreadsheet-import';
import { serveStatic } from '../bench/static-server';
import { launchBrowser } from '../test/e2e/browser';
import { fixturePaths } from '../test/fixtures/fixture-paths';

const runs = Number(process.env.BENCH_RUNS ?? 3);
if (!existsSync(fixturePaths.fullOds)) execSync('npx tsx scripts/make-spreadsheet-fixtures.ts', { cwd: projectRoot, stdio: 'inherit' });
const server = await serveStatic({ '/app/': path.join(projectRoot, 'dist') });
const browser = await launchBrowser();
try {
  for (let run = 1; run <= runs; run++) {
    const sample = await measureSpreadsheetImport(browser, `${server.url}/app/`, { csv: rawSources.homeOfficeTable, ods: fixturePaths.fullOds });
    console.log(
      `run ${run}/${runs}: ${Object.entries(sample)
        .map(([key, value]) => `${key} ${value.toFixed(key.endsWith('Ratio') ? 2 : 0)}`)
        .join(', ')}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
