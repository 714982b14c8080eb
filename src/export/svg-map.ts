import type { LonLatBounds } from '../geography/boundaries';
import type { LegendModel } from './legend-block';
import { composePicture, type PictureLayout } from './compose-picture';
import { mapBlock } from './map-block';
import type { MapLayer } from './map-layer';
import type { LabelPlacement } from './label-placement';

/**
 * The choropleth as a standalone SVG document, built as a string with
 * d3-geo so that it runs anywhere (page, web worker, node) without a DOM
 * or a WebGL canvas: what "Download SVG" saves, and what a PNG export
 * rasterises. Laid out by composePicture; the selected force and the
 * pinned ones are labelled on the map with their values.
 */

/** One year of the view, as the page model gives it: everything a picture needs but the boundaries and its size. */
export interface MapPicture extends Omit<MapLayer, 'features'> {
  /** What the view shows: England and Wales, or the focused region's bounds. A preset is fitted to it. */
  bounds: LonLatBounds;
  title: string;
  /** The title is the dataset's own (the publisher's English), not the reader's. */
  titleAsPublished?: boolean;
  /** "Measure, year, area", or the reader's own. */
  subtitle: string;
  /** The reader's note and credit, drawn above the sources; none when not given. */
  note?: string;
  credit?: string;
  /** What the picture shows, in words (mapDescription): its <desc>, and the PNG's Description. */
  description: string;
  legend: LegendModel;
  /** Where the figures and boundaries come from, one entry a line (long ones wrap). */
  sourceLines: readonly string[];
}

export interface SvgMapInput extends MapPicture, Pick<MapLayer, 'features'> {
  /** The view to draw, west-south and east-north corners: the screen map's bounds, so the export shows what the reader sees. */
  extent: LonLatBounds;
  /** Width of the picture in pixels, e.g. 900. */
  width: number;
  /** A fixed frame's height (a preset); without it the picture is as tall as its content. */
  height?: number;
  /** No text smaller than this many pixels (a preset's floor). */
  minTextSize?: number;
  /** Room kept round the extent inside the map, in pixels: none for the screen's own view (the default). */
  padding?: number;
}

export interface SvgMap {
  svg: string;
  width: number;
  height: number;
  /** label: the selected force's (or the first value label's) placement; labels: every value label's on the map; elsewhere: those listed beside it. */
  layout: PictureLayout & { label: LabelPlacement | undefined; labels: LabelPlacement[]; elsewhere: string[] };
  /** Where a [lon, lat] point falls in the picture, in its pixels (for checking an export, or annotating one). */
  project(point: [number, number]): [number, number] | null;
}

export function renderSvgMap(input: SvgMapInput): SvgMap {
  const frame = {
    width: input.width,
    ...(input.height === undefined ? {} : { height: input.height }),
    ...(input.minTextSize === undefined ? {} : { minTextSize: input.minTextSize }),
  };
  const picture = composePicture(frame, {
    ...input,
    body: (room, type) =>
      mapBlock(input, room, { extent: input.extent, padding: input.padding ?? 0, id: '', label: type.forceLabel, minTextSize: type.minSize }),
  });
  const { x, y } = picture.layout.body;
  const projection = picture.body.projection(x, y);
  const { placed, elsewhere } = picture.body.labelsAt(x, y);
  return {
    svg: picture.svg,
    width: picture.width,
    height: picture.height,
    layout: { ...picture.layout, label: placed[0], labels: placed, elsewhere },
    project: (point) => projection(point),
  };
}
