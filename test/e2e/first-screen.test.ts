import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, screenshot, waitForMapIdle, type AppPage } from './browser';

describe('first screen: England and Wales coloured by the default dataset', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, inject('baseUrl'));
    await waitForMapIdle(app.page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws all 43 forces, each coloured by a real figure of the latest year', async () => {
    const fills = await app.page.evaluate(() => window.pfaAtlas!.renderedFills());
    expect(Object.keys(fills)).toHaveLength(43);
    // The default dataset has a figure for every force, so none is hatched.
    expect(Object.values(fills).filter((fill) => fill === null)).toHaveLength(0);
    expect(new Set(Object.values(fills)).size).toBeGreaterThanOrEqual(4);
    await screenshot(app.page, 'first-screen');
  });

  it('shows colour on the canvas, not a blank map: pixels inside Dorset and Kent are classed colours', async () => {
    const pixels = await app.page.evaluate(() => window.pfaAtlas!.pixelsAt([[-2.3, 50.8], [0.7, 51.2]]));
    const fills = await app.page.evaluate(() => window.pfaAtlas!.renderedFills());
    expect(pixels[0]).toBe(fills['E23000039']);
    expect(pixels[1]).toBe(fills['E23000032']);
  });

  it('shows the ONS boundary and Home Office figure attribution', async () => {
    const source = await app.page.textContent('#source-line');
    expect(source).toContain('Office for National Statistics licensed under the Open Government Licence v.3.0');
    expect(source).toContain('Contains OS data © Crown copyright and database right 2022');
    expect(source).toContain('Home Office');
  });

  it('asks nothing of any other origin and logs no errors', () => {
    const origin = new URL(inject('baseUrl')).origin;
    expect(app.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
