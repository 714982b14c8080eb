import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { shareLinks } from '../../src/view-model/share-links';
import { screenshot, useBrowser } from './browser';

const COLUMNS = [320, 375, 640];
/** A view in the address's own (shortest) form, which the Get the data link keeps. */
const VIEW = '?offence=all&year=2019-20&region=south-west&force=dorset';
/** The snippet's first height, before the embedded page says its own. */
const FIRST_HEIGHT = 760;

/**
 * An article on another origin (its own server, another port): the Share
 * panel's snippet in a column of each width, between paragraphs.
 */
function articlePage(snippet: string): string {
  const column = (width: number) =>
    `<section id="column-${width}" style="width:${width}px;margin:0 0 40px"><p>Text before.</p>${snippet}<p>Text after.</p></section>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>An article</title></head><body style="margin:8px;font-family:serif">${COLUMNS.map(column).join('')}</body></html>`;
}

describe('the embed in an article column on another origin (issue 19, item 5)', () => {
  const browser = useBrowser();
  let host: Server;
  let hostUrl = '';
  let snippet = '';

  beforeAll(async () => {
    snippet = shareLinks(`${inject('baseUrl')}${VIEW}`, 'All police recorded crime').snippet;
    host = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(articlePage(snippet)));
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  /** The article, with every frame's map drawn and every frame sized by its page's message (its height no longer the first one, and equal to its page's). */
  async function openArticle(): Promise<{ page: Page; frames: Map<number, Frame> }> {
    const context = await browser().newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(hostUrl);
    expect(new URL(hostUrl).origin).not.toBe(new URL(inject('baseUrl')).origin);
    const frames = new Map<number, Frame>();
    for (const width of COLUMNS) {
      const handle = await page.locator(`#column-${width} iframe`).elementHandle();
      await handle!.scrollIntoViewIfNeeded();
      const frame = (await handle!.contentFrame())!;
      await frame.waitForFunction(() => document.querySelector('#map')?.getAttribute('data-state') === 'idle', null, { timeout: 30_000 });
      await page.waitForFunction(
        ({ selector, first }) => {
          const iframe = document.querySelector<HTMLIFrameElement>(selector)!;
          const inner = iframe.contentDocument; // null: another origin; the frame's own height is read below
          return inner === null && iframe.style.height !== '' && Math.round(iframe.getBoundingClientRect().height) !== first;
        },
        { selector: `#column-${width} iframe`, first: FIRST_HEIGHT },
        { timeout: 10_000 },
      );
      await frame.waitForFunction(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight, null, { timeout: 10_000 });
      frames.set(width, frame);
    }
    return { page, frames };
  }

  it('fits a column of 320, 375 and 640 px: the map at least 60% of the frame’s width, no scrolling inside, the source and Get the data in view', async () => {
    const { page, frames } = await openArticle();
    for (const [width, frame] of frames) {
      const measured = await frame.evaluate(() => {
        const root = document.documentElement;
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const inView = (selector: string) => {
          const rect = box(selector);
          const at = document.elementFromPoint(rect.left + Math.min(rect.width / 2, 20), rect.top + rect.height / 2);
          return (
            rect.width > 0 &&
            rect.height > 0 &&
            rect.bottom <= root.clientHeight &&
            rect.right <= root.clientWidth &&
            (at === document.querySelector(selector) || document.querySelector(selector)!.contains(at))
          );
        };
        const link = document.querySelector<HTMLAnchorElement>('#open-full')!;
        return {
          frameWidth: root.clientWidth,
          mapWidth: box('#map').width,
          mapHeight: box('#map').height,
          shapes: document.querySelectorAll('#map path[data-code]').length,
          scrollHeight: root.scrollHeight,
          clientHeight: root.clientHeight,
          scrollWidth: root.scrollWidth,
          clientWidth: root.clientWidth,
          source: inView('#source-line') ? document.querySelector('#source-line')!.textContent : '',
          legend: inView('.legend-rows'),
          years: inView('#year-slider'),
          link: inView('#open-full') ? { text: link.textContent, href: link.href } : undefined,
        };
      });
      // The page holds every column: its own is scrolled into view for its picture.
      await (await frame.frameElement()).scrollIntoViewIfNeeded();
      // A frame scrolled into view is painted on a later frame: without waiting for it the picture can be blank.
      await frame.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
      await screenshot(page, `embed-column-${width}`);
      expect(measured.frameWidth, `${width}`).toBe(width);
      expect(measured.mapWidth / measured.frameWidth, `${width}: map width`).toBeGreaterThanOrEqual(0.6);
      expect(measured.mapHeight, `${width}: map height`).toBeGreaterThan(measured.mapWidth);
      expect(measured.shapes, `${width}: forces drawn`).toBe(43);
      expect(measured.scrollHeight, `${width}: no scrolling inside the frame`).toBeLessThanOrEqual(measured.clientHeight);
      expect(measured.scrollWidth, `${width}: nothing wider than the frame`).toBeLessThanOrEqual(measured.clientWidth);
      expect(measured.source, `${width}: source line`).toContain('Home Office');
      expect(measured.legend && measured.years, `${width}: legend and years`).toBe(true);
      expect(measured.link, `${width}: Get the data`).toEqual({ text: 'Get the data', href: `${inject('baseUrl')}${VIEW}` });
    }
    // Narrow columns stack the legend under the map; the 640 px column sets it beside.
    const legendBesideMap = async (frame: Frame) =>
      frame.evaluate(
        () => document.querySelector('.legend-slot')!.getBoundingClientRect().left > document.querySelector('#map')!.getBoundingClientRect().right,
      );
    expect(await legendBesideMap(frames.get(320)!)).toBe(false);
    expect(await legendBesideMap(frames.get(640)!)).toBe(true);
    await page.context().close();
  });

  it('sizes the frame only from its own page’s message in its exact form', async () => {
    const { page, frames } = await openArticle();
    const own = frames.get(375)!;
    // Every height the host page gives the 375 px frame from here on.
    await page.evaluate(() => {
      const iframe = document.querySelector<HTMLIFrameElement>('#column-375 iframe')!;
      const heights: string[] = [];
      Object.assign(window, { heights });
      new MutationObserver(() => heights.push(iframe.style.height)).observe(iframe, { attributes: true, attributeFilter: ['style'] });
    });
    let sentinel = 2000;
    const post = async (from: Page | Frame, message: unknown) => {
      await from.evaluate((data) => (window.parent === window ? window : window.parent).postMessage(data, '*'), message);
      // Then a message in the right form from the frame itself: once the frame has its height, the message before it was handled too.
      sentinel += 1;
      await own.evaluate((height) => window.parent.postMessage({ type: 'pfa-atlas:embed-height', version: 1, height }, '*'), sentinel);
      await page.waitForFunction((height) => document.querySelector<HTMLIFrameElement>('#column-375 iframe')!.style.height === `${height}px`, sentinel);
    };
    // The host page itself (any script on it), and another frame of the same page, are not this frame.
    await post(page, { type: 'pfa-atlas:embed-height', version: 1, height: 90 });
    await post(frames.get(320)!, { type: 'pfa-atlas:embed-height', version: 1, height: 90 });
    // From the frame, but not in the message's form: another version, another type, a height out of range or not a number.
    for (const message of [
      { type: 'pfa-atlas:embed-height', version: 2, height: 90 },
      { type: 'embed-height', version: 1, height: 90 },
      { type: 'pfa-atlas:embed-height', version: 1, height: 1e9 },
      { type: 'pfa-atlas:embed-height', version: 1, height: '90' },
      'pfa-atlas:embed-height 90',
    ]) {
      await post(own, message);
    }
    const sentinels = Array.from({ length: sentinel - 2000 }, (_, i) => `${2001 + i}px`);
    expect(await page.evaluate(() => (window as unknown as { heights: string[] }).heights)).toEqual(sentinels);
    await page.context().close();
  });
});
