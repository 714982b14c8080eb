import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { layoutTiles, nearestDistinctCells, type TileForce } from '../../geo/tile-layout';
import { tileLayoutSchema } from '../../src/geography/tile-layout';
import { findTopology, tileLayoutFromTopology } from '../../geo/topology-tile-layout';
import { REGIONS } from '../../src/forces/force-table';
import { forceTable, readProjectFile } from '../helpers';
import { bordersBySharedArcs } from './borders-by-shared-arcs';

interface Cell {
  q: number;
  r: number;
}

// The grid's geometry written out here rather than taken from geo/hex-grid.ts:
// a pointy-top axial cell (q, r) touches these six, and its centre lies
// (2q + r) half-cells east of the origin.
const NEIGHBOUR_STEPS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, -1],
  [-1, 1],
] as const;
const touches = (a: Cell, b: Cell) => NEIGHBOUR_STEPS.some(([dq, dr]) => a.q + dq === b.q && a.r + dr === b.r);
const halfCellsEast = (cell: Cell) => 2 * cell.q + cell.r;

/** Connected groups among the cells (union–find). */
function groupCount(cells: readonly Cell[]): number {
  const parent = cells.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : root(parent[i]!));
  cells.forEach((a, i) => cells.forEach((b, j) => touches(a, b) && (parent[root(i)] = root(j))));
  return new Set(cells.map((_, i) => root(i))).size;
}

const committed = tileLayoutSchema.parse(JSON.parse(readProjectFile('geo/pfa-tiles.json')));
const tileOf = (code: string): Cell => {
  const tile = committed.forces.find((force) => force.code === code);
  if (!tile) throw new Error(`no tile for ${code}`);
  return tile;
};
const codeOf = (name: string) => forceTable.forces.find((force) => force.name === name)!.code;

describe('geo/pfa-tiles.json, the committed tile layout', () => {
  it('has every force of data/forces.csv exactly once, with its short label and region, listed by code', () => {
    const expected = forceTable.forces.map(({ code, short, region }) => ({ code, short, region })).sort((a, b) => a.code.localeCompare(b.code));
    expect(committed.forces.map(({ code, short, region }) => ({ code, short, region }))).toEqual(expected);
  });

  it('puts no two forces on one cell', () => {
    const cells = committed.forces.map(({ q, r }) => `${q},${r}`);
    expect(new Set(cells).size).toBe(43);
  });

  it("keeps each of the ten regions' tiles in one connected group", () => {
    const groups = Object.fromEntries(REGIONS.map((region) => [region, groupCount(committed.forces.filter((force) => force.region === region))]));
    expect(groups).toEqual(Object.fromEntries(REGIONS.map((region) => [region, 1])));
  });

  describe('reads as England and Wales', () => {
    const rowOf = (r: number) => committed.forces.filter((force) => force.r === r);
    const northRow = Math.min(...committed.forces.map((force) => force.r));
    const southRow = Math.max(...committed.forces.map((force) => force.r));

    it('Northumbria alone on the northern row', () => {
      expect(rowOf(northRow).map((force) => force.short)).toEqual(['Northumbria']);
    });

    it('Devon and Cornwall at the west end of the southern row, Kent at its east end', () => {
      const south = rowOf(southRow).sort((a, b) => a.q - b.q);
      expect(south[0]!.short).toBe('Devon & Cornwall');
      expect(south.at(-1)!.short).toBe('Kent');
    });

    it('every Welsh tile west of every English tile on its row', () => {
      for (const welsh of committed.forces.filter((force) => force.region === 'Wales')) {
        const english = rowOf(welsh.r).filter((force) => force.region !== 'Wales');
        expect(
          english.filter((force) => halfCellsEast(force) < halfCellsEast(welsh)).map((force) => force.short),
          welsh.short,
        ).toEqual([]);
      }
    });

    it('the Metropolitan Police and the City of London side by side on one row, the City to the east', () => {
      const met = tileOf(codeOf('Metropolitan Police'));
      const city = tileOf(codeOf('City of London'));
      expect(city).toMatchObject({ q: met.q + 1, r: met.r });
    });
  });
});

// The committed topology (npm run data:refresh makes it).
const topology = JSON.parse(readFileSync(findTopology()!, 'utf8')) as Topology;

describe('the layout against the boundary topology', () => {
  const bordersOf = bordersBySharedArcs(topology);

  it('finds the borders it checks against: every force has one, the City of London only the Met', () => {
    expect([...bordersOf.keys()].sort()).toEqual(forceTable.forces.map((force) => force.code).sort());
    expect([...bordersOf].filter(([, borders]) => borders.length === 0)).toEqual([]);
    expect(bordersOf.get(codeOf('City of London'))).toEqual([codeOf('Metropolitan Police')]);
  });

  /**
   * Forces the grid cannot put beside any force they border: none. Every
   * force fits, those with one or two neighbours included (the City of
   * London, beside the Met only; Northumbria; Cleveland). The islands are
   * no forces of their own: the Isle of Wight is in Hampshire, Anglesey in
   * North Wales, the Isles of Scilly in Devon and Cornwall.
   */
  const NOT_BESIDE_A_NEIGHBOUR: readonly string[] = [];

  it('gives every force a tile that touches the tile of a force it borders', () => {
    const stranded = committed.forces.filter((force) => !bordersOf.get(force.code)!.some((other) => touches(force, tileOf(other)))).map((force) => force.short);
    expect(stranded).toEqual(NOT_BESIDE_A_NEIGHBOUR);
  });

  it('is what `npm run data:refresh` makes from the committed topology', { timeout: 60_000 }, () => {
    expect(tileLayoutFromTopology(topology, forceTable).layout).toEqual(committed);
  });
});

describe('layoutTiles on hand-made forces (one unit = one cell step)', () => {
  const force = (code: string, x: number, y: number, region: string, borders: string[] = []): TileForce => ({
    code,
    region,
    position: { x, y },
    borders,
  });
  const byCode = (cells: { code: string; q: number; r: number }[]) => Object.fromEntries(cells.map(({ code, q, r }) => [code, { q, r }]));

  it('keeps a straight west–east line of bordering forces a line, in order', () => {
    const line = ['A', 'B', 'C', 'D', 'E'].map((code, i, codes) =>
      force(
        code,
        i,
        0,
        'R',
        [codes[i - 1], codes[i + 1]].filter((other): other is string => other !== undefined),
      ),
    );
    const cells = byCode(layoutTiles(line, { cellSpacing: 1 }));
    const { q, r } = cells.A!;
    expect(cells).toEqual({ A: { q, r }, B: { q: q + 1, r }, C: { q: q + 2, r }, D: { q: q + 3, r }, E: { q: q + 4, r } });
  });

  it('keeps a line along the grid diagonal on the diagonal', () => {
    const step = { x: 0.5, y: Math.sqrt(3) / 2 };
    const line = ['A', 'B', 'C', 'D'].map((code, i, codes) => force(code, i * step.x, i * step.y, 'R', i > 0 ? [codes[i - 1]!] : []));
    const cells = byCode(layoutTiles(line, { cellSpacing: 1 }));
    const { q, r } = cells.A!;
    expect(cells).toEqual({ A: { q, r }, B: { q, r: r + 1 }, C: { q, r: r + 2 }, D: { q, r: r + 3 } });
  });

  it('scales positions by the cell spacing', () => {
    const line = [force('A', 0, 0, 'R', ['B']), force('B', 50, 0, 'R', ['C']), force('C', 100, 0, 'R')];
    const cells = byCode(layoutTiles(line, { cellSpacing: 50 }));
    expect(cells.B!.q - cells.A!.q).toBe(1);
    expect(cells.C!.q - cells.A!.q).toBe(2);
  });

  it('brings two bordering forces of different regions, four cells apart, onto touching tiles', () => {
    const cells = byCode(layoutTiles([force('A', 0, 0, 'R1', ['B']), force('B', 4, 0, 'R2')], { cellSpacing: 1 }));
    expect(touches(cells.A!, cells.B!)).toBe(true);
    expect(halfCellsEast(cells.A!)).toBeLessThan(halfCellsEast(cells.B!));
  });

  it('brings two forces of one region, four cells apart and not bordering, onto touching tiles', () => {
    const cells = byCode(layoutTiles([force('A', 0, 0, 'R'), force('B', 4, 0, 'R')], { cellSpacing: 1 }));
    expect(touches(cells.A!, cells.B!)).toBe(true);
  });

  it('closes a gap between bordering forces when that costs less displacement than the gap', () => {
    // A and B each touch a force they border (C, D) where they are; moving B one step west, where it still
    // touches D, displaces it by one cell step, less than the charge for leaving A and B apart.
    const forces = [force('C', -1, 0, 'R1', ['A']), force('A', 0, 0, 'R1', ['B']), force('B', 2, 0, 'R2', ['D']), force('D', 1.5, Math.sqrt(3) / 2, 'R2')];
    const cells = byCode(layoutTiles(forces, { cellSpacing: 1 }));
    expect(touches(cells.A!, cells.B!)).toBe(true);
    expect(touches(cells.B!, cells.D!)).toBe(true);
  });

  it('keeps forces that do not border off touching tiles when that costs little displacement', () => {
    // B is nearer the cell beside A's than the one after it, but only by 0.2 cell steps squared.
    const cells = byCode(layoutTiles([force('A', 0, 0, 'R1'), force('B', 1.4, 0, 'R2')], { cellSpacing: 1 }));
    expect(touches(cells.A!, cells.B!)).toBe(false);
  });

  it('leaves forces that neither border nor share a region where they are', () => {
    const cells = byCode(layoutTiles([force('A', 0, 0, 'R1'), force('B', 4, 0, 'R2')], { cellSpacing: 1 }));
    expect(cells.B).toEqual({ q: cells.A!.q + 4, r: cells.A!.r });
  });

  it('gives the same layout for the same forces every time', () => {
    const forces = [force('A', 0, 0, 'R1', ['B']), force('B', 0.2, 0.1, 'R1', ['C']), force('C', 3, 1, 'R2'), force('D', 1, 2, 'R2')];
    expect(layoutTiles(forces, { cellSpacing: 1 })).toEqual(layoutTiles(forces, { cellSpacing: 1 }));
  });

  it('says which border names a force it was not given', () => {
    expect(() => layoutTiles([force('A', 0, 0, 'R', ['Z'])], { cellSpacing: 1 })).toThrow('A borders Z, which is not among the forces');
  });
});

describe('nearestDistinctCells (the assignment, for the grid as it lies)', () => {
  it('gives each point its own cell when no two want the same one', () => {
    expect(
      nearestDistinctCells([
        { x: 0.1, y: 0 },
        { x: 2.9, y: 0 },
        { x: 0.5, y: 0.8 },
      ]),
    ).toEqual([
      { q: 0, r: 0 },
      { q: 3, r: 0 },
      { q: 0, r: 1 },
    ]);
  });

  it('gives two points that want the same cell the two nearest cells, the more westerly point the more westerly cell', () => {
    // Both nearest to (0, 0); next nearest is (1, 0), 0.75 and 0.8 away; every other cell is over 0.9 away.
    expect(
      nearestDistinctCells([
        { x: 0.25, y: 0 },
        { x: 0.2, y: 0 },
      ]),
    ).toEqual([
      { q: 1, r: 0 },
      { q: 0, r: 0 },
    ]);
  });

  it('spreads three points that want one cell over it and two of its neighbours, at the least total squared displacement', () => {
    // All three nearest to (0, 0); the point furthest east takes (1, 0), the one furthest south (0, 1), centred at (0.5, 0.87).
    const cells = nearestDistinctCells([
      { x: 0.2, y: 0.25 },
      { x: 0.35, y: 0 },
      { x: 0, y: 0 },
    ]);
    expect(cells).toEqual([
      { q: 0, r: 1 },
      { q: 1, r: 0 },
      { q: 0, r: 0 },
    ]);
  });
});
