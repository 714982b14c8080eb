import * as z from 'zod/mini';
import { REGIONS, forceCodeSchema, type Force } from '../forces/force-table';
import { hexCentre, hexKey, hexNeighbours, type PlanarPoint } from './hex-grid';
import type { ForceGraph } from './neighbours';

/**
 * The equal-area tile map's layout (geo/pfa-tiles.json, made by
 * geo/build-tile-layout.ts): each force one hexagon on a pointy-top grid.
 * Here, what the app draws from it: where each tile stands, in units of the
 * distance between two neighbouring tiles' centres (x east, y south).
 */
export const TILE_GRID = 'hex-pointy-axial';

const tilePlacementSchema = z.object({
  code: forceCodeSchema,
  short: z.string().check(z.minLength(1)),
  region: z.enum(REGIONS),
  q: z.int(),
  r: z.int(),
});

/** geo/pfa-tiles.json: one tile per force (listed by code), no two on one cell. */
export const tileLayoutSchema = z.object({
  grid: z.literal(TILE_GRID),
  forces: z.array(tilePlacementSchema).check(
    z.refine((forces) => new Set(forces.map((force) => force.code)).size === forces.length, 'each force must appear once'),
    z.refine((forces) => new Set(forces.map(hexKey)).size === forces.length, 'no two forces may share a cell'),
  ),
});
export type TileLayout = z.infer<typeof tileLayoutSchema>;

/** The tile map as the screen draws it, for an export to draw alike: its layout, and the names each tile's label is made from. */
export interface TileLayer {
  layout: TileLayout;
  names: ReadonlyMap<string, Pick<Force, 'name' | 'short' | 'aliases'>>;
}

/** A hexagon's circumradius when neighbouring centres are 1 apart. */
export const TILE_RADIUS = 1 / Math.sqrt(3);

export interface PlanarBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The six corners of the tile centred at a point, clockwise from the top. */
export function tileCorners({ x, y }: PlanarPoint, radius = TILE_RADIUS): PlanarPoint[] {
  return [-90, -30, 30, 90, 150, 210].map((degrees) => {
    const angle = (degrees * Math.PI) / 180;
    return { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) };
  });
}

/** The box the tiles of these forces cover (every force when codes is left out). */
export function tileBox(layout: TileLayout, codes?: ReadonlySet<string>): PlanarBox {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const force of layout.forces) {
    if (codes && !codes.has(force.code)) continue;
    const { x, y } = hexCentre(force);
    // Pointy-top: half a step either side, a circumradius above and below.
    box.left = Math.min(box.left, x - 0.5);
    box.right = Math.max(box.right, x + 0.5);
    box.top = Math.min(box.top, y - TILE_RADIUS);
    box.bottom = Math.max(box.bottom, y + TILE_RADIUS);
  }
  return box;
}

/**
 * The tiles as the arrow keys move across them: neighbours are the tiles
 * that touch, centres are tile centres with y turned north-up (as latitude
 * is), on a plane.
 */
export function tileGraph(layout: TileLayout): ForceGraph {
  const codeAt = new Map(layout.forces.map((force) => [hexKey(force), force.code]));
  const neighbours = new Map(layout.forces.map((force) => [force.code, hexNeighbours(force).flatMap((cell) => codeAt.get(hexKey(cell)) ?? [])]));
  const centres = new Map(
    layout.forces.map((force) => {
      const { x, y } = hexCentre(force);
      return [force.code, [x, -y] as const];
    }),
  );
  return { neighbours, centres, plane: true };
}

/** Each side of a tile (between corners i and i + 1 of tileCorners) faces this neighbour. */
const SIDE_NEIGHBOURS = [
  { q: 1, r: -1 },
  { q: 1, r: 0 },
  { q: 0, r: 1 },
  { q: -1, r: 1 },
  { q: -1, r: 0 },
  { q: 0, r: -1 },
] as const;

/** The outline of a group of tiles (a region): every side of theirs that does not face another of them. */
export function tileGroupOutline(layout: TileLayout, codes: ReadonlySet<string>): [PlanarPoint, PlanarPoint][] {
  const inGroup = new Set(layout.forces.filter((force) => codes.has(force.code)).map(hexKey));
  const sides: [PlanarPoint, PlanarPoint][] = [];
  for (const force of layout.forces) {
    if (!codes.has(force.code)) continue;
    const corners = tileCorners(hexCentre(force));
    SIDE_NEIGHBOURS.forEach((offset, i) => {
      if (!inGroup.has(hexKey({ q: force.q + offset.q, r: force.r + offset.r }))) sides.push([corners[i]!, corners[(i + 1) % 6]!]);
    });
  }
  return sides;
}
