import { describe, expect, it } from 'vitest';
import { measureTileLayout } from '../../geo/measure-tile-layout';
import type { TileForce } from '../../geo/tile-layout';

const force = (code: string, x: number, y: number, region: string, borders: string[]): TileForce => ({ code, region, position: { x, y }, borders });
const rowHeight = Math.sqrt(3) / 2;

describe('measureTileLayout', () => {
  // Four forces 10 km a cell step. A–B–C in a row; D below B on the next row.
  // Borders: A–B, A–C, B–D. Regions: R1 = A, C; R2 = B, D.
  const forces = [
    force('A', 1000, 500, 'R1', ['B', 'C']),
    force('B', 1010, 500, 'R2', ['A', 'D']),
    force('C', 1020, 500, 'R1', ['A']),
    force('D', 1015, 500 + 10 * rowHeight + 3, 'R2', ['B']),
  ];
  const cells = [
    { code: 'A', q: 0, r: 0 },
    { code: 'B', q: 1, r: 0 },
    { code: 'C', q: 2, r: 0 },
    { code: 'D', q: 1, r: 1 },
  ];
  const measures = measureTileLayout(forces, cells, 10);

  it('measures displacement on the ground with the grid laid where it fits best', () => {
    // The grid's offset is the mean of the forces' offsets from their tiles, so D's 3 km off puts the others 0.75 km off.
    expect(Object.fromEntries([...measures.displacementByCode].map(([code, km]) => [code, Number(km.toFixed(6))]))).toEqual({
      A: 0.75,
      B: 0.75,
      C: 0.75,
      D: 2.25,
    });
  });

  it('names the forces beside none of their neighbours and the borders the tiles lose', () => {
    expect(measures.strandedCodes).toEqual(['C']);
    expect(measures.separatedBorders).toEqual([['A', 'C']]);
    expect(measures.borderCount).toBe(3);
  });

  it('counts touching tiles of forces that do not border: B–C and C–D', () => {
    expect(measures.falseNeighbourCount).toBe(2);
  });

  it('counts each region’s connected groups of tiles', () => {
    expect(Object.fromEntries(measures.groupsByRegion)).toEqual({ R1: 2, R2: 1 });
  });
});
