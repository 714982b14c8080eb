import type { Population } from '../datasets/population';
import { classify, classifyAcrossYears, classifyPerYear, spanning, withBreakAtZero, type Classification, type ClassificationOptions } from '../scales/classify';
import { towardsWhite } from '../scales/color';
import { classColors, type PaletteId } from '../scales/palettes';
import { latestWellCoveredYear } from './coverage';
import type { JoinedData } from './join';
import { forceSeries, measureMeta, measureSeries, type MeasureId } from './measures';
import { intervalOf, significanceOf, withinVariation, type Significance } from './significance';

/** How far towards white a change within year-to-year variation is drawn: lighter than its class, its hue kept. */
const WITHIN_VARIATION_LIGHTER = 0.6;

/**
 * Which figures the class breaks come from:
 * - latest-year: the latest year's, used for every year, so that the latest
 *   map separates the forces and a colour means the same figure throughout
 *   (for sparse figures, the latest year with figures for at least three
 *   quarters of the forces that have any: a year of four figures makes poor
 *   classes for every year);
 * - all-years: every year's at once;
 * - each-year: the shown year's alone (colours then differ in meaning between years).
 */
export const BREAK_SCOPES = ['latest-year', 'all-years', 'each-year'] as const;
export type BreakScope = (typeof BREAK_SCOPES)[number];

export interface ChoroplethOptions {
  measure: MeasureId;
  /** Base year for "change-base". */
  baseYear: string;
  classification: ClassificationOptions;
  scope: BreakScope;
  palette: PaletteId;
  /** The forces whose values set the breaks: all of them, or the region's when rescaled. */
  classifiedCodes: ReadonlySet<string>;
}

/**
 * Everything colour-related that does not depend on the year shown: each
 * force's measure for every year and the classes. Built once per choice of
 * dataset, measure and classification; scrubbing only looks things up.
 */
export interface Choropleth {
  /** code → measure value per year index; null: not published or not available. */
  values: ReadonlyMap<string, readonly (number | null)[]>;
  /** Every force's value of the measure in one year. */
  valuesFor(yearIndex: number): Map<string, number | null>;
  classificationFor(yearIndex: number): Classification;
  colorsFor(yearIndex: number): readonly string[];
  /** The fill of every force in a year: a class colour (lighter for a change within year-to-year variation), or null (hatched). */
  fillsFor(yearIndex: number): Map<string, string | null>;
  /** The year whose figures made the breaks ("latest-year" scope). */
  breaksYearIndex: number | undefined;
  /** The intervals: a change within year-to-year variation is drawn lighter, and a comparison is made against England and Wales' rates. */
  significance: Significance;
}

/** Kept per joined dataset and base year: another measure or other classes keep the intervals already worked out. */
const significances = new WeakMap<JoinedData, Map<string, Significance>>();

function sharedSignificance(joined: JoinedData, baseYear: string): Significance {
  const byBase = significances.get(joined) ?? significances.set(joined, new Map()).get(joined)!;
  return byBase.get(baseYear) ?? byBase.set(baseYear, significanceOf(joined, baseYear)).get(baseYear)!;
}

export function buildChoropleth(joined: JoinedData, population: Population, options: ChoroplethOptions): Choropleth {
  const ratePer = joined.dataset.meta.ratePer;
  const meta = measureMeta(options.measure);
  const significance = sharedSignificance(joined, options.baseYear);
  const values = new Map<string, (number | null)[]>();
  for (const force of joined.forces) {
    const figures = joined.cells.get(force.code)!.map((cell) => cell?.value ?? null);
    const series = forceSeries(joined.years, figures, population, force.code);
    values.set(force.code, measureSeries(options.measure, series, { baseYear: options.baseYear, ratePer, referenceRates: significance.nationalRates }));
  }
  const classified = [...values].filter(([code]) => options.classifiedCodes.has(code)).map(([, series]) => series);
  const byYear = joined.years.map((_, yearIndex) => classified.map((series) => series[yearIndex]));
  // Change measures get a break at 0 so that no colour stands for both falls and rises;
  // breaks the reader typed are theirs, and stay where they put them.
  const breakAtZero = meta.kind === 'diverging' && options.classification.method !== 'manual';
  const finish = (classification: Classification) => (breakAtZero ? withBreakAtZero(classification) : classification);
  const breaksYearIndex = options.scope === 'latest-year' && !meta.fixedBreaks ? latestWellCoveredYear(classified) : undefined;
  let perYear: Classification[];
  if (meta.fixedBreaks) {
    // The measure's own categories, the same in every year.
    perYear = new Array<Classification>(joined.years.length).fill(classify(byYear.flat(), { method: 'manual', thresholds: meta.fixedBreaks }));
  } else if (options.scope === 'each-year') {
    perYear = classifyPerYear(byYear, options.classification).map(finish);
  } else {
    const classification =
      breaksYearIndex === undefined
        ? classifyAcrossYears(byYear, options.classification)
        : // The latest year's breaks, with the ends of the legend stretched to every year's values they colour.
          spanning(classify(byYear[breaksYearIndex]!, options.classification), byYear.flat());
    perYear = new Array<Classification>(joined.years.length).fill(finish(classification));
  }
  const colors = new Map<Classification, string[]>();
  const colorsFor = (yearIndex: number) => {
    const classification = perYear[yearIndex]!;
    let palette = colors.get(classification);
    if (!palette) colors.set(classification, (palette = classColors(classification, options.palette)));
    return palette;
  };

  return {
    values,
    valuesFor: (yearIndex) => new Map([...values].map(([code, series]) => [code, series[yearIndex] ?? null])),
    classificationFor: (yearIndex) => perYear[yearIndex]!,
    colorsFor,
    fillsFor(yearIndex) {
      const classification = perYear[yearIndex]!;
      const palette = colorsFor(yearIndex);
      const yearSignificance = meta.change ? significance.ofYear(yearIndex) : undefined;
      const fills = new Map<string, string | null>();
      for (const [code, series] of values) {
        const index = classification.classOf(series[yearIndex]);
        const lighter = yearSignificance !== undefined && withinVariation(intervalOf(yearSignificance.get(code), options.measure));
        fills.set(code, index === undefined ? null : lighter ? towardsWhite(palette[index]!, WITHIN_VARIATION_LIGHTER) : palette[index]!);
      }
      return fills;
    },
    breaksYearIndex,
    significance,
  };
}
