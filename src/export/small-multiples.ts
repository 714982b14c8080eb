import type { ForceFeature } from '../geography/boundaries';
import type { LegendModel } from './legend-block';
import { composePicture, svgDocument, type PictureFrame, type PictureLayout } from './compose-picture';
import { swatchFlow } from './legend-block';
import { mapAspect, mapBlock } from './map-block';
import type { TileLayer } from '../geography/tile-layout';
import { baseline, textElement, typography, type Block, type Typography } from './picture-text';
import type { MapPicture } from './svg-map';
import { panelWords } from '../i18n/panel-words';

/** What a grid of every year takes from the view: the page model's ExportModel has it all. */
export interface SmallMultiplesModel {
  years: readonly string[];
  picture(yearIndex: number): MapPicture;
  /** "Offences per 100,000 people, 2012/13 to 2022/23, South West". */
  allYearsSubtitle: string;
  /** What the grid shows, in words: its <desc>. */
  allYearsDescription: string;
}

export interface SmallMultiples {
  svg: string;
  width: number;
  height: number;
  layout: PictureLayout & {
    /** Each year's map, in the order of the years, in the picture's pixels. */
    cells: { year: string; x: number; y: number; width: number; height: number }[];
  };
}

/** A grid cell in a picture as tall as it needs is no narrower than this at type scale 1 (more years a row would shrink each map). */
const MIN_CELL_WIDTH = 180;

/**
 * Every year of the view in one picture: a small map a year, each named
 * by its year and coloured as that year's map, under one title, one
 * legend and one set of sources, laid out by composePicture like every
 * export (frame: a preset, or a width with the height the grid needs).
 * With a region in focus every map shows the region. When each year has
 * classes of its own, each map carries its own swatches under it.
 */
/** tiles: draw the tile map rather than the geographic one, as the screen does with view=tiles. */
export function renderSmallMultiples(model: SmallMultiplesModel, features: readonly ForceFeature[], frame: PictureFrame, tiles?: TileLayer): SmallMultiples {
  const pictures = model.years.map((_, index) => model.picture(index));
  const last = pictures[pictures.length - 1]!;
  const shared = pictures.every((picture) => sameLegend(picture.legend, last.legend));
  // Said when each year has classes of its own, so that no one reads one colour across the maps.
  const legend: LegendModel = shared ? last.legend : { ...last.legend, rows: [], note: panelWords().eachYearClasses };
  const picture = composePicture(frame, {
    title: last.title,
    ...(last.titleAsPublished ? { titleAsPublished: true } : {}),
    subtitle: model.allYearsSubtitle,
    ...(last.note === undefined ? {} : { note: last.note }),
    ...(last.credit === undefined ? {} : { credit: last.credit }),
    description: model.allYearsDescription,
    legend,
    sourceLines: last.sourceLines,
    body: (room, type) => gridBlock(model.years, pictures, { features, tiles }, room, type, !shared),
  });
  const cells = picture.body.cellsAt(picture.layout.body.x, picture.layout.body.y);
  return { svg: picture.svg, width: picture.width, height: picture.height, layout: { ...picture.layout, cells } };
}

/** What the page's grid of years is drawn from: every year's picture, without the words that describe it (its SVG is hidden from screen readers). */
type GridModel = Pick<SmallMultiplesModel, 'years'> & { picture(yearIndex: number): Omit<MapPicture, 'description'> };

/** The years' maps alone, for the page, which shows its own title and legend beside them. */
export interface SmallMultiplesGrid {
  svg: string;
  width: number;
  height: number;
  cells: SmallMultiples['layout']['cells'];
}

/**
 * Every year's map under its year, as large as fits width × height, with
 * no title, legend or sources: the grid the page shows in the map's place
 * (view=years), drawn as the exported grid is.
 */
export function smallMultiplesGrid(
  model: GridModel,
  features: readonly ForceFeature[],
  room: { width: number; height: number },
  tiles?: TileLayer,
): SmallMultiplesGrid {
  const pictures = model.years.map((_, index) => model.picture(index));
  const last = pictures[pictures.length - 1]!;
  const shared = pictures.every((picture) => sameLegend(picture.legend, last.legend));
  const grid = gridBlock(model.years, pictures, { features, tiles }, room, typography(1), !shared);
  const svg = svgDocument(grid.width, grid.height, { title: last.title, titleAsPublished: last.titleAsPublished }, [grid.draw(0, 0)]);
  return { svg, width: grid.width, height: grid.height, cells: grid.cellsAt(0, 0) };
}

function sameLegend(a: LegendModel, b: LegendModel): boolean {
  return (
    a.note === b.note &&
    a.rows.length === b.rows.length &&
    a.rows.every((row, index) => row.color === b.rows[index]!.color && row.label === b.rows[index]!.label)
  );
}

interface Grid {
  columns: number;
  rows: number;
  /** Each cell is as wide as its map. */
  mapWidth: number;
  mapHeight: number;
  /** Above each map: the year; below it, in cells with their own classes, the swatches. */
  above: number;
  below: number;
}

/** Swatches under each small map are set smaller than the shared legend's. */
const OWN_SWATCHES_SCALE = 0.85;

function gridBlock(
  years: readonly string[],
  pictures: readonly Omit<MapPicture, 'description'>[],
  { features, tiles }: { features: readonly ForceFeature[]; tiles: TileLayer | undefined },
  room: { width: number; height: number | undefined },
  type: Typography,
  ownSwatches: boolean,
): Block & { cellsAt(left: number, top: number): SmallMultiples['layout']['cells'] } {
  const aspect = mapAspect({ ...pictures[0]!, tiles }, pictures[0]!.bounds);
  const gap = type.gap;
  const above = type.yearLabel.lineHeight;
  const swatchType = typography(type.scale * OWN_SWATCHES_SCALE, type.minSize);
  const swatches = (picture: Omit<MapPicture, 'description'>, width: number) => swatchFlow(picture.legend, width, swatchType, false);
  const below = (width: number) => (ownSwatches ? Math.max(...pictures.map((picture) => swatches(picture, width).height)) + gap / 3 : 0);
  // No cell narrower than its widest swatch: a swatch's label cannot wrap.
  const narrowest = ownSwatches ? Math.ceil(Math.max(...pictures.map((picture) => swatches(picture, 0).width))) : 1;
  /** The grid of so many columns whose maps fill the room; undefined if none fits (unless forced: one that may not). */
  const gridOf = (columns: number, forced = false): Grid | undefined => {
    const rows = Math.ceil(years.length / columns);
    let mapWidth = Math.floor((room.width - (columns - 1) * gap) / columns);
    // Narrower maps need more lines of swatches: shrink until the rows fit the height.
    for (;;) {
      if (mapWidth < narrowest && !forced) return undefined;
      const height = rows * (above + Math.round(mapWidth * aspect) + below(mapWidth)) + (rows - 1) * gap;
      if (room.height === undefined || height <= room.height || forced) break;
      const mapHeight = (room.height - (rows - 1) * gap) / rows - above - below(mapWidth);
      mapWidth = Math.min(mapWidth - 1, Math.floor(mapHeight / aspect));
    }
    return { columns, rows, mapWidth, mapHeight: Math.round(mapWidth * aspect), above, below: below(mapWidth) };
  };
  // Nothing fits a room too small: the composer, seeing the grid larger than its room, makes the type smaller.
  const grid =
    (room.height === undefined
      ? gridForWidth(years.length, room.width, Math.max(type.scale * MIN_CELL_WIDTH, narrowest), gap, gridOf)
      : largestGrid(years.length, gridOf)) ?? gridOf(1, true)!;
  const cellHeight = grid.above + grid.mapHeight + grid.below;
  const cellAt = (index: number, left: number, top: number) => ({
    x: left + (index % grid.columns) * (grid.mapWidth + gap),
    y: top + Math.floor(index / grid.columns) * (cellHeight + gap),
  });
  return {
    width: grid.columns * grid.mapWidth + (grid.columns - 1) * gap,
    height: grid.rows * cellHeight + (grid.rows - 1) * gap,
    cellsAt: (left, top) => years.map((year, index) => ({ year, ...cellAt(index, left, top + grid.above), width: grid.mapWidth, height: grid.mapHeight })),
    draw: (left, top) =>
      years
        .map((year, index) => {
          const { x, y } = cellAt(index, left, top);
          const picture = pictures[index]!;
          // No locator in a small map: the grid's maps show the same region, and the locator would crowd each.
          const map = mapBlock(
            { ...picture, features, tiles, locator: false },
            { width: grid.mapWidth, height: undefined },
            { extent: picture.bounds, padding: gap / 2, id: `-${index}`, minPointDistance: 1.5, minTextSize: type.minSize },
          );
          return [
            `<g class="year-map">`,
            textElement(year, x, baseline(y, type.yearLabel), type.yearLabel),
            map.draw(x, y + grid.above),
            ownSwatches ? swatches(picture, grid.mapWidth).draw(x, y + grid.above + map.height + gap / 3) : '',
            '</g>',
          ].join('\n');
        })
        .join('\n'),
  };
}

/** A fixed frame: the number of columns that gives the largest maps. */
function largestGrid(count: number, gridOf: (columns: number) => Grid | undefined): Grid | undefined {
  let best: Grid | undefined;
  for (let columns = 1; columns <= count; columns++) {
    const grid = gridOf(columns);
    if (grid && (!best || grid.mapWidth > best.mapWidth)) best = grid;
  }
  return best;
}

/** A width alone: as many columns as keep each map at least minCell wide, then the rows evened out (11 years in fours: 4, 4, 3). */
function gridForWidth(count: number, width: number, minCell: number, gap: number, gridOf: (columns: number) => Grid | undefined): Grid | undefined {
  const fit = Math.max(1, Math.min(count, Math.floor((width + gap) / (minCell + gap))));
  const rows = Math.ceil(count / fit);
  return gridOf(Math.ceil(count / rows));
}
