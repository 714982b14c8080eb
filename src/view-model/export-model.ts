import { exportFileName, type ExportExtension } from '../export/file-names';
import type { FigureCsvRow } from '../export/figures-csv';
import type { ValueLabel } from '../export/map-layer';
import type { MapPicture } from '../export/svg-map';
import type { SmallMultiplesModel } from '../export/small-multiples';
import type { Boundaries, RegionFocus } from '../geography/boundaries';
import { ENGLAND_AND_WALES_BOUNDS } from '../geography/map-bounds';
import type { AppState } from '../state/app-state';
import { formatValue } from './measure-format';
import { legendModel } from './legend-model';
import type { AfterFirstMap } from './after-first-map';
import { regionPhrase, type SeriesModel } from './series-model';
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
  /**
   * What loads after the first map: the map in words, of a year and of every year at once, and every year of every
   * force in view, every measure, with units, notes and sources (the "All figures" CSV); undefined until it has loaded.
   */
  afterFirstMap: { description(yearIndex: number): string; readonly allYearsDescription: string; figureRows(): FigureCsvRow[] } | undefined;
  /** The forces written on the map with their values in a year: the chosen one, then the pinned ones (the picture's, alone). */
  valueLabels(yearIndex: number): readonly ValueLabel[];
  /** The subtitle of a picture of every year: "Offences per 100,000 people, 2012/13 to 2022/23, South West", or the reader's. */
  allYearsSubtitle: SmallMultiplesModel['allYearsSubtitle'];
  /** variant: a preset's or the grid's name, "social-card"; "all-figures" names the figures CSV. */
  fileName(parts: { extension: ExportExtension; year: string | undefined; variant?: string }): string;
}

/** The export model with its pictures described in words: what the exports take. */
export type DescribedExport = Omit<ExportModel, 'picture' | 'afterFirstMap'> & SmallMultiplesModel & { figureRows(): FigureCsvRow[] };

/**
 * The export model with its description in words and its figures' rows, for an export (whose code loads after the
 * first map, as theirs does); throws, saying so, in the moment before their code has arrived.
 */
export function describedExport(exported: ExportModel): DescribedExport {
  const { afterFirstMap, ...rest } = exported;
  if (!afterFirstMap) throw new Error(t().exports.notDescribedYet);
  return {
    ...rest,
    picture: (index) => ({ ...exported.picture(index), description: afterFirstMap.description(index) }),
    get allYearsDescription() {
      return afterFirstMap.allYearsDescription;
    },
    figureRows: () => afterFirstMap.figureRows(),
  };
}

export function exportModel(
  series: SeriesModel,
  yearIndex: number,
  state: Pick<AppState, 'measure' | 'scope' | 'region' | 'force' | 'pins' | 'title' | 'subtitle' | 'note' | 'credit'>,
  boundaries: Boundaries,
  focus: RegionFocus | undefined,
  sourceLines: readonly string[],
  loaded: AfterFirstMap | undefined,
): ExportModel {
  const { joined, choropleth, years } = series;
  const meta = joined.dataset.meta;
  const whole = t().places.englandAndWales;
  const area = state.region ? regionName(state.region) : whole;
  const selected = state.force ? joined.forces.find((force) => force.code === state.force) : undefined;
  const dimmed = focus ? new Set([...boundaries.codes].filter((code) => !focus.codes.has(code))) : undefined;
  const forcesInView = state.region ? joined.forces.filter((force) => force.region === state.region) : joined.forces;
  const describe = (index: number) => loaded?.ofYear(series, index, state.measure, forcesInView, state.region ? regionPhrase(state.region) : whole, selected);
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
      titleAsPublished: state.title === undefined,
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
    afterFirstMap: loaded && {
      description: (index) => describe(index)!,
      // Written when an export asks for it, not with every page.
      get allYearsDescription() {
        return loaded.allYears(years[0]!, years[lastYear]!, describe(lastYear)!);
      },
      figureRows: () => forcesInView.flatMap((force) => loaded.figureRowsOf(series, force)),
    },
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
