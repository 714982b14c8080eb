import { axisBottom, axisLeft } from 'd3-axis';
import { max } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import type { ProfileChartModel } from '../view-model/profile-model';
import { svgEl } from './dom';

const WIDTH = 340;
const HEIGHT = 190;
const MARGIN = { top: 12, right: 12, bottom: 26, left: 40 };

/**
 * The force's rate year by year against its region's and England and
 * Wales' (rates, so that areas of different sizes compare fairly), each
 * with its 95% interval where the model gives one; or the force's counts.
 * The shown year is marked.
 */
export function profileChart(profile: ProfileChartModel): SVGSVGElement {
  const { lines } = profile;
  const svg = svgEl('svg', { class: 'profile-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': profile.description });
  const x = scalePoint<string>()
    .domain(profile.years)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.3);
  const top =
    max(lines.flatMap((l) => [...l.values.filter((v): v is number => v !== null), ...(l.intervals ?? []).map((interval) => interval?.upper ?? 0)])) ?? 1;
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);

  const root = select(svg);
  const everyOther = profile.years.length > 6;
  root
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(axisBottom(x).tickFormat((year, i) => (everyOther && i % 2 === 1 ? '' : year.slice(2))));
  root.append('g').attr('class', 'axis').attr('transform', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(4));

  const shownX = x(profile.years[profile.yearIndex]!)!;
  root
    .append('line')
    .attr('class', 'year-marker')
    .attr('x1', shownX)
    .attr('x2', shownX)
    .attr('y1', MARGIN.top)
    .attr('y2', HEIGHT - MARGIN.bottom);

  // A break in the series: a dashed line between the two years, so that the line across it is not read as like for like.
  profile.breakBefore.forEach((broken, i) => {
    if (!broken) return;
    const between = (x(profile.years[i - 1]!)! + x(profile.years[i]!)!) / 2;
    root
      .append('line')
      .attr('class', 'series-break')
      .attr('x1', between)
      .attr('x2', between)
      .attr('y1', MARGIN.top)
      .attr('y2', HEIGHT - MARGIN.bottom);
  });

  const path = line<number | null>()
    .defined((value) => value !== null)
    .x((_, i) => x(profile.years[i]!)!)
    .y((value) => y(value!));
  for (const { intervals, className } of lines) {
    if (!intervals) continue;
    // Each year's 95% interval, a bar through its point.
    root
      .selectAll(null)
      .data(intervals.map((interval, i) => ({ interval, i })).filter((d) => d.interval !== undefined))
      .join('line')
      .attr('class', `interval ${className}`)
      .attr('x1', (d) => x(profile.years[d.i]!)!)
      .attr('x2', (d) => x(profile.years[d.i]!)!)
      .attr('y1', (d) => y(d.interval!.lower))
      .attr('y2', (d) => y(d.interval!.upper));
  }
  for (const { values, className } of [...lines].reverse()) {
    root
      .append('path')
      .attr('class', className)
      .attr('d', path(values as (number | null)[]) ?? '');
    root
      .selectAll(null)
      .data(values.map((value, i) => ({ value, i })).filter((d) => d.value !== null))
      .join('circle')
      .attr('class', className)
      .attr('r', (d) => (d.i === profile.yearIndex ? 4 : 2))
      .attr('cx', (d) => x(profile.years[d.i]!)!)
      .attr('cy', (d) => y(d.value!));
  }
  return svg;
}
