import type { Box } from './compose-picture';

/**
 * Where value labels go on a map, any map: the screen's (geographic,
 * zoomable or tiles) and every export's. Pure geometry in the map's own
 * pixels, so that the screen and the pictures place labels by one rule.
 */

type Point = readonly [number, number];

export interface LabelRequest {
  /** The point on the force a leader starts from. */
  anchor: Point;
  /** The force's box: a label beside the force stands clear of it. */
  around: Box;
  width: number;
  height: number;
  /** Whether the label may stand on its anchor, centred on it, with no leader; by default it may wherever it is free. */
  fitsOnAnchor?: (box: Box) => boolean;
  /** What a place beside the force costs (how much of the map it hides): the cheapest of the nearest free ring wins; by default the first free. */
  cost?: (box: Box) => number;
}

export interface LabelPlacement {
  box: Box;
  anchor: [number, number];
  /** Where the leader from the anchor meets the box; undefined when the label stands on its anchor. */
  leaderEnd: [number, number] | undefined;
}

/** Sides to try, in order of preference when they do equally well: beside, then below and above, then the corners. */
const DIRECTIONS: readonly Point[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
];

/** How far out from the force a label beside it is tried, in gaps: near first, further out where other labels are in the way. */
const REACHES = [1, 3, 6, 10];

/**
 * Places the labels in order (the chosen force's first), each clear of those
 * placed before it: on its anchor where that is free and allowed, else
 * beside its force, further out as needed, else at the free place nearest
 * it. A label is free where it lies inside the frame, on no other label,
 * under no other leader and over no other force's anchor, and its own
 * leader crosses no other label, leader or anchor: so no line ever runs through a
 * label or across another line.
 * A label whose anchor lies outside the frame, or that finds no free
 * place, is undefined: the caller lists it rather than lay it over another.
 * Boxes to keep clear (a list or key on the map) are treated as labels.
 */
export function placeLabels(requests: readonly LabelRequest[], frame: Box, gap: number, keepClear: readonly Box[] = []): (LabelPlacement | undefined)[] {
  // What is to be kept clear stands as labels already placed, with no leader.
  const placed: LabelPlacement[] = keepClear.map((box) => ({ box, anchor: [box.x, box.y], leaderEnd: undefined }));
  return requests.map((request) => {
    const others = requests.filter((other) => other !== request).map((other) => other.anchor);
    const placement = placeOne(request, placed, others, frame, gap);
    if (placement) placed.push(placement);
    return placement;
  });
}

/**
 * placeLabels with a list beside the labels for those that find no place
 * (and those the caller lists anyway): listBox says where the list of the
 * labels at these indices goes, given where the others went; the labels are
 * placed again clear of it, and any it displaces join it, until none does.
 * Unplaced: the labels to list, each on the map or in the list, never both.
 */
export function placeLabelsWithList(
  requests: readonly LabelRequest[],
  frame: Box,
  gap: number,
  listBox: (listed: readonly number[], placed: readonly (LabelPlacement | undefined)[]) => Box,
  alwaysListed = false,
): { placements: (LabelPlacement | undefined)[]; unplaced: number[]; list: Box | undefined } {
  let placements = placeLabels(requests, frame, gap);
  let listed: number[] = [];
  let list: Box | undefined;
  const unplaced = () => placements.flatMap((placement, index) => (placement ? [] : [index]));
  while (unplaced().some((index) => !listed.includes(index)) || (alwaysListed && !list)) {
    listed = [...new Set([...listed, ...unplaced()])].sort((a, b) => a - b);
    list = listBox(listed, placements);
    placements = placeLabels(requests, frame, gap, [list]);
  }
  return { placements, unplaced: unplaced(), list };
}

function placeOne(
  request: LabelRequest,
  placed: readonly LabelPlacement[],
  otherAnchors: readonly Point[],
  frame: Box,
  gap: number,
): LabelPlacement | undefined {
  const anchor: [number, number] = [request.anchor[0], request.anchor[1]];
  if (!containsPoint(frame, anchor)) return undefined;
  const { width, height, around } = request;
  const placement = (box: Box, leader: boolean): LabelPlacement => ({ box, anchor, leaderEnd: leader ? nearestPointOn(box, anchor) : undefined });
  // Off every other force's anchor too, label and leader, so that each keeps a point its own leader can start from.
  const free = (candidate: LabelPlacement) =>
    isInside(candidate.box, frame) &&
    isClear(candidate, placed) &&
    !otherAnchors.some(
      (point) =>
        containsPoint(candidate.box, point) ||
        (candidate.leaderEnd && segmentMeetsBox([anchor, candidate.leaderEnd], { x: point[0], y: point[1], width: 0, height: 0 })),
    );

  const onAnchor = placement({ x: anchor[0] - width / 2, y: anchor[1] - height / 2, width, height }, false);
  if ((request.fitsOnAnchor?.(onAnchor.box) ?? true) && free(onAnchor)) return onAnchor;

  const cost = request.cost ?? (() => 0);
  for (const reach of REACHES) {
    const ring = DIRECTIONS.map(([dx, dy]) =>
      placement(
        {
          x: dx > 0 ? around.x + around.width + gap * reach : dx < 0 ? around.x - gap * reach - width : anchor[0] - width / 2,
          y: dy > 0 ? around.y + around.height + gap * reach : dy < 0 ? around.y - gap * reach - height : anchor[1] - height / 2,
          width,
          height,
        },
        true,
      ),
    ).filter(free);
    if (ring.length > 0) return ring.reduce((best, candidate) => (cost(candidate.box) < cost(best.box) ? candidate : best));
  }
  return nearestFreePlace(anchor, request, frame, (box) => free(placement(box, true)));
}

/** Where other labels crowd round a force: the free place in the frame nearest its anchor, off it, tried on a grid half a label's height apart. */
function nearestFreePlace(anchor: Point, { width, height }: LabelRequest, frame: Box, free: (box: Box) => boolean): LabelPlacement | undefined {
  let best: Box | undefined;
  let bestDistance = Infinity;
  const step = Math.max(1, height / 2);
  for (let y = frame.y; y + height <= frame.y + frame.height; y += step) {
    for (let x = frame.x; x + width <= frame.x + frame.width; x += step) {
      const box = { x, y, width, height };
      const [ex, ey] = nearestPointOn(box, anchor);
      const reach = Math.hypot(ex - anchor[0], ey - anchor[1]);
      // A place over the anchor was judged first (on the anchor, or not allowed there).
      if (reach > 0 && reach < bestDistance && free(box)) {
        best = box;
        bestDistance = reach;
      }
    }
  }
  return best && { box: best, anchor: [anchor[0], anchor[1]], leaderEnd: nearestPointOn(best, anchor) };
}

/** Clear of every label placed: the boxes apart, and neither one's leader across the other's box or leader. */
function isClear(candidate: LabelPlacement, placed: readonly LabelPlacement[]): boolean {
  const leader = leaderOf(candidate);
  return placed.every((other) => {
    if (boxesOverlap(candidate.box, other.box)) return false;
    const otherLeader = leaderOf(other);
    if (leader && (segmentMeetsBox(leader, other.box) || (otherLeader && segmentsMeet(leader, otherLeader)))) return false;
    return !(otherLeader && segmentMeetsBox(otherLeader, candidate.box));
  });
}

function leaderOf({ anchor, leaderEnd }: LabelPlacement): [Point, Point] | undefined {
  return leaderEnd && [anchor, leaderEnd];
}

/** Overlapping with area: boxes that only touch are apart. */
function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function isInside(box: Box, outer: Box): boolean {
  return box.x >= outer.x && box.y >= outer.y && box.x + box.width <= outer.x + outer.width && box.y + box.height <= outer.y + outer.height;
}

function containsPoint(box: Box, [x, y]: Point): boolean {
  return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
}

function nearestPointOn(box: Box, [x, y]: Point): [number, number] {
  return [Math.min(Math.max(x, box.x), box.x + box.width), Math.min(Math.max(y, box.y), box.y + box.height)];
}

/** Whether the segment touches the box (its edge included): the segment clipped to each of the box's slabs in turn (Liang–Barsky) leaves something. */
function segmentMeetsBox([[x0, y0], [x1, y1]]: readonly [Point, Point], box: Box): boolean {
  let from = 0;
  let to = 1;
  const sides: [number, number][] = [
    [-(x1 - x0), x0 - box.x],
    [x1 - x0, box.x + box.width - x0],
    [-(y1 - y0), y0 - box.y],
    [y1 - y0, box.y + box.height - y0],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) from = Math.max(from, q / p);
    else to = Math.min(to, q / p);
    if (from > to) return false;
  }
  return true;
}

/** Whether two segments cross or touch (collinear overlaps included). */
function segmentsMeet([a, b]: readonly [Point, Point], [c, d]: readonly [Point, Point]): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const within = (p: Point, q: Point, r: Point) =>
    Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  const [s1, s2, s3, s4] = [side(a, b, c), side(a, b, d), side(c, d, a), side(c, d, b)];
  if (s1 !== s2 && s3 !== s4) return true;
  return (s1 === 0 && within(a, b, c)) || (s2 === 0 && within(a, b, d)) || (s3 === 0 && within(c, d, a)) || (s4 === 0 && within(c, d, b));
}

/** The area two boxes share. */
export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Of the frame's four corners (top right first), the one where a box of this size, margin in from the edges, covers least of what is to be avoided. */
export function quietestCorner(frame: Box, size: { width: number; height: number }, margin: number, avoid: readonly Box[]): Box {
  const right = frame.x + frame.width - size.width - margin;
  const bottom = frame.y + frame.height - size.height - margin;
  const corners = [
    { x: right, y: frame.y + margin },
    { x: frame.x + margin, y: frame.y + margin },
    { x: right, y: bottom },
    { x: frame.x + margin, y: bottom },
  ].map((corner) => ({ ...corner, ...size }));
  const hidden = (corner: Box) => avoid.reduce((sum, other) => sum + overlapArea(corner, other), 0);
  return corners.reduce((best, candidate) => (hidden(candidate) < hidden(best) ? candidate : best));
}
