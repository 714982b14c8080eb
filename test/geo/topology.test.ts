import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { checkTopology } from '../../geo/check-topology';
import { forceTable, readProjectFile } from '../helpers';

const topology = JSON.parse(readProjectFile('geo/pfa.topo.json')) as Topology;
type Props = { name: string; region: string };
const forces = topology.objects.forces as GeometryCollection<Props>;

describe('the boundary topology as committed (geo/pfa.topo.json)', () => {
  it('has one object per police force area, 43 in all, ids equal to data/forces.csv', () => {
    expect(forces.geometries).toHaveLength(43);
    const ids = forces.geometries.map((geometry) => String(geometry.id)).sort();
    expect(ids).toEqual(forceTable.forces.map((force) => force.code).sort());
  });

  it('carries each force name and region as properties', () => {
    const dorset = forces.geometries.find((geometry) => geometry.id === 'E23000039');
    expect(dorset?.properties).toMatchObject({ name: 'Dorset', region: 'South West' });
    for (const geometry of forces.geometries) {
      expect((geometry.properties as Props).region).toBe(forceTable.byCode.get(String(geometry.id))?.region);
    }
  });

  it('keeps every force with a real area, the City of London included', () => {
    const { areaKm2ByCode } = checkTopology(topology, forceTable);
    const city = areaKm2ByCode.get('E23000034')!;
    // The City is about 2.9 km²; simplification must neither drop nor bloat it.
    expect(city).toBeGreaterThan(2);
    expect(city).toBeLessThan(4);
  });

  it('keeps the islands: Isle of Wight (Hampshire), Anglesey (North Wales), Isles of Scilly (Devon and Cornwall)', () => {
    /** How many points the island polygon around (lon, lat) has; 0 when no polygon other than the largest holds it. */
    const islandAround = (code: string, lon: number, lat: number): number => {
      const geometry = forces.geometries.find((candidate) => candidate.id === code)!;
      const polygons = ((feature(topology, geometry) as GeoJSON.Feature).geometry as GeoJSON.MultiPolygon).coordinates;
      const largest = Math.max(...polygons.map((polygon) => polygon[0]!.length));
      const island = polygons.find((polygon) => polygon[0]!.length < largest && ringContains(polygon[0]!, lon, lat));
      return island?.[0]!.length ?? 0;
    };
    expect(islandAround('E23000030', -1.3, 50.67)).toBeGreaterThan(10); // Isle of Wight
    expect(islandAround('W15000001', -4.35, 53.28)).toBeGreaterThan(10); // Anglesey
    expect(islandAround('E23000035', -6.3, 49.925)).toBeGreaterThanOrEqual(4); // St Mary's, Isles of Scilly
  });

  it('is a real topology: shared borders are stored once', () => {
    const arcUses = new Map<number, number>();
    const visit = (value: unknown): void => {
      if (typeof value === 'number') {
        const index = value < 0 ? ~value : value;
        arcUses.set(index, (arcUses.get(index) ?? 0) + 1);
      } else if (Array.isArray(value)) value.forEach(visit);
    };
    for (const geometry of forces.geometries) visit('arcs' in geometry ? geometry.arcs : []);
    const shared = [...arcUses.values()].filter((uses) => uses === 2).length;
    expect(shared).toBeGreaterThan(80);
    expect(Math.max(...arcUses.values())).toBe(2);
  });

  it('stays within the 35 KB gzip budget', () => {
    const bytes = gzipSync(readProjectFile('geo/pfa.topo.json')).length;
    expect(bytes).toBeLessThan(35 * 1024);
  });
});

function ringContains(ring: GeoJSON.Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
