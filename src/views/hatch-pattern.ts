import { parseColor } from '../scales/color';
import { NOT_PUBLISHED_BACKGROUND, NOT_PUBLISHED_LINES } from '../scales/palettes';

/**
 * The "not published" fill: diagonal lines, so that a missing figure can
 * never be read as a colour of the scale. Drawn pixel by pixel because the
 * map has no sprite sheet (no remote resources at all).
 */
export function hatchPatternPixels(size = 8, pixelRatio = 1): { width: number; height: number; data: Uint8Array } {
  const side = size * pixelRatio;
  const data = new Uint8Array(side * side * 4);
  const background = parseColor(NOT_PUBLISHED_BACKGROUND);
  const line = parseColor(NOT_PUBLISHED_LINES);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const onLine = (x + y) % side < 1.5 * pixelRatio;
      data.set([...(onLine ? line : background), 255], (y * side + x) * 4);
    }
  }
  return { width: side, height: side, data };
}
