import { HATCH } from '../scales/map-style';
import type { LegendModel } from './legend-block';
import { escapeXml } from './escape-xml';
import { legendBeside, legendBelow, NOT_PUBLISHED_PATTERN_ID } from './legend-block';
import { pageLanguage } from '../i18n/language';
import { stack, textBlock, typography, type Block, type Typography } from './picture-text';

/**
 * The one layout of every exported picture, a single map or a grid of
 * them: title and subtitle, the body (map or grid) with its legend, and
 * the sources, placed for the frame (see Placement) with type as large as
 * the frame allows, every text wrapped to the width it is given, so that
 * nothing is cut and nothing lies on anything else.
 */

/** A picture's size: a fixed frame (a preset), or a width with the height the content needs (the screen's). */
export interface PictureFrame {
  width: number;
  height?: number;
  /** No text smaller than this many pixels (a preset's floor); none when not given. */
  minTextSize?: number;
}

/** Where a part of the picture was put, in its pixels: what tests and callers check the layout by. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PictureLayout {
  placement: Placement;
  /** The type scale chosen: 1 is the screen's sizes. */
  scale: number;
  header: Box;
  body: Box;
  legend: Box | undefined;
  sources: Box;
}

export interface PictureContent<B extends Block = Block> {
  title: string;
  subtitle: string;
  /** The reader's note (line breaks kept) and credit, above the sources. */
  note?: string;
  credit?: string;
  /** What the picture shows, in words: the document's <desc>. */
  description: string;
  /** Shown once for the whole picture; none when the body draws its own. */
  legend: LegendModel | undefined;
  sourceLines: readonly string[];
  /** The map or grid, as large as fits the room (height undefined: as tall as the width makes it). */
  body(room: { width: number; height: number | undefined }, type: Typography): B;
}

export interface ComposedPicture<B extends Block = Block> {
  svg: string;
  width: number;
  height: number;
  layout: PictureLayout;
  /** The body as laid out; drawn at layout.body. */
  body: B;
}

export const SVG_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
/** The narrowest picture the layout is made for. */
const MIN_PICTURE_WIDTH = 320;
/** A fixed frame at least this much wider than tall is landscape: the legend goes beside the body. */
const LANDSCAPE = 1.2;
/** A fixed frame's body gets at least this share of its height, or the type is made smaller. */
const MIN_BODY_SHARE = 0.5;
/** In a landscape frame's column layout, the text column takes at least this share of the width. */
const MIN_COLUMN_SHARE = 0.3;
/** Type scales are tried in these steps, down to the screen's (1), then below it only if nothing fits at 1. */
const SCALE_STEP = 0.05;
const SMALLEST_SCALE = 0.6;

/**
 * How the parts share the frame:
 * - below: header, body, legend under the body, sources (portrait and
 *   square frames, and pictures as tall as their content);
 * - beside: header across the top, the legend in a column right of the
 *   body, sources across the bottom (a landscape frame, for a wide body);
 * - column: the body the frame's full height on the left, and header,
 *   legend and sources in a column on its right (a landscape frame, for a
 *   tall body such as England and Wales).
 * A landscape frame takes whichever of beside and column gives the body
 * more room.
 */
type Placement = 'below' | 'beside' | 'column';

interface Placed<T extends Block = Block> {
  block: T;
  x: number;
  y: number;
}

interface Arranged<B extends Block> {
  placement: Placement;
  type: Typography;
  height: number;
  header: Placed;
  body: Placed<B>;
  legend: Placed | undefined;
  sources: Placed;
}

/** Type scales from the largest a frame's shorter side allows (a 1080 px square: 1.8 × the screen's, to be read when shown small in a feed) down to 1. */
function scalesFor(frame: PictureFrame): { preferred: number[]; smaller: number[] } {
  if (frame.height === undefined) return { preferred: [1], smaller: [] };
  const largest = Math.min(2, Math.max(1, Math.min(frame.width, frame.height) / 540));
  const steps = (from: number, to: number) => {
    const scales: number[] = [];
    for (let scale = from; scale >= to - 1e-9; scale -= SCALE_STEP) scales.push(Math.round(scale * 100) / 100);
    return scales;
  };
  return { preferred: steps(largest, 1), smaller: steps(1 - SCALE_STEP, SMALLEST_SCALE) };
}

function placementsFor(frame: PictureFrame): Placement[] {
  return frame.height !== undefined && frame.width >= frame.height * LANDSCAPE ? ['column', 'beside'] : ['below'];
}

export function composePicture<B extends Block>(frame: PictureFrame, content: PictureContent<B>): ComposedPicture<B> {
  if (!Number.isFinite(frame.width) || frame.width < MIN_PICTURE_WIDTH) {
    throw new RangeError(`composePicture: width ${frame.width} is too small; ${MIN_PICTURE_WIDTH} px or more`);
  }
  if (frame.height !== undefined && !(Number.isFinite(frame.height) && frame.height >= MIN_PICTURE_WIDTH / 2)) {
    throw new RangeError(`composePicture: height ${frame.height} is too small; ${MIN_PICTURE_WIDTH / 2} px or more`);
  }
  const placements = placementsFor(frame);
  const { preferred, smaller } = scalesFor(frame);
  // Each placement at the largest type that fits it; of those, the one whose body is largest.
  const best = (scales: readonly number[]) =>
    placements
      .map((placement) =>
        scales.map((scale) => arrange(placement, frame, content, typography(scale, frame.minTextSize), false)).find((arranged) => arranged !== undefined),
      )
      .filter((arranged): arranged is Arranged<B> => arranged !== undefined)
      .reduce<Arranged<B> | undefined>((chosen, arranged) => (!chosen || area(arranged.body.block) > area(chosen.body.block) ? arranged : chosen), undefined);
  const arranged =
    best(preferred) ??
    best(smaller) ??
    arrange(placements[placements.length - 1]!, frame, content, typography(smaller[smaller.length - 1] ?? 1, frame.minTextSize), true)!;
  return draw(Math.round(frame.width), arranged, content);
}

/** A body may come back larger than its room when nothing smaller can be drawn (a grid whose swatches need the width). */
function fits(body: Block, width: number, height: number | undefined): boolean {
  return body.width <= width + 0.5 && (height === undefined || body.height <= height + 0.5);
}

function area(block: Block): number {
  return block.width * block.height;
}

/** The parts placed at one type scale; undefined when a fixed frame leaves them too little room (unless forced). */
function arrange<B extends Block>(
  placement: Placement,
  frame: PictureFrame,
  content: PictureContent<B>,
  type: Typography,
  forced: boolean,
): Arranged<B> | undefined {
  const { margin, gap } = type;
  const inner = Math.round(frame.width) - 2 * margin;
  const fixedHeight = frame.height === undefined ? undefined : Math.round(frame.height);
  const header = (width: number) => stack([textBlock(content.title, width, type.title), textBlock(content.subtitle, width, type.subtitle)], gap / 4);
  // The reader's note, a paragraph a line as typed, then the credit and the sources: the picture's foot.
  const sources = (width: number) =>
    stack(
      [
        stack(
          (content.note ?? '').split(/\r\n|\r|\n/).map((line) => textBlock(line, width, type.note)),
          0,
        ),
        textBlock(content.credit ?? '', width, type.credit),
        stack(
          content.sourceLines.map((line) => textBlock(line, width, type.source)),
          0,
        ),
      ],
      gap / 3,
    );
  const enough = (room: number) => forced || room >= MIN_BODY_SHARE * fixedHeight!;

  if (placement === 'below') {
    const top = header(inner);
    const bottom = sources(inner);
    const legend = content.legend ? legendBelow(content.legend, inner, type) : undefined;
    const legendRoom = legend ? gap + legend.height : 0;
    const roomHeight = fixedHeight === undefined ? undefined : fixedHeight - 2 * margin - top.height - bottom.height - 2 * gap - legendRoom;
    if (roomHeight !== undefined && !enough(roomHeight)) return undefined;
    const body = content.body({ width: inner, height: roomHeight === undefined ? undefined : Math.max(1, roomHeight) }, type);
    if (!forced && !fits(body, inner, roomHeight)) return undefined;
    const height = fixedHeight ?? Math.ceil(2 * margin + top.height + gap + body.height + legendRoom + gap + bottom.height);
    // What the body and legend do not fill of a fixed frame is shared above and below them.
    const slack = roomHeight === undefined ? 0 : Math.max(0, (roomHeight - body.height) / 2);
    const bodyTop = margin + top.height + gap + slack;
    return {
      placement,
      type,
      height,
      header: { block: top, x: margin, y: margin },
      // The body is centred across the width; the legend starts at the margin, under the title.
      body: { block: body, x: margin + (inner - body.width) / 2, y: bodyTop },
      legend: legend && { block: legend, x: margin, y: bodyTop + body.height + gap },
      sources: { block: bottom, x: margin, y: height - margin - bottom.height },
    };
  }

  if (fixedHeight === undefined || !content.legend) return undefined;
  if (placement === 'beside') {
    const top = header(inner);
    const bottom = sources(inner);
    const legend = legendBeside(content.legend, inner * 0.4, type);
    const roomHeight = fixedHeight - 2 * margin - top.height - bottom.height - 2 * gap;
    if (!enough(roomHeight) || (legend.height > roomHeight && !forced)) return undefined;
    const body = content.body({ width: inner - legend.width - 2 * gap, height: Math.max(1, roomHeight) }, type);
    if (!forced && !fits(body, inner - legend.width - 2 * gap, roomHeight)) return undefined;
    const rowTop = margin + top.height + gap + Math.max(0, (roomHeight - Math.max(body.height, legend.height)) / 2);
    return {
      placement,
      type,
      height: fixedHeight,
      header: { block: top, x: margin, y: margin },
      body: { block: body, x: margin, y: rowTop },
      legend: { block: legend, x: margin + body.width + 2 * gap, y: rowTop },
      sources: { block: bottom, x: margin, y: fixedHeight - margin - bottom.height },
    };
  }

  const fullHeight = fixedHeight - 2 * margin;
  const bodyWidth = Math.floor(inner * (1 - MIN_COLUMN_SHARE)) - 2 * gap;
  const body = content.body({ width: bodyWidth, height: fullHeight }, type);
  if (!forced && !fits(body, bodyWidth, fullHeight)) return undefined;
  const columnLeft = margin + body.width + 2 * gap;
  const columnWidth = inner - body.width - 2 * gap;
  const top = header(columnWidth);
  const legend = legendBeside(content.legend, columnWidth, type);
  const bottom = sources(columnWidth);
  if (top.height + 2 * gap + legend.height + gap + bottom.height > fullHeight && !forced) return undefined;
  return {
    placement,
    type,
    height: fixedHeight,
    header: { block: top, x: columnLeft, y: margin },
    body: { block: body, x: margin, y: margin + (fullHeight - body.height) / 2 },
    legend: { block: legend, x: columnLeft, y: margin + top.height + 2 * gap },
    sources: { block: bottom, x: columnLeft, y: fixedHeight - margin - bottom.height },
  };
}

function draw<B extends Block>(width: number, arranged: Arranged<B>, content: Pick<PictureContent, 'title' | 'description'>): ComposedPicture<B> {
  const parts = [arranged.header, arranged.body, arranged.legend, arranged.sources].filter((part): part is Placed => part !== undefined);
  const box = ({ block, x, y }: Placed): Box => ({ x, y, width: block.width, height: block.height });
  return {
    svg: svgDocument(
      width,
      arranged.height,
      content,
      parts.map(({ block, x, y }) => block.draw(x, y)),
    ),
    width,
    height: arranged.height,
    layout: {
      placement: arranged.placement,
      scale: arranged.type.scale,
      header: box(arranged.header),
      body: box(arranged.body),
      legend: arranged.legend && box(arranged.legend),
      sources: box(arranged.sources),
    },
    body: arranged.body.block,
  };
}

/**
 * A standalone SVG document: inline presentation attributes, a system font
 * stack (no web fonts), the "not published" hatch as a <pattern>, no
 * links, images or other outside references; every text escaped.
 */
export function svgDocument(
  width: number,
  height: number,
  content: Pick<PictureContent, 'title'> & Partial<Pick<PictureContent, 'description'>>,
  parts: readonly string[],
): string {
  // A Welsh picture says so (the English picture's language is left to the reader's tools, as before).
  const welsh = pageLanguage() === 'cy';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${welsh ? ' xml:lang="cy"' : ''} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(SVG_FONT_FAMILY)}" role="img">`,
    `<title>${escapeXml(content.title)}</title>`,
    // Every export has its <desc>; the page's own grid of years (view=years), hidden from screen readers, has none.
    content.description === undefined ? '' : `<desc>${escapeXml(content.description)}</desc>`,
    `<defs>${hatchPattern()}</defs>`,
    // A white ground: a PNG made from this would otherwise be transparent.
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts.filter((part) => part !== ''),
    '</svg>',
  ].join('\n');
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
