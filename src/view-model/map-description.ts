import { countOf, formatChange, formatRate } from '../format/format-number';
import { formatValue } from './measure-format';
import type { Force } from '../forces/force-table';
import { areaSeries } from '../model/area-summary';
import { evaluateMeasure, measureMeta, type MeasureId } from '../model/measures';
import { ordinal, rankAmong } from '../model/rank';
import type { SeriesModel } from './series-model';

/** A list of names the way a sentence gives them: "A", "A and B", "A, B and C". */
function namesList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Forces without a figure are named one by one up to this many; more are only counted. */
const NAMED_MISSING = 5;

/**
 * One paragraph, written from the figures shown, that says what the map
 * shows: its highest and lowest forces with their figures, the England and
 * Wales figure, the chosen force's place and its change from the year
 * before, and how many forces have no figure. It is the map's accessible
 * description, the alt text a reader can copy, the SVG's <desc> and the
 * PNG's "Description". Nothing in it is estimated: a figure that is
 * missing is said to be missing.
 */
export function mapDescription(
  series: SeriesModel,
  yearIndex: number,
  measure: MeasureId,
  forcesInView: readonly Force[],
  area: string,
  selected: Force | undefined,
): string {
  const { choropleth, years, unitAfter, measureLabel } = series;
  const year = years[yearIndex]!;
  const figure = (value: number) => `${formatValue(value, measure)}${unitAfter === '' ? '' : ` ${unitAfter}`}`;
  const all = choropleth.valuesFor(yearIndex);
  const values = new Map(forcesInView.map((force) => [force.code, all.get(force.code) ?? null]));
  const withFigures = forcesInView.filter((force) => values.get(force.code) !== null);
  const sentences = [`Map of ${measureLabel.charAt(0).toLowerCase()}${measureLabel.slice(1)} by police force area, ${area}, ${year}.`];

  if (withFigures.length > 0) {
    const figures = withFigures.map((force) => values.get(force.code)!);
    const extreme = (value: number) => namesList(withFigures.filter((force) => values.get(force.code) === value).map((force) => force.name));
    const highest = Math.max(...figures);
    const lowest = Math.min(...figures);
    sentences.push(`Highest: ${extreme(highest)}, ${figure(highest)}.`);
    if (withFigures.length > 1) sentences.push(`Lowest: ${extreme(lowest)}, ${figure(lowest)}.`);
  }

  sentences.push(englandAndWales(series, yearIndex, measure, figure));

  if (selected) {
    const value = values.get(selected.code) ?? null;
    const rank = rankAmong(values, selected.code);
    const place =
      value === null || !rank
        ? `${selected.name}: no figure.`
        : `${selected.name}: ${figure(value)}, ${ordinal(rank.rank)} highest of ${countOf(rank.of, 'force', 'forces')} with a figure.`;
    sentences.push(`${place} ${changeFromYearBefore(series, yearIndex, selected)}`);
  }

  const missing = forcesInView.filter((force) => values.get(force.code) === null);
  if (missing.length === 0) {
    sentences.push(forcesInView.length === 1 ? 'The force has a figure.' : `All ${forcesInView.length} forces have a figure.`);
  } else {
    const named = missing.length <= NAMED_MISSING ? `: ${namesList(missing.map((force) => force.name))}` : '';
    sentences.push(`${countOf(missing.length, 'force has', 'forces have')} no figure${named}.`);
  }
  return sentences.join(' ');
}

/**
 * The figure for the 43 forces together: the total, the rate over the
 * forces with people counted, or the change of the total, which is only
 * given when every force has a figure in both years (a total over other
 * forces would make a change that no force had).
 */
function englandAndWales(series: SeriesModel, yearIndex: number, measure: MeasureId, figure: (value: number) => string): string {
  const { joined, years, baseYear } = series;
  const area = areaSeries(joined, joined.forces);
  const now = area[yearIndex]!;
  const partOf = (counted: number) => (counted < now.forceCount ? ` (the ${counted} forces with a figure)` : '');
  // What England and Wales has of the measure follows from how its figures are written: a total, a rate, the rate compared with, a change.
  switch (measureMeta(measure).numberFormat) {
    case 'count':
      return now.total === null ? 'England and Wales: no figure.' : `England and Wales: ${figure(now.total)} in total${partOf(now.forcesWithFigures)}.`;
    case 'rate':
      return now.rate === null ? 'England and Wales: no figure.' : `England and Wales: ${figure(now.rate)}${partOf(now.rateForces)}.`;
    case 'comparison':
      // The rate each force's interval is set against.
      return now.rate === null
        ? 'England and Wales: no figure.'
        : `England and Wales, the rate each force is compared with: ${formatRate(now.rate)}${partOf(now.rateForces)}.`;
    case 'change': {
      const complete = area.map((entry) => (entry.forcesWithFigures === entry.forceCount ? entry.total : null));
      const change = evaluateMeasure(measure, { years, values: complete, populations: years.map(() => undefined) }, yearIndex, { baseYear });
      return change.value === null
        ? 'England and Wales: no figure (not every force has one in both years).'
        : `England and Wales: ${formatChange(change.value)}.`;
    }
  }
}

/** "Offences up 4.5% from 2021/22", from the published counts. */
function changeFromYearBefore(series: SeriesModel, yearIndex: number, force: Force): string {
  const { joined, years } = series;
  const cells = joined.cells.get(force.code) ?? [];
  const counts = { years, values: years.map((_, index) => cells[index]?.value ?? null), populations: years.map(() => undefined) };
  const change = evaluateMeasure('change-previous', counts, yearIndex);
  const unit = joined.dataset.meta.unit;
  const what = `${unit.charAt(0).toUpperCase()}${unit.slice(1)}`;
  const previous = years[yearIndex - 1];
  if (change.value === null)
    return `${what}: no change from the year before can be worked out${change.reason === 'comparison-not-published' && previous ? ` (${previous} has no figure)` : ''}.`;
  if (change.value === 0) return `${what} unchanged from ${previous}.`;
  return `${what} ${change.value > 0 ? 'up' : 'down'} ${formatChange(Math.abs(change.value)).replace('+', '')} from ${previous}.`;
}
