/**
 * ONS police force area boundaries → the app's TopoJSON (geo/pfa.topo.json,
 * made by npm run data:refresh).
 *
 * Checks the ONS boundary GeoJSON (WGS84) against data/forces.csv, builds a
 * topology (shared borders stored once, so regions can be merged),
 * simplifies and quantizes it: one object per force, id = ONS code,
 * properties = name, short label and region.
 */
import { topology } from 'topojson-server';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ForceTable } from '../src/forces/force-table';
import { parseBoundaries, type BoundaryFeature } from './boundaries';
import { simplifyTopology } from './simplify-topology';
import { checkTopology } from './check-topology';

/** Tuned so the file stays well under the 35 KB gzip budget. */
const MIN_WEIGHT_STERADIANS = 2e-10;
const QUANTIZATION = 1e5;
/** Areas smaller than this keep every boundary point (the City of London). */
const KEEP_ALL_POINTS_BELOW_KM2 = 50;

/** The topology as the text to commit; source names the boundary file in messages. */
export function buildTopology(geojson: unknown, forceTable: ForceTable, source: string): { json: string; arcs: number } {
  const features = parseBoundaries(geojson, forceTable, source);
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const raw = topology({ forces: collection }) as Topology;
  const simplified = simplifyTopology(raw, {
    minWeight: MIN_WEIGHT_STERADIANS,
    quantization: QUANTIZATION,
    protectedArcs: arcsOfSmallAreas(raw, features),
  });
  checkTopology(simplified, forceTable);
  return { json: JSON.stringify(simplified), arcs: simplified.arcs.length };
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
