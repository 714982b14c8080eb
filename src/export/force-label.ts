import { geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { ForceFeature } from '../geography/boundaries';
import type { Box as Rect } from './compose-picture';

export interface LabelPlacement {
  /** The label's box, inside the map's. */
  box: Rect;
  /** The point on the force the leader starts from. */
  anchor: [number, number];
  /** Where the leader meets the box; undefined when the label sits on the force itself. */
  leaderEnd: [number, number] | undefined;
}

/** Directions to try, in order of preference when they do equally well: beside, then below and above, then the corners. */
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
];

/**
 * Where the selected force's name goes: on the force when the label fits
 * inside it; otherwise beside it, just clear of its bounding box with a
 * short leader, on whichever side keeps the label inside the map and
 * covers least of the other forces (the sea first). Features must be
 * wound for d3 (rewindForD3).
 */
export function placeForceLabel(selected: ForceFeature, others: readonly ForceFeature[], projection: GeoProjection, mapBox: Rect, label: { width: number; height: number }, leader: number): LabelPlacement {
  const path = geoPath(projection);
  const [[x0, y0], [x1, y1]] = path.bounds(selected);
  const anchor = anchorOf(selected, projection, [x0, y0, x1, y1]);
  // Each force's box on the picture, so that only forces whose box holds a point are tested for it.
  const boxed = (features: readonly ForceFeature[]) => features.map((feature) => ({ feature, bounds: path.bounds(feature) }));
  const selectedBoxed = boxed([selected]);
  const othersBoxed = boxed(others);
  const onLand = (features: ReturnType<typeof boxed>, [x, y]: [number, number]) => {
    const lonLat = projection.invert?.([x, y]);
    return lonLat ? features.some(({ feature, bounds: [[left, top], [right, bottom]] }) => x >= left && x <= right && y >= top && y <= bottom && geoContains(feature, lonLat)) : false;
  };

  const onForce = { x: anchor[0] - label.width / 2, y: anchor[1] - label.height / 2, ...label };
  if (inside(onForce, mapBox) && samplePoints(onForce).every((point) => onLand(selectedBoxed, point))) {
    return { box: onForce, anchor, leaderEnd: undefined };
  }

  const candidates = DIRECTIONS.map(([dx, dy]) => {
    const x = dx > 0 ? x1 + leader : dx < 0 ? x0 - leader - label.width : anchor[0] - label.width / 2;
    const y = dy > 0 ? y1 + leader : dy < 0 ? y0 - leader - label.height : anchor[1] - label.height / 2;
    return { x, y, ...label };
  });
  const fitting = candidates.filter((box) => inside(box, mapBox));
  const cover = (box: Rect) => samplePoints(box).filter((point) => onLand(othersBoxed, point)).length;
  const box = fitting.length > 0 ? fitting.reduce((best, box) => (cover(box) < cover(best) ? box : best)) : clampInto(candidates[0]!, mapBox);
  return { box, anchor, leaderEnd: nearestPointOn(box, anchor) };
}

/** The centre of the force's area when it lies on the force; else the point on it nearest that centre (a crescent's centre lies outside it). */
function anchorOf(feature: ForceFeature, projection: GeoProjection, [x0, y0, x1, y1]: readonly number[]): [number, number] {
  const centroid = geoPath(projection).centroid(feature) as [number, number];
  const isOn = ([x, y]: [number, number]) => {
    const lonLat = projection.invert?.([x, y]);
    return lonLat !== undefined && lonLat !== null && geoContains(feature, lonLat);
  };
  if (Number.isFinite(centroid[0]) && isOn(centroid)) return centroid;
  const steps = 16;
  let best: [number, number] | undefined;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const point: [number, number] = [x0! + ((x1! - x0!) * i) / steps, y0! + ((y1! - y0!) * j) / steps];
      if (isOn(point) && (!best || distance(point, centroid) < distance(best, centroid))) best = point;
    }
  }
  return best ?? [(x0! + x1!) / 2, (y0! + y1!) / 2];
}

/** Corners, edge midpoints and centre: enough to tell sea from land under a label. */
function samplePoints({ x, y, width, height }: Rect): [number, number][] {
  const points: [number, number][] = [];
  for (const fx of [0.02, 0.5, 0.98]) for (const fy of [0.05, 0.5, 0.95]) points.push([x + width * fx, y + height * fy]);
  return points;
}

function inside(box: Rect, outer: Rect): boolean {
  return box.x >= outer.x && box.y >= outer.y && box.x + box.width <= outer.x + outer.width && box.y + box.height <= outer.y + outer.height;
}

function clampInto(box: Rect, outer: Rect): Rect {
  return {
    ...box,
    x: Math.min(Math.max(box.x, outer.x), outer.x + outer.width - box.width),
    y: Math.min(Math.max(box.y, outer.y), outer.y + outer.height - box.height),
  };
}

function nearestPointOn(box: Rect, [x, y]: [number, number]): [number, number] {
  return [Math.min(Math.max(x, box.x), box.x + box.width), Math.min(Math.max(y, box.y), box.y + box.height)];
}

function distance([ax, ay]: readonly number[], [bx, by]: readonly number[]): number {
  return Math.hypot(ax! - bx!, ay! - by!);
}
