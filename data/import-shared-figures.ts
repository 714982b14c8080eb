/**
 * Writes the published figures that PFA Atlas keeps in data/ from the
 * sources in ../shared/data, resolving every force to its ONS code and
 * keeping the release and source with every row. Run by hand when a source
 * changes (npm run import-figures); its outputs are committed and checked
 * against the sources by test/data/shared-figures.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { forcesCsvPath, projectRoot, sharedDir } from '../geo/paths';
import { parseForceTable } from '../src/forces/force-table';
import { createForceNameResolver } from '../src/forces/resolve-force-name';
import { parseDelimited } from '../src/ingest/parse-delimited';
import { nspccFiguresCsv, nspccTotalsCsv, populationCsv } from './shared-figures';

const forceTable = parseForceTable(readFileSync(forcesCsvPath, 'utf8'));
const resolver = createForceNameResolver(forceTable);
const read = (name: string) => readFileSync(path.join(sharedDir, 'data', name), 'utf8');

const outputs: Record<string, string> = {
  'nspcc-foi-figures.csv': nspccFiguresCsv(parseDelimited(read('nspcc-foi-child-abuse-image-offences.csv')), resolver),
  'nspcc-published-totals.csv': nspccTotalsCsv(parseDelimited(read('nspcc-published-totals.csv')), resolver),
  'population.csv': populationCsv(
    parseDelimited(read('pfa-population-mid2012-2021.csv')),
    parseDelimited(read('pfa-population-mid2022-rounded.tsv'), '\t'),
    resolver,
  ),
};
for (const [name, text] of Object.entries(outputs)) {
  writeFileSync(path.join(projectRoot, 'data', name), text);
  console.log(`wrote data/${name} (${text.split('\n').length - 2} rows)`);
}
