import { geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { ForceFeature } from '../geography/boundaries';
import type { Box } from './compose-picture';
import { listHeading, listHeadings, placeLabelsWithList, quietestCorner, type LabelPlacement, type LabelRequest } from './label-placement';
import type { MapLayer, ValueLabel } from './map-layer';
import { baseline, lineWidth, num, textElement, type TextStyle } from './picture-text';

/**
 * The value labels of an exported map, geographic or tiles: which forces
 * are labelled and with what, where the labels go (placeLabels, the
 * screen's rule), and how they are drawn.
 */

/** A label as placed on the map, with its words. */
export type PlacedLabel = LabelPlacement & { code: string; text: string };

export interface MapLabels {
  /** On the map, the selected force's first. */
  placed: PlacedLabel[];
  /** Labelled forces the map cannot show (outside the region in focus, or with no free place left): listed in a box on it instead. */
  elsewhere: string[];
  /** What that box is headed, saying what it holds (listHeading); undefined when there is none. */
  heading?: string;
  /** Where that list goes, kept clear of the labels: in the corner that hides least; undefined when there is none. */
  list: Box | undefined;
}

/** The labels to write: the selected force's (its name alone when it has no value label), then the others, each once; the selected one marked chosen. */
function labelTexts(layer: Pick<MapLayer, 'selected' | 'valueLabels'>): ValueLabel[] {
  const labels = [...(layer.valueLabels ?? [])];
  if (layer.selected && !labels.some((label) => label.code === layer.selected!.code)) labels.unshift({ code: layer.selected.code, text: layer.selected.name });
  const first = labels.findIndex((label) => label.code === layer.selected?.code);
  if (first > 0) labels.unshift(...labels.splice(first, 1));
  return labels
    .filter((label, index) => labels.findIndex((other) => other.code === label.code) === index)
    .map((label) => ({ ...label, chosen: label.code === layer.selected?.code }));
}

/**
 * The layer's labels placed in the map's frame: each force's request (where
 * it is on this map; undefined when the map does not show it) made for a
 * label of its text's size in the style.
 */
export function mapLabels(
  layer: Pick<MapLayer, 'selected' | 'valueLabels'>,
  frame: Box,
  style: TextStyle,
  requestOf: (code: string, size: { width: number; height: number }) => LabelRequest | undefined,
  avoid: readonly Box[],
): MapLabels {
  const texts = labelTexts(layer);
  const requests = texts.map(({ code, text }) => requestOf(code, labelSize(text, style)));
  const shown = texts.flatMap((label, index) => (requests[index] ? [{ ...label, request: requests[index] }] : []));
  const notShown = texts.filter((_, index) => !requests[index]).map((label) => label.text);
  // The list's corner is kept clear of the labels (placeLabelsWithList); forces the map does not show are always in it.
  const { placements, unplaced, list } = placeLabelsWithList(
    shown.map(({ request }) => request),
    frame,
    style.size,
    (listed, placed) =>
      quietestCorner(frame, listSize([...notShown, ...listed.map((index) => shown[index]!.text)], style, frame), style.size * LIST_PADDING, [
        ...avoid,
        ...placed.flatMap((placement) => (placement ? [placement.box] : [])),
      ]),
    notShown.length > 0,
  );
  const placed = shown.flatMap(({ code, text }, index) => (placements[index] ? [{ ...placements[index], code, text }] : []));
  const elsewhere = new Set([...notShown, ...unplaced.map((index) => shown[index]!.text)]);
  const listed = [
    ...texts.filter((_, index) => !requests[index]).map(({ chosen }) => ({ anchor: undefined, chosen: chosen === true })),
    ...unplaced.map((index) => ({ anchor: shown[index]!.request.anchor, chosen: shown[index]!.chosen === true })),
  ];
  return {
    placed,
    elsewhere: texts.filter((label) => elsewhere.has(label.text)).map((label) => label.text),
    ...(listed.length > 0 ? { heading: listHeading(frame, listed) } : {}),
    list,
  };
}

/** A label's box: its text in the style with room either side. */
function labelSize(text: string, style: TextStyle): { width: number; height: number } {
  return { width: lineWidth(text, style) + style.size * 0.8, height: style.lineHeight };
}

/**
 * Where a force on the geographic map asks for its label: on the force
 * when the label fits inside it; else beside its box, on the side that
 * covers least of the other forces (the sea first). Features must be
 * wound for d3 (rewindForD3).
 */
export function geographicLabelRequest(
  force: ForceFeature,
  others: readonly ForceFeature[],
  projection: GeoProjection,
  label: { width: number; height: number },
): LabelRequest {
  const path = geoPath(projection);
  const [[x0, y0], [x1, y1]] = path.bounds(force);
  // Each force's box on the picture, so that only forces whose box holds a point are tested for it.
  const boxed = (features: readonly ForceFeature[]) => features.map((feature) => ({ feature, bounds: path.bounds(feature) }));
  const forceBoxed = boxed([force]);
  const othersBoxed = boxed(others);
  const onLand = (features: ReturnType<typeof boxed>, [x, y]: [number, number]) => {
    const lonLat = projection.invert?.([x, y]);
    return lonLat
      ? features.some(
          ({ feature, bounds: [[left, top], [right, bottom]] }) => x >= left && x <= right && y >= top && y <= bottom && geoContains(feature, lonLat),
        )
      : false;
  };
  return {
    anchor: anchorOf(force, projection, [x0, y0, x1, y1]),
    around: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
    ...label,
    fitsOnAnchor: (box) => samplePoints(box).every((point) => onLand(forceBoxed, point)),
    cost: (box) => samplePoints(box).filter((point) => onLand(othersBoxed, point)).length,
  };
}

/** The centre of the force's area when it lies on the force; else the point on it nearest that centre (a crescent's centre lies outside it). */
function anchorOf(feature: ForceFeature, projection: GeoProjection, [x0, y0, x1, y1]: readonly number[]): [number, number] {
  const centroid = geoPath(projection).centroid(feature) as [number, number];
  const isOn = ([x, y]: [number, number]) => {
    const lonLat = projection.invert?.([x, y]);
    return lonLat !== undefined && lonLat !== null && geoContains(feature, lonLat);
  };
  if (Number.isFinite(centroid[0]) && isOn(centroid)) return centroid;
  const steps = 16;
  let best: [number, number] | undefined;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const point: [number, number] = [x0! + ((x1! - x0!) * i) / steps, y0! + ((y1! - y0!) * j) / steps];
      if (isOn(point) && (!best || distance(point, centroid) < distance(best, centroid))) best = point;
    }
  }
  return best ?? [(x0! + x1!) / 2, (y0! + y1!) / 2];
}

/** Corners, edge midpoints and centre: enough to tell sea from land under a label. */
function samplePoints({ x, y, width, height }: Box): [number, number][] {
  const points: [number, number][] = [];
  for (const fx of [0.02, 0.5, 0.98]) for (const fy of [0.05, 0.5, 0.95]) points.push([x + width * fx, y + height * fy]);
  return points;
}

function distance([ax, ay]: readonly number[], [bx, by]: readonly number[]): number {
  return Math.hypot(ax! - bx!, ay! - by!);
}

/** The words in a white box over the map, with a leader to a dot on the force when it stands beside it. */
export function drawLabel({ text, box, anchor, leaderEnd }: PlacedLabel, style: TextStyle): string {
  const leader = leaderEnd
    ? `<line x1="${num(anchor[0])}" y1="${num(anchor[1])}" x2="${num(leaderEnd[0])}" y2="${num(leaderEnd[1])}" stroke="${style.color}" stroke-width="1.25"/>` +
      `<circle cx="${num(anchor[0])}" cy="${num(anchor[1])}" r="${num(style.size / 6)}" fill="${style.color}"/>`
    : '';
  return (
    `<g class="force-label">${leader}` +
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="${num(style.size / 5)}" fill="#ffffff" fill-opacity="0.92" stroke="${style.color}" stroke-width="0.75"/>` +
    textElement(text, box.x + box.width / 2, baseline(box.y, style), style, 'middle') +
    '</g>'
  );
}

/** Room round the words of the list's box, in its type's sizes. */
const LIST_PADDING = 0.5;

/**
 * The list's box for these labels: a heading in the labels' bold style (as
 * wide as the widest it may have, as the labels it holds are settled only
 * once it is placed), then one force a line in plain.
 */
function listSize(texts: readonly string[], style: TextStyle, frame: Box): { width: number; height: number } {
  const padding = style.size * LIST_PADDING;
  const headings = Object.values(listHeadings()).map((heading) => lineWidth(heading, style));
  const width = Math.max(...headings, ...texts.map((text) => lineWidth(text, { ...style, bold: false }))) + 2 * padding;
  return { width: Math.min(frame.width, width), height: Math.min(frame.height, (texts.length + 1) * style.lineHeight + 2 * padding) };
}

/**
 * The labels the map cannot show, in a box at the place mapLabels kept for
 * it: its heading ("Outside this map", say), then one force a line with its value, so that a
 * pinned force outside the region in focus is still named with its
 * figure. Empty when there are none.
 */
export function drawList({ elsewhere, heading, list }: MapLabels, frame: Box, style: TextStyle): string {
  if (elsewhere.length === 0 || !list || !heading) return '';
  const { width, height } = listSize(elsewhere, style, frame);
  const padding = style.size * LIST_PADDING;
  const lines = [heading, ...elsewhere].map((text, index) =>
    textElement(text, list.x + padding, baseline(list.y + padding + index * style.lineHeight, style), index === 0 ? style : { ...style, bold: false }),
  );
  return (
    `<g class="also-pinned"><rect x="${num(list.x)}" y="${num(list.y)}" width="${num(width)}" height="${num(height)}" rx="${num(style.size / 5)}" fill="#ffffff" fill-opacity="0.92" stroke="${style.color}" stroke-width="0.75"/>` +
    lines.join('') +
    '</g>'
  );
}
