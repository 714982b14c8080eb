import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { boundsOf, forceFeatures, parseTopology, regionOutline } from '../../src/geography/boundaries';
import { readGeneratedJson } from '../helpers';

const topology = parseTopology(readGeneratedJson('pfa.topo.json')) as Topology;

describe('the app’s view of the boundaries', () => {
  it('gives 43 features, each with its ONS code as a property for MapLibre feature-state', () => {
    const features = forceFeatures(topology).features;
    expect(features).toHaveLength(43);
    expect(features.find((f) => f.properties.code === 'E23000039')?.properties).toMatchObject({ name: 'Dorset', region: 'South West' });
  });

  it('merges the South West into one outline whose bounds are the South West’s', () => {
    const outline = regionOutline(topology, 'South West');
    const [[west, south], [east, north]] = boundsOf(outline);
    expect(west).toBeCloseTo(-6.4, 0); // Isles of Scilly
    expect(south).toBeCloseTo(49.9, 0);
    expect(east).toBeGreaterThan(-1.9); // Wiltshire and Dorset's eastern edge
    expect(east).toBeLessThan(-1.4);
    expect(north).toBeGreaterThan(51.9); // Gloucestershire
    expect(north).toBeLessThan(52.2);
    // The mainland is one polygon once inner borders are gone.
    const largest = Math.max(...outline.coordinates.map((polygon) => polygon[0]!.length));
    expect(outline.coordinates.filter((polygon) => polygon[0]!.length === largest)).toHaveLength(1);
  });

  it('rejects a file that is not the app’s topology, saying so', () => {
    expect(() => parseTopology({ type: 'FeatureCollection', features: [] })).toThrow();
    expect(() => parseTopology({ type: 'Topology', arcs: [], objects: {} })).toThrow(/forces/);
    const forces = { type: 'GeometryCollection', geometries: [] };
    for (const arc of [
      [[0, 0]],
      [[0, 0], [1]],
      [
        [0, 0],
        [1, '2'],
      ],
      [
        [0, 0],
        [1, NaN],
      ],
      'arc',
    ]) {
      expect(
        () =>
          parseTopology({
            type: 'Topology',
            arcs: [
              [
                [0, 0],
                [1, 1],
              ],
              arc,
            ],
            objects: { forces },
          }),
        JSON.stringify(arc),
      ).toThrow(/arcs\.1|each arc/);
    }
    expect(
      parseTopology({
        type: 'Topology',
        arcs: [
          [
            [0, 0],
            [1, 1],
            [2, -3],
          ],
        ],
        objects: { forces },
      }).arcs,
    ).toEqual([
      [
        [0, 0],
        [1, 1],
        [2, -3],
      ],
    ]);
  });
});
