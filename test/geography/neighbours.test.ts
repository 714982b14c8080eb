import { describe, expect, it } from 'vitest';
import { boundariesOf, parseTopology } from '../../src/geography/boundaries';
import { forceGraph, forceInDirection, nearestForce, type ForceGraph } from '../../src/geography/neighbours';
import { forceTable, readGeneratedJson } from '../helpers';

const graph = forceGraph(boundariesOf(parseTopology(readGeneratedJson('pfa.topo.json'))));
const code = (name: string) => forceTable.forces.find((force) => force.name === name)!.code;
const name = (found: string | undefined) => forceTable.forces.find((force) => force.code === found)?.name;

describe('forceGraph', () => {
  it('finds each force’s neighbours by their shared borders', () => {
    const dorset = graph.neighbours
      .get(code('Dorset'))!
      .map((neighbour) => name(neighbour))
      .sort();
    expect(dorset).toEqual(['Avon and Somerset', 'Devon and Cornwall', 'Hampshire', 'Wiltshire']);
    expect(graph.neighbours.get(code('City of London'))!.map(name)).toEqual(['Metropolitan Police']);
  });
});

describe('forceInDirection: the arrow keys across the map', () => {
  it.each([
    ['Dorset', 'left', 'Devon and Cornwall'],
    ['Dorset', 'right', 'Hampshire'],
    ['Dorset', 'up', 'Wiltshire'],
    ['Kent', 'left', 'Surrey'],
    ['Kent', 'up', 'Metropolitan Police'],
    ['Metropolitan Police', 'up', 'City of London'],
    ['Cumbria', 'down', 'Lancashire'],
    ['Northumbria', 'down', 'Durham'],
    ['Durham', 'up', 'Northumbria'],
    ['North Wales', 'down', 'Dyfed-Powys'],
    ['Norfolk', 'down', 'Suffolk'],
  ] as const)('from %s, %s goes to %s', (from, direction, to) => {
    expect(name(forceInDirection(graph, code(from), direction))).toBe(to);
  });

  it('stays within the region in focus when asked to', () => {
    const southWest = new Set(forceTable.forces.filter((force) => force.region === 'South West').map((force) => force.code));
    expect(name(forceInDirection(graph, code('Dorset'), 'right', southWest))).toBe('Wiltshire');
    expect(forceInDirection(graph, code('Devon and Cornwall'), 'left', southWest)).toBeUndefined();
  });

  it('reaches beyond the coast when no neighbour lies that way, and stops at the edge of the map', () => {
    const toy: ForceGraph = {
      neighbours: new Map([
        ['A', ['B']],
        ['B', ['A']],
        ['C', []],
      ]),
      centres: new Map([
        ['A', [0, 50]],
        ['B', [1, 50]],
        ['C', [0, 51]],
      ]),
    };
    expect(forceInDirection(toy, 'A', 'right')).toBe('B');
    expect(forceInDirection(toy, 'A', 'up')).toBe('C');
    expect(forceInDirection(toy, 'A', 'left')).toBeUndefined();
  });
});

describe('nearestForce: where the keyboard starts', () => {
  it('is the force nearest the middle of the view, within the region in focus when there is one', () => {
    expect(name(nearestForce(graph, [-1.5, 52.6]))).toBe('West Midlands');
    const wales = new Set(forceTable.forces.filter((force) => force.region === 'Wales').map((force) => force.code));
    expect(name(nearestForce(graph, [-1.5, 52.6], wales))).toBe('Gwent');
  });
});
