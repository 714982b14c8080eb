import { line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import { extent } from 'd3-array';
import { svgEl } from './dom';

/**
 * A force's series in a few pixels: gaps where a figure is missing, the
 * shown year marked. Drawn with d3-shape into an SVG, no DOM library.
 */
export function sparkline(values: readonly (number | null)[], markedIndex: number, width = 160, height = 36): SVGSVGElement {
  const svg = svgEl('svg', { class: 'sparkline', width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true' });
  const [min, max] = extent(values.filter((value): value is number => value !== null));
  if (min === undefined || max === undefined) return svg;
  const x = scaleLinear().domain([0, Math.max(1, values.length - 1)]).range([3, width - 3]);
  const y = scaleLinear().domain(min === max ? [min - 1, max + 1] : [Math.min(0, min), max]).range([height - 3, 3]);
  const path = line<number | null>()
    .defined((value) => value !== null)
    .x((_, i) => x(i))
    .y((value) => y(value!))(values as (number | null)[]);
  svg.append(svgEl('path', { d: path ?? '', fill: 'none', stroke: '#4a5460', 'stroke-width': 1.5 }));
  values.forEach((value, i) => {
    if (value === null) return;
    const marked = i === markedIndex;
    svg.append(svgEl('circle', { cx: x(i), cy: y(value), r: marked ? 3.5 : 1.5, fill: marked ? '#0b5cad' : '#4a5460' }));
  });
  return svg;
}
