import type { Position } from 'geojson';
import type { ForceFeature } from './boundaries';

/**
 * The force whose area holds a [lon, lat] point, by the even-odd rule on
 * its rings (holes and islands included). The rings are short enough that
 * treating degrees as a plane places points well inside a force rightly.
 */
export function forceContaining(forces: readonly ForceFeature[], point: readonly [number, number]): string | undefined {
  return forces.find((force) => {
    const polygons = force.geometry.type === 'Polygon' ? [force.geometry.coordinates] : force.geometry.coordinates;
    return polygons.some((rings) => rings.reduce((inside, ring) => (crossings(ring, point) % 2 === 1 ? !inside : inside), false));
  })?.properties.code;
}

/** How many of the ring's edges a ray from the point due east crosses. */
function crossings(ring: readonly Position[], [x, y]: readonly [number, number]): number {
  let count = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) count++;
  }
  return count;
}
