/**
 * A grid of pointy-top hexagons in axial coordinates (q, r), as in Red Blob
 * Games' "Hexagonal Grids": r counts rows from north to south, q counts
 * along a row from west to east, and each row sits half a cell east of the
 * one above it. Positions are in units of the distance between the centres
 * of two neighbouring cells, x east and y south (screen axes).
 */
export interface HexCell {
  q: number;
  r: number;
}

export interface PlanarPoint {
  x: number;
  y: number;
}

const ROW_HEIGHT = Math.sqrt(3) / 2;

/** The six neighbours' offsets, clockwise from east. */
const HEX_NEIGHBOUR_OFFSETS: readonly HexCell[] = [
  { q: 1, r: 0 },
  { q: 0, r: 1 },
  { q: -1, r: 1 },
  { q: -1, r: 0 },
  { q: 0, r: -1 },
  { q: 1, r: -1 },
];

export function hexCentre({ q, r }: HexCell): PlanarPoint {
  return { x: q + r / 2, y: r * ROW_HEIGHT };
}

/** The cell whose hexagon holds the point (cube-coordinate rounding). */
export function hexCellAt({ x, y }: PlanarPoint): HexCell {
  const r = y / ROW_HEIGHT;
  const q = x - r / 2;
  const s = -q - r;
  let [roundQ, roundR, roundS] = [Math.round(q), Math.round(r), Math.round(s)];
  const [errorQ, errorR, errorS] = [Math.abs(roundQ - q), Math.abs(roundR - r), Math.abs(roundS - s)];
  if (errorQ > errorR && errorQ > errorS) roundQ = -roundR - roundS;
  else if (errorR > errorS) roundR = -roundQ - roundS;
  else roundS = -roundQ - roundR;
  return { q: roundQ + 0, r: roundR + 0 };
}

/** Steps between two cells. */
export function hexDistance(a: HexCell, b: HexCell): number {
  const dq = a.q - b.q;
  const dr = a.r - b.r;
  return (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
}

export function hexNeighbours({ q, r }: HexCell): HexCell[] {
  return HEX_NEIGHBOUR_OFFSETS.map((offset) => ({ q: q + offset.q, r: r + offset.r }));
}

export function hexKey({ q, r }: HexCell): string {
  return `${q},${r}`;
}
