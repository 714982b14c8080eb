import { feature, merge } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import * as z from 'zod/mini';

export interface ForceProperties {
  code: string;
  name: string;
  short: string;
  region: string;
}
export type ForceFeature = Feature<Polygon | MultiPolygon, ForceProperties>;

const forceGeometrySchema = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  id: z.string(),
  properties: z.object({ name: z.string(), short: z.string(), region: z.string() }),
});
/**
 * An arc: two or more positions of finite numbers. Checked in one loop
 * per arc rather than number by number through zod, which took 15–90 ms
 * of the first frame for the 5,800 points (npm run bench).
 */
const arcSchema = z.custom<number[][]>(
  (arc) => Array.isArray(arc) && arc.length >= 2 && arc.every((position) => Array.isArray(position) && position.length >= 2 && position.every(Number.isFinite)),
  { error: 'each arc must be a list of two or more [x, y] positions of numbers' },
);
const topologySchema = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(arcSchema),
  objects: z.object({ forces: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(z.looseObject(forceGeometrySchema.shape)) }) }),
});

/** The app's boundary topology, validated as it arrives. */
export function parseTopology(json: unknown): Topology {
  return topologySchema.parse(json) as unknown as Topology;
}

function forcesObject(topology: Topology): GeometryCollection<ForceProperties> {
  return topology.objects.forces as GeometryCollection<ForceProperties>;
}

/** GeoJSON of every force with its code as a property, which MapLibre uses as feature-state id. */
export function forceFeatures(topology: Topology): FeatureCollection<Polygon | MultiPolygon, ForceProperties> {
  const collection = feature(topology, forcesObject(topology)) as FeatureCollection<Polygon | MultiPolygon, ForceProperties>;
  for (const force of collection.features) force.properties = { ...force.properties, code: String(force.id) };
  return collection;
}

/** A region's outline: its forces merged, so inner borders vanish (topojson-client merge). */
export function regionOutline(topology: Topology, region: string): MultiPolygon {
  const geometries = forcesObject(topology).geometries.filter((geometry) => (geometry.properties as ForceProperties | undefined)?.region === region);
  return merge(topology, geometries as Parameters<typeof merge>[1]);
}

export type LonLatBounds = [[number, number], [number, number]];

/** The bounding box of a geometry in longitude and latitude (planar: no ring winding involved). */
export function boundsOf(geometry: Polygon | MultiPolygon): LonLatBounds {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      west = Math.min(west, lon!);
      east = Math.max(east, lon!);
      south = Math.min(south, lat!);
      north = Math.max(north, lat!);
    }
  }
  return [
    [west, south],
    [east, north],
  ];
}

/** The boundaries as the page uses them: the topology (for merging regions), its features, and their codes. */
export interface Boundaries {
  topology: Topology;
  features: FeatureCollection<Polygon | MultiPolygon, ForceProperties>;
  codes: ReadonlySet<string>;
}

export function boundariesOf(topology: Topology): Boundaries {
  const features = forceFeatures(topology);
  return { topology, features, codes: new Set(features.features.map((force) => force.properties.code)) };
}

/** A region the map is focused on: its merged outline, its bounds and its forces. */
export interface RegionFocus {
  region: string;
  outline: MultiPolygon;
  bounds: LonLatBounds;
  codes: ReadonlySet<string>;
}

export function regionFocus(boundaries: Boundaries, region: string): RegionFocus {
  const outline = regionOutline(boundaries.topology, region);
  const codes = new Set(boundaries.features.features.filter((force) => force.properties.region === region).map((force) => force.properties.code));
  return { region, outline, bounds: boundsOf(outline), codes };
}
