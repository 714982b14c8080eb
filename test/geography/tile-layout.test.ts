import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hexCentre } from '../../src/geography/hex-grid';
import { forceInDirection } from '../../src/geography/neighbours';
import { TILE_RADIUS, tileBox, tileCorners, tileGraph, tileGroupOutline, tileLayoutSchema, type TileLayout } from '../../src/geography/tile-layout';

const committed = tileLayoutSchema.parse(JSON.parse(readFileSync(new URL('../../geo/pfa-tiles.json', import.meta.url), 'utf8')));

function layoutOf(cells: [string, number, number][]): TileLayout {
  return { grid: 'hex-pointy-axial', forces: cells.map(([code, q, r]) => ({ code, short: code, region: 'Wales', q, r })) };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('tileCorners', () => {
  it('puts six corners a circumradius from the centre, the first straight above it', () => {
    const corners = tileCorners({ x: 2, y: 3 });
    expect(corners).toHaveLength(6);
    for (const corner of corners) expect(distance(corner, { x: 2, y: 3 })).toBeCloseTo(TILE_RADIUS, 12);
    expect(corners[0]!.x).toBeCloseTo(2, 12);
    expect(corners[0]!.y).toBeLessThan(3);
  });

  it('makes neighbouring tiles share a side, with no gap and no overlap', () => {
    // East neighbour: this tile's right side (corners 1–2) is the other's left side (corners 5–4).
    const a = tileCorners(hexCentre({ q: 0, r: 0 }));
    const b = tileCorners(hexCentre({ q: 1, r: 0 }));
    expect(distance(a[1]!, b[5]!)).toBeCloseTo(0, 12);
    expect(distance(a[2]!, b[4]!)).toBeCloseTo(0, 12);
  });
});

describe('tileBox', () => {
  it('spans the tiles from side to side and from top corner to bottom corner', () => {
    const layout = layoutOf([
      ['a', 0, 0],
      ['b', 1, 0],
      ['c', 0, 1],
    ]);
    const box = tileBox(layout);
    expect(box.left).toBeCloseTo(-0.5, 12);
    expect(box.right).toBeCloseTo(1.5, 12);
    expect(box.top).toBeCloseTo(-TILE_RADIUS, 12);
    expect(box.bottom).toBeCloseTo(Math.sqrt(3) / 2 + TILE_RADIUS, 12);
    expect(tileBox(layout, new Set(['c'])).left).toBeCloseTo(0, 12);
  });
});

describe('tileGroupOutline', () => {
  it('outlines a lone tile with its six sides, and two touching tiles with ten', () => {
    const layout = layoutOf([
      ['a', 0, 0],
      ['b', 1, 0],
      ['c', 3, 3],
    ]);
    expect(tileGroupOutline(layout, new Set(['c']))).toHaveLength(6);
    expect(tileGroupOutline(layout, new Set(['a', 'b']))).toHaveLength(10);
  });

  it('draws a closed outline: every corner on it is the end of exactly two of its sides', () => {
    for (const region of new Set(committed.forces.map((force) => force.region))) {
      const codes = new Set(committed.forces.filter((force) => force.region === region).map((force) => force.code));
      const ends = new Map<string, number>();
      for (const side of tileGroupOutline(committed, codes)) {
        for (const point of side) {
          const key = `${point.x.toFixed(6)},${point.y.toFixed(6)}`;
          ends.set(key, (ends.get(key) ?? 0) + 1);
        }
      }
      expect(
        [...ends.values()].every((count) => count % 2 === 0),
        region,
      ).toBe(true);
    }
  });
});

describe('tileGraph', () => {
  it('links the tiles that touch and no others', () => {
    const graph = tileGraph(
      layoutOf([
        ['a', 0, 0],
        ['b', 1, 0],
        ['c', 0, 1],
        ['d', 3, 3],
      ]),
    );
    expect([...graph.neighbours.get('a')!].sort()).toEqual(['b', 'c']);
    expect(graph.neighbours.get('d')).toEqual([]);
  });

  it('moves the arrow keys to the tile drawn in that direction', () => {
    // On the committed layout: Dorset's tile has Hampshire's to its right and Devon and Cornwall's to its left.
    const graph = tileGraph(committed);
    const dorset = 'E23000039';
    expect(forceInDirection(graph, dorset, 'right')).toBe('E23000030');
    expect(forceInDirection(graph, dorset, 'left')).toBe('E23000035');
  });
});
