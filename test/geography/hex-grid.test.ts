import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hexCellAt, hexCentre, hexDistance, hexNeighbours } from '../../src/geography/hex-grid';

const cell = fc.record({ q: fc.integer({ min: -20, max: 20 }), r: fc.integer({ min: -20, max: 20 }) });
const distanceBetweenCentres = (a: { q: number; r: number }, b: { q: number; r: number }) => {
  const [p, o] = [hexCentre(a), hexCentre(b)];
  return Math.hypot(p.x - o.x, p.y - o.y);
};

describe('the pointy-top axial hex grid', () => {
  it('puts the six neighbours of a cell one unit from it and 60° apart, the first due east', () => {
    const centre = hexCentre({ q: 2, r: -3 });
    const angles = hexNeighbours({ q: 2, r: -3 }).map((neighbour) => {
      const point = hexCentre(neighbour);
      expect(Math.hypot(point.x - centre.x, point.y - centre.y)).toBeCloseTo(1, 12);
      return Math.round((Math.atan2(point.y - centre.y, point.x - centre.x) * 180) / Math.PI);
    });
    // y points south, so clockwise on screen is increasing angle.
    expect(angles).toEqual([0, 60, 120, 180, -120, -60]);
  });

  it('puts row r + 1 half a cell east and √3/2 south of row r', () => {
    expect(hexCentre({ q: 0, r: 1 })).toEqual({ x: 0.5, y: Math.sqrt(3) / 2 });
  });

  it('finds the cell whose hexagon holds a point: every point nearer a centre than half a unit is in its cell', () => {
    fc.assert(
      fc.property(cell, fc.double({ min: 0, max: 0.4999, noNaN: true }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), (home, radius, angle) => {
        const centre = hexCentre(home);
        expect(hexCellAt({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) })).toEqual(home);
      }),
    );
  });

  it('finds the cell with the nearest centre, for points every 0.02 units across several cells', () => {
    const cells = Array.from({ length: 121 }, (_, i) => ({ q: (i % 11) - 5, r: Math.floor(i / 11) - 5 }));
    const wrong: string[] = [];
    for (let x = -2; x <= 2; x += 0.02) {
      for (let y = -2; y <= 2; y += 0.02) {
        const distances = cells.map((candidate) => Math.hypot(hexCentre(candidate).x - x, hexCentre(candidate).y - y));
        const nearest = Math.min(...distances);
        const found = hexCellAt({ x, y });
        const foundCentre = hexCentre(found);
        // On a boundary between two cells either will do.
        if (Math.hypot(foundCentre.x - x, foundCentre.y - y) > nearest + 1e-9) wrong.push(`(${x.toFixed(2)}, ${y.toFixed(2)})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('counts steps between cells as a walk from neighbour to neighbour does', () => {
    // Breadth-first walk over neighbours from the origin, up to five steps.
    const steps = new Map<string, number>([['0,0', 0]]);
    let frontier = [{ q: 0, r: 0 }];
    for (let step = 1; step <= 5; step++) {
      frontier = frontier.flatMap(hexNeighbours).filter((next) => !steps.has(`${next.q},${next.r}`) && steps.set(`${next.q},${next.r}`, step));
    }
    for (const [key, step] of steps) {
      const [q, r] = key.split(',').map(Number) as [number, number];
      expect(hexDistance({ q: 0, r: 0 }, { q, r })).toBe(step);
    }
    expect(steps.size).toBe(1 + 3 * 5 * 6); // a hexagon of radius n holds 1 + 3n(n + 1) cells
  });

  it('says neighbours are one step apart and their centres one unit apart', () => {
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        const isNeighbour = hexNeighbours(a).some((n) => n.q === b.q && n.r === b.r);
        expect(hexDistance(a, b) === 1).toBe(isNeighbour);
        expect(Math.abs(distanceBetweenCentres(a, b) - 1) < 1e-9).toBe(isNeighbour);
      }),
    );
  });
});
