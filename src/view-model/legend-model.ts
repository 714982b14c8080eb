import { classLabels } from './class-labels';
import { formatValue, missingWords } from './measure-format';
import { t } from '../i18n/language';
import type { BreakScope, Choropleth } from '../model/choropleth';
import { measureMeta, type MeasureId } from '../model/measures';
import { classRanges, type ClassificationOptions } from '../scales/classify';
import type { LegendModel } from '../export/legend-block';

/** Where the hovered or selected force sits in the legend: a row index, or the missing key. */
export interface LegendMarker {
  row: number | 'missing';
  text: string;
}

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
  const words = t().legend;
  const reach = highest === undefined ? '' : words.topReach(highest, args.scope === 'each-year' ? args.years[yearIndex] : undefined);
  return {
    title: args.title,
    rows,
    missingLabel: missingWords(measure),
    note:
      rows.length === 0
        ? words.noFigures
        : meta.fixedBreaks
          ? words.comparisonNote
          : `${words.classes(words.methods[args.method], breaksSource(args))}${reach}${meta.change ? ` ${words.withinVariationNote}` : ''}`,
  };
}

/** Which figures the breaks were made from, said so that a reader always knows which years the colours come from. */
function breaksSource({ choropleth, yearIndex, years, scope, scopeArea }: LegendArgs): string {
  const breaksYear = choropleth.breaksYearIndex === undefined ? undefined : years[choropleth.breaksYearIndex];
  const words = t().legend;
  switch (scope) {
    case 'latest-year':
      return words.fromLatestYear(scopeArea, breaksYear ?? years[years.length - 1]!);
    case 'all-years':
      return words.fromAllYears(scopeArea, years[0]!, years[years.length - 1]!);
    case 'each-year':
      return words.fromEachYear(scopeArea, years[yearIndex]!);
  }
}

export function legendMarker(choropleth: Choropleth, yearIndex: number, measure: MeasureId, marked: { code: string; label: string }): LegendMarker {
  const value = choropleth.values.get(marked.code)?.[yearIndex] ?? null;
  const row = choropleth.classificationFor(yearIndex).classOf(value);
  return { row: row ?? 'missing', text: `${marked.label}: ${formatValue(value, measure)}` };
}
