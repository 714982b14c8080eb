import { describe, expect, inject, it } from 'vitest';
import { screenshot, useAppPage, waitForMapIdle } from './browser';

const DORSET = 'E23000039';

/** The tile map's hexagons, by force code. */
const TILES = '.tile-map path[data-code]';

describe('the tile map (view=tiles; issue 16)', () => {
  const app = useAppPage(() => inject('baseUrl'), '?view=tiles&year=2019-20');

  it('draws the 43 forces as 43 equal hexagons, each labelled inside its tile', async () => {
    const { page } = app();
    expect(await page.evaluate(() => window.pfaAtlas!.renderer())).toBe('tiles');
    expect(await page.locator(TILES).count()).toBe(43);
    const shapes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGPathElement>('.tile-map path[data-code]')].map((tile, i) => {
        const box = tile.getBoundingClientRect();
        const label = document.querySelectorAll<SVGTextElement>('.tile-map .tile-label')[i]!.getBoundingClientRect();
        return {
          width: box.width,
          height: box.height,
          labelInside: label.left >= box.left - 1 && label.right <= box.right + 1 && label.top >= box.top && label.bottom <= box.bottom,
          labelHeight: label.height,
        };
      }),
    );
    const [first] = shapes;
    for (const shape of shapes) {
      expect(shape.width).toBeCloseTo(first!.width, 0);
      expect(shape.height).toBeCloseTo(first!.height, 0);
      expect(shape.labelInside).toBe(true);
      expect(shape.labelHeight).toBeGreaterThan(7);
    }
    expect(first!.width).toBeGreaterThan(40);
    await screenshot(page, 'tile-map-1280');
  });

  it('colours each tile as the geographic map colours its force, and switches between them keeping the link', async () => {
    const { page } = app();
    const tiles = await page.evaluate(() => window.pfaAtlas!.renderedFills());
    expect(Object.values(tiles).filter((fill) => fill !== null).length).toBeGreaterThan(40);
    await page.click('.view-switch-button[data-view="map"]');
    await page.waitForFunction(() => window.pfaAtlas!.renderer() !== 'tiles');
    await waitForMapIdle(page);
    await page.waitForFunction(() => !window.location.search.includes('view='));
    expect(await page.evaluate(() => window.pfaAtlas!.renderedFills())).toEqual(tiles);
    await page.click('.view-switch-button[data-view="tiles"]');
    await page.waitForFunction(() => window.pfaAtlas!.renderer() === 'tiles');
    // The address is written a task after the change.
    await page.waitForFunction(() => window.location.search.includes('view=tiles'));
    expect(await page.locator('.view-switch-button[data-view="tiles"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('chooses a force by its tile: the force, its region in focus, the rest dimmed', async () => {
    const { page } = app();
    await page.locator(`${TILES}[data-code="${DORSET}"]`).click();
    await page.waitForFunction(() => window.location.search.includes('force=dorset'));
    await waitForMapIdle(page);
    expect(page.url()).toContain('region=south-west');
    expect(await page.evaluate(() => window.pfaAtlas!.regionOutlineCount())).toBe(1);
    const dimmed = await page.evaluate(() => window.pfaAtlas!.dimmedCodes());
    expect(dimmed).toHaveLength(43 - 5);
    expect(dimmed).not.toContain(DORSET);
    // The region fills the frame: Dorset's tile is larger than at the national view, and wholly in view.
    const box = (await page.evaluate((code) => window.pfaAtlas!.pageBoxOf(code), DORSET))!;
    const frame = (await page.locator('#map').boundingBox())!;
    expect(box.right - box.left).toBeGreaterThan(80);
    expect(box.left).toBeGreaterThanOrEqual(frame.x);
    expect(box.bottom).toBeLessThanOrEqual(frame.y + frame.height);
    await screenshot(page, 'tile-map-south-west');
  });

  it('moves by keyboard between touching tiles: the arrow to the tile drawn that way, Enter to choose it, Escape to go back up', async () => {
    const { page } = app();
    // Bedfordshire and Suffolk do not border (the arrow on the geographic map goes to Hertfordshire), but their tiles touch.
    await page.goto(`${inject('baseUrl')}?view=tiles&region=east-of-england&force=bedfordshire`);
    await waitForMapIdle(page);
    await page.focus('#map');
    await page.keyboard.press('ArrowRight');
    const card = page.locator('.tooltip');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain('Suffolk');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.search.includes('force=suffolk'));
    expect(await page.evaluate(() => window.pfaAtlas!.renderer())).toBe('tiles');
    await page.keyboard.press('Escape'); // closes the card
    await page.keyboard.press('Escape'); // lets go of the force
    await page.waitForFunction(() => !window.location.search.includes('force='));
    await page.keyboard.press('Escape'); // and of the region
    await page.waitForFunction(() => !window.location.search.includes('region='));
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.pfaAtlas!.dimmedCodes())).toEqual([]);
  });
});
