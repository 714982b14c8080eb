/**
 * What a reader feels, measured in chromium: each function opens its own
 * page and returns named figures (ms unless the name says bytes). The app
 * says where it is through user timing (pfa:first-frame, pfa:year-step,
 * pfa:year-script, pfa:year-frame, pfa:map-loaded) and through #map's
 * data-renderer ("svg" | "webgl"), data-layout ("geographic" | "tiles")
 * and data-state ("busy" | "idle").
 */
import { statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { rawSources } from '../data/sources';
import { percentile } from './stats';

export type Sample = Record<string, number>;

const VIEWPORT = { width: 1280, height: 900 };
const DORSET: [number, number] = [-2.3, 50.8];
/** Six forces far apart, hovered one after another. */
const HOVER_POINTS: [number, number][] = [DORSET, [0.7, 51.2], [-1.5, 53.8], [-3.5, 51.6], [-2.2, 53.5], [1.0, 52.6]];
/** As many repaints as a play through the Home Office years has steps. */
const FLOOR_REPAINTS = 10;

/** Offences chosen in the picker: what is typed, and the series it must land on. */
export const OFFENCE_SWITCHES = [
  { key: 'sexualOffences', query: 'sexual offences', id: 'group:sexual-offences' },
  { key: 'allCrime', query: 'all police recorded crime', id: 'all' },
] as const;

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: 60_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

async function waitForMap(page: Page, renderer: 'svg' | 'webgl'): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const map = document.querySelector('#map');
      return map?.getAttribute('data-renderer') === wanted && map.getAttribute('data-state') === 'idle';
    },
    renderer,
    { timeout: 60_000 },
  );
}

/** Waits until the camera has stopped (the same view over 5 animation frames): a zoom animates after the map is idle. */
async function waitForStillCamera(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { benchStill: { bounds: '', frames: 0 } }));
  await page.waitForFunction(
    () => {
      const still = (window as unknown as { benchStill: { bounds: string; frames: number } }).benchStill;
      const bounds = JSON.stringify(window.pfaAtlas!.viewBounds());
      still.frames = bounds === still.bounds ? still.frames + 1 : 0;
      still.bounds = bounds;
      return still.frames >= 5;
    },
    null,
    { polling: 'raf', timeout: 30_000 },
  );
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  // Long tasks are not kept by the browser: watch from before the page's first script.
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { benchLongTasks: typeof tasks }).benchLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });
  return page;
}

/** The floor's first frame, and its repaints timed as the app's year steps are: from the change to two animation frames on. */
export async function measureFloor(browser: Browser, url: string): Promise<Sample> {
  const page = await newPage(browser);
  await page.goto(url);
  const floor = await markTime(page, 'pfa:first-frame');
  const repaints = await page.evaluate(async (count) => {
    const map = (window as unknown as { floorMap: { triggerRepaint(): void } }).floorMap;
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      map.triggerRepaint();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      times.push(performance.now() - started);
    }
    return times;
  }, FLOOR_REPAINTS);
  await page.context().close();
  return { floor, floorRepaintP50: percentile(repaints, 50), floorRepaintP95: percentile(repaints, 95) };
}

/** A full play through every year (Home, then Space on the slider): script time per step, and time to the frame after it. */
async function yearPlay(page: Page, prefix: string): Promise<Sample> {
  await page.focus('#year-slider');
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelector('#map')?.getAttribute('data-state') === 'idle');
  await page.evaluate(() => performance.clearMeasures());
  await page.keyboard.press(' ');
  await page.waitForFunction(
    () => {
      const frames = performance.getEntriesByName('pfa:year-frame').length;
      return document.querySelector('.timeline-play')?.getAttribute('aria-pressed') === 'false' && frames > 0 && frames === performance.getEntriesByName('pfa:year-script').length;
    },
    null,
    { timeout: 60_000 },
  );
  const steps = await page.evaluate(() => ({
    script: performance.getEntriesByName('pfa:year-script').map((entry) => entry.duration),
    frame: performance.getEntriesByName('pfa:year-frame').map((entry) => entry.duration),
  }));
  return {
    [`${prefix}YearScriptP50`]: percentile(steps.script, 50),
    [`${prefix}YearScriptP95`]: percentile(steps.script, 95),
    [`${prefix}YearFrameP50`]: percentile(steps.frame, 50),
    [`${prefix}YearFrameP95`]: percentile(steps.frame, 95),
    [`${prefix}YearSteps`]: steps.script.length,
  };
}

/** Hover to tooltip: from the pointer event to the tooltip showing that force; the median over six forces. */
async function hover(page: Page, prefix: string): Promise<Sample> {
  await page.evaluate(() => {
    const watch = { times: [] as number[], last: 0 };
    (window as unknown as { benchHover: typeof watch }).benchHover = watch;
    document.querySelector('#map')!.addEventListener('pointermove', (event) => (watch.last = event.timeStamp), { capture: true });
    new MutationObserver(() => {
      if (watch.last) watch.times.push(performance.now() - watch.last);
      watch.last = 0;
    }).observe(document.querySelector('.tooltip')!, { childList: true, attributes: true });
  });
  for (const [index, point] of HOVER_POINTS.entries()) {
    const { x, y } = await page.evaluate((p) => window.pfaAtlas!.pagePointOf(p), point);
    await page.mouse.move(x, y);
    await page.waitForFunction((count) => (window as unknown as { benchHover: { times: number[] } }).benchHover.times.length > count, index, { timeout: 10_000 });
  }
  const times = await page.evaluate(() => (window as unknown as { benchHover: { times: number[] } }).benchHover.times);
  await page.mouse.move(5, 5);
  return { [`${prefix}HoverMedian`]: percentile(times, 50) };
}

type Part = (name: string, measure: () => Promise<Sample | void>) => Promise<boolean>;

/** Runs the parts of a page's measures into one sample: a part that fails is kept by name with its reason, and the caller goes on. */
function partsInto(sample: Sample, failures: string[]): Part {
  return async (name, measure) => {
    try {
      Object.assign(sample, await measure());
      return true;
    } catch (error) {
      failures.push(`${name}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      return false;
    }
  };
}

/**
 * An export button clicked, timed from the click to the file saved; its
 * size. An export that fails says so in the panel's status: that ends the
 * wait with the panel's words (watched by an observer, not by polling,
 * so that nothing runs on the page once the file has come).
 */
async function timedDownload(page: Page, button: string): Promise<{ time: number; bytes: number }> {
  // The export buttons live in the Download dialog: it is opened first, outside the time measured.
  const exportButton = page.locator(`.export-buttons button:text-is("${button}")`);
  const opened = !(await exportButton.isVisible());
  if (opened) await page.click('#download-button');
  await exportButton.waitFor();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  const started = Date.now();
  await exportButton.click();
  // The click has put "Preparing…" in the status: a failure from before cannot be taken for this one's.
  const failed = page
    .evaluate(
      () =>
        new Promise<string>((resolve) => {
          const status = document.querySelector('.export-status')!;
          if (status.textContent?.startsWith('The export failed')) return resolve(status.textContent);
          const observer = new MutationObserver(() => {
            if (!status.textContent?.startsWith('The export failed')) return;
            observer.disconnect();
            resolve(status.textContent);
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        }),
    )
    .then((message) => {
      throw new Error(`"${button}": ${message}`);
    });
  try {
    const file = await (await Promise.race([download, failed])).path();
    return { time: Date.now() - started, bytes: statSync(file).size };
  } finally {
    download.catch(() => undefined);
    failed.catch(() => undefined);
    // Closed again, so that what the bench does next is not under the modal dialog.
    if (opened) await page.keyboard.press('Escape');
  }
}

/** Exports of the year shown: time from the click to the file, and its size. */
async function exports(page: Page): Promise<Sample> {
  const sample: Sample = {};
  for (const [key, button] of [
    ['png4x', 'PNG 4×'],
    ['svg', 'SVG'],
  ] as const) {
    const { time, bytes } = await timedDownload(page, button);
    sample[`${key}Time`] = time;
    sample[`${key}Bytes`] = bytes;
  }
  return sample;
}

/** Every year in one picture ("Small multiples"), as SVG and as PNG (each its own part), at the size the panel starts on (as on screen). */
async function smallMultiples(page: Page, part: Part, prefix: 'smallMultiples' | 'tilesSmallMultiples', where: string): Promise<void> {
  for (const format of ['SVG', 'PNG'] as const) {
    await part(`${where}, small multiples (${format})`, async () => {
      const { time, bytes } = await timedDownload(page, `Small multiples (${format})`);
      const key = `${prefix}${format === 'SVG' ? 'Svg' : 'Png'}`;
      return { [`${key}Time`]: time, [`${key}Bytes`]: bytes };
    });
  }
}

/**
 * The upgrade to MapLibre: from the click on "Zoom in" to MapLibre drawn in
 * the SVG map's place (data-renderer="webgl", data-state="idle"), and to
 * pfa:map-loaded on the way. Then "Zoom out" puts the camera back where
 * the SVG map had it, so that what follows sees the same forces.
 */
async function upgrade(page: Page): Promise<Sample> {
  await page.evaluate(() => {
    const map = document.querySelector('#map')!;
    const button = document.querySelector('.map-zoom-button[aria-label="Zoom in"]')!;
    const watch = { clicked: 0, drawn: 0 };
    (window as unknown as { benchUpgrade: typeof watch }).benchUpgrade = watch;
    button.addEventListener('click', (event) => (watch.clicked = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (map.getAttribute('data-renderer') === 'webgl' && map.getAttribute('data-state') === 'idle') {
        watch.drawn = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(map, { attributes: true, attributeFilter: ['data-renderer', 'data-state'] });
  });
  await page.click('.map-zoom-button[aria-label="Zoom in"]');
  await waitForMap(page, 'webgl');
  const mapLoaded = await markTime(page, 'pfa:map-loaded');
  const watch = await page.evaluate(() => (window as unknown as { benchUpgrade: { clicked: number; drawn: number } }).benchUpgrade);
  await waitForStillCamera(page);
  await page.click('.map-zoom-button[aria-label="Zoom out"]');
  await waitForStillCamera(page);
  await waitForMap(page, 'webgl');
  return { upgradeToMapLoaded: mapLoaded - watch.clicked, upgradeToWebglIdle: watch.drawn - watch.clicked };
}

/** Import of the 32 MB Home Office table: to the report, then to offence 86 summed; the longest main-thread task meanwhile. */
async function importTable(page: Page): Promise<Sample> {
  await page.click('#import-panel summary');
  await page.locator('#import-file').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const state = { longest: 0, gap: 0, tick: performance.now() };
    (window as unknown as { importWatch: typeof state }).importWatch = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longest = Math.max(state.longest, entry.duration);
    }).observe({ type: 'longtask' });
    setInterval(() => {
      const now = performance.now();
      state.gap = Math.max(state.gap, now - state.tick);
      state.tick = now;
    }, 10);
  });
  const started = Date.now();
  await page.setInputFiles('#import-file', rawSources.homeOfficeTable);
  await page.locator('#offence-search').waitFor({ timeout: 60_000 });
  const importReport = Date.now() - started;
  await page.check('input[data-code="86"]');
  const summed = Date.now();
  await page.click('#offence-apply');
  await page.locator('#import-use').waitFor({ timeout: 60_000 });
  const importSum = Date.now() - summed;
  const watch = await page.evaluate(() => (window as unknown as { importWatch: { longest: number; gap: number } }).importWatch);
  return { importReport, importSum, importTotal: importReport + importSum, importLongestTask: watch.longest, importLongestGap: watch.gap };
}

/** The view the map shows, and whether it is the one given (each edge within 1% of the span). */
async function checkSameView(page: Page, wanted: { west: number; east: number; south: number; north: number }): Promise<void> {
  const shown = await page.evaluate(() => window.pfaAtlas!.viewBounds());
  const tolerance = 0.01 * Math.max(wanted.east - wanted.west, wanted.north - wanted.south);
  const off = (['west', 'east', 'south', 'north'] as const).filter((edge) => Math.abs(shown[edge] - wanted[edge]) > tolerance);
  if (off.length > 0) {
    const box = (b: typeof shown) => `${b.west.toFixed(2)}…${b.east.toFixed(2)} E, ${b.south.toFixed(2)}…${b.north.toFixed(2)} N`;
    throw new Error(`after "Zoom in" then "Zoom out", MapLibre shows ${box(shown)}, not the SVG map's ${box(wanted)}`);
  }
}

/**
 * The default view, as a reader meets it: the first coloured frame and
 * what loaded before it; a year play and hovers on the SVG map; the
 * exports of the year shown and of every year (small multiples); the
 * upgrade to MapLibre; a year play and hovers on MapLibre;
 * the import. A part that fails is reported by name and the rest goes on.
 */
export async function measureApp(browser: Browser, url: string): Promise<{ sample: Sample; resourcesBeforeFirstFrame: string[]; failures: string[] }> {
  const page = await newPage(browser);
  await page.goto(url);
  const firstFrame = await markTime(page, 'pfa:first-frame');
  const firstLoad = await page.evaluate((frame) => {
    const tasks = (window as unknown as { benchLongTasks: { start: number; duration: number }[] }).benchLongTasks.filter((task) => task.start < frame);
    return {
      resources: [location.href, ...performance.getEntriesByType('resource').filter((entry) => entry.startTime <= frame).map((entry) => entry.name)],
      longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
      blocking: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    };
  }, firstFrame);
  await waitForMap(page, 'svg');
  const sample: Sample = {
    firstFrame,
    dataLoaded: await markTime(page, 'pfa:data-loaded'),
    firstLoadLongestTask: firstLoad.longestTask,
    firstLoadBlocking: firstLoad.blocking,
  };
  const failures: string[] = [];
  const part = partsInto(sample, failures);
  await part('SVG map, year play', () => yearPlay(page, 'svg'));
  await part('SVG map, hover', () => hover(page, 'svg'));
  await part('exports', () => exports(page));
  await smallMultiples(page, part, 'smallMultiples', 'default view');
  const svgView = await page.evaluate(() => window.pfaAtlas!.viewBounds());
  if ((await part('upgrade to MapLibre', () => upgrade(page))) && (await part('MapLibre year play and hover', () => checkSameView(page, svgView)))) {
    await part('MapLibre, year play', () => yearPlay(page, 'webgl'));
    await part('MapLibre, hover', () => hover(page, 'webgl'));
  }
  await part('import', () => importTable(page));
  await page.context().close();
  return { sample, resourcesBeforeFirstFrame: firstLoad.resources, failures };
}

/**
 * The offence switch (issue 11) on the default view: the picker opened and
 * the offence typed, then from Enter to the map drawn in the new colours
 * (data-state="idle" with fills unlike the last ones). Returns the times
 * and the offence files fetched for each.
 */
export async function measureOffenceSwitch(browser: Browser, url: string): Promise<{ sample: Sample; files: Record<string, string> }> {
  const page = await newPage(browser);
  await page.goto(url);
  await waitForMap(page, 'svg');
  const sample: Sample = {};
  const files: Record<string, string> = {};
  for (const { key, query, id } of OFFENCE_SWITCHES) {
    await page.click('#offence-button');
    await page.locator('#offence-picker-search').waitFor();
    await page.fill('#offence-picker-search', query);
    const active = await page.waitForFunction(() => document.querySelector<HTMLElement>('#offence-options [aria-selected="true"]')?.dataset['id']);
    const chosen = await active.jsonValue();
    if (chosen !== id) throw new Error(`Typing "${query}" in the offence picker puts ${chosen} first, not ${id}: change OFFENCE_SWITCHES in bench/browser-measures.ts.`);
    const fetchedBefore = await page.evaluate(() => performance.getEntriesByType('resource').length);
    await page.evaluate(() => {
      const map = document.querySelector('#map')!;
      const before = JSON.stringify(window.pfaAtlas!.renderedFills());
      const watch = { pressed: 0, drawn: 0 };
      (window as unknown as { benchSwitch: typeof watch }).benchSwitch = watch;
      document.addEventListener('keydown', (event) => event.key === 'Enter' && (watch.pressed = event.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (map.getAttribute('data-state') === 'idle' && JSON.stringify(window.pfaAtlas!.renderedFills()) !== before) {
          watch.drawn = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(map, { attributes: true, attributeFilter: ['data-state'] });
    });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { benchSwitch: { drawn: number } }).benchSwitch.drawn > 0, null, { timeout: 30_000 });
    const watch = await page.evaluate(() => (window as unknown as { benchSwitch: { pressed: number; drawn: number } }).benchSwitch);
    sample[`${key}Switch`] = watch.drawn - watch.pressed;
    const fetched = await page.evaluate((from) => performance.getEntriesByType('resource').slice(from).map((entry) => new URL(entry.name).pathname), fetchedBefore);
    const file = fetched.find((pathname) => /\/generated\/offences\/(?!index\.json)[^/]+\.json$/.test(pathname));
    if (!file) throw new Error(`Choosing ${id} fetched no offence file (fetched: ${fetched.join(', ') || 'nothing'})`);
    files[key] = file.slice(file.indexOf('generated/'));
  }
  await page.context().close();
  return { sample, files };
}

/**
 * Watches, from before the page's first script, for the first moment #map
 * shows the tile map drawn (data-layout="tiles", data-state="idle", the
 * inspection's renderer "tiles") with its tiles coloured. The map says
 * idle inside the animation frame that paints what it drew, as
 * pfa:first-frame is marked for the SVG map; the geographic map drawn
 * before the tile map arrives does not count. (No function is named
 * inside: tsx would wrap it in a helper the page does not have.)
 */
function watchTileMap(): void {
  const watch = { drawn: 0, coloured: 0, tiles: 0 };
  const signal: { shown?: () => void } = {};
  const done = new Promise<void>((resolve) => (signal.shown = resolve));
  Object.assign(window, { benchTiles: { watch, done } });
  const observer = new MutationObserver(() => {
    const map = document.querySelector('#map');
    const atlas = window.pfaAtlas;
    if (map?.getAttribute('data-layout') !== 'tiles' || map.getAttribute('data-state') !== 'idle' || atlas?.renderer() !== 'tiles') return;
    const fills = Object.values(atlas.renderedFills());
    const coloured = fills.filter((fill) => fill !== null).length;
    if (coloured === 0) return;
    Object.assign(watch, { drawn: performance.now(), coloured, tiles: fills.length });
    observer.disconnect();
    signal.shown!();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-layout', 'data-state'] });
}

/** The tile map's first coloured frame, from navigation start; beside it the app's own pfa:first-frame on that page. */
async function tileFirstFrame(page: Page, url: string): Promise<Sample> {
  await page.goto(url);
  const shown = await page.evaluate(async () => {
    const { watch, done } = (window as unknown as { benchTiles: { watch: { drawn: number; tiles: number }; done: Promise<void> } }).benchTiles;
    const timedOut = await Promise.race([done.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 60_000))]);
    const map = document.querySelector('#map');
    return { ...watch, timedOut, layout: map?.getAttribute('data-layout'), state: map?.getAttribute('data-state'), renderer: window.pfaAtlas?.renderer() };
  });
  if (shown.timedOut) throw new Error(`the tile map was not shown drawn and coloured within 60 s (#map data-layout="${shown.layout}", data-state="${shown.state}", renderer ${shown.renderer ?? 'not installed'})`);
  if (shown.tiles !== 43) throw new Error(`the tile map drew ${shown.tiles} tiles, not one for each of the 43 forces`);
  return { tilesFirstFrame: shown.drawn, tilesFirstFrameMark: await markTime(page, 'pfa:first-frame') };
}

/**
 * The tile map (view=tiles, issue 16) on a fresh page: its first coloured
 * frame, then every year in small multiples, drawn as tiles. A part that
 * fails is reported by name and the rest goes on.
 */
export async function measureTiles(browser: Browser, url: string): Promise<{ sample: Sample; failures: string[] }> {
  const page = await newPage(browser);
  await page.addInitScript(watchTileMap);
  const sample: Sample = {};
  const failures: string[] = [];
  const part = partsInto(sample, failures);
  if (await part('tile map, first frame', () => tileFirstFrame(page, `${url}?view=tiles`))) {
    await smallMultiples(page, part, 'tilesSmallMultiples', 'tile map');
  } else {
    failures.push('tile map, small multiples: not tried, as the tile map was not shown');
  }
  await page.context().close();
  return { sample, failures };
}
