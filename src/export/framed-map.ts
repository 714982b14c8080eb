import { FORCE_BORDER, MAP_BACKGROUND } from '../scales/map-style';
import { num } from './picture-text';

const MAP_FRAME = '#c9d1d9';

/**
 * A map's drawing in its box: the ground, the forces' shapes with their
 * borders, what is drawn over them (labels, outlines), all clipped to the
 * box, and the box's edge. The geographic map and the tile map alike.
 */
export function framedMap(
  box: { x: number; y: number; width: number; height: number },
  id: string,
  shapes: readonly string[],
  borderWidth: number,
  over: readonly string[],
): string {
  const clipId = `map-area${id}`;
  const rect = `x="${num(box.x)}" y="${num(box.y)}" width="${box.width}" height="${box.height}"`;
  return [
    `<clipPath id="${clipId}"><rect ${rect}/></clipPath>`,
    `<rect ${rect} fill="${MAP_BACKGROUND}"/>`,
    // Strokes centred on the edge would spill past the frame; the clip keeps the map inside it.
    `<g clip-path="url(#${clipId})">`,
    `<g stroke="${FORCE_BORDER.color}" stroke-width="${borderWidth}" stroke-linejoin="round">`,
    ...shapes,
    '</g>',
    ...over,
    '</g>',
    `<rect ${rect} fill="none" stroke="${MAP_FRAME}" stroke-width="1"/>`,
  ].join('\n');
}
