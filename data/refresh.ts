/**
 * What npm run data:refresh makes from the raw sources: every derived file
 * the project commits, path (from the project root) → text. Nothing is
 * written here, so that a test can compare the committed files with it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTopology } from '../geo/build-topology';
import { parseTopology } from '../src/geography/boundaries';
import { formatTileLayout, tileLayoutFromTopology, tileLayoutPath } from '../geo/topology-tile-layout';
import { committedTopologyPath, datasetsJsonPath, forcesCsvPath, projectRoot } from '../geo/paths';
import { shippedDatasetsSchema } from '../src/datasets/shipped-datasets';
import { parseForceTable } from '../src/ingest/forces-csv';
import { createForceNameResolver } from '../src/forces/resolve-force-name';
import { parseDelimited } from '../src/ingest/parse-delimited';
import { homeOfficeFiles } from './home-office-files';
import { readHomeOfficeTable } from './home-office-source';
import { deriveHomeOfficeSeries, releaseFactsOf, type HomeOfficeData } from './home-office-series';
import { nspccFiguresCsv, nspccTotalsCsv, populationCsv } from './shared-figures';
import { missingSources, missingSourcesMessage, rawSources } from './sources';

export async function refreshedFiles(): Promise<{ files: Map<string, string>; homeOffice: HomeOfficeData }> {
  const missing = missingSources();
  if (missing.length > 0) throw new Error(missingSourcesMessage(missing));
  const read = (file: string) => readFileSync(file, 'utf8');
  const forceTable = parseForceTable(read(forcesCsvPath));
  const resolver = createForceNameResolver(forceTable);
  const shipped = shippedDatasetsSchema.parse(JSON.parse(read(datasetsJsonPath)));

  const homeOffice = deriveHomeOfficeSeries(
    await readHomeOfficeTable(rawSources.homeOfficeTable),
    resolver,
    forceTable.forces.map((force) => force.code).sort(),
    { path: rawSources.homeOfficeTable, facts: releaseFactsOf(shipped['home-office']) },
  );
  const topology = buildTopology(JSON.parse(read(rawSources.boundaries)), forceTable, rawSources.boundaries).json;
  // The tile map's layout comes from the topology as committed: its centroids and shared borders.
  const tiles = tileLayoutFromTopology(parseTopology(JSON.parse(topology)), forceTable).layout;
  const files = new Map<string, string>([
    [path.relative(projectRoot, committedTopologyPath), topology],
    [path.relative(projectRoot, tileLayoutPath), formatTileLayout(tiles)],
    ['data/nspcc-foi-figures.csv', nspccFiguresCsv(parseDelimited(read(rawSources.nspccFigures)), resolver)],
    ['data/nspcc-published-totals.csv', nspccTotalsCsv(parseDelimited(read(rawSources.nspccTotals)), resolver)],
    ['data/population.csv', populationCsv(parseDelimited(read(rawSources.population2012To2021)), parseDelimited(read(rawSources.population2022), '\t'), resolver)],
    ...homeOfficeFiles(homeOffice),
  ]);
  return { files, homeOffice };
}
