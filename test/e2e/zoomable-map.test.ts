import { describe, expect, inject, it } from 'vitest';
import { upgradeByDrag, useAppPage } from './browser';

// Points well inside four forces, far from their borders: Dorset, Kent, Cumbria, Dyfed-Powys.
const INTERIORS: [number, number][] = [
  [-2.3, 50.8],
  [0.7, 51.2],
  [-3.0, 54.6],
  [-3.9, 52.2],
];

/** Degrees of longitude or latitude the view may differ by: under a pixel at England-and-Wales zoom. */
const VIEW_TOLERANCE = 0.01;

describe('the SVG first map gives way to MapLibre with no jump (issue 14)', () => {
  const app = useAppPage(() => inject('baseUrl'), '?year=2019-20&measure=count');

  it('keeps the view, and every force its colour, when a drag brings MapLibre in', async () => {
    const { page, requests } = app();
    expect(await page.getAttribute('#map', 'data-renderer')).toBe('svg');
    expect(
      requests.some((url) => /map-view-[^/]*\.js$/.test(url)),
      'MapLibre is not loaded for the first view',
    ).toBe(false);
    const before = await page.evaluate(
      async (points) => ({
        bounds: window.pfaAtlas!.viewBounds(),
        fills: window.pfaAtlas!.renderedFills(),
        pixels: await window.pfaAtlas!.pixelsAt(points),
      }),
      INTERIORS,
    );
    const pixelsBefore = before.pixels;
    expect(
      pixelsBefore.every((pixel) => pixel !== null),
      'every interior point is on the SVG map',
    ).toBe(true);

    await upgradeByDrag(page);

    expect(requests.some((url) => /map-view-[^/]*\.js$/.test(url))).toBe(true);
    const after = await page.evaluate(() => window.pfaAtlas!.viewBounds());
    for (const side of ['west', 'south', 'east', 'north'] as const) {
      expect(Math.abs(after[side] - before.bounds[side]), side).toBeLessThan(VIEW_TOLERANCE);
    }
    expect(await page.evaluate(() => window.pfaAtlas!.renderedFills())).toEqual(before.fills);
    // The canvas shows the same class colours where the SVG map showed them.
    expect(await page.evaluate((points) => window.pfaAtlas!.pixelsAt(points), INTERIORS)).toEqual(pixelsBefore);
  });
});
