import { geoMercator, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { MultiPoint, MultiPolygon } from 'geojson';
import { boundsOf, type ForceFeature, type LonLatBounds } from '../geography/boundaries';
import { mercatorAspect } from '../geography/camera';
import { DIMMED_OPACITY, FORCE_BORDER, HATCH, MAP_BACKGROUND, REGION_OUTLINE, SELECTED_OUTLINE } from '../scales/map-style';
import type { LegendModel } from '../view-model/legend-model';
import { escapeXml } from './escape-xml';
import { rewindForD3, rewindGeometryForD3 } from '../geography/rewind-for-d3';
import { averageCharsPerLine, wrapText } from './wrap-text';

/**
 * The choropleth as a standalone SVG document, built as a string with
 * d3-geo so that it runs anywhere (page, web worker, node) without a DOM
 * or a WebGL canvas: what "Download SVG" saves, and what a PNG export
 * rasterises.
 *
 * The document carries everything it needs: inline presentation
 * attributes, a system font stack (no web fonts), the "not published"
 * hatch as an SVG <pattern>, no links, images or other outside references.
 * Every piece of text is escaped, because titles and source lines can
 * hold whatever an imported file called things.
 */
export interface SvgMapInput {
  /** Every force, as forceFeatures gives them (RFC 7946 winding: rewound here for d3). */
  features: readonly ForceFeature[];
  /** code → "#rrggbb", or null for "not published"/"not available" (hatched). A force missing from the map is hatched too. */
  fills: ReadonlyMap<string, string | null>;
  /** The view to draw, west-south and east-north corners: the screen map's bounds, so the export shows what the reader sees. */
  extent: LonLatBounds;
  /** Forces drawn faded, as on screen when a region is focused. */
  dimmed?: ReadonlySet<string>;
  /** The selected force, outlined in black on top. */
  selected?: string;
  /** The focused region's merged outline (regionOutline), drawn dark over the forces. */
  regionOutline?: MultiPolygon;
  /** Width of the picture in pixels, e.g. 900; the height follows from the content. */
  width: number;
  title: string;
  /** "Measure · year · area". */
  subtitle: string;
  legend: LegendModel;
  /** Where the figures and boundaries come from, one entry a line (long ones wrap). */
  sourceLines: readonly string[];
}

export interface SvgMap {
  svg: string;
  width: number;
  height: number;
  /** Where a [lon, lat] point falls in the picture, in its pixels (for checking an export, or annotating one). */
  project(point: [number, number]): [number, number] | null;
}

export const SVG_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
/** The id of the hatch <pattern>, shared by the map and the legend key. */
export const NOT_PUBLISHED_PATTERN_ID = 'not-published';
/** The smallest width the layout is made for. */
export const MIN_SVG_WIDTH = 320;

const MAP_FRAME = '#c9d1d9';
const INK = '#1a1a1a';
const MUTED = '#4a4a4a';
const MARGIN = 24;
/** A map much taller or flatter than this is given margins instead of stretching the picture. */
const MAP_ASPECT_RANGE = { min: 0.25, max: 1.5 };

interface TextStyle {
  size: number;
  lineHeight: number;
  /** Average glyph width as a share of the font size, for wrapping by character count. */
  widthPerEm: number;
  bold?: boolean;
  color: string;
}

const TITLE: TextStyle = { size: 22, lineHeight: 28, widthPerEm: 0.6, bold: true, color: INK };
const SUBTITLE: TextStyle = { size: 15, lineHeight: 20, widthPerEm: 0.55, color: MUTED };
const LEGEND_TITLE: TextStyle = { size: 14, lineHeight: 20, widthPerEm: 0.6, bold: true, color: INK };
const LEGEND_LABEL: TextStyle = { size: 13, lineHeight: 22, widthPerEm: 0.55, color: INK };
const NOTE: TextStyle = { size: 12, lineHeight: 16, widthPerEm: 0.55, color: MUTED };
const SOURCE: TextStyle = { size: 11, lineHeight: 15, widthPerEm: 0.55, color: MUTED };

const SWATCH = { width: 18, height: 12, gap: 6, itemGap: 20 };

export function renderSvgMap(input: SvgMapInput): SvgMap {
  if (!Number.isFinite(input.width) || input.width < MIN_SVG_WIDTH) {
    throw new RangeError(`renderSvgMap: width ${input.width} is too small; ${MIN_SVG_WIDTH} px or more`);
  }
  const width = Math.round(input.width);
  const contentWidth = width - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN;

  const title = textBlock(input.title, MARGIN, y, contentWidth, TITLE);
  parts.push(title.markup);
  y += title.height;
  const subtitle = textBlock(input.subtitle, MARGIN, y, contentWidth, SUBTITLE);
  parts.push(subtitle.markup);
  y += subtitle.height + 12;

  const map = mapBlock(input, { left: MARGIN, top: y, width: contentWidth });
  parts.push(map.markup);
  y += map.height + 16;

  const legend = legendBlock(input.legend, MARGIN, y, contentWidth);
  parts.push(legend.markup);
  y += legend.height + 12;

  for (const line of input.sourceLines) {
    const source = textBlock(line, MARGIN, y, contentWidth, SOURCE);
    parts.push(source.markup);
    y += source.height;
  }
  const height = Math.ceil(y + MARGIN - 8);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(SVG_FONT_FAMILY)}" role="img">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(input.subtitle)}</desc>`,
    `<defs>${hatchPattern()}${map.defs}</defs>`,
    // A white ground: a PNG made from this would otherwise be transparent.
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height, project: (point) => map.projection(point) };
}

/** The "not published" hatch, the same as the screen's (HATCH). */
function hatchPattern(): string {
  return (
    `<pattern id="${NOT_PUBLISHED_PATTERN_ID}" width="${HATCH.size}" height="${HATCH.size}" patternUnits="userSpaceOnUse">` +
    `<rect width="${HATCH.size}" height="${HATCH.size}" fill="${HATCH.background}"/>` +
    `<path d="${HATCH.path}" stroke="${HATCH.lines}" stroke-width="${HATCH.lineWidth}"/>` +
    '</pattern>'
  );
}

interface Box {
  left: number;
  top: number;
  width: number;
}

function mapBlock(input: SvgMapInput, box: Box): { markup: string; defs: string; height: number; projection: GeoProjection } {
  const { extent } = input;
  const height = Math.round(box.width * clamp(mercatorAspect(extent), MAP_ASPECT_RANGE.min, MAP_ASPECT_RANGE.max));
  const corners: [[number, number], [number, number]] = [
    [box.left, box.top],
    [box.left + box.width, box.top + height],
  ];
  const [[west, south], [east, north]] = extent;
  // Corner points, not a rectangle polygon: points have no winding to get wrong.
  const extentCorners: MultiPoint = { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] };
  // precision(0): MapLibre draws edges straight in Web Mercator; d3 would bend them along great circles and add points.
  const projection = geoMercator().precision(0).fitExtent(corners, extentCorners).clipExtent(corners);
  // One decimal: a tenth of a pixel is finer than anyone sees, and keeps the file small.
  const path = geoPath(projection).digits(1);

  const drawn = new Map<string, string>();
  const paths: string[] = [];
  for (const force of input.features) {
    const code = force.properties.code;
    if (!intersects(boundsOf(force.geometry), extent)) continue;
    const d = pathData(path, rewindForD3(force));
    if (d === undefined) continue;
    drawn.set(code, d);
    const fill = input.fills.get(code);
    const paint = fill === null || fill === undefined ? `url(#${NOT_PUBLISHED_PATTERN_ID})` : safeColor(fill);
    const faded = input.dimmed?.has(code) ? ` fill-opacity="${DIMMED_OPACITY}"` : '';
    paths.push(`<path data-code="${escapeXml(code)}" fill="${paint}"${faded} d="${d}"/>`);
  }

  const outlines: string[] = [];
  if (input.regionOutline) {
    const d = pathData(path, rewindGeometryForD3(input.regionOutline));
    if (d !== undefined) outlines.push(`<path class="region-outline" fill="none" stroke="${REGION_OUTLINE.color}" stroke-width="${REGION_OUTLINE.width}" stroke-linejoin="round" d="${d}"/>`);
  }
  const selected = input.selected === undefined ? undefined : drawn.get(input.selected);
  if (selected !== undefined) {
    outlines.push(
      `<path class="selected-outline" data-code="${escapeXml(input.selected!)}" fill="none" stroke="${SELECTED_OUTLINE.color}" stroke-width="${SELECTED_OUTLINE.width}" stroke-linejoin="round" d="${selected}"/>`,
    );
  }

  const rect = `x="${box.left}" y="${box.top}" width="${box.width}" height="${height}"`;
  const markup = [
    `<rect ${rect} fill="${MAP_BACKGROUND}"/>`,
    // Strokes centred on the edge would spill past the frame; the clip keeps the map inside it.
    `<g clip-path="url(#map-area)">`,
    `<g stroke="${FORCE_BORDER.color}" stroke-width="${FORCE_BORDER.width}" stroke-linejoin="round">`,
    ...paths,
    '</g>',
    ...outlines,
    '</g>',
    `<rect ${rect} fill="none" stroke="${MAP_FRAME}" stroke-width="1"/>`,
  ].join('\n');
  return { markup, defs: `<clipPath id="map-area"><rect ${rect}/></clipPath>`, height, projection };
}

function pathData(path: GeoPath, object: Parameters<GeoPath>[0]): string | undefined {
  const d = path(object);
  return d === null || d === '' ? undefined : d;
}

function intersects([[west, south], [east, north]]: LonLatBounds, [[viewWest, viewSouth], [viewEast, viewNorth]]: LonLatBounds): boolean {
  return west <= viewEast && east >= viewWest && south <= viewNorth && north >= viewSouth;
}

/**
 * The legend: its title, the class swatches and the hatched key flowing
 * left to right (lowest class first) and onto more lines when they do not
 * fit, then the note on how the breaks were made.
 */
function legendBlock(legend: LegendModel, left: number, top: number, width: number): { markup: string; height: number } {
  const parts: string[] = [];
  let y = top;
  const title = textBlock(legend.title, left, y, width, LEGEND_TITLE);
  parts.push(title.markup);
  y += title.height + 2;

  const items = [...legend.rows.map((row) => ({ fill: safeColor(row.color), label: row.label })), { fill: `url(#${NOT_PUBLISHED_PATTERN_ID})`, label: legend.missingLabel }];
  let x = left;
  for (const item of items) {
    const itemWidth = SWATCH.width + SWATCH.gap + Array.from(item.label).length * LEGEND_LABEL.size * LEGEND_LABEL.widthPerEm;
    if (x > left && x + itemWidth > left + width) {
      x = left;
      y += LEGEND_LABEL.lineHeight;
    }
    const swatchTop = y + (LEGEND_LABEL.lineHeight - SWATCH.height) / 2;
    parts.push(
      `<rect x="${num(x)}" y="${num(swatchTop)}" width="${SWATCH.width}" height="${SWATCH.height}" fill="${item.fill}" stroke="#8c8c8c" stroke-width="0.5"/>` +
        textElement(item.label, x + SWATCH.width + SWATCH.gap, baseline(y, LEGEND_LABEL), LEGEND_LABEL),
    );
    x += itemWidth + SWATCH.itemGap;
  }
  y += LEGEND_LABEL.lineHeight + 4;

  const note = textBlock(legend.note, left, y, width, NOTE);
  parts.push(note.markup);
  y += note.height;
  return { markup: parts.join('\n'), height: y - top };
}

/** Text wrapped to the width, one <text> a line; height is what the lines take up. */
function textBlock(text: string, left: number, top: number, width: number, style: TextStyle): { markup: string; height: number } {
  const lines = wrapText(text, averageCharsPerLine(width, style.size, style.widthPerEm));
  const markup = lines.map((line, index) => textElement(line, left, baseline(top + index * style.lineHeight, style), style)).join('\n');
  return { markup, height: lines.length * style.lineHeight };
}

function textElement(text: string, x: number, y: number, style: TextStyle): string {
  const weight = style.bold ? ' font-weight="bold"' : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="${style.size}"${weight} fill="${style.color}">${escapeXml(text)}</text>`;
}

/** The baseline that sets a line of text in the middle of its line height. */
function baseline(lineTop: number, style: TextStyle): number {
  return lineTop + (style.lineHeight + style.size * 0.7) / 2;
}

/**
 * A fill colour as written into the document: only "#hex" and rgb()/rgba()
 * are let through, so nothing passed in as a colour can bring in an
 * outside reference (url(http…)) or break out of the attribute.
 */
function safeColor(color: string): string {
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(color) || /^rgba?\([\d.,%\s]+\)$/i.test(color)) return color;
  throw new Error(`renderSvgMap: "${color}" is not a colour (#hex or rgb())`);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** One decimal at most, without trailing zeros. */
function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}
