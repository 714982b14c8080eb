import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/forces/force-table';
import { forceTable } from '../helpers';

describe('the forces table (data/forces.csv)', () => {
  it('has the 43 police force areas of England and Wales, each code once', () => {
    expect(forceTable.forces).toHaveLength(43);
    expect(forceTable.byCode.size).toBe(43);
    expect(forceTable.forces.filter((force) => force.code.startsWith('W15'))).toHaveLength(4);
  });

  it('puts every force in one of the ten regions, none empty', () => {
    const regions = new Set(forceTable.forces.map((force) => force.region));
    expect([...regions].sort()).toEqual([...REGIONS].sort());
  });

  it('has the South West as Avon and Somerset, Devon and Cornwall, Dorset, Gloucestershire and Wiltshire', () => {
    const southWest = forceTable.forces.filter((force) => force.region === 'South West').map((force) => force.name);
    expect(southWest.sort()).toEqual(['Avon and Somerset', 'Devon and Cornwall', 'Dorset', 'Gloucestershire', 'Wiltshire']);
  });
});
