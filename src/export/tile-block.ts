import { forceContaining } from '../geography/force-at-point';
import { hexCentre } from '../geography/hex-grid';
import { TILE_RADIUS, tileBox, tileCorners, tileGroupOutline, type PlanarBox, type TileLayer } from '../geography/tile-layout';
import { mostContrasting } from '../scales/color';
import { DIMMED_OPACITY, FORCE_BORDER, HATCH, REGION_OUTLINE, SELECTED_OUTLINE, TILE_LABEL } from '../scales/map-style';
import { framedMap } from './framed-map';
import { tileLabel } from '../geography/tile-labels';
import { escapeXml } from './escape-xml';
import { NOT_PUBLISHED_PATTERN_ID } from './legend-block';
import type { MapLayer } from './map-layer';
import { num, safeColor, type TextStyle } from './picture-text';
import { drawLabel, drawList, mapLabels, type MapLabels } from './force-label';
import type { Box } from './compose-picture';
import { fitsOnTile, overlapArea, type LabelRequest } from './label-placement';
import { textWidth } from './text-metrics';

/** What a tile block draws: the map layer's colours, dimming and selection, on the tiles. */
type TileBlockLayer = MapLayer & { tiles: TileLayer };

/** Labels grow with the tiles up to this size in pixels (as on screen, a little larger for print). */
const LARGEST_LABEL_PX = 20;
/** Tiles too small for a label this size (the small multiples' maps) go unlabelled: the colours carry them, the large map names them. */
const SMALLEST_LABEL_PX = 7;
/** A tile holds a label at a preset's floor only if it is this many times the floor across (about three letters). */
const MIN_LABEL_ROOM = 1 / 2.5;

/** The tiles the picture is fitted to: those of the region in focus (the forces not dimmed), or all. */
function shownCodes(layer: Pick<TileBlockLayer, 'dimmed' | 'tiles'>): ReadonlySet<string> | undefined {
  if (!layer.dimmed || layer.dimmed.size === 0) return undefined;
  return new Set(layer.tiles.layout.forces.map((force) => force.code).filter((code) => !layer.dimmed!.has(code)));
}

/** Height over width of the tiles shown. */
export function tileAspect(layer: Pick<TileBlockLayer, 'dimmed' | 'tiles'>): number {
  const box = tileBox(layer.tiles.layout, shownCodes(layer));
  return (box.bottom - box.top) / (box.right - box.left);
}

/**
 * The tile map as a block of a picture, as large as fits the room in the
 * shape of the tiles shown: every force one hexagon, named as on screen,
 * coloured, dimmed and outlined alike, and the chosen and pinned forces
 * labelled with their values as on the geographic map. A place is "at" its
 * force's tile (project), which the browser tests use to find a force.
 */
export function tileBlock(
  layer: TileBlockLayer,
  room: { width: number; height: number | undefined },
  options: { padding: number; id: string; minTextSize?: number; label?: TextStyle },
) {
  const shown = shownCodes(layer);
  const box = tileBox(layer.tiles.layout, shown);
  const aspect = (box.bottom - box.top) / (box.right - box.left);
  const width = Math.floor(room.height === undefined ? room.width : Math.min(room.width, room.height / aspect));
  const height = Math.round(width * aspect);
  const fit = (left: number, top: number) => fitTiles(box, { x: left, y: top, width, height }, options.padding);
  return {
    width,
    height,
    projection: (left: number, top: number) => {
      const place = fit(left, top);
      return (point: [number, number]): [number, number] | null => {
        const code = forceContaining(layer.features, point);
        const force = code === undefined ? undefined : layer.tiles.layout.forces.find((candidate) => candidate.code === code);
        return force ? place(hexCentre(force)) : null;
      };
    },
    labelsAt,
    draw: (left: number, top: number) => {
      const frame = { x: left, y: top, width, height };
      const place = fit(left, top);
      const labels = labelsAt(left, top);
      // A value label on its own tile names the force: the name under it is left out (one beside it keeps clear of every name).
      const names = tileNames(layer, place, options.minTextSize ?? 0);
      for (const label of labels.placed) if (label.leaderEnd === undefined) names.delete(label.code);
      const tiles = drawTiles(layer, shown, place, frame, options.id, names);
      if (!options.label) return tiles;
      return [tiles, ...labels.placed.map((label) => drawLabel(label, options.label!)), drawList(labels, frame, options.label)].join('\n');
    },
  };

  /** The chosen and pinned forces' labels: on their tiles' side, clear of the tiles' names where they can; forces outside the region in focus listed. */
  function labelsAt(left: number, top: number): MapLabels {
    if (!options.label) return { placed: [], elsewhere: [], list: undefined };
    const place = fit(left, top);
    const shownTiles = layer.tiles.layout.forces.filter((force) => !shown || shown.has(force.code));
    const names = [...tileNames(layer, place, options.minTextSize ?? 0)].map(([code, name]) => ({ code, box: name.box }));
    const tiles = shownTiles.map((force) => tileFrame(place, force));
    const requestOf = (code: string, size: { width: number; height: number }): LabelRequest | undefined => {
      const force = layer.tiles.layout.forces.find((candidate) => candidate.code === code);
      if (!force || (shown && !shown.has(code))) return undefined;
      const around = tileFrame(place, force);
      const anchor = place(hexCentre(force));
      const otherNames = names.filter((name) => name.code !== code).map((name) => name.box);
      return {
        anchor,
        around,
        ...size,
        // On its own tile only in its name's place, so that it hides no other tile nor a name reaching over from one.
        fitsOnAnchor: fitsOnTile(around, otherNames),
        // Beside it, on no tile's name, its own included: on the side that hides least of the tiles (the sea round them first).
        avoid: names.map((name) => name.box),
        cost: (box) => tiles.reduce((sum, tile) => sum + overlapArea(box, tile), 0),
      };
    };
    // The list of forces the map cannot show goes where it hides fewest tiles.
    return mapLabels(layer, { x: left, y: top, width, height }, options.label, requestOf, tiles);
  }
}

/** A tile's name as drawn: its lines, their size and baselines, centred at x, and the box its letters take. */
interface TileName {
  lines: readonly string[];
  size: number;
  x: number;
  baselines: readonly number[];
  box: Box;
}

/**
 * Every tile's name as the picture draws it, by force: the screen's label,
 * as large as the tiles allow up to LARGEST_LABEL_PX, set at a preset's
 * floor where it would be under it, and left out on tiles too small to
 * hold it (the colours carry them). Its box runs from the ascent of its first
 * line to the descent of its last (0.95 and 0.25 em, as DejaVu Sans sets
 * them), as wide as its widest line.
 */
function tileNames(layer: Pick<TileBlockLayer, 'tiles'>, place: Place, minTextSize: number): Map<string, TileName> {
  const labelScale = Math.min(1, LARGEST_LABEL_PX / (0.18 * place.scale));
  const measure = (text: string) => textWidth(text, 1, true);
  const names = new Map<string, TileName>();
  for (const force of layer.tiles.layout.forces) {
    const known = layer.tiles.names.get(force.code) ?? { name: force.short, short: force.short, aliases: [] };
    let label = tileLabel(known, measure);
    let size = label.fontSize * place.scale * labelScale;
    if (size < minTextSize) {
      // Below a preset's floor: tiles too small for a few letters at the floor go unlabelled, others get a label set at the floor.
      if (place.scale * MIN_LABEL_ROOM < minTextSize) continue;
      label = tileLabel(known, measure, minTextSize / place.scale);
      size = label.fontSize * place.scale;
    }
    if (size < SMALLEST_LABEL_PX) continue;
    const [x, y] = place(hexCentre(force));
    const lineHeight = size * 1.1;
    const first = y - ((label.lines.length - 1) * lineHeight) / 2 + size * 0.35;
    const baselines = label.lines.map((_, i) => first + i * lineHeight);
    const width = Math.max(...label.lines.map((line) => textWidth(line, size, true)));
    const top = first - 0.95 * size;
    names.set(force.code, { lines: label.lines, size, x, baselines, box: { x: x - width / 2, y: top, width, height: baselines.at(-1)! + 0.25 * size - top } });
  }
  return names;
}

/** A tile's box in the picture: pointy-top, a step wide, two circumradii tall. */
function tileFrame(place: Place, force: { q: number; r: number }): Box {
  const { x, y } = hexCentre(force);
  const [left, top] = place({ x: x - 0.5, y: y - TILE_RADIUS });
  const [right, bottom] = place({ x: x + 0.5, y: y + TILE_RADIUS });
  return { x: left, y: top, width: right - left, height: bottom - top };
}

type Place = ((point: { x: number; y: number }) => [number, number]) & { scale: number };

function fitTiles(box: PlanarBox, frame: { x: number; y: number; width: number; height: number }, padding: number): Place {
  const inset = Math.min(padding, frame.width / 4, frame.height / 4);
  const scale = Math.min((frame.width - 2 * inset) / (box.right - box.left), (frame.height - 2 * inset) / (box.bottom - box.top));
  const x = frame.x + frame.width / 2 - (scale * (box.left + box.right)) / 2;
  const y = frame.y + frame.height / 2 - (scale * (box.top + box.bottom)) / 2;
  return Object.assign((point: { x: number; y: number }): [number, number] => [x + scale * point.x, y + scale * point.y], { scale });
}

function drawTiles(
  layer: TileBlockLayer,
  shown: ReadonlySet<string> | undefined,
  place: Place,
  frame: { x: number; y: number; width: number; height: number },
  id: string,
  names: ReadonlyMap<string, TileName>,
): string {
  const polygon = (points: readonly { x: number; y: number }[]) => `M${points.map((point) => place(point).map(num).join(',')).join('L')}Z`;
  const hexagons: string[] = [];
  const labels: string[] = [];
  for (const force of layer.tiles.layout.forces) {
    const fill = layer.fills.get(force.code);
    const paint = fill === null || fill === undefined ? `url(#${NOT_PUBLISHED_PATTERN_ID})` : safeColor(fill);
    const faded = layer.dimmed?.has(force.code) ? ` fill-opacity="${DIMMED_OPACITY}"` : '';
    hexagons.push(`<path data-code="${escapeXml(force.code)}" fill="${paint}"${faded} d="${polygon(tileCorners(hexCentre(force)))}"/>`);
    const name = names.get(force.code);
    if (!name) continue;
    const { size, x, baselines } = name;
    const colour = mostContrasting(fill ?? HATCH.background, [TILE_LABEL.dark, TILE_LABEL.light]);
    const halo =
      fill === null || fill === undefined ? ` stroke="${HATCH.background}" stroke-width="${num(size / 5)}" paint-order="stroke" stroke-linejoin="round"` : '';
    const opacity = layer.dimmed?.has(force.code) ? ` opacity="${DIMMED_OPACITY}"` : '';
    labels.push(
      `<text text-anchor="middle" font-size="${num(size)}" font-weight="bold" fill="${colour}"${halo}${opacity}>` +
        name.lines.map((line, i) => `<tspan x="${num(x)}" y="${num(baselines[i]!)}">${escapeXml(line)}</tspan>`).join('') +
        '</text>',
    );
  }
  const outlines: string[] = [];
  if (shown && layer.regionOutline) {
    const sides = tileGroupOutline(layer.tiles.layout, shown).map(([from, to]) => `M${place(from).map(num).join(',')}L${place(to).map(num).join(',')}`);
    outlines.push(
      `<path class="region-outline" fill="none" stroke="${REGION_OUTLINE.color}" stroke-width="${REGION_OUTLINE.width}" stroke-linecap="round" d="${sides.join('')}"/>`,
    );
  }
  const selected = layer.selected && layer.tiles.layout.forces.find((force) => force.code === layer.selected!.code);
  if (selected) {
    outlines.push(
      `<path class="selected-outline" data-code="${escapeXml(selected.code)}" fill="none" stroke="${SELECTED_OUTLINE.color}" stroke-width="${SELECTED_OUTLINE.width}" stroke-linejoin="round" d="${polygon(tileCorners(hexCentre(selected)))}"/>`,
    );
  }
  return framedMap(frame, id, hexagons, FORCE_BORDER.width * 2, [...labels, ...outlines]);
}
