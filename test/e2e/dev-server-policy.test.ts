import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { screenshot, useBrowser, waitForMapIdle } from './browser';

/** `npm run dev`: the dev server, with the project's vite.config.ts, on a free port of 127.0.0.1. */
describe('the dev server sends the security policy too (issue 25, item 9)', () => {
  const browser = useBrowser();
  let server: ViteDevServer | undefined;
  let baseUrl = '';

  beforeAll(async () => {
    server = await createServer({
      root: path.resolve(import.meta.dirname, '..', '..'),
      logLevel: 'warn',
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: true },
    });
    await server.listen();
    baseUrl = server.resolvedUrls!.local[0]!;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sends the policy of `npm start` as a header, and the app draws under it with no violation', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(`${baseUrl}?force=dorset`);
    const policy = response!.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(response!.headers()['x-frame-options']).toBe('DENY');
    // The dev server's own styles arrive as <style> elements: let in by a nonce, not by 'unsafe-inline'.
    expect(policy).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'(;|$)/);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.map')!).overflow)).toBe('hidden');
    await screenshot(page, 'dev-server-policy');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await context.close();
  });
});
