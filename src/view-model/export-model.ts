import { exportFileName, type ExportExtension } from '../export/file-names';
import type { MapPicture } from '../export/svg-map';
import type { TableCsvRow } from '../export/table-csv';
import type { Boundaries, RegionFocus } from '../geography/boundaries';
import { ENGLAND_AND_WALES_BOUNDS } from '../geography/map-bounds';
import { measureMeta } from '../model/measures';
import type { AppState } from '../state/app-state';
import { legendModel } from './legend-model';
import type { SeriesModel } from './series-model';

/** A picture of one year of the view, apart from the boundaries and what only the screen knows: the extent in view and the width. */
export type ExportPicture = MapPicture;

/** What the exports take from the view: the same figures, colours, focus and selection as the screen. */
export interface ExportModel {
  years: readonly string[];
  yearIndex: number;
  picture(yearIndex: number): ExportPicture;
  /** The subtitle of a picture of every year: "Offences per 100,000 people, 2012/13 to 2022/23, South West". */
  allYearsSubtitle: string;
  /** The table in view: the year shown, the measure shown. */
  tableRows(): TableCsvRow[];
  /** variant: a preset's or the grid's name, "social-card", "small-multiples". */
  fileName(parts: { extension: ExportExtension; year: string | undefined; variant?: string }): string;
}

export function exportModel(
  series: SeriesModel,
  yearIndex: number,
  state: Pick<AppState, 'measure' | 'scope' | 'region' | 'force'>,
  boundaries: Boundaries,
  focus: RegionFocus | undefined,
  sourceLines: readonly string[],
): ExportModel {
  const { joined, choropleth, years } = series;
  const meta = joined.dataset.meta;
  const area = state.region ?? 'England and Wales';
  const selected = state.force ? joined.forces.find((force) => force.code === state.force) : undefined;
  const dimmed = focus ? new Set([...boundaries.codes].filter((code) => !focus.codes.has(code))) : undefined;
  const forcesInView = state.region ? joined.forces.filter((force) => force.region === state.region) : joined.forces;
  return {
    years,
    yearIndex,
    picture: (index) => ({
      fills: choropleth.fillsFor(index),
      ...(dimmed && focus ? { dimmed, regionOutline: focus.outline } : {}),
      ...(selected ? { selected: { code: selected.code, name: selected.name } } : {}),
      bounds: focus ? focus.bounds : ENGLAND_AND_WALES_BOUNDS,
      title: meta.title,
      subtitle: `${series.measureLabel}, ${years[index]}, ${area}`,
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
    allYearsSubtitle: `${series.measureLabel}, ${years[0]} to ${years[years.length - 1]}, ${area}`,
    tableRows: () => {
      const values = choropleth.valuesFor(yearIndex);
      return forcesInView.map((force) => {
        const cell = joined.cells.get(force.code)?.[yearIndex];
        return {
          code: force.code,
          name: force.name,
          region: force.region,
          year: years[yearIndex]!,
          measure: series.measureLabel,
          value: values.get(force.code) ?? null,
          missingLabel: measureMeta(state.measure).missingLabel,
          ...(cell ? { source: cell.source } : {}),
        };
      });
    },
    fileName: ({ extension, year, variant }) =>
      exportFileName({ datasetId: meta.id, measure: state.measure, baseYear: series.baseYear, year, area: state.region, ...(selected ? { force: selected.name } : {}), ...(variant ? { variant } : {}), extension }),
  };
}
