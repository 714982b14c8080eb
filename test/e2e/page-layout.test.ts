import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useBrowser, waitForMapIdle } from './browser';

/**
 * The page as a whole (issue 19), at seven sizes and in its common states:
 * nothing wider than the screen; every visible control and run of text can
 * be hit at its own centre once scrolled into view, unless a panel that
 * floats on purpose, and is marked as one, lies over it; on the default
 * view the map holds its share of the first screen; axe finds nothing.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const SIZES = [
  { width: 320, height: 568 },
  { width: 375, height: 812 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

const MISTAKES = 'force,year,count\nDorset,2020/21,212\nDorsett,2020/21,10\nHampshire,2020/21,x\n';

interface State {
  name: string;
  search: string;
  dark?: boolean;
  zoom?: number;
  act?: (page: Page) => Promise<void>;
}

const STATES: State[] = [
  { name: 'default', search: '' },
  { name: 'force', search: '?force=hampshire' },
  { name: 'dorset-story', search: '?dataset=nspcc-foi&year=2020-21&region=south-west&force=dorset' },
  // Welsh's longer words (issue 24): the Dorset story in Welsh.
  { name: 'dorset-story-cy', search: '?dataset=nspcc-foi&year=2020-21&region=south-west&force=dorset&lang=cy' },
  { name: 'colours', search: '', act: (page) => page.click('#colours-button') },
  { name: 'download', search: '', act: (page) => page.click('#download-button') },
  {
    name: 'share',
    search: '',
    act: async (page) => {
      await page.click('#share-button');
      await page.locator('#share-embed').waitFor();
    },
  },
  {
    name: 'import-report',
    search: '',
    act: async (page) => {
      await page.click('#import-panel summary');
      await page.fill('#import-paste', MISTAKES);
      await page.click('button:text("Read the pasted table")');
      await page.locator('.import-summary').waitFor();
    },
  },
  { name: 'table', search: '?view=table&force=dorset' },
  { name: 'table-cy', search: '?view=table&region=wales&lang=cy' },
  { name: 'tiles', search: '?view=tiles&region=south-west&force=dorset' },
  { name: 'years', search: '?view=years&force=dorset' },
  { name: 'dark', search: '?force=dorset', dark: true },
  { name: 'zoom-200', search: '', zoom: 2 },
];

/** What cannot be hit at its centre, and why; run in the page. */
function coveredThings(): string[] {
  const FLOATING = 'dialog[open], :popover-open, [role="dialog"], [role="tooltip"], [role="listbox"], [role="menu"], .tooltip';
  const modal = document.querySelector('dialog[open]:modal');
  const scope: ParentNode = modal ?? document;
  const candidates = [
    ...scope.querySelectorAll<HTMLElement>(
      'button, select, input, textarea, a[href], summary, label, h1, h2, h3, p, li, dt, dd, th, td, caption, span, legend',
    ),
  ];
  const problems: string[] = [];
  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
  for (const element of candidates) {
    // The skip link waits off screen until it has focus; the map's own drawing is not text of the page.
    if (element.closest('svg, .visually-hidden, .skip-link, [aria-hidden="true"]')) continue;
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const isControl = element.matches('button, select, input, textarea, a[href], summary');
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    if (!isControl && !ownText) continue;
    element.scrollIntoView({ block: 'center', inline: 'center' });
    const box = element.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) {
      problems.push(`${describe(element)} cannot be scrolled into view (centre ${Math.round(x)}, ${Math.round(y)})`);
      continue;
    }
    const hit = document.elementFromPoint(x, y);
    if (!hit || element.contains(hit) || hit.contains(element) || (element instanceof HTMLLabelElement && element.control?.contains(hit))) continue;
    // A panel that floats on purpose, marked as one, may lie over the page; what lies over it may not.
    const floating = hit.closest(FLOATING);
    if (floating && !floating.contains(element)) continue;
    problems.push(`${describe(element)} is under ${describe(hit)}`);
  }
  window.scrollTo(0, 0);
  return problems;
}

/**
 * Runs of text in a box that scrolls sideways (the table's) that are wider
 * than what the box shows: their words would be cut off at its edge, to be
 * read only by scrolling (the table's caption at 375 px, issue 24). Such text
 * wraps inside the box instead. Run in the page.
 */
function textWiderThanItsScrollBox(): string[] {
  const problems: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>('caption, p, h1, h2, h3, li, dt, dd, label, legend')) {
    if (element.closest('svg, .visually-hidden, [aria-hidden="true"]')) continue;
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    let box = element.parentElement;
    while (box && !['auto', 'scroll', 'hidden'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
    if (!box) continue;
    // The widest line of the text itself, not the element's box (a block stretched by a wide table still shows its text).
    const range = document.createRange();
    range.selectNodeContents(element);
    const lines = [...range.getClientRects()];
    if (lines.length === 0) continue;
    const widest = Math.max(...lines.map((line) => line.width));
    if (widest > box.clientWidth + 1) {
      problems.push(
        `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}" has a line ${Math.round(widest)} px wide in a scroll box ${box.clientWidth} px wide`,
      );
    }
  }
  return problems;
}

/** axe runs in every state at a phone's, a tablet's and a desktop's size: its rules do not turn on the size between them. */
const AXE_WIDTHS = new Set([375, 768, 1280]);

async function problemsOf(page: Page, size: { width: number; height: number }, state: State): Promise<string[]> {
  const problems: string[] = [];
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`the page is ${overflow} px wider than the screen`);
  // Where the profile shares the first screen (the side column of a wide screen, a phone's sheet), the chosen force's name is in view there.
  if (state.search.includes('force=') && (size.width >= 1200 || size.width <= 760)) {
    const inView = await page.evaluate(() => {
      const title = document.querySelector('#profile-title')!;
      const box = title.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 20), box.top + box.height / 2);
      return box.top >= 0 && box.bottom <= innerHeight && hit !== null && title.contains(hit);
    });
    if (!inView) problems.push('the chosen force’s profile is not in view on the first screen');
  }
  if (state.name === 'default') {
    const share = await page.evaluate(() => {
      const map = document.querySelector('#map')!.getBoundingClientRect();
      const seen = Math.max(0, Math.min(map.right, innerWidth) - Math.max(map.left, 0)) * Math.max(0, Math.min(map.bottom, innerHeight) - Math.max(map.top, 0));
      return seen / (innerWidth * innerHeight);
    });
    const wanted = size.width >= 1024 ? 0.5 : 0.4;
    if (share < wanted) problems.push(`the map holds ${(share * 100).toFixed(1)}% of the first screen, under ${wanted * 100}%`);
  }
  problems.push(...(await page.evaluate(coveredThings)));
  problems.push(...(await page.evaluate(textWiderThanItsScrollBox)));
  if (AXE_WIDTHS.has(size.width)) {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      return (await axe.run()).violations.map(
        (v) =>
          `${v.id} at ${v.nodes
            .map((n) => String(n.target[0]))
            .slice(0, 3)
            .join(', ')}`,
      );
    });
    problems.push(...violations.map((violation) => `axe: ${violation}`));
  }
  return problems;
}

describe('the page holds together at every size and in every state (issue 19)', () => {
  const browser = useBrowser();

  for (const size of SIZES) {
    describe(`${size.width}×${size.height}`, () => {
      for (const state of STATES) {
        it(`${state.name}: fits, nothing over anything${AXE_WIDTHS.has(size.width) ? ', axe finds nothing' : ''}`, async () => {
          const zoom = state.zoom ?? 1;
          const context = await browser().newContext({
            viewport: { width: Math.round(size.width / zoom), height: Math.round(size.height / zoom) },
            deviceScaleFactor: zoom,
            colorScheme: state.dark ? 'dark' : 'light',
          });
          const page = await context.newPage();
          await page.goto(inject('baseUrl') + state.search);
          await waitForMapIdle(page);
          if (state.search.includes('force=')) await page.locator('#profile-title').waitFor();
          if (state.search.includes('view=years')) await page.locator('.years-grid svg').waitFor();
          await state.act?.(page);
          await screenshot(page, `page-layout-${size.width}-${state.name}`);
          const problems = await problemsOf(page, size, state);
          await context.close();
          expect(problems).toEqual([]);
        }, 60_000);
      }
    });
  }
});
