/**
 * The README's pictures, from the built app (npm run build first): the
 * first view at 1280 × 800 and on a 375 × 812 phone, the tile map, every
 * year's map in the page, and the small multiples as the app exports them.
 * Written to docs/; run again when the page changes: npx tsx scripts/readme-images.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../bench/static-server';
import { launchBrowser } from '../test/e2e/browser';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs');

const server = await serveStatic({ '/': path.join(root, 'dist') });
const browser = await launchBrowser();
mkdirSync(out, { recursive: true });
try {
  const shots: { file: string; search: string; viewport: { width: number; height: number }; phone?: boolean; ready: string }[] = [
    { file: 'first-view-1280.png', search: '', viewport: { width: 1280, height: 800 }, ready: '#map[data-state="idle"]' },
    { file: 'first-view-phone.png', search: '', viewport: { width: 375, height: 812 }, phone: true, ready: '#map[data-state="idle"]' },
    {
      file: 'tile-map.png',
      search: '?view=tiles&region=south-west&force=dorset',
      viewport: { width: 1280, height: 800 },
      ready: '#map[data-layout="tiles"][data-state="idle"]',
    },
    { file: 'years.png', search: '?view=years&dataset=nspcc-foi', viewport: { width: 1280, height: 800 }, ready: '.years-grid svg' },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, ...(shot.phone ? { isMobile: true, hasTouch: true } : {}) });
    const page = await context.newPage();
    await page.goto(`${server.url}/${shot.search}`);
    await page.locator(shot.ready).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(out, shot.file) });
    await context.close();
  }
  // The small multiples as the app exports them: Small multiples (PNG) at the social card's size.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/?view=tiles`);
  await page.locator('#map[data-layout="tiles"][data-state="idle"]').waitFor({ timeout: 30_000 });
  // The export buttons are in the Download dialog.
  await page.click('#download-button');
  await page.getByLabel('Picture size').selectOption('social-card');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Small multiples (PNG)' }).click();
  const saved = await (await download).path();
  const { readFileSync } = await import('node:fs');
  writeFileSync(path.join(out, 'small-multiples-tiles.png'), readFileSync(saved));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
