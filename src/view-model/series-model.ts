import type { Dataset } from '../datasets/dataset';
import type { Population } from '../datasets/population';
import type { Boundaries } from '../geography/boundaries';
import type { ForceTable, Region } from '../forces/force-table';
import { buildChoropleth, type Choropleth } from '../model/choropleth';
import { openingYearOf } from '../model/coverage';
import { joinDataset, type JoinedData } from '../model/join';
import { measureMeta } from '../model/measures';
import type { Significance } from '../model/significance';
import type { ClassificationOptions } from '../scales/classify';
import type { PaletteId } from '../scales/palettes';
import type { AppState } from '../state/app-state';
import { classificationInForce, paletteInForce } from './colour-options';
import { t } from '../i18n/language';

/** The part of the state that colours a series: a year step changes none of it. */
export type SeriesChoice = Pick<AppState, 'measure' | 'base' | 'classify' | 'classes' | 'breaks' | 'scope' | 'palette' | 'scale' | 'region'>;

/**
 * One dataset joined and coloured for one choice of measure and classes:
 * everything that does not depend on the year shown, the force selected
 * or the pointer. Built once per such choice.
 */
export interface SeriesModel {
  joined: JoinedData;
  choropleth: Choropleth;
  /** Intervals, comparisons and small numbers, year by year (each year worked out once). */
  significance: Significance;
  years: readonly string[];
  /** The year shown when the link names none: the latest with figures for most forces (model/coverage.ts). */
  openingYear: string;
  /** The base year in force for "change-base" (the state's, or the first year). */
  baseYear: string;
  palette: PaletteId;
  classification: ClassificationOptions;
  /** Why the manual breaks asked for are not used, when they are not. */
  breaksError: string | undefined;
  /** "Offences per 100,000 people". */
  measureLabel: string;
  /** What follows a figure in words: "offences", "per 100,000 people", nothing for a change. */
  unitAfter: string;
  /** The forces whose figures made the classes: "England and Wales" or "the South West". */
  classifiedArea: string;
}

/** The last join of each dataset: a new measure or new classes join the same figures to the same forces, and keep their intervals. */
const joins = new WeakMap<Dataset, { forceTable: ForceTable; boundaries: Boundaries; population: Population; joined: JoinedData }>();

function joinedOnce(dataset: Dataset, forceTable: ForceTable, boundaries: Boundaries, population: Population): JoinedData {
  const kept = joins.get(dataset);
  if (kept && kept.forceTable === forceTable && kept.boundaries === boundaries && kept.population === population) return kept.joined;
  const joined = joinDataset(boundaries.codes, forceTable, dataset, population);
  joins.set(dataset, { forceTable, boundaries, population, joined });
  return joined;
}

export function seriesModel(dataset: Dataset, forceTable: ForceTable, boundaries: Boundaries, population: Population, choice: SeriesChoice): SeriesModel {
  const joined = joinedOnce(dataset, forceTable, boundaries, population);
  const years = joined.years;
  const baseYear = choice.base !== undefined && years.includes(choice.base) ? choice.base : years[0]!;
  const palette = paletteInForce(choice);
  const classification = classificationInForce(choice);
  const regional = choice.scale === 'region' && choice.region !== undefined;
  const classified = regional ? joined.forces.filter((force) => force.region === choice.region) : joined.forces;
  const choropleth = buildChoropleth(joined, population, {
    measure: choice.measure,
    baseYear,
    classification: classification.options,
    scope: choice.scope,
    palette,
    classifiedCodes: new Set(classified.map((force) => force.code)),
  });
  const context = { unit: dataset.meta.unit, baseYear, ratePer: dataset.meta.ratePer };
  const meta = measureMeta(choice.measure);
  return {
    joined,
    choropleth,
    significance: choropleth.significance,
    years,
    openingYear: openingYearOf(dataset) ?? years[years.length - 1]!,
    baseYear,
    palette,
    classification: classification.options,
    breaksError: classification.error,
    measureLabel: meta.label(context),
    unitAfter: meta.unitAfter(context),
    classifiedArea: regional ? regionPhrase(choice.region!) : t().places.englandAndWales,
  };
}

/** "the South West", but "London", "Wales" and "Yorkshire and The Humber" without the article; in Welsh, the region's Welsh name. */
export function regionPhrase(region: Region): string {
  return t().places.regionInText(region);
}

/** The index of the year shown: the state's year when the series has it, else the year it opens on. */
export function yearIndexOf({ years, openingYear }: Pick<SeriesModel, 'years' | 'openingYear'>, year: string | undefined): number {
  const index = year === undefined ? -1 : years.indexOf(year);
  return index >= 0 ? index : Math.max(0, years.indexOf(openingYear));
}
