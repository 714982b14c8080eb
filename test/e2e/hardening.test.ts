import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, useBrowser, openApp, openDownloads, screenshot, waitForMapIdle } from './browser';

/** Records Content-Security-Policy violations from the first script on. */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

describe('hardening', () => {
  const browser = useBrowser();

  it('runs under its strict Content-Security-Policy with no violation and no request to another origin, through every feature', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await recordCspViolations(page);
    await page.goto(inject('baseUrl') + '?dataset=nspcc-foi&year=2020-21&region=south-west&force=dorset');
    await waitForMapIdle(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    // Exercise the lazily loaded parts: chart, export, import worker.
    await page.locator('.profile-chart').waitFor();
    await openDownloads(page);
    await Promise.all([page.waitForEvent('download'), page.click('.export-buttons button:text-is("PNG 1×")')]);
    // The Download dialog is modal: closed, the page is the reader's again.
    await page.keyboard.press('Escape');
    await page.click('#import-panel summary');
    await page.fill('#import-paste', 'force,year,value\nDorset,2020/21,212');
    await page.click('button:text("Read the pasted table")');
    await page.locator('#import-use').waitFor();
    const origin = new URL(inject('baseUrl')).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('is served with its policy as headers: never framed but for embed.html, no inline styles or scripts (issue 15, item 23)', async () => {
    const context = await browser().newContext();
    const page = async (path: string) => (await context.request.get(new URL(path, inject('baseUrl')).href)).headers();
    const atlas = await page('./?region=south-west');
    const policy = atlas['content-security-policy']!;
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/style-src 'self'(;|$)/);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toContain('unsafe-inline');
    expect(atlas['x-frame-options']).toBe('DENY');
    expect(atlas['x-content-type-options']).toBe('nosniff');
    const embed = await page('./embed.html?region=south-west');
    expect(embed['content-security-policy']).toContain('frame-ancestors *');
    expect(embed['x-frame-options']).toBeUndefined();
    // Static hosts that read dist/_headers get the same.
    const headersFile = await (await context.request.get(new URL('./_headers', inject('baseUrl')).href)).text();
    expect(headersFile).toContain('/embed.html\n  Content-Security-Policy:');
    expect(headersFile).toContain("frame-ancestors 'none'");
    await context.close();
  });

  it('falls back to a d3 SVG map with the same colours and interactions when WebGL is unavailable', async () => {
    const noWebGl = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
    try {
      const { page } = await openApp(noWebGl, inject('baseUrl') + '?year=2016-17');
      await waitForMapIdle(page);
      expect(await page.evaluate(() => window.pfaAtlas!.renderer())).toBe('svg');
      expect(await page.locator('#map svg.svg-map path[data-code]').count()).toBe(43);
      // No zooming without WebGL2: asked when the reader first zooms (not on load, where making a graphics context is a long
      // task), the status line says why, and the buttons go.
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.locator('.map-status', { hasText: 'cannot draw the zoomable map' }).waitFor();
      await page.locator('.map-zoom').waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-roledescription'))).toBe('map');
      expect(await page.evaluate(() => window.pfaAtlas!.renderer())).toBe('svg');
      const fills = await page.evaluate(() => window.pfaAtlas!.renderedFills());
      expect(Object.values(fills).filter((fill) => fill !== null)).toHaveLength(43);
      expect(await page.locator('#map path[data-code="E23000039"]').getAttribute('fill')).toBe(fills['E23000039']);
      const point = await page.evaluate(() => window.pfaAtlas!.pagePointOf([-2.3, 50.8]));
      await page.mouse.move(point.x, point.y);
      await page.locator('.tooltip').waitFor({ state: 'visible' });
      expect(await page.locator('.tooltip').textContent()).toContain('24.5 per 100,000 people in 2016/17');
      await screenshot(page, 'svg-fallback');
      await page.mouse.click(point.x, point.y);
      await page.locator('#profile-title').waitFor();
      expect(page.url()).toContain('force=dorset');
      await waitForMapIdle(page);
      expect(await page.evaluate(() => window.pfaAtlas!.dimmedCodes().length)).toBe(38);
      await screenshot(page, 'svg-fallback-dorset');
    } finally {
      await noWebGl.close();
    }
  });

  it('shows an error with a retry when the boundaries cannot be loaded', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    let failures = 1;
    await page.route('**/generated/pfa.topo.json', (route) => (failures-- > 0 ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
    await page.goto(inject('baseUrl'));
    const alert = page.locator('.error-panel[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Could not load pfa.topo.json: the server answered 503');
    await page.click('.error-panel button:text("Try again")');
    await waitForMapIdle(page);
    expect(Object.keys(await page.evaluate(() => window.pfaAtlas!.renderedFills()))).toHaveLength(43);
    await context.close();
  });
});
