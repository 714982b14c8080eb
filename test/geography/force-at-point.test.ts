import { describe, expect, it } from 'vitest';
import { forceFeatures, parseTopology } from '../../src/geography/boundaries';
import { forceContaining } from '../../src/geography/force-at-point';
import { readGeneratedJson } from '../helpers';

const forces = forceFeatures(parseTopology(readGeneratedJson('pfa.topo.json'))).features;

describe('forceContaining', () => {
  it('finds the force of a place well inside it', () => {
    // Dorchester, Maidstone, Carlisle, Cardiff.
    expect(forceContaining(forces, [-2.437, 50.715])).toBe('E23000039');
    expect(forceContaining(forces, [0.522, 51.272])).toBe('E23000032');
    expect(forceContaining(forces, [-2.933, 54.891])).toBe('E23000002');
    expect(forceContaining(forces, [-3.179, 51.481])).toBe('W15000003');
  });

  it('puts the City of London in its own force, not in the Metropolitan Police area around it', () => {
    // St Paul's Cathedral.
    expect(forceContaining(forces, [-0.0984, 51.5138])).toBe('E23000034');
    // Trafalgar Square, just outside the City.
    expect(forceContaining(forces, [-0.128, 51.508])).toBe('E23000001');
  });

  it('finds no force at sea or in Scotland', () => {
    expect(forceContaining(forces, [-5.0, 49.9])).toBeUndefined();
    expect(forceContaining(forces, [-3.19, 55.95])).toBeUndefined();
  });
});
