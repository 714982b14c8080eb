/**
 * npm run geo: ONS police force area boundaries → the app's TopoJSON.
 *
 * Reads the ONS boundary GeoJSON (WGS84) from ../shared/geo, or from
 * PFA_BOUNDARIES, checks it against data/forces.csv, builds a topology
 * (shared borders stored once, so regions can be merged), simplifies and
 * quantizes it, and writes public/generated/pfa.topo.json with one object
 * per force: id = ONS code, properties = name, short label and region.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { topology } from 'topojson-server';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import * as z from 'zod/mini';
import { parseForceTable } from '../src/forces/force-table';
import { boundariesPath, forcesCsvPath, generatedDir, topologyPath } from './paths';
import { parseBoundaries, type BoundaryFeature } from './boundaries';
import { simplifyTopology } from './simplify-topology';
import { checkTopology } from './check-topology';

// zod/mini leaves messages out unless a locale is loaded; a build script can afford English.
z.config(z.locales.en());

/** Tuned so the file stays well under the 35 KB gzip budget. */
const MIN_WEIGHT_STERADIANS = 2e-10;
const QUANTIZATION = 1e5;
/** Areas smaller than this keep every boundary point (the City of London). */
const KEEP_ALL_POINTS_BELOW_KM2 = 50;

function main(): void {
  if (!existsSync(boundariesPath)) {
    throw new Error(
      `Boundary file not found: ${boundariesPath}\n` +
        'Expected the ONS "Police Force Areas (December 2022) Boundaries EW BUC" GeoJSON in ../shared/geo, ' +
        'or set PFA_BOUNDARIES to its path.',
    );
  }
  const forceTable = parseForceTable(readFileSync(forcesCsvPath, 'utf8'));
  const features = parseBoundaries(JSON.parse(readFileSync(boundariesPath, 'utf8')), forceTable, boundariesPath);

  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const raw = topology({ forces: collection }) as Topology;
  const protectedArcs = arcsOfSmallAreas(raw, features);
  const simplified = simplifyTopology(raw, {
    minWeight: MIN_WEIGHT_STERADIANS,
    quantization: QUANTIZATION,
    protectedArcs,
  });
  const report = checkTopology(simplified, forceTable);

  mkdirSync(generatedDir, { recursive: true });
  const json = JSON.stringify(simplified);
  writeFileSync(topologyPath, json);
  const gzipKb = gzipSync(json).length / 1024;
  console.log(
    `geo: ${report.forceCount} forces, ${simplified.arcs.length} arcs, ` +
      `${(json.length / 1024).toFixed(1)} KB (${gzipKb.toFixed(1)} KB gzip) → ${topologyPath}`,
  );
}

function arcsOfSmallAreas(raw: Topology, features: BoundaryFeature[]): Set<number> {
  const small = new Set(features.filter((f) => f.properties.areaKm2 < KEEP_ALL_POINTS_BELOW_KM2).map((f) => f.id));
  const arcs = new Set<number>();
  const collection = raw.objects.forces as GeometryCollection;
  for (const geometry of collection.geometries) {
    if (!small.has(String(geometry.id))) continue;
    collectArcIndexes('arcs' in geometry ? geometry.arcs : [], arcs);
  }
  return arcs;
}

function collectArcIndexes(nested: unknown, into: Set<number>): void {
  if (typeof nested === 'number') into.add(nested < 0 ? ~nested : nested);
  else if (Array.isArray(nested)) for (const item of nested) collectArcIndexes(item, into);
}

try {
  main();
} catch (error) {
  console.error(`geo: ${(error as Error).message}`);
  process.exit(1);
}
