import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, MultiPoint, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { regionOutline } from '../../src/geography/boundaries';
import { rewindForD3, rewindGeometryForD3, signedArea } from '../../src/geography/rewind-for-d3';
import { ENGLAND_AND_WALES, featureOf, features, topology } from '../export/boundary-fixture';

const DORSET = 'E23000039';
const MET = 'E23000001';
const CANVAS = 900;

// A 900 px square fitted to England and Wales and clipped to it, as the export draws.
const [[west, south], [east, north]] = ENGLAND_AND_WALES;
const corners: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [west, south],
    [east, north],
  ],
};
const box: [[number, number], [number, number]] = [
  [0, 0],
  [CANVAS, CANVAS],
];
const path = geoPath(geoMercator().precision(0).fitExtent(box, corners).clipExtent(box));
const boundsSize = (object: Feature | MultiPolygon) => {
  const [[x0, y0], [x1, y1]] = path.bounds(object);
  return { width: x1 - x0, height: y1 - y0 };
};
const ringsOf = (geometry: Polygon | MultiPolygon): Position[][][] => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

describe('rewindForD3', () => {
  it('is needed: drawn as GeoJSON winds it, a force floods the whole canvas', () => {
    expect(boundsSize(featureOf(DORSET))).toEqual({ width: CANVAS, height: CANVAS });
  });

  it('makes every force draw as itself: its bounds are small, not the canvas', () => {
    const dorset = boundsSize(rewindForD3(featureOf(DORSET)));
    expect(dorset.width).toBeGreaterThan(20);
    expect(dorset.width).toBeLessThan(CANVAS / 4);
    expect(dorset.height).toBeLessThan(CANVAS / 4);
    for (const force of features) {
      const { width, height } = boundsSize(rewindForD3(force));
      // North Wales and Dyfed-Powys are the widest; none comes near the canvas.
      expect(width, force.properties.name).toBeLessThan(CANVAS / 2);
      expect(height, force.properties.name).toBeLessThan(CANVAS / 2);
    }
  });

  it('winds outer rings clockwise and holes anticlockwise (the Met has the City as a hole)', () => {
    const met = rewindForD3(featureOf(MET));
    const [outer, hole] = ringsOf(met.geometry)[0]!;
    expect(signedArea(outer!)).toBeLessThan(0);
    expect(signedArea(hole!)).toBeGreaterThan(0);
    // The hole cuts the City out of the Met's fill.
    const withoutHole: Polygon = { type: 'Polygon', coordinates: [outer!] };
    const city = path.area(rewindForD3(featureOf('E23000034')));
    expect(path.area(withoutHole) - path.area(met)).toBeCloseTo(city, 0);
  });

  it('is safe to apply twice, and does not change its input', () => {
    const dorset = featureOf(DORSET);
    const before = JSON.stringify(dorset);
    const once = rewindForD3(dorset);
    expect(rewindForD3(once)).toEqual(once);
    expect(JSON.stringify(dorset)).toBe(before);
    expect(once.properties).toEqual(dorset.properties);
    expect(once.id).toBe(dorset.id);
  });

  it('drops rings with no area, which d3 could read as the whole sphere', () => {
    const sliver: Position[] = [
      [0, 51],
      [0.1, 51],
      [0, 51],
    ];
    const square: Position[] = [
      [0, 51],
      [0.1, 51],
      [0.1, 51.1],
      [0, 51.1],
      [0, 51],
    ];
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [[sliver], [square, sliver]] };
    const rewound = rewindGeometryForD3(geometry);
    expect(rewound.coordinates).toHaveLength(1);
    expect(rewound.coordinates[0]).toHaveLength(1);
    expect(signedArea(rewound.coordinates[0]![0]!)).toBeLessThan(0);
  });

  it('rewinds a region outline from topojson merge too', () => {
    const southWest = regionOutline(topology, 'South West');
    expect(boundsSize(southWest)).toEqual({ width: CANVAS, height: CANVAS });
    const { width, height } = boundsSize(rewindGeometryForD3(southWest));
    expect(width).toBeLessThan(CANVAS / 2);
    expect(height).toBeLessThan(CANVAS / 2);
  });
});

describe('signedArea', () => {
  it('is positive anticlockwise, negative clockwise, for closed and open rings alike', () => {
    const anticlockwise = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    expect(signedArea(anticlockwise)).toBe(1);
    expect(signedArea([...anticlockwise, [0, 0]])).toBe(1);
    expect(signedArea([...anticlockwise].reverse())).toBe(-1);
  });
});
