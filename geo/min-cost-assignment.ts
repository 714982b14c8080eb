/**
 * The assignment problem: give each row its own column so that the sum of
 * the chosen costs is least. The Hungarian algorithm with potentials
 * (Kuhn–Munkres in Jonker–Volgenant's shortest augmenting path form),
 * O(rows² × columns); rows must not outnumber columns. Ties are broken by
 * index order, so the same matrix always gives the same answer.
 *
 * Returns, for each row, the index of its column.
 */
export function minCostAssignment(cost: readonly (readonly number[])[]): number[] {
  const rows = cost.length;
  const columns = cost[0]?.length ?? 0;
  if (rows > columns) throw new Error(`minCostAssignment: ${rows} rows cannot each get one of ${columns} columns`);
  if (cost.some((row) => row.length !== columns)) throw new Error('minCostAssignment: rows of different lengths');
  // 1-based, with row 0 and column 0 as the augmenting path's virtual start.
  const rowPotential = new Array<number>(rows + 1).fill(0);
  const columnPotential = new Array<number>(columns + 1).fill(0);
  const rowOfColumn = new Array<number>(columns + 1).fill(0);
  const previousColumn = new Array<number>(columns + 1).fill(0);
  for (let row = 1; row <= rows; row++) {
    rowOfColumn[0] = row;
    let column = 0;
    const slack = new Array<number>(columns + 1).fill(Infinity);
    const visited = new Array<boolean>(columns + 1).fill(false);
    do {
      visited[column] = true;
      const fromRow = rowOfColumn[column]!;
      let delta = Infinity;
      let nextColumn = 0;
      for (let j = 1; j <= columns; j++) {
        if (visited[j]) continue;
        const reduced = cost[fromRow - 1]![j - 1]! - rowPotential[fromRow]! - columnPotential[j]!;
        if (reduced < slack[j]!) {
          slack[j] = reduced;
          previousColumn[j] = column;
        }
        if (slack[j]! < delta) {
          delta = slack[j]!;
          nextColumn = j;
        }
      }
      for (let j = 0; j <= columns; j++) {
        if (visited[j]) {
          rowPotential[rowOfColumn[j]!]! += delta;
          columnPotential[j]! -= delta;
        } else {
          slack[j]! -= delta;
        }
      }
      column = nextColumn;
    } while (rowOfColumn[column] !== 0);
    do {
      const previous = previousColumn[column]!;
      rowOfColumn[column] = rowOfColumn[previous]!;
      column = previous;
    } while (column !== 0);
  }
  const columnOfRow = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= columns; j++) if (rowOfColumn[j] !== 0) columnOfRow[rowOfColumn[j]! - 1] = j - 1;
  return columnOfRow;
}
