import { HATCH } from '../scales/map-style';
import { svgEl } from './dom';

/** The "not published" hatch as an SVG pattern, in the user units of whatever it fills. */
export function hatchPattern(id: string): SVGPatternElement {
  return svgEl('pattern', { id, width: HATCH.size, height: HATCH.size, patternUnits: 'userSpaceOnUse' }, [
    svgEl('rect', { width: HATCH.size, height: HATCH.size, fill: HATCH.background }),
    svgEl('path', { d: HATCH.path, stroke: HATCH.lines, 'stroke-width': HATCH.lineWidth }),
  ]);
}

/** A line drawn over the map (hover, selection, keyboard, region): its width in screen pixels whatever the zoom. */
export function outlinePath(line: { color: string; width: number; dash?: readonly number[] }): SVGPathElement {
  return svgEl('path', {
    fill: 'none',
    stroke: line.color,
    'stroke-width': line.width,
    'stroke-linejoin': 'round',
    'stroke-dasharray': line.dash ? line.dash.map((dash) => dash * line.width).join(' ') : undefined,
    'pointer-events': 'none',
    'vector-effect': 'non-scaling-stroke',
  });
}
