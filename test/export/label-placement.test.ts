import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/i18n/language';
import type { Box } from '../../src/export/compose-picture';
import { listHeading, listHeadings, placeLabels, placeLabelsWithList, type LabelRequest } from '../../src/export/label-placement';

type Point = readonly [number, number];

// The checks below are written here, apart from the code under test, by other methods: boxes by the area they share, a
// segment against a box by its ends and its crossings of the four edges, two segments by solving for where their lines meet.

/** The area two boxes share. */
const sharedArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** Where segments p→p2 and q→q2 meet, as Cramer's rule gives it; collinear overlaps count, parallel lines apart do not. */
function segmentsCross(p: Point, p2: Point, q: Point, q2: Point): boolean {
  const r = [p2[0] - p[0], p2[1] - p[1]];
  const s = [q2[0] - q[0], q2[1] - q[1]];
  const denominator = r[0]! * s[1]! - r[1]! * s[0]!;
  const qp = [q[0] - p[0], q[1] - p[1]];
  if (Math.abs(denominator) < 1e-12) {
    if (Math.abs(qp[0]! * r[1]! - qp[1]! * r[0]!) > 1e-9) return false;
    // Collinear: do their projections on the line overlap?
    const length = r[0]! * r[0]! + r[1]! * r[1]!;
    if (length === 0) return Math.hypot(qp[0]!, qp[1]!) < 1e-9;
    const t0 = (qp[0]! * r[0]! + qp[1]! * r[1]!) / length;
    const t1 = t0 + (s[0]! * r[0]! + s[1]! * r[1]!) / length;
    return Math.max(t0, t1) >= 0 && Math.min(t0, t1) <= 1;
  }
  const t = (qp[0]! * s[1]! - qp[1]! * s[0]!) / denominator;
  const u = (qp[0]! * r[1]! - qp[1]! * r[0]!) / denominator;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1;
}

/** Whether a segment runs into the inside of a box (the box shrunk by a hair: touching an edge is not crossing it). */
function segmentEntersBox(a: Point, b: Point, box: Box): boolean {
  const e = 1e-6;
  const [left, top, right, bottom] = [box.x + e, box.y + e, box.x + box.width - e, box.y + box.height - e];
  const inside = ([x, y]: Point) => x >= left && x <= right && y >= top && y <= bottom;
  if (inside(a) || inside(b)) return true;
  const corners: Point[] = [
    [left, top],
    [right, top],
    [right, bottom],
    [left, bottom],
  ];
  return corners.some((corner, i) => segmentsCross(a, b, corner, corners[(i + 1) % 4]!));
}

const onEdgeOf = ([x, y]: Point, box: Box) =>
  x >= box.x - 1e-9 &&
  x <= box.x + box.width + 1e-9 &&
  y >= box.y - 1e-9 &&
  y <= box.y + box.height + 1e-9 &&
  (Math.abs(x - box.x) < 1e-9 || Math.abs(x - box.x - box.width) < 1e-9 || Math.abs(y - box.y) < 1e-9 || Math.abs(y - box.y - box.height) < 1e-9);

const requestArbitrary = (frame: Box) =>
  fc
    .record({
      ax: fc.double({ min: frame.x, max: frame.x + frame.width, noNaN: true }),
      ay: fc.double({ min: frame.y, max: frame.y + frame.height, noNaN: true }),
      left: fc.double({ min: 0, max: 60, noNaN: true }),
      right: fc.double({ min: 0, max: 60, noNaN: true }),
      up: fc.double({ min: 0, max: 60, noNaN: true }),
      down: fc.double({ min: 0, max: 60, noNaN: true }),
      width: fc.integer({ min: 20, max: 140 }),
      height: fc.integer({ min: 10, max: 24 }),
    })
    .map(({ ax, ay, left, right, up, down, width, height }): LabelRequest => ({
      anchor: [ax, ay],
      around: { x: ax - left, y: ay - up, width: left + right, height: up + down },
      width,
      height,
    }));

const FRAME: Box = { x: 10, y: 20, width: 420, height: 300 };

describe('placeLabels', () => {
  it('for any anchors: every label inside the frame, on no other, no leader through another label or across another leader', () => {
    fc.assert(
      fc.property(fc.array(requestArbitrary(FRAME), { minLength: 1, maxLength: 7 }), (requests) => {
        const placements = placeLabels(requests, FRAME, 8);
        expect(placements).toHaveLength(requests.length);
        const placed = placements.flatMap((placement, index) => (placement ? [{ ...placement, request: requests[index]! }] : []));
        for (const [i, label] of placed.entries()) {
          const { box, anchor, leaderEnd, request } = label;
          expect(anchor).toEqual(request.anchor);
          expect([box.width, box.height]).toEqual([request.width, request.height]);
          expect(box.x).toBeGreaterThanOrEqual(FRAME.x);
          expect(box.y).toBeGreaterThanOrEqual(FRAME.y);
          expect(box.x + box.width).toBeLessThanOrEqual(FRAME.x + FRAME.width);
          expect(box.y + box.height).toBeLessThanOrEqual(FRAME.y + FRAME.height);
          // On its anchor (centred on it), or joined to it by a leader that ends on the label's edge.
          if (leaderEnd) expect(onEdgeOf(leaderEnd, box)).toBe(true);
          else expect([box.x + box.width / 2, box.y + box.height / 2]).toEqual([anchor[0], anchor[1]]);
          for (const [j, other] of requests.entries()) {
            // Off every other force's anchor (its edge aside).
            if (other !== request)
              expect(sharedArea(box, { x: other.anchor[0] - 1e-6, y: other.anchor[1] - 1e-6, width: 2e-6, height: 2e-6 }) > 1e-12).toBe(false);
            void j;
          }
          for (const [j, other] of placed.entries()) {
            if (i === j) continue;
            expect(sharedArea(box, other.box)).toBe(0);
            if (leaderEnd) expect(segmentEntersBox(anchor, leaderEnd, other.box)).toBe(false);
            if (leaderEnd && other.leaderEnd) expect(segmentsCross(anchor, leaderEnd, other.anchor, other.leaderEnd)).toBe(false);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('for any anchors and a box to keep clear (a list on the map): no label on it, no leader through it', () => {
    fc.assert(
      fc.property(
        fc.array(requestArbitrary(FRAME), { minLength: 1, maxLength: 5 }),
        fc.record({
          x: fc.integer({ min: 10, max: 300 }),
          y: fc.integer({ min: 20, max: 250 }),
          width: fc.integer({ min: 20, max: 130 }),
          height: fc.integer({ min: 10, max: 70 }),
        }),
        (requests, list) => {
          for (const placement of placeLabels(requests, FRAME, 8, [list])) {
            if (!placement) continue;
            expect(sharedArea(placement.box, list)).toBe(0);
            if (placement.leaderEnd) expect(segmentEntersBox(placement.anchor, placement.leaderEnd, list)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('for any anchors and names on the map to avoid: no label off its anchor on any of them, and every other rule kept', () => {
    const nameArbitrary = fc.record({
      x: fc.integer({ min: 10, max: 400 }),
      y: fc.integer({ min: 20, max: 300 }),
      width: fc.integer({ min: 10, max: 60 }),
      height: fc.integer({ min: 6, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(requestArbitrary(FRAME), { minLength: 1, maxLength: 6 }), fc.array(nameArbitrary, { maxLength: 12 }), (requests, names) => {
        const avoiding = requests.map((request) => ({ ...request, avoid: names }));
        const placements = placeLabels(avoiding, FRAME, 8);
        for (const [i, placement] of placements.entries()) {
          if (!placement) continue;
          if (placement.leaderEnd) for (const name of names) expect(sharedArea(placement.box, name)).toBe(0);
          for (const other of placements.slice(i + 1)) if (other) expect(sharedArea(placement.box, other.box)).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with a list for the labels left out: none on the list, each label on the map or listed, the list grown to hold every one it displaced', () => {
    fc.assert(
      fc.property(fc.array(requestArbitrary(FRAME), { minLength: 1, maxLength: 7 }), fc.boolean(), (requests, alwaysListed) => {
        const asked: number[][] = [];
        // A list 120 px wide, a 20 px line a label, in the frame's top left corner.
        const listBox = (listed: readonly number[]) => {
          asked.push([...listed]);
          return { x: FRAME.x, y: FRAME.y, width: 120, height: 20 * (listed.length + 1) };
        };
        const { placements, unplaced, list } = placeLabelsWithList(requests, FRAME, 8, listBox, alwaysListed);
        expect(unplaced).toEqual(placements.flatMap((placement, index) => (placement ? [] : [index])));
        if (unplaced.length === 0 && !alwaysListed) {
          expect(list).toBeUndefined();
          return;
        }
        // The last list asked for holds every label left out.
        for (const index of unplaced) expect(asked.at(-1)).toContain(index);
        expect(list).toEqual(listBox(asked.at(-1)!));
        for (const placement of placements) {
          if (!placement) continue;
          expect(sharedArea(placement.box, list!)).toBe(0);
          if (placement.leaderEnd) expect(segmentEntersBox(placement.anchor, placement.leaderEnd, list!)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('places every label when the frame has room for them all', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(requestArbitrary({ x: 200, y: 150, width: 400, height: 300 }), {
          minLength: 1,
          maxLength: 4,
          // Forces' anchors are apart: one force, one anchor.
          comparator: (a, b) => Math.hypot(a.anchor[0] - b.anchor[0], a.anchor[1] - b.anchor[1]) < 2,
        }),
        (requests) => {
          expect(placeLabels(requests, { x: 0, y: 0, width: 800, height: 600 }, 8).every((placement) => placement !== undefined)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  const force = { x: 100, y: 100, width: 100, height: 60 };
  const request = (change: Partial<LabelRequest> = {}): LabelRequest => ({ anchor: [150, 130], around: force, width: 60, height: 20, ...change });

  it('puts a label on its anchor when nothing is there, with no leader', () => {
    expect(placeLabels([request()], { x: 0, y: 0, width: 400, height: 300 }, 8)).toEqual([
      { box: { x: 120, y: 120, width: 60, height: 20 }, anchor: [150, 130], leaderEnd: undefined },
    ]);
  });

  it('moves a second label whose place is taken beside its force, the gap away, with a leader to the near edge', () => {
    const [first, second] = placeLabels([request(), request({ anchor: [150, 145] })], { x: 0, y: 0, width: 400, height: 300 }, 8);
    expect(first!.leaderEnd).toBeUndefined();
    // On its anchor it would lie on the first (y 135–155 against 120–140). Right of the force's box (its right edge 200, plus the
    // gap 8), centred on the anchor's height; the leader runs level at y 145, under the first label.
    expect(second).toEqual({ box: { x: 208, y: 135, width: 60, height: 20 }, anchor: [150, 145], leaderEnd: [208, 145] });
  });

  it("keeps every label off the other forces' anchors, so each leader starts in the open", () => {
    // The second force's anchor (160, 130) lies where the first label would stand on its own: the first goes beside instead.
    const [first, second] = placeLabels(
      [request(), request({ anchor: [160, 130], around: { x: 155, y: 125, width: 10, height: 10 }, width: 20 })],
      { x: 0, y: 0, width: 400, height: 300 },
      8,
    );
    expect(first!.leaderEnd).toBeDefined();
    expect(second).toBeDefined();
  });

  it('keeps a label off its anchor where it may not stand there, and takes the cheapest side of the nearest ring', () => {
    const [placed] = placeLabels([request({ fitsOnAnchor: () => false, cost: (box) => (box.y > 130 ? 0 : 1) })], { x: 0, y: 0, width: 400, height: 300 }, 8);
    // The first side below the force (DIRECTIONS: right, left, below…): centred under it, the gap below its bottom edge (160).
    expect(placed!.box).toEqual({ x: 120, y: 168, width: 60, height: 20 });
    expect(placed!.leaderEnd).toEqual([150, 168]);
  });

  it('leaves out a label whose anchor lies outside the frame, and one that finds no room', () => {
    const frame = { x: 0, y: 0, width: 200, height: 100 };
    const outside = placeLabels([request({ anchor: [250, 50], around: { x: 240, y: 40, width: 20, height: 20 } })], frame, 8);
    expect(outside).toEqual([undefined]);
    const tooWide = placeLabels([request({ anchor: [100, 50], around: { x: 90, y: 40, width: 20, height: 20 }, width: 240 })], frame, 8);
    expect(tooWide).toEqual([undefined]);
  });

  it('leaves a label out rather than run its leader through a label placed before it', () => {
    // A strip 40 px tall. The first label stands on its anchor (150, 130), 20 × 20: x 140–160. The second force is a point at
    // (100, 130) that may not carry its label: left of it and above or below there is no room in the strip, and right of it
    // every place but the furthest (x 180–240) lies on the first label, and the leader to that one would run through it.
    const strip = { x: 60, y: 110, width: 300, height: 40 };
    const [first, second] = placeLabels(
      [request({ width: 20 }), { anchor: [100, 130], around: { x: 100, y: 130, width: 0, height: 0 }, width: 60, height: 20, fitsOnAnchor: () => false }],
      strip,
      8,
    );
    expect(first!.box).toEqual({ x: 140, y: 120, width: 20, height: 20 });
    expect(second).toBeUndefined();
  });
});

describe('listHeading', () => {
  const frame = { x: 0, y: 0, width: 400, height: 300 };
  const inFrame = [200, 150] as const;
  const outside = [500, 150] as const;

  it('says what the list holds: forces outside the map, the chosen force, the chosen and pinned ones, or pinned ones', () => {
    expect(listHeading(frame, [{ anchor: outside, chosen: false }])).toBe('Outside this map');
    // Not shown at all (undefined: outside the region in focus), and the chosen force outside too.
    expect(
      listHeading(frame, [
        { anchor: undefined, chosen: false },
        { anchor: outside, chosen: true },
      ]),
    ).toBe('Outside this map');
    expect(listHeading(frame, [{ anchor: inFrame, chosen: true }])).toBe('Chosen force');
    expect(
      listHeading(frame, [
        { anchor: inFrame, chosen: true },
        { anchor: undefined, chosen: false },
      ]),
    ).toBe('Chosen and pinned');
    expect(
      listHeading(frame, [
        { anchor: inFrame, chosen: false },
        { anchor: outside, chosen: false },
      ]),
    ).toBe('Also pinned');
  });

  it('takes every heading from the one object of them (what a translation replaces)', () => {
    expect(Object.values(listHeadings()).sort()).toEqual(['Also pinned', 'Chosen and pinned', 'Chosen force', 'Outside this map']);
  });

  it('heads the list in Welsh on the Welsh page', async () => {
    await useLanguage('cy', () => import('../../src/i18n/cy'));
    try {
      const frame = { x: 0, y: 0, width: 100, height: 100 };
      expect(listHeading(frame, [{ anchor: [500, 500], chosen: false }])).toBe('Y tu allan i’r map hwn');
      expect(listHeading(frame, [{ anchor: [50, 50], chosen: true }])).toBe('Yr heddlu a ddewiswyd');
      expect(listHeading(frame, [{ anchor: [50, 50], chosen: false }])).toBe('Wedi’u pinio hefyd');
    } finally {
      await useLanguage('en', () => import('../../src/i18n/cy'));
    }
  });
});
