import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium; override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that give WebGL2 through SwiftShader with no GPU, and no calls home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const screenshotDir = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /**
   * Requests that found nothing: an error status, or a page where a file was
   * asked for (a server that falls back to index.html answers 200 for any path).
   */
  missing: string[];
}

export async function openApp(browser: Browser, url: string, viewport = { width: 1280, height: 900 }): Promise<AppPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const missing: string[] = [];
  page.on('response', (response) => {
    const asked = new URL(response.url()).pathname;
    const html = (response.headers()['content-type'] ?? '').startsWith('text/html');
    if (response.status() >= 400 || (html && /\.(json|js|css|csv)$/.test(asked))) missing.push(`${response.status()} ${asked}`);
  });
  await page.goto(url);
  return { context, page, requests, errors, missing };
}

/** Waits until the app says the map has drawn its current colours. */
export async function waitForMapIdle(page: Page): Promise<void> {
  // The map drawn, and the page settled after it (the table and the description come in an idle moment after the map).
  await page.waitForFunction(
    () => document.querySelector('#map')?.getAttribute('data-state') === 'idle' && document.querySelector('#app[data-settled]') !== null,
    null,
    {
      timeout: 30_000,
    },
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * One browser and one page of the app for a whole suite: opened before
 * the first test (at baseUrl + search, waiting for the map), closed after
 * the last. Returns the page's getter.
 */
export function useAppPage(baseUrl: () => string, search = ''): () => AppPage {
  let browser: Browser | undefined;
  let app: AppPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, baseUrl() + search);
    await waitForMapIdle(app.page);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => app!;
}

/**
 * Brings in the zoomable (MapLibre) map the way a reader does without moving
 * the view: a short drag on the SVG map. Waits until MapLibre has replaced it.
 */
export async function upgradeByDrag(page: Page): Promise<void> {
  const box = (await page.locator('#map').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 10, y, { steps: 2 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('#map')?.getAttribute('data-renderer') === 'webgl' && !window.pfaAtlas!.moving(), null, {
    timeout: 30_000,
  });
  await waitForMapIdle(page);
}

/** One browser for a whole suite, launched before its first test and closed after its last. Returns its getter. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** Opens the Download dialog, where the export buttons are, unless it is open already. */
export async function openDownloads(page: Page): Promise<void> {
  if (await page.evaluate(() => document.querySelector<HTMLDialogElement>('#download')?.open)) return;
  await page.click('#download-button');
  await page.locator('#download .export-buttons').first().waitFor();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe-core finds wrong on the page as it stands: "rule (impact, nodes)" for each violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(),
  );
  return results.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
}
