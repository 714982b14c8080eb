import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * A polygon feature with its rings wound the way d3-geo needs them.
 *
 * GeoJSON (RFC 7946), and so topojson-client's output, winds outer rings
 * anticlockwise and holes clockwise. d3-geo works on the sphere, where a
 * ring encloses whichever side its winding says, and takes the opposite
 * convention: outer rings clockwise. Drawn as they come, each force would
 * be read as "the whole globe except this force" and flood the canvas.
 *
 * Each ring's winding is judged by its planar signed area in longitude
 * and latitude, which is exact enough for rings as small as a police
 * force; rings are reversed only where needed, so this is safe to apply to
 * geometry that is already wound either way. Rings with no area (slivers
 * left by simplification) are dropped: they draw nothing, and having no
 * winding to fix, d3 could still read one as the whole sphere. The input
 * is not changed.
 */
export function rewindForD3<G extends Polygon | MultiPolygon, P>(feature: Feature<G, P>): Feature<G, P> {
  return { ...feature, geometry: rewindGeometryForD3(feature.geometry) };
}

/** rewindForD3 for a bare geometry, such as a region's merged outline. */
export function rewindGeometryForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) ?? [] };
  const coordinates = geometry.coordinates.map(rewindPolygon).filter((polygon): polygon is Position[][] => polygon !== undefined);
  return { ...geometry, coordinates };
}

/** Outer ring clockwise, holes anticlockwise; undefined when the outer ring has no area. */
function rewindPolygon(rings: Position[][]): Position[][] | undefined {
  const [outer, ...holes] = rings;
  if (outer === undefined || signedArea(outer) === 0) return undefined;
  return [windTo(outer, 'clockwise'), ...holes.filter((hole) => signedArea(hole) !== 0).map((hole) => windTo(hole, 'anticlockwise'))];
}

function windTo(ring: Position[], winding: 'clockwise' | 'anticlockwise'): Position[] {
  const isClockwise = signedArea(ring) < 0;
  return isClockwise === (winding === 'clockwise') ? ring : [...ring].reverse();
}

/**
 * The shoelace sum: positive for anticlockwise rings with x east and y
 * north. The last edge wraps round to the first point, so a ring works
 * closed (as GeoJSON has it) or not.
 */
export function signedArea(ring: readonly Position[]): number {
  let twiceArea = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i]!;
    const [x1 = 0, y1 = 0] = ring[(i + 1) % ring.length]!;
    twiceArea += x0 * y1 - x1 * y0;
  }
  return twiceArea / 2;
}
