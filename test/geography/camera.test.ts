import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitCamera, mercatorAspect, mercatorY, scaleOfZoom } from '../../src/geography/camera';
import { ENGLAND_AND_WALES_BOUNDS } from '../../src/geography/map-bounds';

describe('the camera both maps place themselves by', () => {
  it('puts the bounds in the frame, touching the padding on the tighter side, centred on the other', () => {
    const width = 500;
    const height = 600;
    const camera = fitCamera(ENGLAND_AND_WALES_BOUNDS, width, height, 16);
    const projection = geoMercator()
      .scale(scaleOfZoom(camera.zoom))
      .center(camera.center)
      .translate([width / 2, height / 2]);
    const [[west, south], [east, north]] = ENGLAND_AND_WALES_BOUNDS;
    const [x0, y1] = projection([west, south])!;
    const [x1, y0] = projection([east, north])!;
    // England and Wales is taller than wide in Web Mercator (about 1.2): it touches the padding above and below.
    expect(y0).toBeCloseTo(16, 6);
    expect(y1).toBeCloseTo(height - 16, 6);
    expect((x0 + x1) / 2).toBeCloseTo(width / 2, 6);
    expect(x0).toBeGreaterThan(16);
  });

  it('means by zoom what MapLibre means: the world 512 · 2^z pixels wide', () => {
    expect(scaleOfZoom(0) * 2 * Math.PI).toBeCloseTo(512, 9);
    expect(scaleOfZoom(3) / scaleOfZoom(2)).toBeCloseTo(2, 9);
  });

  it('measures a box’s height over width as Web Mercator draws it', () => {
    // One degree square at the equator is as tall as it is wide; further north it is taller.
    expect(
      mercatorAspect([
        [0, -0.5],
        [1, 0.5],
      ]),
    ).toBeCloseTo(1, 3);
    expect(mercatorAspect(ENGLAND_AND_WALES_BOUNDS)).toBeCloseTo((mercatorY(55.85) - mercatorY(49.85)) / ((8.2 * Math.PI) / 180), 9);
    expect(mercatorAspect(ENGLAND_AND_WALES_BOUNDS)).toBeGreaterThan(1.15);
    expect(() =>
      mercatorAspect([
        [1, 50],
        [0, 51],
      ]),
    ).toThrow(RangeError);
  });
});
