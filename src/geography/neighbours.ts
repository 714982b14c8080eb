import { neighbors } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { boundsOf, type Boundaries } from './boundaries';

export type Direction = 'up' | 'down' | 'left' | 'right';

/** Each force's neighbours (forces sharing a border) and its centre, for moving across the map by keyboard. */
export interface ForceGraph {
  neighbours: ReadonlyMap<string, readonly string[]>;
  /** [lon, lat] of the middle of each force's bounding box; or [x, y] (y north) where plane is set. */
  centres: ReadonlyMap<string, readonly [number, number]>;
  /** The centres are on a plane (a tile map), not in degrees: no shrinking of longitude. */
  plane?: boolean;
}

/** How much narrower a degree of longitude is than one of latitude at this latitude; 1 on a plane. */
function eastWestScale(graph: ForceGraph, latitude: number): number {
  return graph.plane ? 1 : Math.cos((latitude * Math.PI) / 180);
}

/** Shared borders are shared arcs of the topology, so neighbours come straight from it (topojson-client). */
export function forceGraph(boundaries: Boundaries): ForceGraph {
  const geometries = (boundaries.topology.objects.forces as GeometryCollection).geometries;
  const codes = geometries.map((geometry) => String(geometry.id));
  const indexes = neighbors(geometries as Parameters<typeof neighbors>[0]);
  const neighbours = new Map(codes.map((code, i) => [code, indexes[i]!.map((j) => codes[j]!)]));
  const centres = new Map<string, [number, number]>();
  for (const force of boundaries.features.features) {
    const [[west, south], [east, north]] = boundsOf(force.geometry);
    centres.set(force.properties.code, [(west + east) / 2, (south + north) / 2]);
  }
  return { neighbours, centres };
}

const ANGLE: Record<Direction, number> = { right: 0, up: 90, left: 180, down: 270 };

/**
 * The force an arrow key moves to: among the force's neighbours, the one
 * whose centre lies most nearly in that direction (within 70° of it); if
 * no neighbour does (a coast, an island), the nearest force in that
 * direction. Undefined when there is none (the edge of the map).
 * Longitude is shrunk by the cosine of the latitude, so that "left" means
 * west as it looks on the map.
 */
export function forceInDirection(graph: ForceGraph, from: string, direction: Direction, among?: ReadonlySet<string>): string | undefined {
  const origin = graph.centres.get(from);
  if (!origin) return undefined;
  const allowed = (code: string) => code !== from && (!among || among.has(code));
  const scored = (codes: Iterable<string>) => {
    let best: { code: string; score: number } | undefined;
    for (const code of codes) {
      if (!allowed(code)) continue;
      const centre = graph.centres.get(code);
      if (!centre) continue;
      const dx = (centre[0] - origin[0]) * eastWestScale(graph, origin[1]);
      const dy = centre[1] - origin[1];
      const off = Math.abs((((((Math.atan2(dy, dx) * 180) / Math.PI - ANGLE[direction]) % 360) + 540) % 360) - 180);
      if (off > 70) continue;
      // Straight ahead beats near: a force off to the side must be much nearer to win.
      const score = Math.hypot(dx, dy) * (1 + (off / 30) ** 2);
      if (!best || score < best.score) best = { code, score };
    }
    return best?.code;
  };
  return scored(graph.neighbours.get(from) ?? []) ?? scored(graph.centres.keys());
}

/** The force whose centre is nearest a point: where the keyboard starts on a map with nothing chosen. */
export function nearestForce(graph: ForceGraph, [lon, lat]: readonly [number, number], among?: ReadonlySet<string>): string | undefined {
  let best: { code: string; distance: number } | undefined;
  for (const [code, [x, y]] of graph.centres) {
    if (among && !among.has(code)) continue;
    const distance = Math.hypot((x - lon) * eastWestScale(graph, lat), y - lat);
    if (!best || distance < best.distance) best = { code, distance };
  }
  return best?.code;
}
