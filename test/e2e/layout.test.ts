import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openApp, screenshot, waitForMapIdle } from './browser';

describe('layout from a 375 px phone to a wide desktop', () => {
  const browser = useBrowser();

  for (const viewport of [
    { width: 375, height: 812 },
    { width: 1920, height: 1080 },
  ]) {
    it(`fits ${viewport.width} px without sideways scrolling, with map, legend, timeline and source line`, async () => {
      const { page, context } = await openApp(browser(), inject('baseUrl') + '?dataset=nspcc-foi&year=2020-21&region=south-west&force=dorset', viewport);
      await waitForMapIdle(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      for (const selector of ['#map svg.svg-map', '.legend-rows', '#year-slider', '#source-line']) {
        const box = await page.locator(selector).boundingBox();
        expect(box?.width, selector).toBeGreaterThan(100);
      }
      // The table of the region's forces fits too, every column in view without scrolling it: below the map, or on a wide screen in its place.
      if (!(await page.locator('#force-table').isVisible())) await page.click('.view-switch-button[data-view="table"]');
      const table = await page.evaluate(() => {
        const scroll = document.querySelector('#force-table')!.closest('.table-scroll')!;
        return { scrollWidth: scroll.scrollWidth, clientWidth: scroll.clientWidth };
      });
      expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth);
      await screenshot(page, `layout-${viewport.width}`);
      await page.screenshot({ path: `${(await import('./browser')).screenshotDir}/layout-${viewport.width}-full.png`, fullPage: true });
      await context.close();
    });
  }

  it('on a touch phone, a tap on Dorset shows its tooltip and opens its profile', async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + '?year=2016-17');
    await waitForMapIdle(page);
    // On a phone the map starts below the controls: bring Dorset into the viewport first.
    await page.evaluate(() => document.querySelector('#map')!.scrollIntoView({ block: 'end' }));
    const point = await page.evaluate(() => window.pfaAtlas!.pagePointOf([-2.3, 50.8]));
    expect(point.y).toBeLessThan(812);
    await page.touchscreen.tap(point.x, point.y);
    await page.locator('.tooltip').waitFor({ state: 'visible' });
    expect(await page.locator('.tooltip').textContent()).toContain('24.5 per 100,000 people in 2016/17');
    await page.locator('#profile-title').waitFor();
    expect(page.url()).toContain('force=dorset');
    // The map glides to the South West; the card the tap opened goes with Dorset: beside it, not over it, not left behind.
    await waitForMapIdle(page);
    const card = (await page.locator('.tooltip').boundingBox())!;
    const dorset = (await page.evaluate(() => window.pfaAtlas!.pageBoxOf('E23000039')))!;
    const overlap =
      Math.max(0, Math.min(card.x + card.width, dorset.right) - Math.max(card.x, dorset.left)) *
      Math.max(0, Math.min(card.y + card.height, dorset.bottom) - Math.max(card.y, dorset.top));
    expect(overlap).toBe(0);
    // Beside: level with it (their heights overlap) or above or below it (their widths overlap), and close.
    const level = Math.min(card.y + card.height, dorset.bottom) > Math.max(card.y, dorset.top);
    const aboveOrBelow = Math.min(card.x + card.width, dorset.right) > Math.max(card.x, dorset.left);
    expect(level || aboveOrBelow).toBe(true);
    const gap = Math.hypot(
      Math.max(0, dorset.left - (card.x + card.width), card.x - dorset.right),
      Math.max(0, dorset.top - (card.y + card.height), card.y - dorset.bottom),
    );
    expect(gap).toBeLessThan(40);
    await screenshot(page, 'phone-tap-dorset');
    await context.close();
  });

  it('on a phone, a link to a force keeps the years in view above its sheet', async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + '?dataset=nspcc-foi&year=2020-21&region=south-west&force=dorset');
    await page.locator('#profile-title').waitFor();
    await waitForMapIdle(page);
    const slider = (await page.locator('#year-slider').boundingBox())!;
    const sheet = (await page.locator('.profile').boundingBox())!;
    expect(slider.y).toBeGreaterThan(0);
    expect(slider.y + slider.height).toBeLessThanOrEqual(sheet.y);
    await screenshot(page, 'phone-dorset-link');
    await context.close();
  });

  it('respects prefers-reduced-motion: region changes jump instead of flying', async () => {
    const context = await browser().newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await waitForMapIdle(page);
    await page.selectOption('#region-select', 'Wales');
    // With no animation the camera is on Wales by the second frame after the change (a flight takes 900 ms).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const bounds = await page.evaluate(() => window.pfaAtlas!.viewBounds());
    expect(bounds.north).toBeLessThan(54);
    expect(bounds.east).toBeLessThan(-1.5);
    await context.close();
  });
});
