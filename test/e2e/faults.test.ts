import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, screenshot, upgradeByDrag, waitForMapIdle } from './browser';

const DORSET = 'E23000039';
const DORSET_INSIDE: [number, number] = [-2.3, 50.8];
const KENT_INSIDE: [number, number] = [0.7, 51.2];

async function coloured(page: Page): Promise<number> {
  return Object.values(await page.evaluate(() => window.pfaAtlas!.renderedFills())).filter((fill) => fill !== null).length;
}

describe('faults: nothing stuck, nothing misattributed', () => {
  const browser = useBrowser();

  it('says so and offers a retry when the figures cannot be loaded, and draws them once they can (item 1)', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let failing = true;
    await page.route('**/generated/offences/code-86.json', (route) =>
      failing ? route.fulfill({ status: 500, body: 'Internal Server Error' }) : route.continue(),
    );
    await page.goto(inject('baseUrl'));
    const panel = page.locator('#map-panel .error-panel');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.textContent()).toContain('could not be loaded');
    expect(await panel.textContent()).toContain('500');
    expect(await page.getAttribute('#app', 'aria-busy')).toBe('false');
    await screenshot(page, 'fault-figures-500');
    failing = false;
    await page.click('.failure-retry');
    await waitForMapIdle(page);
    expect(await panel.isHidden()).toBe(true);
    expect(await coloured(page)).toBe(42);
    await context.close();
  });

  it('shows nothing from the figures before under the name of figures that failed, and the link keeps what was asked (item 2)', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl'));
    await waitForMapIdle(page);
    await page.route('**/generated/datasets/nspcc-foi.json', (route) => route.fulfill({ status: 500, body: '' }));
    await page.selectOption('#dataset-select', 'nspcc-foi');
    const panel = page.locator('#map-panel .error-panel');
    await panel.waitFor({ state: 'visible' });
    expect(page.url()).toContain('dataset=nspcc-foi');
    expect(await page.textContent('#map-title')).toContain('NSPCC');
    // The Home Office figures' map, legend and table are not left on show under the NSPCC's name.
    for (const selector of ['.legend-slot', '.table-slot', '.map-layer']) {
      expect(
        await page
          .locator(selector)
          .first()
          .evaluate((element) => getComputedStyle(element).visibility),
        selector,
      ).toBe('hidden');
    }
    await context.close();
  });

  it('redraws every force after the WebGL context is lost and restored, and says what happened meanwhile (item 3)', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl') + '?year=2016-17');
    await waitForMapIdle(page);
    await upgradeByDrag(page);
    const before = await page.evaluate(() => window.pfaAtlas!.renderedFills());
    await page.evaluate(() => {
      const gl = document.querySelector<HTMLCanvasElement>('#map canvas')!.getContext('webgl2')!;
      (window as unknown as { lost: WEBGL_lose_context }).lost = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { lost: WEBGL_lose_context }).lost.loseContext();
    });
    await page.waitForFunction(() => document.querySelector('#map')?.getAttribute('data-graphics') === 'lost');
    expect(await page.textContent('.map-status')).toContain('reset by the browser');
    await page.evaluate(() => (window as unknown as { lost: WEBGL_lose_context }).lost.restoreContext());
    await page.waitForFunction(() => document.querySelector('#map')?.getAttribute('data-graphics') === 'ok', null, { timeout: 30_000 });
    expect(await page.evaluate(() => window.pfaAtlas!.renderedFills())).toEqual(before);
    expect(Object.values(before).filter((fill) => fill !== null)).toHaveLength(43);
    // And the canvas shows them: the pixels inside Dorset and Kent are their class colours.
    const pixels = await page.evaluate((points) => window.pfaAtlas!.pixelsAt(points), [DORSET_INSIDE, KENT_INSIDE]);
    expect(pixels[0]).toBe(before[DORSET]);
    expect(pixels[1]).toBe(before['E23000032']);
    await context.close();
  });

  it('keeps every later state reachable across Back and Forward, one entry per change (item 7)', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl'));
    await waitForMapIdle(page);
    const start = await page.evaluate(() => history.length);
    const steps: [string, () => Promise<unknown>][] = [
      ['dataset', () => page.selectOption('#dataset-select', 'nspcc-foi')],
      ['measure', () => page.selectOption('#measure-select', 'count')],
      ['region', () => page.selectOption('#region-select', 'South West')],
      ['dataset back', () => page.selectOption('#dataset-select', 'home-office')],
    ];
    const urls = [page.url()];
    for (const [, act] of steps) {
      await act();
      await waitForMapIdle(page);
      await page.waitForFunction((n) => history.length === n, start + urls.length);
      urls.push(page.url());
    }
    for (let i = urls.length - 2; i >= 0; i--) {
      await page.goBack();
      await waitForMapIdle(page);
      expect(page.url()).toBe(urls[i]);
    }
    for (let i = 1; i < urls.length; i++) {
      await page.goForward();
      await waitForMapIdle(page);
      expect(page.url()).toBe(urls[i]);
    }
    expect(await page.evaluate(() => history.length)).toBe(start + steps.length);
    await context.close();
  });

  it('makes one history entry of a scrub along the slider, however many years it passes (item 16; issue 12)', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl') + '?measure=count');
    await waitForMapIdle(page);
    const start = await page.evaluate(() => history.length);
    const slider = await page.locator('#year-slider').boundingBox();
    await page.mouse.move(slider!.x + slider!.width - 4, slider!.y + slider!.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(slider!.x + slider!.width - 4 - (i * (slider!.width - 8)) / 10, slider!.y + slider!.height / 2);
    await page.mouse.up();
    await page.waitForFunction(() => document.querySelector('#year-slider')?.getAttribute('aria-valuetext') === '2012/13');
    await waitForMapIdle(page);
    await page.waitForFunction(() => window.location.search.includes('year=2012-13'));
    expect(await page.evaluate(() => history.length)).toBe(start + 1);
    await page.goBack();
    await waitForMapIdle(page);
    expect(await page.locator('#year-slider').getAttribute('aria-valuetext')).toBe('2022/23');
    await context.close();
  });

  it('starts manual classes from the map’s breaks, and says at the field why typed breaks cannot be used, keeping the link honest (issue 12)', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl'));
    await waitForMapIdle(page);
    await page.click('#colours-button');
    await page.selectOption('#method-select', 'manual');
    await page.waitForFunction(() => window.location.search.includes('classify=manual'));
    expect(await page.inputValue('#method-select')).toBe('manual');
    expect(page.url()).toMatch(/breaks=[\d.]+(,[\d.]+){3}/);
    expect(await page.inputValue('#breaks-input')).toMatch(/^[\d.]+(, [\d.]+){3}$/);
    await page.fill('#breaks-input', '80, 20, abc');
    await page.keyboard.press('Enter');
    await page.locator('#breaks-error').filter({ hasText: 'is not a number' }).waitFor();
    await page.waitForFunction(() => !window.location.search.includes('classify=manual'));
    expect(await page.inputValue('#breaks-input')).toBe('80, 20, abc');
    expect(await page.inputValue('#method-select')).toBe('quantile');
    await context.close();
  });
});
