import { classLabels } from './class-labels';
import { formatValue } from './measure-format';
import type { BreakScope, Choropleth } from '../model/choropleth';
import { measureMeta, type MeasureId } from '../model/measures';
import { classRanges, type ClassificationOptions } from '../scales/classify';
import type { LegendModel } from '../export/legend-block';

/** Where the hovered or selected force sits in the legend: a row index, or the missing key. */
export interface LegendMarker {
  row: number | 'missing';
  text: string;
}

const METHOD_NAMES: Record<ClassificationOptions['method'], string> = {
  quantile: 'quantiles (about as many forces in each class)',
  'equal-interval': 'equal intervals',
  'natural-breaks': 'natural breaks (ckmeans)',
  manual: 'your own breaks',
};

export interface LegendArgs {
  choropleth: Choropleth;
  yearIndex: number;
  years: readonly string[];
  measure: MeasureId;
  title: string;
  method: ClassificationOptions['method'];
  scope: BreakScope;
  /** "England and Wales", or "the South West" when the scale is the region's. */
  scopeArea: string;
}

export function legendModel(args: LegendArgs): LegendModel {
  const { choropleth, yearIndex, measure } = args;
  const classification = choropleth.classificationFor(yearIndex);
  const colors = choropleth.colorsFor(yearIndex);
  const ranges = classRanges(classification);
  const { labels, highest } = classLabels(ranges, measure);
  const rows = ranges.map((range, i) => ({ color: colors[range.index]!, label: labels[i]! }));
  const meta = measureMeta(measure);
  // The top class is open ("100.4 and over"): how far it reaches is said here, for the years its breaks colour.
  const reach =
    highest === undefined
      ? ''
      : ` The top class goes up to ${highest}, the highest figure ${args.scope === 'each-year' ? `in ${args.years[yearIndex]}` : 'in any year'}.`;
  return {
    title: args.title,
    rows,
    missingLabel: meta.missingLabel,
    note:
      rows.length === 0
        ? 'No figures to classify.'
        : meta.fixedBreaks
          ? COMPARISON_NOTE
          : `Classes: ${METHOD_NAMES[args.method]} of ${breaksSource(args)}.${reach}${meta.change ? ` ${WITHIN_VARIATION_NOTE}` : ''}`,
  };
}

const COMPARISON_NOTE =
  'Each force’s rate with its 95% interval, against the England and Wales rate of the same year: higher or lower where the interval lies wholly above or below it, similar where it overlaps.';
const WITHIN_VARIATION_NOTE = 'Lighter: within year-to-year variation (the 95% interval of the change includes no change).';

/** Which figures the breaks were made from, said so that a reader always knows which years the colours come from. */
function breaksSource({ choropleth, yearIndex, years, scope, scopeArea }: LegendArgs): string {
  const breaksYear = choropleth.breaksYearIndex === undefined ? undefined : years[choropleth.breaksYearIndex];
  switch (scope) {
    case 'latest-year':
      return `the figures of ${scopeArea} in ${breaksYear ?? years[years.length - 1]}, used for every year so that a colour means the same throughout`;
    case 'all-years':
      return `the figures of ${scopeArea} over all years, ${years[0]} to ${years[years.length - 1]}, so that a colour means the same throughout`;
    case 'each-year':
      return `the figures of ${scopeArea} in ${years[yearIndex]} alone; colours mean other figures in other years`;
  }
}

export function legendMarker(choropleth: Choropleth, yearIndex: number, measure: MeasureId, marked: { code: string; label: string }): LegendMarker {
  const value = choropleth.values.get(marked.code)?.[yearIndex] ?? null;
  const row = choropleth.classificationFor(yearIndex).classOf(value);
  return { row: row ?? 'missing', text: `${marked.label}: ${formatValue(value, measure)}` };
}
