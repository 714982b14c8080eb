import { describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, useBrowser, screenshot, waitForMapIdle } from './browser';

const DORSET = 'E23000039';
const DORSET_INSIDE: [number, number] = [-2.3, 50.8];

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
const inViewport = (box: Box, viewport: { width: number; height: number }) =>
  box.top >= 0 && box.left >= 0 && box.bottom <= viewport.height && box.right <= viewport.width;

async function boxOf(page: Page, selector: string): Promise<Box> {
  return page.locator(selector).evaluate((element) => {
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return { top, bottom, left, right };
  });
}

/** Layout shifts since the page began, as the Layout Instability API reports them (what Lighthouse's CLS adds up). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
}

describe('readable in the first ten seconds', () => {
  const browser = useBrowser();

  async function open(url: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, ...options });
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + url);
    await waitForMapIdle(page);
    return { context, page };
  }

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
    { width: 375, height: 812 },
  ]) {
    it(`shows the map, its legend and the year slider together without scrolling at ${viewport.width}×${viewport.height}, the map filling its frame, nothing shifting`, async () => {
      const phone = viewport.width < 500;
      const { context, page } = await open('', { viewport, ...(phone ? { hasTouch: true, isMobile: true } : {}) });
      for (const selector of ['#map', '.legend-rows', '#year-slider']) expect(inViewport(await boxOf(page, selector), viewport), selector).toBe(true);
      // England and Wales take most of the frame: the forces' extent against the frame's.
      const cover = await page.evaluate(() => {
        const frame = document.querySelector('#map')!.getBoundingClientRect();
        const forces = document.querySelector('#map .svg-map-forces')!.getBoundingClientRect();
        return (forces.width * forces.height) / (frame.width * frame.height);
      });
      expect(cover).toBeGreaterThan(0.6);
      expect(await layoutShift(page)).toBeLessThan(0.02);
      await screenshot(page, `first-view-${viewport.width}x${viewport.height}`);
      await context.close();
    });
  }

  it('separates the forces in the default view: no class holds more than 15 of the 43, and the legend says which year made the classes', async () => {
    const { context, page } = await open('');
    const fills = Object.values(await page.evaluate(() => window.pfaAtlas!.renderedFills()));
    const sizes = new Map<string, number>();
    for (const fill of fills) if (fill) sizes.set(fill, (sizes.get(fill) ?? 0) + 1);
    expect(sizes.size).toBe(5);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(15);
    expect(await page.textContent('.legend-note')).toContain('in 2022/23, used for every year');
    expect(await page.textContent('#map-subtitle')).toBe('Offences per 100,000 people, 2022/23, England and Wales');
    await context.close();
  });

  /** One finger drawn up the screen over the map, as a phone's touch screen sends it. */
  async function swipeUp(context: BrowserContext, page: Page): Promise<void> {
    const map = await boxOf(page, '#map');
    const cdp = await context.newCDPSession(page);
    const x = Math.round((map.left + map.right) / 2);
    let y = Math.round(map.top + (map.bottom - map.top) * 0.8);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 0; i < 12; i++) {
      y -= 20;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  it('scrolls the page, not the map, when one finger swipes over the map on a phone, before and after the zoomable map comes in', async () => {
    const { context, page } = await open('', { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    for (const renderer of ['svg', 'webgl']) {
      if (renderer === 'webgl') {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.click('.map-zoom-button[aria-label="Zoom in"]');
        await page.waitForFunction(() => document.querySelector('#map')?.getAttribute('data-renderer') === 'webgl' && !window.pfaAtlas!.moving());
      }
      const before = await page.evaluate(() => ({ scroll: window.scrollY, bounds: window.pfaAtlas!.viewBounds() }));
      await swipeUp(context, page);
      await page.waitForFunction((scroll) => window.scrollY > scroll + 100, before.scroll);
      expect(await page.evaluate(() => window.pfaAtlas!.viewBounds()), renderer).toEqual(before.bounds);
    }
    await context.close();
  });

  it('keeps keyboard focus on a force chosen from the table', async () => {
    // On a wide screen the table is a view in the map's place.
    const { context, page } = await open('?view=table');
    const dorset = page.locator(`#force-table tr[data-code="${DORSET}"] .row-link`);
    await dorset.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.search.includes('force=dorset'));
    await page.locator('#profile-title').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-code'))).toBe(DORSET);
    expect(await page.locator('#force-table tbody tr').count()).toBe(5);
    await context.close();
  });

  it('chooses a force from the map by keyboard, with a visible focus ring: arrows between neighbours, Enter to choose, Escape to go back up', async () => {
    const { context, page } = await open('?region=south-west&force=dorset');
    await page.focus('#map');
    // Drawn by the frame's ::after, over the map's layers (an inset shadow of the frame itself lies under them).
    const ring = await page.evaluate(() => getComputedStyle(document.querySelector('#map')!, '::after').boxShadow);
    expect(ring).not.toBe('none');
    await page.keyboard.press('ArrowLeft');
    const card = page.locator('.tooltip');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain('Devon and Cornwall');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.search.includes('force=devon-and-cornwall'));
    await page.keyboard.press('Escape'); // closes the card
    await page.keyboard.press('Escape'); // lets go of the force
    await page.waitForFunction(() => !window.location.search.includes('force='));
    expect(page.url()).toContain('region=south-west');
    await page.keyboard.press('Escape'); // and of the region
    await page.waitForFunction(() => !window.location.search.includes('region='));
    await context.close();
  });

  it('places the card beside the force it describes, never over it, and a tapped card can be closed', async () => {
    const { context, page } = await open('?year=2016-17', { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    const point = await page.evaluate((p) => window.pfaAtlas!.pagePointOf(p), DORSET_INSIDE);
    await page.touchscreen.tap(point.x, point.y);
    const card = page.locator('.tooltip');
    await card.waitFor({ state: 'visible' });
    const force = (await page.evaluate((code) => window.pfaAtlas!.pageBoxOf(code), DORSET))!;
    const box = await boxOf(page, '.tooltip');
    const overlaps = box.left < force.right && box.right > force.left && box.top < force.bottom && box.bottom > force.top;
    expect(overlaps).toBe(false);
    await page.locator('.tooltip-close').click();
    await card.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('switches between the map and the table on the page', async () => {
    const { context, page } = await open('');
    await page.click('.view-switch-button[data-view="table"]');
    await page.waitForFunction(() => window.location.search.includes('view=table'));
    expect(await page.locator('#map-panel').isHidden()).toBe(true);
    expect(await page.locator('#force-table tbody tr').count()).toBe(43);
    await page.click('.view-switch-button[data-view="map"]');
    await page.locator('#map-panel').waitFor({ state: 'visible' });
    await context.close();
  });

  it('keeps the legend’s colours under forced colours', async () => {
    const { context, page } = await open('');
    await page.emulateMedia({ forcedColors: 'active' });
    const swatches = await page
      .locator('.legend-row .swatch')
      .evaluateAll((elements) => elements.slice(0, 5).map((element) => getComputedStyle(element).backgroundColor));
    expect(new Set(swatches).size).toBe(5);
    for (const colour of swatches) expect(colour).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    await context.close();
  });

  it('makes every control at least 24 px each way', async () => {
    const { context, page } = await open('?region=south-west&force=dorset');
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, select, input, summary, [role="option"], a')]
        .filter((element) => element.offsetParent !== null && !element.closest('.visually-hidden, [hidden]'))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(
          ({ element, box }) =>
            `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className} ${Math.round(box.width)}×${Math.round(box.height)}`,
        ),
    );
    expect(small).toEqual([]);
    await context.close();
  });

  it('follows a dark system theme, and has no accessibility violations in light, dark, embedded and Welsh views', async () => {
    for (const mode of ['light', 'dark', 'embed', 'welsh'] as const) {
      const search = mode === 'welsh' ? '?region=south-west&force=dorset&lang=cy' : '?region=south-west&force=dorset';
      const { context, page } = await open(mode === 'embed' ? `embed.html${search}` : search, {
        colorScheme: mode === 'dark' ? 'dark' : 'light',
      });
      if (mode === 'dark') expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(20, 23, 27)');
      if (mode === 'embed') {
        expect(await page.locator('#controls').isVisible()).toBe(false);
        for (const selector of ['#map-title', '.legend-rows', '#year-slider', '#source-line'])
          expect(await page.locator(selector).isVisible(), selector).toBe(true);
        expect(await page.getAttribute('#open-full', 'href')).toMatch(/\/\?region=south-west&force=dorset$/);
      }
      if (mode === 'welsh') expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
      expect(await axeViolations(page), mode).toEqual([]);
      await screenshot(page, `mode-${mode}`);
      await context.close();
    }
  });

  it('opens About these figures from the header: what is counted, where from, what is left out and why, how rates are made', async () => {
    const { context, page } = await open('?offence=group:sexual-offences');
    await page.click('#about-button');
    const dialog = page.locator('#about-dialog');
    await dialog.waitFor({ state: 'visible' });
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Sexual offences recorded by police');
    expect(text).toContain('2023/24: only April to June published in this release');
    expect(text).toContain('British Transport Police');
    expect(text).toContain('per 1,000 people');
    expect(text).toContain('rounded to the nearest 100');
    await screenshot(page, 'about');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('shares the view: its link and a code to embed it', async () => {
    const { context, page } = await open('?region=south-west&force=dorset');
    await page.click('#share-button');
    await page.locator('#share-embed').waitFor({ state: 'visible' });
    expect(await page.inputValue('#share-link')).toMatch(/\/\?region=south-west&force=dorset$/);
    expect(await page.inputValue('#share-embed')).toMatch(/^<iframe src="[^"]+\/embed\.html\?region=south-west&amp;force=dorset" title="[^"]+\(PFA Atlas\)"/);
    await context.close();
  });
});
