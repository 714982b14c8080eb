/**
 * npm run tiles:report [-- --topology path]: how well the equal-area tile
 * map keeps the geography. Lays the forces out from the boundary topology
 * (geo/pfa.topo.json, or the path given) as npm run data:refresh does, and
 * prints displacement, neighbours kept, regions in one piece and a sketch
 * of the grid; writes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Topology } from 'topojson-specification';
import * as z from 'zod/mini';
import { parseForceTable } from '../src/ingest/forces-csv';
import { findTopology, tileLayoutFromTopology } from './topology-tile-layout';
import { committedTopologyPath, forcesCsvPath } from './paths';
import type { TileLayout } from '../src/geography/tile-layout';
import { measureTileLayout, type TileLayoutMeasures } from './measure-tile-layout';

z.config(z.locales.en());

function main(): void {
  const { values } = parseArgs({ options: { topology: { type: 'string' } } });
  const topologyFile = findTopology(values.topology);
  if (topologyFile === undefined) {
    throw new Error(`no boundary topology at ${values.topology ?? committedTopologyPath}: pass one with \`npm run tiles:report -- --topology path/to/pfa.topo.json\``);
  }
  const forceTable = parseForceTable(readFileSync(forcesCsvPath, 'utf8'));
  if (!existsSync(topologyFile)) throw new Error(`no boundary topology at ${topologyFile}: check the --topology path`);
  const topology = readTopology(topologyFile);
  const { layout, forces, cells, cellSpacingKm } = tileLayoutFromTopology(topology, forceTable);
  console.log(`tiles: ${layout.forces.length} forces from ${topologyFile}, one cell step = ${cellSpacingKm.toFixed(1)} km`);
  const shortOf = (code: string) => forceTable.byCode.get(code)!.short;
  console.log(summarise(measureTileLayout(forces, cells, cellSpacingKm), shortOf));
  console.log(sketch(layout));
}

function readTopology(file: string): Topology {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Topology;
  } catch (error) {
    throw new Error(`${file} is not readable JSON (${(error as Error).message}); rebuild it with \`npm run data:refresh\``);
  }
}

function summarise(measures: TileLayoutMeasures, shortOf: (code: string) => string): string {
  const displacements = [...measures.displacementByCode].sort((a, b) => a[1] - b[1]);
  const km = (value: number) => `${value.toFixed(0)} km`;
  const median = displacements[Math.floor(displacements.length / 2)]![1];
  const mean = displacements.reduce((sum, [, value]) => sum + value, 0) / displacements.length;
  const farthest = displacements.slice(-3).reverse().map(([code, value]) => `${shortOf(code)} ${km(value)}`);
  const broken = [...measures.groupsByRegion].filter(([, groups]) => groups > 1);
  const touchingCount = measures.displacementByCode.size - measures.strandedCodes.length;
  return [
    `  displacement from the force's centroid: mean ${km(mean)}, median ${km(median)}, largest ${farthest.join(', ')}`,
    `  forces whose tile touches a force they border: ${touchingCount} of ${measures.displacementByCode.size}` +
      (measures.strandedCodes.length > 0 ? ` (not: ${measures.strandedCodes.map(shortOf).join(', ')})` : ''),
    `  bordering pairs whose tiles touch: ${measures.borderCount - measures.separatedBorders.length} of ${measures.borderCount}` +
      ` (apart: ${measures.separatedBorders.map(([a, b]) => `${shortOf(a)}–${shortOf(b)}`).join(', ')})`,
    `  touching tiles of forces that do not border: ${measures.falseNeighbourCount}`,
    `  regions in one piece: ${measures.groupsByRegion.size - broken.length} of ${measures.groupsByRegion.size}` +
      (broken.length > 0 ? ` (split: ${broken.map(([region, groups]) => `${region} in ${groups}`).join(', ')})` : ''),
  ].join('\n');
}

/** The grid as text, each row shifted half a tile east of the one above. */
function sketch(layout: TileLayout): string {
  const width = 2 * Math.ceil((Math.max(...layout.forces.map((force) => force.short.length)) + 3) / 2);
  const rows = Math.max(...layout.forces.map((force) => force.r)) + 1;
  const lines = Array.from({ length: rows }, () => '');
  for (const force of [...layout.forces].sort((a, b) => a.r - b.r || a.q - b.q)) {
    const column = ((2 * force.q + force.r) * width) / 2;
    lines[force.r] = lines[force.r]!.padEnd(column) + `[${force.short}]`.padEnd(width);
  }
  return lines.map((line) => `  ${line.trimEnd()}`).join('\n');
}

try {
  main();
} catch (error) {
  console.error(`tiles: ${(error as Error).message}`);
  process.exit(1);
}
