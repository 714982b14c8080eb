import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { findTopology, tileForcesFromTopology } from '../../geo/topology-tile-layout';
import { forceTable } from '../helpers';
import { bordersBySharedArcs } from './borders-by-shared-arcs';

describe('findTopology', () => {
  it('takes the path it is given, resolved from the working directory, and says when there is nothing there', () => {
    expect(findTopology('geo/pfa.topo.json')).toBe(path.resolve('geo/pfa.topo.json'));
    expect(findTopology('some/where.topo.json')).toBeUndefined();
  });
});

// The committed topology (npm run data:refresh makes it).
const topology = JSON.parse(readFileSync(findTopology()!, 'utf8')) as Topology;

describe('tileForcesFromTopology', () => {
  const { forces, cellSpacingKm } = tileForcesFromTopology(topology, forceTable);
  const byName = (name: string) => {
    const code = forceTable.forces.find((force) => force.name === name)!.code;
    return forces.find((force) => force.code === code)!;
  };

  it('gives each force the region of data/forces.csv and the borders its geometry shares arcs with', () => {
    const oracle = bordersBySharedArcs(topology);
    for (const force of forces) {
      expect(force.region).toBe(forceTable.byCode.get(force.code)!.region);
      expect([...force.borders].sort(), force.code).toEqual([...oracle.get(force.code)!].sort());
    }
    expect(forces).toHaveLength(43);
  });

  it('sizes a tile at the mean area of a force: England and Wales, about 151,000 km², over 43 hexagons', () => {
    // England and Wales cover about 151,000 km² of land (ONS): 151,000 / 43 ≈ 3,510 km², and a hexagon
    // of that area has neighbours √(3,510 / (√3/2)) ≈ 63.7 km apart.
    expect(cellSpacingKm).toBeGreaterThan(62.5);
    expect(cellSpacingKm).toBeLessThan(65);
  });

  it('places forces in kilometres on a plane, x east of 2° W, y growing southwards', () => {
    // The City of London lies about 0.09° W, 51.515° N: on a transverse Mercator of 2° W that is
    // R·atanh(cos 51.515° · sin 1.908°) = 132.0 km east of the central meridian.
    expect(byName('City of London').position.x).toBeCloseTo(132, 0);
    const distanceToMet = Math.hypot(
      byName('City of London').position.x - byName('Metropolitan Police').position.x,
      byName('City of London').position.y - byName('Metropolitan Police').position.y,
    );
    expect(distanceToMet).toBeLessThan(10);
    const ys = forces.map((force) => force.position.y);
    const xs = forces.map((force) => force.position.x);
    expect(byName('Northumbria').position.y).toBe(Math.min(...ys));
    expect(byName('Devon and Cornwall').position.y).toBe(Math.max(...ys));
    expect(byName('Devon and Cornwall').position.x).toBe(Math.min(...xs));
    expect(byName('Suffolk').position.x).toBe(Math.max(...xs));
  });
});
