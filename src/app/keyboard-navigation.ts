import { forceInDirection, nearestForce, type Direction, type ForceGraph } from '../geography/neighbours';
import type { ForceTable } from '../forces/force-table';
import type { AppState } from '../state/app-state';

/**
 * The force an arrow key moves the keyboard to: from the force it is on
 * (or the one chosen), across to the neighbour in that direction, staying
 * within the region in focus; the first key starts at the force nearest
 * the middle of the view. The graph is the map's as drawn: borders on the
 * geographic map, touching tiles on the tile map.
 */
export function nextKeyboardForce(
  { graph, centre }: { graph: ForceGraph; centre: readonly [number, number] },
  forceTable: ForceTable,
  state: Pick<AppState, 'region' | 'force'>,
  current: string | undefined,
  direction: Direction,
): string | undefined {
  const among = state.region ? new Set(forceTable.forces.filter((force) => force.region === state.region).map((force) => force.code)) : undefined;
  const from = current ?? state.force;
  if (from === undefined) return nearestForce(graph, centre, among);
  return forceInDirection(graph, from, direction, among) ?? from;
}

/** What Escape undoes, one step at a time: a card, then the chosen force, then the region. */
export function escapeStep(state: Pick<AppState, 'region' | 'force'>, cardShown: boolean): 'close-card' | Partial<AppState> | undefined {
  if (cardShown) return 'close-card';
  if (state.force !== undefined) return { force: undefined };
  if (state.region !== undefined) return { region: undefined };
  return undefined;
}
