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
export function placeForceLabel(
  selected: ForceFeature,
  others: readonly ForceFeature[],
  projection: GeoProjection,
  mapBox: Rect,
  label: { width: number; height: number },
  leader: number,
  occupied: readonly Rect[] = [],
): LabelPlacement {
  const path = geoPath(projection);
  const [[x0, y0], [x1, y1]] = path.bounds(selected);
  const anchor = anchorOf(selected, projection, [x0, y0, x1, y1]);
  // Each force's box on the picture, so that only forces whose box holds a point are tested for it.
  const boxed = (features: readonly ForceFeature[]) => features.map((feature) => ({ feature, bounds: path.bounds(feature) }));
  const selectedBoxed = boxed([selected]);
  const othersBoxed = boxed(others);
  const onLand = (features: ReturnType<typeof boxed>, [x, y]: [number, number]) => {
    const lonLat = projection.invert?.([x, y]);
    return lonLat
      ? features.some(
          ({ feature, bounds: [[left, top], [right, bottom]] }) => x >= left && x <= right && y >= top && y <= bottom && geoContains(feature, lonLat),
        )
      : false;
  };

  const free = (box: Rect) => !occupied.some((other) => overlaps(box, other));
  const onForce = { x: anchor[0] - label.width / 2, y: anchor[1] - label.height / 2, ...label };
  if (inside(onForce, mapBox) && free(onForce) && samplePoints(onForce).every((point) => onLand(selectedBoxed, point))) {
    return { box: onForce, anchor, leaderEnd: undefined };
  }

  // Beside the force; where other labels are in the way, further out along a longer leader.
  const around = (reach: number) =>
    DIRECTIONS.map(([dx, dy]) => {
      const x = dx > 0 ? x1 + leader * reach : dx < 0 ? x0 - leader * reach - label.width : anchor[0] - label.width / 2;
      const y = dy > 0 ? y1 + leader * reach : dy < 0 ? y0 - leader * reach - label.height : anchor[1] - label.height / 2;
      return { x, y, ...label };
    });
  const candidates = around(1);
  const fitting = [1, 3, 6].map((reach) => around(reach).filter((box) => inside(box, mapBox) && free(box))).find((boxes) => boxes.length > 0) ?? [];
  const cover = (box: Rect) => samplePoints(box).filter((point) => onLand(othersBoxed, point)).length;
  const box =
    fitting.length > 0
      ? fitting.reduce((best, box) => (cover(box) < cover(best) ? box : best))
      : (nearestFreeSpot(anchor, label, mapBox, free) ?? clampInto(candidates[0]!, mapBox));
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

/** Where other labels crowd round a force: the free place inside the map nearest it, tried on a grid a label's height apart. */
function nearestFreeSpot(anchor: [number, number], label: { width: number; height: number }, mapBox: Rect, free: (box: Rect) => boolean): Rect | undefined {
  let best: Rect | undefined;
  let bestDistance = Infinity;
  const step = label.height;
  for (let y = mapBox.y; y + label.height <= mapBox.y + mapBox.height; y += step) {
    for (let x = mapBox.x; x + label.width <= mapBox.x + mapBox.width; x += step) {
      const box = { x, y, ...label };
      const reach = distance(nearestPointOn(box, anchor), anchor);
      if (reach < bestDistance && free(box)) {
        best = box;
        bestDistance = reach;
      }
    }
  }
  return best;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
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
