import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, openDownloads, screenshot, screenshotDir, useBrowser, waitForMapIdle, type AppPage } from './browser';

const TITLE = 'Image crimes <b>by</b> force & more';
const NOTE = 'First line of the note.\nSecond line.';
const CREDIT = 'Chart: A. Reporter';
const WORDS = `?title=${encodeURIComponent(TITLE)}&note=${encodeURIComponent(NOTE)}&credit=${encodeURIComponent(CREDIT)}`;

async function download(page: Page, button: string): Promise<{ name: string; file: string }> {
  await openDownloads(page);
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`.export-buttons button:text-is("${button}")`)]);
  const target = path.join(screenshotDir, 'exports', `words-${file.suggestedFilename()}`);
  await file.saveAs(target);
  return { name: file.suggestedFilename(), file: target };
}

/** Every iTXt chunk of a PNG as keyword → text, read by the PNG specification's layout (11.3.3.4). */
function itxtChunks(file: string): Map<string, string> {
  const bytes = readFileSync(file);
  const found = new Map<string, string>();
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'iTXt') {
      const data = bytes.subarray(at + 8, at + 8 + length);
      const keywordEnd = data.indexOf(0);
      const translatedEnd = data.indexOf(0, data.indexOf(0, keywordEnd + 3) + 1);
      found.set(data.toString('latin1', 0, keywordEnd), data.toString('utf8', translatedEnd + 1));
    }
    at += 12 + length;
  }
  return found;
}

describe("the reader's own words, from the link to every export", () => {
  const browser = useBrowser();
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp(browser(), inject('baseUrl') + WORDS);
    await waitForMapIdle(app.page);
  });

  it('shows the title, note and credit exactly as typed, as text: no markup made of them', async () => {
    const { page } = app;
    expect(await page.textContent('#map-title')).toBe(TITLE);
    expect(await page.locator('#map-title b').count()).toBe(0);
    expect(await page.textContent('#map-note')).toBe(NOTE);
    expect(await page.textContent('#map-credit')).toBe(CREDIT);
    await screenshot(page, 'reader-words-1280');
  });

  it('describes the map from the figures: its accessible description names Cleveland as highest (code 86 rates, 2022/23)', async () => {
    const { page } = app;
    const ids = (await page.getAttribute('#map', 'aria-describedby'))!.split(' ');
    expect(ids).toEqual(['map-description', 'map-keys']);
    const description = await page.textContent(`#${ids[0]}`);
    expect(description).toContain('Highest: Cleveland, 115.1 per 100,000 people.');
    expect(description).toContain('1 force has no figure: City of London.');
  });

  it('SVG: the title, note and credit drawn, and <desc> naming Cleveland as highest', async () => {
    const { file } = await download(app.page, 'SVG');
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain('<title>Image crimes &lt;b&gt;by&lt;/b&gt; force &amp; more</title>');
    expect(svg).toMatch(
      /<desc>Map of offences per 100,000 people by police force area, England and Wales, 2022\/23\. Highest: Cleveland, 115\.1 per 100,000 people\./,
    );
    for (const text of ['First line of the note.', 'Second line.', 'Chart: A. Reporter']) expect(svg).toContain(`>${text}</text>`);
  });

  it('PNG: an iTXt chunk keyed "Description" holds the description', async () => {
    const { file } = await download(app.page, 'PNG 1×');
    const description = itxtChunks(file).get('Description');
    expect(description).toMatch(/^Map of offences per 100,000 people by police force area, England and Wales, 2022\/23\. Highest: Cleveland, 115\.1/);
    expect(description).toBe(await app.page.textContent('#map-description'));
  });

  it('small multiples (SVG, social card): the words carried, no text under 16 px', async () => {
    const { page } = app;
    await page.selectOption('.export select', 'social-card');
    const { file } = await download(page, 'Small multiples (SVG)');
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain('>Chart: A. Reporter</text>');
    expect(svg).toContain('<desc>Small maps, one for each year from 2012/13 to 2022/23');
    expect(Math.min(...[...svg.matchAll(/font-size="([\d.]+)"/g)].map(([, px]) => Number(px)))).toBeGreaterThanOrEqual(16);
    await page.selectOption('.export select', 'screen');
  });

  it('every year (ZIP): a PNG a year, each with its description beside it as a text file', async () => {
    const { file } = await download(app.page, 'Every year (ZIP)');
    const entries = unzipSync(new Uint8Array(readFileSync(file)));
    const names = Object.keys(entries);
    expect(names.filter((name) => name.endsWith('.png'))).toHaveLength(11);
    const text = new TextDecoder().decode(entries[names.find((name) => name.endsWith('2016-17_england-and-wales.txt'))!]);
    // Counts of 2016/17 and mid-2016 people, worked out in python3 from the committed tables: Cleveland the highest rate then too.
    expect(text).toMatch(/^Map of offences per 100,000 people by police force area, England and Wales, 2016\/17\. Highest: /);
  });

  it('"Copy description" puts the description on the clipboard', async () => {
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDownloads(page);
    await page.click('.export-buttons button:text-is("Copy description")');
    await page.waitForFunction(() => document.querySelector('.export-status')?.textContent?.startsWith('Copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.textContent('#map-description'));
  });

  it('the embed carries the words too', async () => {
    const embed = await openApp(browser(), `${inject('baseUrl')}embed.html${WORDS}`);
    await waitForMapIdle(embed.page);
    expect(await embed.page.textContent('#map-title')).toBe(TITLE);
    expect(await embed.page.isVisible('#map-note')).toBe(true);
    expect(await embed.page.isVisible('#map-credit')).toBe(true);
    await screenshot(embed.page, 'reader-words-embed');
    await embed.context.close();
  });
});

describe('"Edit text": a dialog opened from the header', () => {
  const browser = useBrowser();

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    it(`at ${viewport.width} × ${viewport.height}: opens as a modal <dialog>, Escape closes it and gives focus back; Apply writes the words into the link`, async () => {
      const { page, context } = await openApp(browser(), inject('baseUrl'), viewport);
      await waitForMapIdle(page);
      const button = page.locator('#header-actions #edit-text-button');
      await button.focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog#edit-text-dialog[open]');
      expect(await page.evaluate(() => document.querySelector('dialog#edit-text-dialog')!.matches(':modal'))).toBe(true);
      // Empty fields show the default words.
      expect(await page.getAttribute('#edit-text-title', 'placeholder')).toBe('Obscene publications offences (Home Office code 86) recorded by police');
      await screenshot(page, `edit-text-${viewport.width}`);
      await page.keyboard.press('Escape');
      await page.waitForSelector('dialog#edit-text-dialog:not([open])', { state: 'attached' });
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-text-button');

      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog#edit-text-dialog[open]');
      await page.fill('#edit-text-title', 'x'.repeat(121));
      expect(await page.textContent('#edit-text-title-count')).toBe('1 characters too long: at most 120 are kept in the link. Shorten it to apply.');
      await page.fill('#edit-text-title', 'My own title');
      expect(await page.textContent('#edit-text-title-count')).toBe('12 of 120 characters');
      await page.fill('#edit-text-credit', 'Chart: Me');
      await page.selectOption('#edit-text-pin-choice', 'kent');
      await page.click('button:text-is("Label this force")');
      await page.click('button:text-is("Apply")');
      await page.waitForFunction(() => document.querySelector('#map-title')?.textContent === 'My own title');
      expect(new URL(page.url()).search).toBe('?pins=kent&title=My%20own%20title&credit=Chart:%20Me');
      expect(await page.textContent('#map-credit')).toBe('Chart: Me');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-text-button');
      await context.close();
    });
  }
});

describe('value labels on the screen’s map', () => {
  const browser = useBrowser();

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    it(`at ${viewport.width} × ${viewport.height}: the pinned forces with their values, inside the map, none on another`, async () => {
      const { page, context } = await openApp(browser(), `${inject('baseUrl')}?pins=dorset,cleveland,metropolitan-police,city-of-london`, viewport);
      await waitForMapIdle(page);
      await page.waitForFunction(() => document.querySelectorAll('.value-label').length === 4);
      const labels = await page.evaluate(() => {
        const map = document.querySelector('#map')!.getBoundingClientRect();
        return [...document.querySelectorAll('.value-label')].map((label) => {
          const box = label.getBoundingClientRect();
          return {
            text: label.textContent,
            x: box.x - map.x,
            y: box.y - map.y,
            right: box.right - map.x,
            bottom: box.bottom - map.y,
            width: map.width,
            height: map.height,
          };
        });
      });
      // Rates for 2022/23, worked out in python3 from the committed tables: Dorset 43.43, Cleveland 115.14, the Met 42.62; the City has no mid-2022 population, so no rate.
      expect(labels.map((label) => label.text)).toEqual(['Dorset: 43.4', 'Cleveland: 115.1', 'Metropolitan Police: 42.6', 'City of London: not available']);
      for (const [i, a] of labels.entries()) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.y).toBeGreaterThanOrEqual(0);
        expect(a.right).toBeLessThanOrEqual(a.width + 0.5);
        expect(a.bottom).toBeLessThanOrEqual(a.height + 0.5);
        for (const b of labels.slice(i + 1)) expect(a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom, `${a.text} on ${b.text}`).toBe(false);
      }
      await screenshot(page, `value-labels-${viewport.width}`);
      await context.close();
    });
  }
});

describe('value labels on the tile map, a pinned force outside the region in focus listed', () => {
  const browser = useBrowser();

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    it(`at ${viewport.width} × ${viewport.height}: Dorset and Devon and Cornwall labelled on no tile's name, Cleveland under "Outside this map"`, async () => {
      const { page, context } = await openApp(browser(), `${inject('baseUrl')}?view=tiles&force=dorset&pins=cleveland,devon-and-cornwall`, viewport);
      await waitForMapIdle(page);
      await page.waitForFunction(() => document.querySelectorAll('.value-label').length === 2 && document.querySelector('.value-labels-list') !== null);
      const shown = await page.evaluate(() => {
        const map = document.querySelector('#map')!.getBoundingClientRect();
        const boxOf = (element: Element) => {
          const box = element.getBoundingClientRect();
          return { x: box.x - map.x, y: box.y - map.y, right: box.right - map.x, bottom: box.bottom - map.y };
        };
        const list = document.querySelector('.value-labels-list')!;
        return {
          frame: { width: map.width, height: map.height },
          labels: [...document.querySelectorAll('.value-label')].map((label) => ({ text: label.textContent, ...boxOf(label) })),
          list: { lines: [...list.children].map((line) => line.textContent), ...boxOf(list) },
          // The tiles' names as shown (a name a label stands in for is hidden).
          names: [...document.querySelectorAll('.tile-layout.is-shown .tile-label')]
            .filter((name) => getComputedStyle(name).visibility !== 'hidden')
            .map((name) => ({ text: name.textContent, ...boxOf(name) })),
          hiddenNames: [...document.querySelectorAll('.tile-layout.is-shown .tile-label')]
            .filter((name) => getComputedStyle(name).visibility === 'hidden')
            .map((name) => name.textContent),
        };
      });
      // Rates for 2022/23 (python3, count / mid-2022 population × 100,000): Dorset 341 / 785,200 = 43.43, Devon and Cornwall 1,054 / 1,810,400 = 58.22,
      // Cleveland 667 / 579,300 = 115.14. Choosing Dorset brings the South West into focus; Cleveland lies outside it.
      expect(shown.labels.map((label) => label.text)).toEqual(['Dorset: 43.4', 'Devon and Cornwall: 58.2']);
      expect(shown.list.lines).toEqual(['Outside this map', 'Cleveland: 115.1']);
      // Every tile of the South West shown is named (five), but for a tile whose label stands in its name's place.
      expect(shown.names.length + shown.hiddenNames.length).toBe(43);
      expect(shown.hiddenNames.every((name) => ['Dorset', 'Devon & Cornwall', 'Devon &Cornwall'].includes(name ?? ''))).toBe(true);
      for (const box of [...shown.labels, shown.list]) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(shown.frame.width + 0.5);
        expect(box.bottom).toBeLessThanOrEqual(shown.frame.height + 0.5);
      }
      const apart = (a: { x: number; y: number; right: number; bottom: number }, b: typeof a) =>
        !(a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom);
      expect(apart(shown.labels[0]!, shown.labels[1]!)).toBe(true);
      for (const label of shown.labels) expect(apart(label, shown.list)).toBe(true);
      // On no tile's name: a label on its own tile replaces the name, one beside it keeps clear of every name.
      for (const label of shown.labels) for (const name of shown.names) expect(apart(label, name), `${label.text} on ${name.text}`).toBe(true);
      await screenshot(page, `tile-value-labels-${viewport.width}`);
      await context.close();
    });
  }
});
