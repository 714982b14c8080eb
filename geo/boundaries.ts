import * as z from 'zod/mini';
import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ForceTable } from '../src/forces/force-table';

const position = z.tuple([z.number(), z.number()], z.number());
const ring = z.array(position).check(z.minLength(4));
const polygon = z.array(ring).check(z.minLength(1));
const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygon }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).check(z.minLength(1)) }),
]);
const boundaryFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.looseObject({ PFA22CD: z.string(), PFA22NM: z.string() }),
      geometry: geometrySchema,
    }),
  ),
});

interface BoundaryProperties {
  name: string;
  short: string;
  region: string;
  areaKm2: number;
}
export type BoundaryFeature = Feature<Polygon | MultiPolygon, BoundaryProperties> & { id: string };

export const EARTH_RADIUS_KM = 6371.0088;

/**
 * Area on the sphere whatever the ring winding: RFC 7946 winds outer rings
 * counter-clockwise, d3 clockwise, and a polygon wound the "wrong" way
 * measures as the globe minus itself. Hence one polygon at a time.
 */
export function sphericalAreaKm2(feature: Feature<Polygon | MultiPolygon | null>): number {
  const geometry = feature.geometry;
  if (!geometry) return 0;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let steradians = 0;
  for (const coordinates of polygons) {
    const area = geoArea({ type: 'Polygon', coordinates });
    steradians += Math.min(area, 4 * Math.PI - area);
  }
  return steradians * EARTH_RADIUS_KM ** 2;
}

/**
 * Validates the ONS file and matches it, code by code, to the forces table:
 * every force exactly once, nothing else, nothing empty. Fails loudly with
 * every problem listed, since a map missing a force would mislead quietly.
 */
export function parseBoundaries(json: unknown, forceTable: ForceTable, source: string): BoundaryFeature[] {
  const parsed = boundaryFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${source} is not the expected boundary GeoJSON:\n${z.prettifyError(parsed.error)}`);

  const problems: string[] = [];
  const seen = new Set<string>();
  const features: BoundaryFeature[] = [];
  for (const input of parsed.data.features) {
    const code = input.properties.PFA22CD;
    const force = forceTable.byCode.get(code);
    if (!force) {
      problems.push(`${code} (${input.properties.PFA22NM}) is not in data/forces.csv`);
      continue;
    }
    if (seen.has(code)) {
      problems.push(`${code} (${force.name}) appears more than once`);
      continue;
    }
    seen.add(code);
    const geometry = input.geometry as Polygon | MultiPolygon;
    const areaKm2 = sphericalAreaKm2({ type: 'Feature', geometry, properties: null });
    if (!(areaKm2 > 0)) problems.push(`${code} (${force.name}) has an empty geometry`);
    const properties = { name: force.name, short: force.short, region: force.region, areaKm2: round(areaKm2) };
    features.push({ type: 'Feature', id: code, geometry, properties });
  }
  for (const force of forceTable.forces) {
    if (!seen.has(force.code)) problems.push(`${force.code} (${force.name}) is missing`);
  }
  if (problems.length > 0) throw new Error(`${source}: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return features;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
