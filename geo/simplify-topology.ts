import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';

export interface SimplifyOptions {
  /** Smallest triangle (steradians) a point must carry to survive. */
  minWeight: number;
  /** Quantization grid, points per axis. */
  quantization: number;
  /** Arcs whose every point is kept, e.g. those of the City of London. */
  protectedArcs: ReadonlySet<number>;
}

/**
 * Visvalingam simplification on the topology, so that shared borders are
 * simplified once and stay shared. Two guards keep every area alive:
 * protected arcs keep all their points, and an arc that closes on itself
 * (an island, or an area enclosed by one neighbour) keeps its three
 * weightiest interior points so that it can never shrink to a line.
 */
export function simplifyTopology(topology: Topology, options: SimplifyOptions): Topology {
  const weighted = presimplify(topology as Topology<Objects<object>>, sphericalTriangleArea);
  weighted.arcs.forEach((arc, index) => {
    const points = arc as unknown as Array<[number, number, number]>;
    if (options.protectedArcs.has(index)) {
      for (const point of points) point[2] = Infinity;
      return;
    }
    const first = points[0]!;
    const last = points[points.length - 1]!;
    if (first[0] === last[0] && first[1] === last[1]) {
      const interior = points.slice(1, -1).sort((a, b) => b[2] - a[2]);
      for (const point of interior.slice(0, 3)) point[2] = Infinity;
    }
  });
  return quantize(simplify(weighted, options.minWeight), options.quantization);
}
