/**
 * An equal-area tile map: each police force area as one hexagon of the same
 * size, placed near where the force lies, beside the forces it borders and
 * with each region's tiles in one piece as far as the grid allows.
 *
 * The grid is pointy-top hexagons in axial coordinates (see hex-grid.ts):
 * with hexagons of circumradius s, the tile (q, r) is centred at
 * x = √3·s·(q + r/2) east and y = 1.5·s·r south of the grid's origin, and
 * its neighbours are (q±1, r), (q, r±1), (q+1, r−1) and (q−1, r+1).
 *
 * How the layout is found:
 * 1. Each force's position (its projected centroid) is scaled so that one
 *    cell step stands for `cellSpacing` on the ground.
 * 2. The forces are assigned to distinct cells near their positions at the
 *    least total squared displacement (the Hungarian algorithm). Squared
 *    rather than plain distance because then no two forces are reversed:
 *    were the step from one's tile to the other's more than 90° off the
 *    step from one's position to the other's, trading their cells would
 *    lower the sum of squares.
 * 3. A local search (the best single swap of two forces or move of one
 *    force to an empty cell, repeated until none helps) lowers the layout's
 *    cost: first the number of broken rules, then the squared displacement
 *    plus a charge for each pair of bordering forces whose tiles do not
 *    touch and for each pair of touching tiles whose forces do not border.
 *    The rules are (a) a force's tile touches a tile of a force it borders
 *    and (b) each region's tiles form one connected group. Comparing the
 *    rule count first is a penalty weight larger than any displacement: no
 *    saving in displacement is worth breaking a rule the grid lets us keep.
 * 4. Steps 2 and 3 are run with the grid's origin at nine places within one
 *    cell (where the lattice falls relative to the forces changes which
 *    cells are near), and the best result is kept.
 * Nothing is random, so the same input always gives the same layout.
 */
import { hexCellAt, hexCentre, hexDistance, hexKey, type HexCell, type PlanarPoint } from '../src/geography/hex-grid';
import { minCostAssignment } from './min-cost-assignment';
import { countConnectedGroups } from './connected-groups';

export interface TileForce {
  code: string;
  region: string;
  /** Where the force lies on a planar map: x east, y south, in any unit. */
  position: PlanarPoint;
  /** Codes of the forces it shares a border with; a border listed on either side counts. */
  borders: readonly string[];
}

export interface TileLayoutOptions {
  /** The ground distance, in the positions' unit, that one step between neighbouring cells stands for. */
  cellSpacing: number;
}

export interface TileCell extends HexCell {
  code: string;
}

/** Cells within this many steps of a force's own cell are open to it. */
const REACH = 3;
/**
 * Beyond the rules, in squared cell steps (the unit of displacement): two
 * bordering forces whose tiles do not touch cost as much as moving a tile
 * √2 steps, and two touching tiles of forces that do not border cost as
 * much as moving one 0.7 steps; the map must not suggest a border that is
 * not there, but losing a real one is worse. Chosen by drawing the layout:
 * with less, the City of London's tile slid north of the Met's among
 * Hertfordshire, Essex, Bedfordshire and Suffolk; with more, the West
 * Midlands' tile went west of Staffordshire's.
 */
const SEPARATED_BORDER_COST = 2;
const FALSE_NEIGHBOUR_COST = 0.5;
/** The grid origin's offsets tried, as fractions of the lattice's two axes. */
const ORIGIN_FRACTIONS = [0, 1 / 3, 2 / 3];

interface LayoutCost {
  /** Forces whose tile touches no tile of a force they border, plus each region's pieces beyond the first. */
  brokenRules: number;
  /** Squared displacement in cell steps plus the charges for separated borders and false neighbours. */
  penalty: number;
}

export function layoutTiles(forces: readonly TileForce[], options: TileLayoutOptions): TileCell[] {
  if (!(options.cellSpacing > 0)) throw new Error(`tile layout: cellSpacing must be positive, got ${options.cellSpacing}`);
  const graph = buildGraph(forces);
  const points = forces.map(({ position }) => ({ x: position.x / options.cellSpacing, y: position.y / options.cellSpacing }));
  let best: { cells: HexCell[]; cost: LayoutCost } | undefined;
  for (const a of ORIGIN_FRACTIONS) {
    for (const b of ORIGIN_FRACTIONS) {
      // The lattice's axes are (1, 0) and (1/2, √3/2): shifting the points is shifting the origin.
      const offset = hexCentre({ q: a, r: b });
      const shifted = points.map(({ x, y }) => ({ x: x + offset.x, y: y + offset.y }));
      const candidate = improveLayout(shifted, graph);
      if (!best || compareCosts(candidate.cost, best.cost) < 0) best = candidate;
    }
  }
  const cells = normaliseOrigin(best!.cells);
  return forces
    .map((force, i) => ({ code: force.code, ...cells[i]! }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

interface ForceGraph {
  /** For each force, the indexes of the forces it borders. */
  borders: number[][];
  /** Each bordering pair once, lower index first. */
  borderPairs: [number, number][];
  /** Each region's forces, by index. */
  regions: number[][];
}

function buildGraph(forces: readonly TileForce[]): ForceGraph {
  const indexOf = new Map<string, number>();
  forces.forEach((force, i) => {
    if (indexOf.has(force.code)) throw new Error(`tile layout: force ${force.code} appears twice`);
    indexOf.set(force.code, i);
  });
  const borderSets = forces.map(() => new Set<number>());
  forces.forEach((force, i) => {
    for (const code of force.borders) {
      const j = indexOf.get(code);
      if (j === undefined) throw new Error(`tile layout: ${force.code} borders ${code}, which is not among the forces`);
      if (j === i) throw new Error(`tile layout: ${force.code} is listed as bordering itself`);
      borderSets[i]!.add(j);
      borderSets[j]!.add(i);
    }
  });
  const borders = borderSets.map((set) => [...set].sort((a, b) => a - b));
  const borderPairs = borders.flatMap((list, i) => list.filter((j) => j > i).map((j): [number, number] => [i, j]));
  const regionMembers = new Map<string, number[]>();
  forces.forEach((force, i) => regionMembers.set(force.region, [...(regionMembers.get(force.region) ?? []), i]));
  return { borders, borderPairs, regions: [...regionMembers.values()] };
}

/** Steps 2 and 3 for one placement of the grid: returns each force's cell, in input order. */
function improveLayout(points: readonly PlanarPoint[], graph: ForceGraph): { cells: HexCell[]; cost: LayoutCost } {
  const { cells, squaredDistance } = openCells(points);
  const touching = cells.map((a) => cells.map((b) => hexDistance(a, b) === 1));
  const neighbourCells = touching.map((row) => row.flatMap((touches, cell) => (touches ? [cell] : [])));
  const bordering = graph.borders.map((list) => {
    const row = new Array<boolean>(points.length).fill(false);
    for (const j of list) row[j] = true;
    return row;
  });
  const cellOf = minCostAssignment(squaredDistance);
  const forceAt = new Array<number>(cells.length).fill(-1);
  cellOf.forEach((cell, force) => (forceAt[cell] = force));

  const costOf = (): LayoutCost => {
    const adjacent = (i: number, j: number) => touching[cellOf[i]!]![cellOf[j]!]!;
    let brokenRules = 0;
    let penalty = 0;
    cellOf.forEach((cell, i) => {
      penalty += squaredDistance[i]![cell]!;
      const borders = graph.borders[i]!;
      if (borders.length > 0 && !borders.some((j) => adjacent(i, j))) brokenRules++;
      for (const neighbour of neighbourCells[cell]!) {
        const j = forceAt[neighbour]!;
        if (j > i && !bordering[i]![j]) penalty += FALSE_NEIGHBOUR_COST;
      }
    });
    for (const [i, j] of graph.borderPairs) if (!adjacent(i, j)) penalty += SEPARATED_BORDER_COST;
    for (const members of graph.regions) brokenRules += countConnectedGroups(members, adjacent) - 1;
    return { brokenRules, penalty };
  };

  /** Applies a change, and undoes it by applying it again. */
  const swapCells = (i: number, j: number) => {
    [cellOf[i], cellOf[j]] = [cellOf[j]!, cellOf[i]!];
    forceAt[cellOf[i]!] = i;
    forceAt[cellOf[j]!] = j;
  };
  const moveToCell = (i: number, cell: number) => {
    forceAt[cellOf[i]!] = -1;
    cellOf[i] = cell;
    forceAt[cell] = i;
  };

  let cost = costOf();
  for (;;) {
    let bestChange: (() => void) | undefined;
    let bestCost = cost;
    const consider = (change: () => void, undo: () => void) => {
      change();
      const changed = costOf();
      undo();
      if (compareCosts(changed, bestCost) < 0) {
        bestCost = changed;
        bestChange = change;
      }
    };
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) consider(() => swapCells(i, j), () => swapCells(i, j));
      const home = cellOf[i]!;
      for (let cell = 0; cell < cells.length; cell++) {
        if (forceAt[cell] === -1) consider(() => moveToCell(i, cell), () => moveToCell(i, home));
      }
    }
    if (!bestChange) break;
    bestChange();
    cost = bestCost;
  }
  return { cells: cellOf.map((cell) => cells[cell]!), cost };
}

/**
 * Step 2 for the grid as it lies (the cell (0, 0) centred on the origin):
 * distinct cells for the points, at the least total squared displacement.
 */
export function nearestDistinctCells(points: readonly PlanarPoint[]): HexCell[] {
  const { cells, squaredDistance } = openCells(points);
  return minCostAssignment(squaredDistance).map((cell) => cells[cell]!);
}

/** The cells open to the forces, and each force's squared distance to each of them. */
function openCells(points: readonly PlanarPoint[]): { cells: HexCell[]; squaredDistance: number[][] } {
  const cells = candidateCells(points);
  const squaredDistance = points.map((point) =>
    cells.map((cell) => {
      const centre = hexCentre(cell);
      return (centre.x - point.x) ** 2 + (centre.y - point.y) ** 2;
    }),
  );
  return { cells, squaredDistance };
}

/** Every cell within REACH steps of a force's nearest cell, north to south, west to east. */
function candidateCells(points: readonly PlanarPoint[]): HexCell[] {
  const byKey = new Map<string, HexCell>();
  for (const point of points) {
    const home = hexCellAt(point);
    for (let dq = -REACH; dq <= REACH; dq++) {
      for (let dr = -REACH; dr <= REACH; dr++) {
        const cell = { q: home.q + dq, r: home.r + dr };
        if (hexDistance(cell, home) <= REACH) byKey.set(hexKey(cell), cell);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.r - b.r || a.q - b.q);
}

/** Penalties closer than this are equal: summing in another order must not count as an improvement. */
const PENALTY_TOLERANCE = 1e-9;

function compareCosts(a: LayoutCost, b: LayoutCost): number {
  if (a.brokenRules !== b.brokenRules) return a.brokenRules - b.brokenRules;
  return Math.abs(a.penalty - b.penalty) < PENALTY_TOLERANCE ? 0 : a.penalty - b.penalty;
}

/** Shifts the cells so that the northern row is r = 0 and the westernmost tile's centre is at x = 0 or half a cell. */
function normaliseOrigin(cells: readonly HexCell[]): HexCell[] {
  const minR = Math.min(...cells.map((cell) => cell.r));
  const minDoubledX = Math.min(...cells.map((cell) => 2 * cell.q + cell.r - minR));
  const shiftQ = Math.floor(minDoubledX / 2);
  return cells.map((cell) => ({ q: cell.q - shiftQ, r: cell.r - minR }));
}
