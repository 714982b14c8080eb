import { describe, expect, it } from 'vitest';
import { escapeStep, nextKeyboardForce } from '../../src/app/keyboard-navigation';
import { boundariesOf, parseTopology } from '../../src/geography/boundaries';
import { forceGraph } from '../../src/geography/neighbours';
import { forceTable, readGeneratedJson } from '../helpers';

const graph = forceGraph(boundariesOf(parseTopology(readGeneratedJson('pfa.topo.json'))));
/** The middle of England and Wales, where the map opens. */
const onMap = { graph, centre: [-2.3, 52.85] as const };
const code = (name: string) => forceTable.forces.find((force) => force.name === name)!.code;
const DORSET = code('Dorset');

describe('nextKeyboardForce', () => {
  it('starts at the chosen force, and moves to its neighbour', () => {
    expect(nextKeyboardForce(onMap, forceTable, { region: 'South West', force: DORSET }, undefined, 'left')).toBe(code('Devon and Cornwall'));
  });

  it('starts in the middle of the view when nothing is chosen', () => {
    expect(nextKeyboardForce(onMap, forceTable, { region: undefined, force: undefined }, undefined, 'up')).toBeDefined();
    const southWest = nextKeyboardForce({ graph, centre: [-3.75, 51] }, forceTable, { region: 'South West', force: undefined }, undefined, 'up');
    expect(forceTable.byCode.get(southWest!)?.region).toBe('South West');
  });

  it('stays on the force at the edge of the region, rather than leaving it', () => {
    expect(nextKeyboardForce(onMap, forceTable, { region: 'South West', force: undefined }, code('Devon and Cornwall'), 'left')).toBe(
      code('Devon and Cornwall'),
    );
  });
});

describe('escapeStep', () => {
  it('closes a card first, then lets go of the force, then of the region', () => {
    expect(escapeStep({ region: 'South West', force: DORSET }, true)).toBe('close-card');
    expect(escapeStep({ region: 'South West', force: DORSET }, false)).toEqual({ force: undefined });
    expect(escapeStep({ region: 'South West', force: undefined }, false)).toEqual({ region: undefined });
    expect(escapeStep({ region: undefined, force: undefined }, false)).toBeUndefined();
  });
});
