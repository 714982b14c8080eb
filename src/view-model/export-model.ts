import { financialYearFrom, financialYearStart } from '../datasets/financial-year';
import { exportFileName, type ExportExtension } from '../export/file-names';
import type { FigureCsvRow } from '../export/figures-csv';
import type { ValueLabel } from '../export/map-layer';
import type { MapPicture } from '../export/svg-map';
import type { SmallMultiplesModel } from '../export/small-multiples';
import type { Force } from '../forces/force-table';
import type { Boundaries, RegionFocus } from '../geography/boundaries';
import { ENGLAND_AND_WALES_BOUNDS } from '../geography/map-bounds';
import type { Cell } from '../model/join';
import { forceSeriesOf } from '../model/join';
import { evaluateMeasure, measureMeta, type MeasureResult } from '../model/measures';
import { withinVariation, type ForceYearSignificance } from '../model/significance';
import { ratePhrase } from '../model/rate';
import type { AppState } from '../state/app-state';
import { formatValue } from './measure-format';
import { legendModel } from './legend-model';
import type { MapDescriber } from './map-description';
import { regionPhrase, type SeriesModel } from './series-model';
import { breakCaution, changeBreaks, SMALL_NUMBER_CAUTION, WITHIN_VARIATION } from './significance-text';
import { formatComparison } from '../format/format-number';
import { t } from '../i18n/language';
import { forceName, regionName } from '../i18n/place-names';

/**
 * A picture of one year of the view, apart from the boundaries and what
 * only the screen knows (the extent in view and the width), and its
 * description in words (described, which loads after the first map).
 */
type ExportPicture = Omit<MapPicture, 'description'>;

/** What the exports take from the view: the same figures, colours, focus and selection as the screen. */
export interface ExportModel {
  years: readonly string[];
  yearIndex: number;
  picture(yearIndex: number): ExportPicture;
  /** What the map shows in words, of a year and of every year at once; undefined until its code has loaded, after the first map. */
  described: { ofYear(yearIndex: number): string; readonly allYears: string } | undefined;
  /** The forces written on the map with their values in a year: the chosen one, then the pinned ones (the picture's, alone). */
  valueLabels(yearIndex: number): readonly ValueLabel[];
  /** The subtitle of a picture of every year: "Offences per 100,000 people, 2012/13 to 2022/23, South West", or the reader's. */
  allYearsSubtitle: SmallMultiplesModel['allYearsSubtitle'];
  /** Every year of every force in view, every measure, with units, notes and sources. */
  figureRows(): FigureCsvRow[];
  /** variant: a preset's or the grid's name, "social-card"; "all-figures" names the figures CSV. */
  fileName(parts: { extension: ExportExtension; year: string | undefined; variant?: string }): string;
}

/** The export model with its pictures described in words: what the exports take. */
export type DescribedExport = Omit<ExportModel, 'picture' | 'described'> & SmallMultiplesModel;

/**
 * The export model with its description in words, for an export (whose code loads after the first map, as the
 * description's does); throws, saying so, in the moment before the description's code has arrived.
 */
export function describedExport(exported: ExportModel): DescribedExport {
  const { described } = exported;
  if (!described) throw new Error(t().exports.notDescribedYet);
  return {
    ...exported,
    picture: (index) => ({ ...exported.picture(index), description: described.ofYear(index) }),
    get allYearsDescription() {
      return described.allYears;
    },
  };
}

export function exportModel(
  series: SeriesModel,
  yearIndex: number,
  state: Pick<AppState, 'measure' | 'scope' | 'region' | 'force' | 'pins' | 'title' | 'subtitle' | 'note' | 'credit'>,
  boundaries: Boundaries,
  focus: RegionFocus | undefined,
  sourceLines: readonly string[],
  describer: MapDescriber | undefined,
): ExportModel {
  const { joined, choropleth, years } = series;
  const meta = joined.dataset.meta;
  const whole = t().places.englandAndWales;
  const area = state.region ? regionName(state.region) : whole;
  const selected = state.force ? joined.forces.find((force) => force.code === state.force) : undefined;
  const dimmed = focus ? new Set([...boundaries.codes].filter((code) => !focus.codes.has(code))) : undefined;
  const forcesInView = state.region ? joined.forces.filter((force) => force.region === state.region) : joined.forces;
  const describe = (index: number) => describer?.ofYear(series, index, state.measure, forcesInView, state.region ? regionPhrase(state.region) : whole, selected);
  const readerWords = { ...(state.note !== undefined ? { note: state.note } : {}), ...(state.credit !== undefined ? { credit: state.credit } : {}) };
  const lastYear = years.length - 1;
  // The chosen force, then the pinned ones, each written with its value in the year drawn.
  const labelled = [...new Set([...(selected ? [selected.code] : []), ...(state.pins ?? [])])]
    .map((code) => joined.forces.find((force) => force.code === code))
    .filter((force) => force !== undefined);
  const valueLabels = (index: number): ValueLabel[] => {
    const values = choropleth.valuesFor(index);
    return labelled.map((force) => ({
      code: force.code,
      text: `${forceName(force)}: ${formatValue(values.get(force.code) ?? null, state.measure)}`,
      ...(force.code === selected?.code ? { chosen: true } : {}),
    }));
  };
  return {
    years,
    yearIndex,
    valueLabels,
    picture: (index) => ({
      fills: choropleth.fillsFor(index),
      ...(dimmed && focus ? { dimmed, regionOutline: focus.outline } : {}),
      ...(selected ? { selected: { code: selected.code, name: forceName(selected) } } : {}),
      valueLabels: valueLabels(index),
      locator: focus !== undefined,
      bounds: focus ? focus.bounds : ENGLAND_AND_WALES_BOUNDS,
      title: state.title ?? meta.title,
      subtitle: state.subtitle ?? `${series.measureLabel}, ${years[index]}, ${area}`,
      ...readerWords,
      legend: legendModel({
        choropleth,
        yearIndex: index,
        years,
        measure: state.measure,
        title: series.measureLabel,
        method: series.classification.method,
        scope: state.scope,
        scopeArea: series.classifiedArea,
      }),
      sourceLines,
    }),
    allYearsSubtitle: state.subtitle ?? `${series.measureLabel}, ${t().legend.fromTo(years[0]!, years[lastYear]!)}, ${area}`,
    described: describer && {
      ofYear: (index) => describe(index)!,
      // Written when an export asks for it, not with every page.
      get allYears() {
        return describer.allYears(years[0]!, years[lastYear]!, describe(lastYear)!);
      },
    },
    figureRows: () => forcesInView.flatMap((force) => figureRowsOf(series, force)),
    fileName: ({ extension, year, variant }) =>
      variant === 'all-figures'
        ? exportFileName({ datasetId: meta.id, measure: 'all-measures', baseYear: series.baseYear, year, area: state.region, extension })
        : exportFileName({
            datasetId: meta.id,
            measure: state.measure,
            baseYear: series.baseYear,
            year,
            area: state.region,
            ...(selected ? { force: selected.name } : {}),
            ...(variant ? { variant } : {}),
            extension,
          }),
  };
}

const CHANGE_UNIT = 'per cent';

/**
 * A force's every year: its count as published, its population (the one
 * its rate is divided by), and the rate and changes as the
 * map works them out (evaluateMeasure: the one formula for each).
 */
function figureRowsOf(series: SeriesModel, force: Force): FigureCsvRow[] {
  const { joined, years, baseYear } = series;
  const meta = joined.dataset.meta;
  const cells = joined.cells.get(force.code) ?? [];
  const offence = meta.offence;
  const named = {
    dataset: meta.title,
    offenceCode: offence ? (offence.code ?? offence.id) : '',
    offenceName: offence?.name ?? '',
    offenceGroup: offence ? (offence.kind === 'group' ? offence.name : (offence.group ?? '')) : '',
  };
  const forceSeries = forceSeriesOf(joined, force.code);
  return years.map((year, index) => {
    const cell = cells[index];
    const rate = evaluateMeasure('rate', forceSeries, index, { ratePer: meta.ratePer });
    const previous = evaluateMeasure('change-previous', forceSeries, index);
    const sinceBase = evaluateMeasure('change-base', forceSeries, index, { baseYear });
    const significance = series.significance.of(index, force.code);
    // Given on every row, a count or not, as a reader checking a rate or filling a gap needs it.
    const population = joined.populations.get(force.code)?.[index];
    return {
      ...named,
      code: force.code,
      name: force.name,
      region: force.region,
      year,
      count: cell?.value ?? null,
      countUnit: meta.unit,
      population,
      populationMidYear: population === undefined ? undefined : financialYearStart(year),
      rate: rate.value,
      rateInterval: significance?.rate,
      rateUnit: ratePhrase(meta.ratePer),
      comparedWithEnglandAndWales: significance?.national == null ? '' : formatComparison(significance.national, 'England and Wales'),
      comparedWithRegion: significance?.regional == null ? '' : formatComparison(significance.regional, regionPhrase(force.region)),
      changeFromPrevious: previous.value,
      changeFromPreviousInterval: significance?.changePrevious,
      changeFromBase: sinceBase.value,
      changeFromBaseInterval: significance?.changeBase,
      baseYear,
      changeUnit: CHANGE_UNIT,
      note: [
        noteOf(cell, year, { rate, previous, sinceBase }, years[index - 1], baseYear),
        ...significanceNotes(significance, baseYear),
        ...breakNotes(series, index, { 'change-previous': previous, 'change-base': sinceBase }),
      ]
        .filter((part) => part !== '')
        .join('; '),
      source: meta.source,
      release: cell?.source.release ?? '',
      sourceUrl: cell?.source.url ?? meta.sourceUrl ?? '',
      licence: meta.licence,
    };
  });
}

/** A small count's caution, and which changes are within year-to-year variation. */
function significanceNotes(significance: ForceYearSignificance | undefined, baseYear: string): string[] {
  if (!significance) return [];
  return [
    ...(significance.smallNumber ? [SMALL_NUMBER_CAUTION] : []),
    ...(withinVariation(significance.changePrevious) ? [`change from the previous year ${WITHIN_VARIATION}`] : []),
    ...(withinVariation(significance.changeBase) ? [`change since ${baseYear} ${WITHIN_VARIATION}`] : []),
  ];
}

/** A change whose base is before a break in the series says so, and what changed. */
function breakNotes(series: SeriesModel, index: number, changes: Record<'change-previous' | 'change-base', MeasureResult>): string[] {
  return (['change-previous', 'change-base'] as const).flatMap((measure) => {
    const broken = changes[measure].value === null ? undefined : changeBreaks(series, measure, index);
    return broken
      ? [
          `${measureMeta(measure).change === 'previous-year' ? 'change from the previous year' : `change since ${series.baseYear}`}: ${breakCaution(broken.breaks, broken.base, true)}`,
        ]
      : [];
  });
}

/** Why each missing figure is missing, then the note the figure came with, if any. */
function noteOf(
  cell: Cell | undefined,
  year: string,
  results: { rate: MeasureResult; previous: MeasureResult; sinceBase: MeasureResult },
  entryBefore: string | undefined,
  baseYear: string,
): string {
  const published = cell?.note;
  if (cell?.value === null || cell === undefined) {
    return `count not published${published ? `: ${published}` : ''}; so no rate or change`;
  }
  const reasons: string[] = [];
  if (results.rate.reason === 'no-population') reasons.push(`rate not available: no population estimate for mid-${financialYearStart(year)}`);
  const previousYear = financialYearFrom(financialYearStart(year) - 1);
  const previous = changeReason(
    results.previous,
    'change from the previous year',
    previousYear,
    entryBefore === undefined ? `the figures start in ${year}` : `the figures have no ${previousYear}`,
  );
  const sinceBase = changeReason(results.sinceBase, `change since ${baseYear}`, baseYear, '');
  return [...reasons, previous, sinceBase, published].filter((part): part is string => part !== undefined && part !== '').join('; ');
}

function changeReason(result: MeasureResult, what: string, comparedYear: string, noYear: string): string | undefined {
  switch (result.reason) {
    case undefined:
    case 'not-published':
    case 'no-population':
      return undefined;
    case 'no-previous-year':
      return `${what} not available: ${noYear}`;
    case 'comparison-not-published':
      return `${what} not available: ${comparedYear} not published`;
    case 'comparison-zero':
      return `${what} not available: ${comparedYear} was 0 (no per cent change from nothing)`;
  }
}
