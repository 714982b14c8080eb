import { describe, expect, it } from 'vitest';
import { placeScreenLabels } from '../../src/views/value-labels-view';

const frame = { width: 400, height: 300 };
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeScreenLabels', () => {
  it('puts a label over the middle of its force when nothing is there, with no leader', () => {
    const [placed] = placeScreenLabels([{ force: { left: 100, top: 100, right: 200, bottom: 160 }, width: 60, height: 20 }], frame);
    expect(placed).toEqual({ box: { x: 120, y: 120, width: 60, height: 20 }, anchor: [150, 130], leader: false });
  });

  it('moves a second label on the same spot beside its force, with a leader, clear of the first', () => {
    const force = { left: 100, top: 100, right: 200, bottom: 160 };
    const [first, second] = placeScreenLabels(
      [
        { force, width: 60, height: 20 },
        { force, width: 60, height: 20 },
      ],
      frame,
    );
    expect(second!.leader).toBe(true);
    expect(overlaps(first!.box, second!.box)).toBe(false);
    // Beside the force's box: right of it, GAP (8 px) away, centred on its middle.
    expect(second!.box).toEqual({ x: 208, y: 120, width: 60, height: 20 });
  });

  it('keeps every label inside the frame and none on another; one with no room is left out', () => {
    const crowded = Array.from({ length: 6 }, () => ({ force: { left: 0, top: 0, right: 40, bottom: 20 }, width: 150, height: 100 }));
    const placed = placeScreenLabels(crowded, { width: 320, height: 220 });
    const boxes = placed.filter((each) => each !== undefined).map((each) => each.box);
    for (const [i, box] of boxes.entries()) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(220);
      for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
    }
    expect(placed.some((each) => each === undefined)).toBe(true);
  });
});
