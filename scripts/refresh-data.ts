/**
 * npm run data:refresh: rebuilds every derived file the project commits
 * (geo/pfa.topo.json, data/home-office/, data/nspcc-*.csv,
 * data/population.csv) from the raw sources in ../shared or
 * PFA_SHARED_DIR. Run it when a source changes, then commit the result.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { projectRoot } from '../geo/paths';
import { FIGURES_DIR } from '../data/home-office-files';
import { refreshedFiles } from '../data/refresh';

// zod/mini leaves messages out unless a locale is loaded; a build script can afford English.
z.config(z.locales.en());

try {
  const started = performance.now();
  const { files, homeOffice } = await refreshedFiles();
  // A figures file of a group that is gone would linger unseen.
  const figuresDir = path.join(projectRoot, FIGURES_DIR);
  mkdirSync(figuresDir, { recursive: true });
  for (const file of readdirSync(figuresDir, { withFileTypes: true }).filter((entry) => entry.isFile())) {
    if (!files.has(`${FIGURES_DIR}/${file.name}`)) rmSync(path.join(figuresDir, file.name));
  }
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(projectRoot, file)), { recursive: true });
    writeFileSync(path.join(projectRoot, file), text);
  }
  const offered = homeOffice.series.filter((series) => series.figures).length;
  console.log(
    `data:refresh: ${files.size} files written in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `Home Office: ${homeOffice.release.table.rows.toLocaleString('en-GB')} rows, ${offered} series offered, ${homeOffice.series.length - offered} not; ` +
      `left out: ${homeOffice.release.leftOut.map(({ body, rows }) => `${body} (${rows} rows)`).join(', ')}`,
  );
} catch (error) {
  console.error(`data:refresh: ${(error as Error).message}`);
  process.exit(1);
}
