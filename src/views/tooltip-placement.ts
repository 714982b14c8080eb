import type { ScreenBox } from './choropleth-map';

const GAP = 10;
const EDGE = 4;

/**
 * Where a card of this size goes in a frame so that it never hides the
 * force it describes: beside the force (right, left, below, above, the
 * first that fits inside the frame), level with the pointer where it can
 * be. A force too big to stand beside (it fills the frame) gets the
 * corner of the frame that overlaps it least.
 */
export function placeTooltip(
  size: { width: number; height: number },
  force: ScreenBox | undefined,
  point: { x: number; y: number },
  frame: { width: number; height: number },
): { left: number; top: number } {
  const clampX = (x: number) => Math.min(Math.max(EDGE, x), Math.max(EDGE, frame.width - size.width - EDGE));
  const clampY = (y: number) => Math.min(Math.max(EDGE, y), Math.max(EDGE, frame.height - size.height - EDGE));
  const avoid = force ?? { left: point.x, right: point.x, top: point.y, bottom: point.y };
  const candidates = [
    { left: avoid.right + GAP, top: clampY(point.y - size.height / 2) },
    { left: avoid.left - GAP - size.width, top: clampY(point.y - size.height / 2) },
    { left: clampX(point.x - size.width / 2), top: avoid.bottom + GAP },
    { left: clampX(point.x - size.width / 2), top: avoid.top - GAP - size.height },
  ];
  const fits = candidates.find(
    (place) => place.left >= EDGE && place.top >= EDGE && place.left + size.width <= frame.width - EDGE && place.top + size.height <= frame.height - EDGE,
  );
  if (fits) return fits;
  const corners = [
    { left: EDGE, top: EDGE },
    { left: clampX(frame.width), top: EDGE },
    { left: EDGE, top: clampY(frame.height) },
    { left: clampX(frame.width), top: clampY(frame.height) },
  ];
  return corners.reduce((best, corner) => (overlap(corner, size, avoid) < overlap(best, size, avoid) ? corner : best));
}

function overlap(place: { left: number; top: number }, size: { width: number; height: number }, box: ScreenBox): number {
  const width = Math.max(0, Math.min(place.left + size.width, box.right) - Math.max(place.left, box.left));
  const height = Math.max(0, Math.min(place.top + size.height, box.bottom) - Math.max(place.top, box.top));
  return width * height;
}
