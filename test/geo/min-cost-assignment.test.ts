import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minCostAssignment } from '../../geo/min-cost-assignment';

/** The least total over every way of giving each row its own column, by trying them all. */
function bruteForceLeastTotal(cost: number[][]): number {
  const columns = cost[0]!.length;
  const search = (row: number, used: Set<number>): number => {
    if (row === cost.length) return 0;
    let best = Infinity;
    for (let column = 0; column < columns; column++) {
      if (used.has(column)) continue;
      used.add(column);
      best = Math.min(best, cost[row]![column]! + search(row + 1, used));
      used.delete(column);
    }
    return best;
  };
  return search(0, new Set());
}

const totalOf = (cost: number[][], columnOfRow: number[]) => columnOfRow.reduce((sum, column, row) => sum + cost[row]![column]!, 0);

describe('minCostAssignment', () => {
  it('solves a small case by hand: the cheapest cells are not the ones each row wants most', () => {
    // Both rows want column 0; giving it to row 1 saves more (9 − 1) than it costs row 0 (2 − 1).
    expect(
      minCostAssignment([
        [1, 2, 5],
        [1, 9, 9],
      ]),
    ).toEqual([1, 0]);
  });

  it('finds the least total, each row its own column, for any matrix up to 5 rows by 7 columns', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 2 }))
      .chain(([rows, extra]) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: rows + extra, maxLength: rows + extra }), { minLength: rows, maxLength: rows }),
      );
    fc.assert(
      fc.property(matrix, (cost) => {
        const columnOfRow = minCostAssignment(cost);
        expect(new Set(columnOfRow).size).toBe(cost.length);
        expect(columnOfRow.every((column) => column >= 0 && column < cost[0]!.length)).toBe(true);
        expect(totalOf(cost, columnOfRow)).toBe(bruteForceLeastTotal(cost));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses more rows than columns', () => {
    expect(() => minCostAssignment([[1], [2]])).toThrow('2 rows cannot each get one of 1 columns');
  });
});
