import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, screenshotDir, waitForMapIdle, type AppPage } from './browser';

const STORY = '?dataset=ho-code-86&year=2020-21&measure=rate&region=south-west&force=dorset';
const DORSET_INSIDE: [number, number] = [-2.3, 50.8];

async function download(page: Page, button: string): Promise<{ name: string; file: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`.export-buttons button:text-is("${button}")`)]);
  const target = path.join(screenshotDir, 'exports', file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), file: target };
}

/** Decodes a PNG in the page and reads pixels: dimensions, distinct colours, a pixel, and dark pixels in bands. */
async function inspectPng(page: Page, file: string, point: [number, number] | null, scale: number) {
  const base64 = readFileSync(file).toString('base64');
  return page.evaluate(
    async ({ base64, point, scale }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const hex = (x: number, y: number) => {
        const i = (Math.round(y) * bitmap.width + Math.round(x)) * 4;
        return `#${[data[i], data[i + 1], data[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
      };
      const colours = new Set<string>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      const darkIn = (top: number, bottom: number) => {
        let dark = 0;
        for (let y = Math.floor(top * bitmap.height); y < bottom * bitmap.height; y += 2)
          for (let x = 0; x < bitmap.width; x += 2) {
            const i = (y * bitmap.width + x) * 4;
            if (data[i]! < 90 && data[i + 1]! < 90 && data[i + 2]! < 90) dark++;
          }
        return dark;
      };
      return {
        width: bitmap.width,
        height: bitmap.height,
        colours: colours.size,
        pixel: point ? hex(point[0] * scale, point[1] * scale) : null,
        darkTop: darkIn(0, 0.06),
        darkBottom: darkIn(0.9, 1),
      };
    },
    { base64, point, scale },
  );
}

describe('exports: PNG at 1×, 2× and 4×, SVG, every year as a ZIP, and the table as CSV', () => {
  let browser: Browser;
  let app: AppPage;
  let mapWidth: number;
  let dorsetFill: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, inject('baseUrl') + STORY, { width: 1280, height: 900 });
    await waitForMapIdle(app.page);
    mapWidth = await app.page.evaluate(() => document.querySelector('#map')!.clientWidth);
    dorsetFill = (await app.page.evaluate(() => window.pfaAtlas!.renderedFills()))['E23000039']!;
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const scale of [1, 2, 4]) {
    it(`PNG ${scale}×: ${scale} × the map's width, not blank, Dorset in its class colour, title and source drawn`, async () => {
      const { page } = app;
      const { name, file } = await download(page, `PNG ${scale}×`);
      expect(name).toBe(`pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset${scale === 1 ? '' : `@${scale}x`}.png`);
      const point = await page.evaluate((p) => window.pfaAtlas!.exportPointOf(p), DORSET_INSIDE);
      const png = await inspectPng(page, file, point, scale);
      expect(png.width).toBe(mapWidth * scale);
      expect(png.height).toBeGreaterThan(png.width * 0.6);
      expect(png.colours).toBeGreaterThan(8);
      expect(png.pixel).toBe(dorsetFill);
      expect(png.darkTop).toBeGreaterThan(50 * scale);
      expect(png.darkBottom).toBeGreaterThan(20 * scale);
    });
  }

  it('SVG: parses, one path per force in view with the screen’s fill, title, legend with the not-published key, and the source line as text', async () => {
    const { page } = app;
    const { name, file } = await download(page, 'SVG');
    expect(name).toBe('pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset.svg');
    const svg = readFileSync(file, 'utf8');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const fills = await page.evaluate(() => window.pfaAtlas!.renderedFills());
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      const paths = [...doc.querySelectorAll('path[data-code]:not(.selected-outline)')].map((p) => [p.getAttribute('data-code'), p.getAttribute('fill')]);
      return { error: error?.textContent ?? null, paths, text: doc.documentElement.textContent };
    }, svg);
    expect(parsed.error).toBeNull();
    const southWest = ['E23000035', 'E23000036', 'E23000037', 'E23000038', 'E23000039'];
    const drawn = new Map(parsed.paths as [string, string][]);
    for (const code of southWest) expect(drawn.get(code)).toBe(fills[code]);
    expect(new Set(parsed.paths.map(([code]) => code)).size).toBe(parsed.paths.length);
    expect(parsed.text).toContain('Obscene publications offences (Home Office code 86)');
    expect(parsed.text).toContain('Offences per 100,000 people, 2020/21, South West');
    expect(parsed.text).toContain('not available');
    expect(parsed.text).toContain('Office for National Statistics licensed under the Open Government Licence v.3.0');
    expect(parsed.text).toContain('Home Office');
  });

  it('every year: a ZIP with one PNG a year, progress shown', async () => {
    const { page } = app;
    const { name, file } = await download(page, 'Every year (ZIP)');
    expect(name).toBe('pfa-atlas_ho-code-86_rate_all-years_south-west_dorset.zip');
    const files = Object.keys(unzipSync(readFileSync(file)));
    expect(files).toHaveLength(11);
    expect(files).toContain('pfa-atlas_ho-code-86_rate_2012-13_south-west_dorset.png');
    expect(files).toContain('pfa-atlas_ho-code-86_rate_2022-23_south-west_dorset.png');
    expect(await page.textContent('.export-status')).toContain('11 pictures');
  });

  it('every year, cancelled: the ZIP stops part-way, says so, and saves nothing', async () => {
    const { page } = app;
    const downloads: string[] = [];
    const onDownload = (file: { suggestedFilename(): string }) => downloads.push(file.suggestedFilename());
    page.on('download', onDownload);
    // Cancel as soon as the second year is being drawn, from inside the page: the export cannot outrun the click.
    const cancelledAt = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const status = document.querySelector('.export-status')!;
          const observer = new MutationObserver(() => {
            const text = status.textContent ?? '';
            if (!/Drawing year 2 of 11/.test(text)) return;
            observer.disconnect();
            document.querySelector<HTMLButtonElement>('.export-progress-row button')!.click();
            resolve(text);
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        }),
    );
    await page.click('.export-buttons button:text-is("Every year (ZIP)")');
    expect(await cancelledAt).toBe('Drawing year 2 of 11…');
    await page.waitForFunction(() => document.querySelector('.export-status')?.textContent === 'Cancelled.');
    expect(await page.locator('.export-progress-row button:text-is("Cancel")').isHidden()).toBe(true);
    expect(await page.locator('.export-progress-row progress').isHidden()).toBe(true);
    // Downloads arrive in order: had the cancelled ZIP been saved, it would come before the next export's file.
    const next = page.waitForEvent('download');
    await page.click('.export-buttons button:text-is("Table (CSV)")');
    await next;
    page.off('download', onDownload);
    expect(downloads).toEqual(['pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset.csv']);
  });

  it('CSV: the table in view, one row per force, with code, region, year, value, measure and source', async () => {
    const { page } = app;
    const { name, file } = await download(page, 'Table (CSV)');
    expect(name).toBe('pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset.csv');
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toBe('force_code,force_name,region,year,measure,value,note,source');
    expect(lines).toHaveLength(6);
    const dorset = lines.find((line) => line.startsWith('E23000039'))!;
    // 254 offences / 776,780 people (mid-2020) × 100,000.
    expect(dorset).toMatch(/^E23000039,Dorset,South West,2020\/21,"Offences per 100,000 people",32\.699,,"Home Office open data tables, 19 October 2023 \(https:\/\/www\.gov\.uk\//);
  });
});
