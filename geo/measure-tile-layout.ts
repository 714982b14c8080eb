/**
 * How faithful a tile layout is to the map it stands for, for the build's
 * summary: how far tiles sit from their forces, which borders the tiles
 * keep, and whether each region stays in one piece.
 */
import { countConnectedGroups } from './connected-groups';
import { hexCentre, hexDistance } from '../src/geography/hex-grid';
import type { TileCell, TileForce } from './tile-layout';

export interface TileLayoutMeasures {
  /** Ground distance from each force's position to its tile's centre, with the grid laid over the map at the least-squares offset. */
  displacementByCode: Map<string, number>;
  /** Forces with at least one border whose tile touches none of theirs. */
  strandedCodes: string[];
  /** Pairs of bordering forces (codes, in order) whose tiles do not touch. */
  separatedBorders: [string, string][];
  borderCount: number;
  /** Touching tiles of forces that do not border. */
  falseNeighbourCount: number;
  /** How many connected groups each region's tiles form (1 = in one piece). */
  groupsByRegion: Map<string, number>;
}

export function measureTileLayout(forces: readonly TileForce[], cells: readonly TileCell[], cellSpacing: number): TileLayoutMeasures {
  const cellOf = new Map(cells.map((cell) => [cell.code, cell]));
  const tileOf = (code: string) => {
    const cell = cellOf.get(code);
    if (!cell) throw new Error(`tile layout has no tile for ${code}`);
    return cell;
  };
  const touching = (a: string, b: string) => hexDistance(tileOf(a), tileOf(b)) === 1;

  const centres = forces.map((force) => {
    const centre = hexCentre(tileOf(force.code));
    return { x: centre.x * cellSpacing, y: centre.y * cellSpacing };
  });
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const offsetX = mean(forces.map((force, i) => force.position.x - centres[i]!.x));
  const offsetY = mean(forces.map((force, i) => force.position.y - centres[i]!.y));
  const displacementByCode = new Map(
    forces.map((force, i) => [force.code, Math.hypot(force.position.x - centres[i]!.x - offsetX, force.position.y - centres[i]!.y - offsetY)]),
  );

  const strandedCodes = forces
    .filter((force) => force.borders.length > 0 && !force.borders.some((other) => touching(force.code, other)))
    .map((force) => force.code);
  const borderKeys = new Set(forces.flatMap((force) => force.borders.map((other) => pairKey(force.code, other))));
  const separatedBorders = [...borderKeys]
    .map((key) => key.split(' ') as [string, string])
    .filter(([a, b]) => !touching(a, b))
    .sort();
  const codes = forces.map((force) => force.code);
  const falseNeighbourCount = codes.flatMap((a, i) => codes.slice(i + 1).filter((b) => touching(a, b) && !borderKeys.has(pairKey(a, b)))).length;

  const groupsByRegion = new Map<string, number>();
  for (const region of new Set(forces.map((force) => force.region))) {
    const members = forces.filter((force) => force.region === region).map((force) => force.code);
    groupsByRegion.set(region, countConnectedGroups(members, touching));
  }
  return { displacementByCode, strandedCodes, separatedBorders, borderCount: borderKeys.size, falseNeighbourCount, groupsByRegion };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}
