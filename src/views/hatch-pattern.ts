import { parseColor } from '../scales/color';
import { HATCH } from '../scales/map-style';

/**
 * The "not published" fill for MapLibre, drawn pixel by pixel because the
 * map has no sprite sheet (no remote resources at all): the same tile as
 * the SVG maps' pattern (HATCH).
 */
export function hatchPatternPixels(pixelRatio = 1): { width: number; height: number; data: Uint8Array } {
  const side = HATCH.size * pixelRatio;
  const data = new Uint8Array(side * side * 4);
  const background = parseColor(HATCH.background);
  const line = parseColor(HATCH.lines);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const onLine = (x + y) % side < HATCH.lineWidth * pixelRatio;
      data.set([...(onLine ? line : background), 255], (y * side + x) * 4);
    }
  }
  return { width: side, height: side, data };
}
