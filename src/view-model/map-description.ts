import { formatChange, formatRate } from '../format/format-number';
import { formatValue } from './measure-format';
import type { Force } from '../forces/force-table';
import { areaSeries } from '../model/area-summary';
import { evaluateMeasure, measureMeta, type MeasureId } from '../model/measures';
import { rankAmong } from '../model/rank';
import type { SeriesModel } from './series-model';
import { descriptionWords } from '../i18n/description-words';
import { forceName } from '../i18n/place-names';

/** A list of names the way a sentence gives them: "A", "A and B", "A, B and C". */
function namesList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${descriptionWords().and} ${names[names.length - 1]}`;
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
function mapDescription(
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
  const words = descriptionWords();
  const sentences = [words.map(measureLabel, area, year)];

  if (withFigures.length > 0) {
    const figures = withFigures.map((force) => values.get(force.code)!);
    const extreme = (value: number) => namesList(withFigures.filter((force) => values.get(force.code) === value).map((force) => forceName(force)));
    const highest = Math.max(...figures);
    const lowest = Math.min(...figures);
    sentences.push(words.highest(extreme(highest), figure(highest)));
    if (withFigures.length > 1) sentences.push(words.lowest(extreme(lowest), figure(lowest)));
  }

  sentences.push(englandAndWales(series, yearIndex, measure, figure));

  if (selected) {
    const value = values.get(selected.code) ?? null;
    const rank = rankAmong(values, selected.code);
    const place = value === null || !rank ? words.noFigure(forceName(selected)) : words.place(forceName(selected), figure(value), rank.rank, rank.of);
    sentences.push(`${place} ${changeFromYearBefore(series, yearIndex, selected)}`);
  }

  const missing = forcesInView.filter((force) => values.get(force.code) === null);
  if (missing.length === 0) {
    sentences.push(forcesInView.length === 1 ? words.oneHasFigure : words.allHaveFigures(forcesInView.length));
  } else {
    const named = missing.length <= NAMED_MISSING ? `: ${namesList(missing.map((force) => forceName(force)))}` : '';
    sentences.push(words.noFigures(missing.length, named));
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
  const words = descriptionWords();
  const partOf = (counted: number) => (counted < now.forceCount ? words.partOf(counted) : '');
  // What England and Wales has of the measure follows from how its figures are written: a total, a rate, the rate compared with, a change.
  switch (measureMeta(measure).numberFormat) {
    case 'count':
      return now.total === null ? words.wholeNoFigure : words.wholeTotal(figure(now.total), partOf(now.forcesWithFigures));
    case 'rate':
      return now.rate === null ? words.wholeNoFigure : words.wholeRate(figure(now.rate), partOf(now.rateForces));
    case 'comparison':
      // The rate each force's interval is set against.
      return now.rate === null ? words.wholeNoFigure : words.wholeComparedWith(formatRate(now.rate), partOf(now.rateForces));
    case 'change': {
      const complete = area.map((entry) => (entry.forcesWithFigures === entry.forceCount ? entry.total : null));
      const change = evaluateMeasure(measure, { years, values: complete, populations: years.map(() => undefined) }, yearIndex, { baseYear });
      return change.value === null ? words.wholeNoChange : words.wholeRate(formatChange(change.value), '');
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
  const previous = years[yearIndex - 1];
  const words = descriptionWords();
  if (change.value === null) return words.noChange(unit, change.reason === 'comparison-not-published' ? previous : undefined);
  if (change.value === 0) return words.unchanged(unit, previous!);
  return words.upDown(unit, change.value > 0, formatChange(Math.abs(change.value)).replace('+', ''), previous!);
}

/** The description's code and words, loaded after the first map (after-first-map.ts): the page writes it once it has settled, and the exports carry it. */
export const mapDescriber = {
  ofYear: mapDescription,
  /** Every year's map in one picture: which years, then the latest year's description. */
  allYears: (first: string, last: string, latest: string) => descriptionWords().allYears(first, last, latest),
};
