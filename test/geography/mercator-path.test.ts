import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitCamera, scaleOfZoom } from '../../src/geography/camera';
import { ENGLAND_AND_WALES_BOUNDS } from '../../src/geography/map-bounds';
import { mercatorPath, mercatorProjection } from '../../src/geography/mercator-path';

const view = { camera: fitCamera(ENGLAND_AND_WALES_BOUNDS, 500, 600), width: 500, height: 600 };

describe('mercatorProjection', () => {
  it('puts points where d3’s Web Mercator with the same camera does (the oracle)', () => {
    const d3 = geoMercator().scale(scaleOfZoom(view.camera.zoom)).center(view.camera.center).translate([250, 300]);
    const { project } = mercatorProjection(view);
    for (const point of [
      [-2.3, 50.8],
      [0.7, 51.2],
      [-6.4, 49.85],
      [1.8, 55.85],
      [-3.1, 53.4],
    ]) {
      const [x, y] = project(point);
      const [dx, dy] = d3(point as [number, number])!;
      expect(x).toBeCloseTo(dx, 6);
      expect(y).toBeCloseTo(dy, 6);
    }
  });

  it('inverts what it projects', () => {
    const { project, invert } = mercatorProjection(view);
    const [lon, lat] = invert(project([-2.3, 50.8]));
    expect(lon).toBeCloseTo(-2.3, 9);
    expect(lat).toBeCloseTo(50.8, 9);
  });
});

describe('mercatorPath', () => {
  it('draws every ring of every polygon, closed, to a tenth of a pixel', () => {
    const square = (x: number): number[][] => [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ];
    const project = ([lon, lat]: readonly number[]): [number, number] => [lon! * 10.04, lat! * 10];
    expect(mercatorPath({ type: 'MultiPolygon', coordinates: [[square(0)], [square(5)]] }, project)).toBe(
      'M0,0L10,0L10,10L0,10L0,0ZM50.2,0L60.2,0L60.2,10L50.2,10L50.2,0Z',
    );
  });
});
