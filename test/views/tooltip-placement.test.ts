import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeTooltip } from '../../src/views/tooltip-placement';

const frame = { width: 600, height: 500 };
const size = { width: 200, height: 120 };

function intersects(place: { left: number; top: number }, box: { left: number; top: number; right: number; bottom: number }): boolean {
  return place.left < box.right && place.left + size.width > box.left && place.top < box.bottom && place.top + size.height > box.top;
}

describe('placeTooltip', () => {
  it('stands beside the force, on its right where there is room', () => {
    const force = { left: 100, top: 200, right: 180, bottom: 260 };
    expect(placeTooltip(size, force, { x: 140, y: 230 }, frame)).toEqual({ left: 190, top: 170 });
  });

  it('goes to the left of a force near the right edge, and below one that spans the width', () => {
    expect(placeTooltip(size, { left: 450, top: 200, right: 560, bottom: 260 }, { x: 500, y: 230 }, frame).left).toBe(240);
    const wide = { left: 10, top: 50, right: 590, bottom: 200 };
    expect(placeTooltip(size, wide, { x: 300, y: 100 }, frame)).toEqual({ left: 200, top: 210 });
  });

  it('never covers the force it describes when the force leaves room anywhere around it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 560 }),
        fc.integer({ min: 0, max: 460 }),
        fc.integer({ min: 4, max: 120 }),
        fc.integer({ min: 4, max: 120 }),
        (left, top, width, height) => {
          const force = { left, top, right: Math.min(frame.width, left + width), bottom: Math.min(frame.height, top + height) };
          const roomBeside =
            force.left >= size.width + 14 ||
            frame.width - force.right >= size.width + 14 ||
            force.top >= size.height + 14 ||
            frame.height - force.bottom >= size.height + 14;
          fc.pre(roomBeside);
          const place = placeTooltip(size, force, { x: (force.left + force.right) / 2, y: (force.top + force.bottom) / 2 }, frame);
          expect(intersects(place, force)).toBe(false);
          expect(place.left).toBeGreaterThanOrEqual(4);
          expect(place.top + size.height).toBeLessThanOrEqual(frame.height - 4);
        },
      ),
    );
  });

  it('takes the corner that hides least of a force that fills the frame', () => {
    const huge = { left: 0, top: 0, right: 450, bottom: 380 };
    expect(placeTooltip(size, huge, { x: 200, y: 200 }, frame)).toEqual({ left: 396, top: 376 });
  });
});
