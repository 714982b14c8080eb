import type { Box } from './compose-picture';
import { t } from '../i18n/language';
import type { Messages } from '../i18n/en';

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
  /**
   * What a label off its anchor may not cover: the names written on the map
   * (a tile map's), its own force's too. On its anchor the label stands in
   * its own name's place, which fitsOnAnchor judges.
   */
  avoid?: readonly Box[];
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

/** The finest the frame is searched for a free place, in pixels: finer takes longer and gains nothing to see. */
const GRID_STEP = 8;

/** How many other orders of the labels are tried, at most, when some are left out. */
const ORDERS_TRIED = 4;

/** How far out from the force a label beside it is tried, in gaps: near first, further out where other labels are in the way. */
const REACHES = [1, 3, 6, 10];

/**
 * Places the labels in order (the chosen force's first), each clear of those
 * placed before it: on its anchor where that is free and allowed, else
 * beside its force, further out as needed, else at the free place nearest
 * it; a label so boxed in by those before it that it finds no place is
 * tried earlier in the order. A label is free where it lies inside the
 * frame, on no other label, under no other leader and over no other force's
 * anchor (and, off its anchor, over nothing it is to avoid), and its own
 * leader crosses no other label, leader or anchor: so no line ever runs
 * through a label or across another line.
 * A label whose anchor lies outside the frame, or that finds no free
 * place, is undefined: the caller lists it rather than lay it over another.
 * Boxes to keep clear (a list or key on the map) are treated as labels.
 */
export function placeLabels(requests: readonly LabelRequest[], frame: Box, gap: number, keepClear: readonly Box[] = []): (LabelPlacement | undefined)[] {
  return placeAll(requests, placesOf(requests, frame, gap), frame, keepClear);
}

/** Where each label may go whatever the others do: judged once for every order tried, and every list kept clear of. */
function placesOf(requests: readonly LabelRequest[], frame: Box, gap: number): (Places | undefined)[] {
  return requests.map((request) => placesFor(request, requests, frame, gap));
}

function placeAll(
  requests: readonly LabelRequest[],
  places: readonly (Places | undefined)[],
  frame: Box,
  keepClear: readonly Box[],
): (LabelPlacement | undefined)[] {
  const placeInOrder = (order: readonly number[]) => placeEachInOrder(requests, places, order, keepClear);
  let order = requests.map((_, index) => index);
  let best = placeInOrder(order);
  // Placed in order, a label can be boxed in by those placed before it. Each one left out on the map is tried earlier, at every
  // place before its own, nearest first (ahead of the chosen force's too); the order that leaves fewest out wins, then the
  // shortest leaders. So many orders at most, that a crowded map is placed again as fast as it moves.
  let budget = ORDERS_TRIED;
  while (budget > 0) {
    const tried = leftOutInFrame(requests, best, frame)
      // One with no place even on an empty map (too wide for the frame, say) is left out in any order.
      .filter((index) => places[index] && placeOne(places[index], () => 0, []))
      .flatMap((index) => {
        const at = order.indexOf(index);
        return order
          .slice(0, at)
          .map((_, earlier) => [...order.slice(0, earlier), index, ...order.slice(earlier).filter((other) => other !== index)])
          .reverse();
      })
      .slice(0, budget);
    budget -= tried.length;
    const better = tried
      .map((each) => ({ order: each, placements: placeInOrder(each) }))
      .filter(({ placements }) => isBetter(requests, placements, best, frame))
      .reduce<{ order: number[]; placements: (LabelPlacement | undefined)[] } | undefined>(
        (winner, each) => (!winner || isBetter(requests, each.placements, winner.placements, frame) ? each : winner),
        undefined,
      );
    if (!better) break;
    ({ order, placements: best } = better);
  }
  return best;
}

/** Fewer labels left out on the map, or as many with shorter leaders in all. */
function isBetter(
  requests: readonly LabelRequest[],
  placements: readonly (LabelPlacement | undefined)[],
  than: readonly (LabelPlacement | undefined)[],
  frame: Box,
): boolean {
  const [out, thanOut] = [leftOutInFrame(requests, placements, frame).length, leftOutInFrame(requests, than, frame).length];
  return out < thanOut || (out === thanOut && leaderLength(placements) < leaderLength(than) - 1e-6);
}

function leaderLength(placements: readonly (LabelPlacement | undefined)[]): number {
  return placements.reduce(
    (sum, placement) =>
      sum + (placement?.leaderEnd ? Math.hypot(placement.leaderEnd[0] - placement.anchor[0], placement.leaderEnd[1] - placement.anchor[1]) : 0),
    0,
  );
}

/** The labels that found no place though their anchors lie in the frame. */
function leftOutInFrame(requests: readonly LabelRequest[], placements: readonly (LabelPlacement | undefined)[], frame: Box): number[] {
  return placements.flatMap((placement, index) => (!placement && containsPoint(frame, requests[index]!.anchor) ? [index] : []));
}

/** Each label in this order clear of those placed before it; the placements in the requests' order. */
function placeEachInOrder(
  requests: readonly LabelRequest[],
  places: readonly (Places | undefined)[],
  order: readonly number[],
  keepClear: readonly Box[],
): (LabelPlacement | undefined)[] {
  // What is to be kept clear stands as labels already placed, with no leader.
  const placed: LabelPlacement[] = keepClear.map((box) => ({ box, anchor: [box.x, box.y], leaderEnd: undefined }));
  const placements: (LabelPlacement | undefined)[] = requests.map(() => undefined);
  for (const index of order) {
    const placement = places[index] && placeOne(places[index], requests[index]!.cost ?? (() => 0), placed);
    if (placement) placed.push(placement);
    placements[index] = placement;
  }
  return placements;
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
  const places = placesOf(requests, frame, gap);
  let placements = placeAll(requests, places, frame, []);
  let listed: number[] = [];
  let list: Box | undefined;
  const unplaced = () => placements.flatMap((placement, index) => (placement ? [] : [index]));
  while (unplaced().some((index) => !listed.includes(index)) || (alwaysListed && !list)) {
    listed = [...new Set([...listed, ...unplaced()])].sort((a, b) => a - b);
    list = listBox(listed, placements);
    placements = placeAll(requests, places, frame, [list]);
  }
  return { placements, unplaced: unplaced(), list };
}

/**
 * The places a label may take whatever the labels placed before it: inside
 * the frame, over no other force's anchor (label and leader, so that each
 * keeps a point its own leader can start from), and off its anchor over
 * nothing it is to avoid. Undefined when its anchor lies outside the frame.
 */
interface Places {
  /** Centred on the anchor, where it may stand there. */
  onAnchor: LabelPlacement | undefined;
  /** Off it, with a leader: first where the leader crosses none of what is to be avoided, then where it may. */
  tiers: readonly Tier[];
  /** How far the places elsewhere lie from a ring before that ring gives way to them. */
  gap: number;
}

interface Tier {
  /** Round the force, nearest first, each ring in DIRECTIONS' order. */
  rings: readonly (readonly LabelPlacement[])[];
  /** The nearest place anywhere in the frame that is also free (what is allowed worked out once, as far as it is asked). */
  nearestFree: (free: (candidate: LabelPlacement) => boolean) => LabelPlacement | undefined;
}

function placesFor(request: LabelRequest, requests: readonly LabelRequest[], frame: Box, gap: number): Places | undefined {
  const anchor: [number, number] = [request.anchor[0], request.anchor[1]];
  if (!containsPoint(frame, anchor)) return undefined;
  const { width, height, around } = request;
  const otherAnchors = requests.filter((other) => other !== request).map((other) => other.anchor);
  const open = (candidate: LabelPlacement) =>
    isInside(candidate.box, frame) &&
    !otherAnchors.some(
      (point) =>
        containsPoint(candidate.box, point) ||
        (candidate.leaderEnd && segmentMeetsBox([anchor, candidate.leaderEnd], { x: point[0], y: point[1], width: 0, height: 0 })),
    );
  const onAnchor: LabelPlacement = { box: { x: anchor[0] - width / 2, y: anchor[1] - height / 2, width, height }, anchor, leaderEnd: undefined };
  // Off its anchor it covers nothing to avoid; its leader crosses none of that either but what lies over the anchor (its own
  // name), where any place allows, and only where none does is a leader across a name let be, the label not.
  const avoid = request.avoid ?? [];
  const crossed = avoid.filter((box) => !containsPoint(box, anchor));
  const uncovered = (candidate: LabelPlacement) => open(candidate) && !avoid.some((box) => boxesOverlap(candidate.box, box));
  const uncrossed = (candidate: LabelPlacement) => uncovered(candidate) && !crossed.some((box) => segmentMeetsBox([anchor, candidate.leaderEnd!], box));
  const placement = (box: Box): LabelPlacement => ({ box, anchor, leaderEnd: nearestPointOn(box, anchor) });
  const rings = REACHES.map((reach) =>
    DIRECTIONS.map(([dx, dy]) =>
      placement({
        x: dx > 0 ? around.x + around.width + gap * reach : dx < 0 ? around.x - gap * reach - width : anchor[0] - width / 2,
        y: dy > 0 ? around.y + around.height + gap * reach : dy < 0 ? around.y - gap * reach - height : anchor[1] - height / 2,
        width,
        height,
      }),
    ),
  );
  let anywhere: Float64Array | undefined;
  const tier = (allowed: (candidate: LabelPlacement) => boolean): Tier => {
    // What is allowed, by place: 0 not yet judged, 1 allowed, 2 not.
    let judged: Uint8Array | undefined;
    return {
      rings: rings.map((ring) => ring.filter(allowed)),
      nearestFree: (free) => {
        anywhere ??= placesNearestFirst(anchor, request, frame);
        judged ??= new Uint8Array(anywhere.length / 2);
        for (let index = 0; index < judged.length; index++) {
          if (judged[index] === 2) continue;
          const candidate = placement({ x: anywhere[2 * index]!, y: anywhere[2 * index + 1]!, width, height });
          if (judged[index] === 0) judged[index] = allowed(candidate) ? 1 : 2;
          if (judged[index] === 1 && free(candidate)) return candidate;
        }
        return undefined;
      },
    };
  };
  return {
    onAnchor: (request.fitsOnAnchor?.(onAnchor.box) ?? true) && open(onAnchor) ? onAnchor : undefined,
    tiers: crossed.length > 0 ? [tier(uncrossed), tier(uncovered)] : [tier(uncovered)],
    gap,
  };
}

/**
 * The label's place clear of those placed: on its anchor where allowed and
 * free; else the cheapest free place of the nearest ring round its force;
 * else of a ring further out, unless a free place elsewhere in the frame is
 * nearer (by more than a gap), then that one.
 */
function placeOne({ onAnchor, tiers, gap }: Places, cost: (box: Box) => number, placed: readonly LabelPlacement[]): LabelPlacement | undefined {
  const free = (candidate: LabelPlacement) => isClear(candidate, placed);
  if (onAnchor && free(onAnchor)) return onAnchor;
  const cheapest = (candidates: readonly LabelPlacement[]) => candidates.reduce((best, candidate) => (cost(candidate.box) < cost(best.box) ? candidate : best));
  const reachOf = ({ anchor: [x, y], leaderEnd }: LabelPlacement) => Math.hypot(leaderEnd![0] - x, leaderEnd![1] - y);
  for (const { rings, nearestFree } of tiers) {
    const [nearest, ...farther] = rings.map((ring) => ring.filter(free));
    if (nearest!.length > 0) return cheapest(nearest!);
    const elsewhere = nearestFree(free);
    for (const ring of farther) {
      const places = ring.filter((candidate) => !elsewhere || reachOf(candidate) <= reachOf(elsewhere) + gap);
      if (places.length > 0) return cheapest(places);
    }
    if (elsewhere) return elsewhere;
  }
  return undefined;
}

/**
 * Where other labels crowd round a force: every place in the frame off its
 * anchor, nearest first, on a grid half a label's height apart (and no
 * finer than GRID_STEP), as x, y pairs.
 */
function placesNearestFirst(anchor: Point, { width, height }: LabelRequest, frame: Box): Float64Array {
  const step = Math.max(GRID_STEP, height / 2);
  const xs: number[] = [];
  const ys: number[] = [];
  const reaches: number[] = [];
  for (let y = frame.y; y + height <= frame.y + frame.height; y += step) {
    for (let x = frame.x; x + width <= frame.x + frame.width; x += step) {
      const ex = Math.min(Math.max(anchor[0], x), x + width);
      const ey = Math.min(Math.max(anchor[1], y), y + height);
      const reach = Math.hypot(ex - anchor[0], ey - anchor[1]);
      // A place over the anchor was judged first (on the anchor, or not allowed there).
      if (reach > 0) {
        xs.push(x);
        ys.push(y);
        reaches.push(reach);
      }
    }
  }
  // The sort is stable: among places as near, the first found comes first.
  const order = Array.from(reaches.keys()).sort((a, b) => reaches[a]! - reaches[b]!);
  const places = new Float64Array(2 * order.length);
  order.forEach((index, i) => {
    places[2 * i] = xs[index]!;
    places[2 * i + 1] = ys[index]!;
  });
  return places;
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

/**
 * Whether a label may stand on its tile (a tile map's), in its name's place:
 * inside the tile's middle band, where the name is, the label then standing
 * in for it, and on no other tile's name reaching over.
 */
export function fitsOnTile(tile: Box, otherNames: readonly Box[]): (box: Box) => boolean {
  return (box) =>
    box.x >= tile.x &&
    box.x + box.width <= tile.x + tile.width &&
    box.y >= tile.y + tile.height / 4 &&
    box.y + box.height <= tile.y + (tile.height * 3) / 4 &&
    !otherNames.some((name) => boxesOverlap(box, name));
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

/**
 * The headings of the box listing the labelled forces the map does not
 * show, by what it holds: every word of it here, for the screen and the
 * pictures alike.
 */
/**
 * The list's headings in the page's language: "Outside this map" (each
 * force in it lies outside the map: a pin outside the region in focus),
 * "Chosen force" (the chosen force alone, left no free place), "Chosen and
 * pinned", "Also pinned" (pinned forces, besides those labelled on the map).
 */
export function listHeadings(): Messages['listHeadings'] {
  return t().listHeadings;
}

/**
 * The list's heading for the labels it holds: each with its anchor
 * (undefined where the map does not show the force at all) and whether it
 * is the chosen force's.
 */
export function listHeading(frame: Box, listed: readonly { anchor: Point | undefined; chosen: boolean }[]): string {
  const headings = listHeadings();
  if (listed.every(({ anchor }) => !anchor || !containsPoint(frame, anchor))) return headings.outside;
  if (listed.some(({ chosen }) => chosen)) return listed.length === 1 ? headings.chosen : headings.chosenAndPinned;
  return headings.pinned;
}
