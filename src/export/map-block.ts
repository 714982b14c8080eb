import { geoMercator, geoPath, type GeoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { boundsOf, type ForceFeature, type LonLatBounds } from '../geography/boundaries';
import { mercatorAspect } from '../geography/camera';
import { ENGLAND_AND_WALES_BOUNDS } from '../geography/map-bounds';
import { rewindForD3, rewindGeometryForD3 } from '../geography/rewind-for-d3';
import { DIMMED_OPACITY, FORCE_BORDER, REGION_OUTLINE, SELECTED_OUTLINE } from '../scales/map-style';
import { framedMap } from './framed-map';
import { escapeXml } from './escape-xml';
import { drawLabel, drawList, geographicLabelRequest, mapLabels, type MapLabels } from './force-label';
import { quietestCorner } from './label-placement';
import type { MapLayer } from './map-layer';
import { tileAspect, tileBlock } from './tile-block';
import { NOT_PUBLISHED_PATTERN_ID } from './legend-block';
import { num, safeColor, type Block, type TextStyle } from './picture-text';

export interface MapBlockOptions {
  /** The view to draw, west-south and east-north corners. */
  extent: LonLatBounds;
  /** Room kept between the extent and the map's edge, in pixels: none for the screen's own view, some for a fitted one. */
  padding: number;
  /** Unique within the document: the map's clip path is named after it. */
  id: string;
  /** The selected force's name is written on the map in this style; no label without it. */
  label?: TextStyle;
  /** No text on the map smaller than this many pixels (a preset's floor). */
  minTextSize?: number;
  /**
   * A small map's outlines keep only points at least this far apart, in
   * whole pixels: eleven maps of every point would make a grid's file
   * ten times the size, for detail no one sees at that size. Without it
   * every point is kept, to a tenth of a pixel.
   */
  minPointDistance?: number;
}

export interface MapBlock extends Block {
  /** Where a [lon, lat] point falls with the map's top-left corner at (left, top); on the tile map, the middle of its force's tile. */
  projection(left: number, top: number): (point: [number, number]) => [number, number] | null;
  /** Where the value labels go with the map placed at (left, top), the selected force's first, and those it cannot show; none without a label style. */
  labelsAt(left: number, top: number): MapLabels;
}

/** A map much taller or flatter than this is given margins instead of stretching the picture. */
const MAP_ASPECT_RANGE = { min: 0.25, max: 1.5 };

/** Height over width of the map of an extent (within MAP_ASPECT_RANGE), or of the tiles shown. */
export function mapAspect(layer: Pick<MapLayer, 'tiles' | 'dimmed'>, extent: LonLatBounds): number {
  if (layer.tiles) return tileAspect({ ...layer, tiles: layer.tiles });
  return Math.min(MAP_ASPECT_RANGE.max, Math.max(MAP_ASPECT_RANGE.min, mercatorAspect(extent)));
}

/**
 * The map as large as fits in width × height (height undefined: as tall as
 * the width makes it), in the extent's shape.
 */
export function mapBlock(layer: MapLayer, room: { width: number; height: number | undefined }, options: MapBlockOptions): MapBlock {
  if (layer.tiles) return tileBlock({ ...layer, tiles: layer.tiles }, room, options);
  const aspect = mapAspect(layer, options.extent);
  const width = Math.floor(room.height === undefined ? room.width : Math.min(room.width, room.height / aspect));
  const height = Math.round(width * aspect);
  const rewound = layer.features.map(rewindForD3);
  const projection = (left: number, top: number) => fittedProjection(options.extent, { x: left, y: top, width, height }, options.padding);
  // A force is labelled on the map where the view holds it; one outside the view is listed beside it.
  const labelsAt = (left: number, top: number): MapLabels => {
    if (!options.label) return { placed: [], elsewhere: [], list: undefined };
    const requestOf = (code: string, size: { width: number; height: number }) => {
      const force = rewound.find((feature) => feature.properties.code === code);
      return force && intersects(boundsOf(force.geometry), options.extent) ? geographicLabelRequest(force, rewound, projection(left, top), size) : undefined;
    };
    return mapLabels(layer, { x: left, y: top, width, height }, options.label, requestOf, regionBoxes(layer, rewound, projection(left, top)));
  };
  return {
    width,
    height,
    projection,
    labelsAt,
    draw(left, top) {
      const path = outlinePath(projection(left, top), options.minPointDistance);
      const box = { x: left, y: top, width, height };
      const labels = labelsAt(left, top);
      const avoid = [...regionBoxes(layer, rewound, projection(left, top)), ...labels.placed.map((label) => label.box), ...(labels.list ? [labels.list] : [])];
      const locator = layer.locator && layer.regionOutline ? drawLocator(layer, rewound, box, avoid) : '';
      const drawnLabels = options.label ? [...labels.placed.map((label) => drawLabel(label, options.label!)), drawList(labels, box, options.label)] : [];
      return [drawMap(layer, rewound, path, options, box), locator, ...drawnLabels].join('\n');
    },
  };
}

function outlinePath(projection: GeoProjection, minPointDistance: number | undefined): GeoPath {
  if (minPointDistance === undefined) return geoPath(projection).digits(1);
  const sparse = { stream: (output: GeoStream) => projection.stream(droppingClosePoints(output, minPointDistance)) };
  return geoPath(sparse).digits(0);
}

/** A stream that passes on the first point of each line or ring and then only points at least minDistance from the last passed on. */
function droppingClosePoints(output: GeoStream, minDistance: number): GeoStream {
  let last: [number, number] | undefined;
  return {
    point(x, y) {
      if (last && Math.hypot(x - last[0], y - last[1]) < minDistance) return;
      last = [x, y];
      output.point(x, y);
    },
    lineStart() {
      last = undefined;
      output.lineStart();
    },
    lineEnd: () => output.lineEnd(),
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  };
}

function fittedProjection(
  [[west, south], [east, north]]: LonLatBounds,
  box: { x: number; y: number; width: number; height: number },
  padding: number,
): GeoProjection {
  const inset = Math.min(padding, box.width / 4, box.height / 4);
  // Corner points, not a rectangle polygon: points have no winding to get wrong.
  const corners: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
      [west, north],
      [east, south],
    ],
  };
  // precision(0): MapLibre draws edges straight in Web Mercator; d3 would bend them along great circles and add points.
  return geoMercator()
    .precision(0)
    .fitExtent(
      [
        [box.x + inset, box.y + inset],
        [box.x + box.width - inset, box.y + box.height - inset],
      ],
      corners,
    )
    .clipExtent([
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ]);
}

function drawMap(
  layer: MapLayer,
  rewound: readonly ForceFeature[],
  path: GeoPath,
  options: MapBlockOptions,
  box: { x: number; y: number; width: number; height: number },
): string {
  const drawn = new Map<string, string>();
  const paths: string[] = [];
  for (const force of rewound) {
    const code = force.properties.code;
    if (!intersects(boundsOf(force.geometry), options.extent)) continue;
    const d = pathData(path, force);
    if (d === undefined) continue;
    drawn.set(code, d);
    const fill = layer.fills.get(code);
    const paint = fill === null || fill === undefined ? `url(#${NOT_PUBLISHED_PATTERN_ID})` : safeColor(fill);
    const faded = layer.dimmed?.has(code) ? ` fill-opacity="${DIMMED_OPACITY}"` : '';
    paths.push(`<path data-code="${escapeXml(code)}" fill="${paint}"${faded} d="${d}"/>`);
  }

  const outlines: string[] = [];
  if (layer.regionOutline) {
    const d = pathData(path, rewindGeometryForD3(layer.regionOutline));
    if (d !== undefined)
      outlines.push(
        `<path class="region-outline" fill="none" stroke="${REGION_OUTLINE.color}" stroke-width="${REGION_OUTLINE.width}" stroke-linejoin="round" d="${d}"/>`,
      );
  }
  const selected = layer.selected === undefined ? undefined : drawn.get(layer.selected.code);
  if (selected !== undefined) {
    outlines.push(
      `<path class="selected-outline" data-code="${escapeXml(layer.selected!.code)}" fill="none" stroke="${SELECTED_OUTLINE.color}" stroke-width="${SELECTED_OUTLINE.width}" stroke-linejoin="round" d="${selected}"/>`,
    );
  }

  return framedMap(box, options.id, paths, FORCE_BORDER.width, outlines);
}

/** The locator's width as a share of the map's, and its largest size in pixels. */
const LOCATOR_SHARE = 0.22;
const LOCATOR_MAX = 170;

/** The boxes of the forces the map shows (the region's, when one is in focus): what a locator or list in a corner should hide least of. */
function regionBoxes(
  layer: MapLayer,
  rewound: readonly ForceFeature[],
  mapProjection: GeoProjection,
): { x: number; y: number; width: number; height: number }[] {
  const dimmed = layer.dimmed ?? new Set<string>();
  return rewound
    .filter((force) => !dimmed.has(force.properties.code))
    .map((force) => geoPath(mapProjection).bounds(force))
    .map(([[x0, y0], [x1, y1]]) => ({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }));
}

/**
 * England and Wales in small, the region in focus filled dark, in the
 * corner of the map that covers least of the region and of the labels: so
 * that a map of one region says where the region lies.
 */
function drawLocator(
  layer: MapLayer,
  rewound: readonly ForceFeature[],
  box: { x: number; y: number; width: number; height: number },
  avoid: readonly { x: number; y: number; width: number; height: number }[],
): string {
  const aspect = mercatorAspect(ENGLAND_AND_WALES_BOUNDS);
  const width = Math.min(LOCATOR_MAX, box.width * LOCATOR_SHARE, (box.height * LOCATOR_SHARE) / aspect);
  const height = width * aspect;
  const corner = quietestCorner(box, { width, height }, 6, avoid);
  const projection = fittedProjection(ENGLAND_AND_WALES_BOUNDS, { ...corner }, 3);
  const path = outlinePath(projection, 1);
  const land = rewound
    .map((force) => pathData(path, force))
    .filter((d) => d !== undefined)
    .join('');
  const region = layer.regionOutline ? pathData(path, rewindGeometryForD3(layer.regionOutline)) : undefined;
  return (
    `<g class="locator"><rect x="${num(corner.x)}" y="${num(corner.y)}" width="${num(width)}" height="${num(height)}" fill="#ffffff" fill-opacity="0.9" stroke="${REGION_OUTLINE.color}" stroke-width="0.75"/>` +
    `<path fill="#c8c8c8" stroke="#8a8a8a" stroke-width="0.4" d="${land}"/>` +
    (region ? `<path class="locator-region" fill="${REGION_OUTLINE.color}" d="${region}"/>` : '') +
    '</g>'
  );
}

function pathData(path: GeoPath, object: Parameters<GeoPath>[0]): string | undefined {
  const d = path(object);
  return d === null || d === '' ? undefined : d;
}

function intersects([[west, south], [east, north]]: LonLatBounds, [[viewWest, viewSouth], [viewEast, viewNorth]]: LonLatBounds): boolean {
  return west <= viewEast && east >= viewWest && south <= viewNorth && north >= viewSouth;
}
