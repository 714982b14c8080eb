import type { ExportSource } from '../export/export-actions';
import type { ForceFeature } from '../geography/boundaries';
import { describedExport, type ExportModel } from '../view-model/export-model';
import type { MapFrame } from '../views/map-frame';

/** The view as it stands, for the export panel: the page model's picture, at the extent and width the screen shows. */
export function exportSource(
  exported: ExportModel | undefined,
  map: Pick<MapFrame, 'viewBounds' | 'shownTiles'>,
  features: readonly ForceFeature[],
  mapElement: HTMLElement,
  table: () => ReturnType<ExportSource['table']> | undefined,
): ExportSource {
  if (!exported) throw new Error('The map has not been drawn yet.');
  const described = describedExport(exported);
  return {
    ...described,
    table: () => table() ?? { columns: [], rows: [], source: '' },
    svgInput: (yearIndex) => ({ ...described.picture(yearIndex), features, tiles: map.shownTiles(), extent: map.viewBounds(), width: mapElement.clientWidth }),
  };
}
