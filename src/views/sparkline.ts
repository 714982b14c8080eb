import { svgEl } from './dom';

/**
 * A force's series in a few pixels: gaps where a figure is missing, the
 * shown year marked. Plain arithmetic rather than d3 scales and shapes,
 * because the tooltip is on the first screen and every kilobyte there
 * counts (the profile chart, loaded later, uses d3).
 */
export function sparkline(values: readonly (number | null)[], markedIndex: number, width = 160, height = 36): SVGSVGElement {
  const svg = svgEl('svg', { class: 'sparkline', width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true' });
  const published = values.filter((value): value is number => value !== null);
  if (published.length === 0) return svg;
  const pad = 3;
  let low = Math.min(0, ...published);
  let high = Math.max(...published);
  if (low === high) {
    low -= 1;
    high += 1;
  }
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, values.length - 1);
  const y = (value: number) => height - pad - ((value - low) * (height - 2 * pad)) / (high - low);
  let path = '';
  values.forEach((value, i) => {
    if (value === null) return;
    path += `${i > 0 && values[i - 1] !== null ? 'L' : 'M'}${x(i).toFixed(1)},${y(value).toFixed(1)}`;
  });
  svg.append(svgEl('path', { d: path, fill: 'none', stroke: '#4a5460', 'stroke-width': 1.5 }));
  values.forEach((value, i) => {
    if (value === null) return;
    const marked = i === markedIndex;
    svg.append(svgEl('circle', { cx: x(i).toFixed(1), cy: y(value).toFixed(1), r: marked ? 3.5 : 1.5, fill: marked ? '#0b5cad' : '#4a5460' }));
  });
  return svg;
}
