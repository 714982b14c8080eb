/**
 * npm run bench: what users feel, measured in Debian's chromium against the
 * built app, N times (BENCH_RUNS, default 7), beside the physical floor (a
 * bare MapLibre page drawing the same TopoJSON uncoloured). Prints min,
 * median and max of every measure, writes bench/results.json and
 * bench/results.md, and puts the table in README.md.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../test/e2e/browser';
import { rawSources } from '../data/sources';
import { builtFiles } from './bytes';
import { serveStatic } from './static-server';
import { percentile, spread, type Spread } from './stats';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const floorDist = path.join(root, 'bench', 'out', 'floor');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const DORSET: [number, number] = [-2.3, 50.8];
/** As many repaints as a play through the Home Office years has steps. */
const FLOOR_REPAINTS = 10;
const HOVER_POINTS: [number, number][] = [DORSET, [0.7, 51.2], [-1.5, 53.8], [-3.5, 51.6], [-2.2, 53.5], [1.0, 52.6]];

type Sample = Record<string, number>;

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: 60_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

/** The floor's first frame, and its repaints timed as the app's year steps are: from the change to two animation frames on. */
async function measureFloor(browser: Browser, url: string): Promise<{ firstFrame: number; repaints: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const firstFrame = await markTime(page, 'pfa:first-frame');
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
  await context.close();
  return { firstFrame, repaints };
}

async function measureApp(browser: Browser, url: string): Promise<{ sample: Sample; resourcesBeforeFirstFrame: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const sample: Sample = {};
  await page.goto(url);
  sample.firstFrame = await markTime(page, 'pfa:first-frame');
  const resourcesBeforeFirstFrame = await page.evaluate((firstFrame) => {
    const entries = performance.getEntriesByType('resource').filter((entry) => entry.startTime <= firstFrame);
    return [location.href, ...entries.map((entry) => entry.name)];
  }, sample.firstFrame);

  // A full play through every year: script time per step, and time to the next frame.
  await page.focus('#year-slider');
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelector('#map')?.getAttribute('data-state') === 'idle');
  await page.evaluate(() => performance.clearMeasures());
  await page.keyboard.press(' ');
  await page.waitForFunction(() => document.querySelector('.timeline-play')?.getAttribute('aria-pressed') === 'false', null, { timeout: 60_000 });
  await page.waitForTimeout(100);
  const steps = await page.evaluate(() => ({
    script: performance.getEntriesByName('pfa:year-script').map((entry) => entry.duration),
    frame: performance.getEntriesByName('pfa:year-frame').map((entry) => entry.duration),
  }));
  sample.yearScriptP50 = percentile(steps.script, 50);
  sample.yearScriptP95 = percentile(steps.script, 95);
  sample.yearFrameP50 = percentile(steps.frame, 50);
  sample.yearFrameP95 = percentile(steps.frame, 95);
  sample.yearSteps = steps.script.length;

  // Hover to tooltip: from the pointer event to the tooltip showing that force.
  await page.evaluate(() => {
    const times: number[] = [];
    let last = 0;
    (window as unknown as { hoverTimes: number[] }).hoverTimes = times;
    document.querySelector('#map')!.addEventListener('pointermove', (event) => (last = event.timeStamp), { capture: true });
    new MutationObserver(() => {
      if (last) times.push(performance.now() - last);
      last = 0;
    }).observe(document.querySelector('.tooltip')!, { childList: true, attributes: true });
  });
  for (const point of HOVER_POINTS) {
    const { x, y } = await page.evaluate((p) => window.pfaAtlas!.pagePointOf(p), point);
    await page.mouse.move(x, y);
    await page.waitForTimeout(120);
  }
  const hovers = await page.evaluate(() => (window as unknown as { hoverTimes: number[] }).hoverTimes);
  sample.hoverMedian = percentile(hovers, 50);
  await page.mouse.move(5, 5);

  // Exports: time from the click to the file, and its size.
  for (const [key, button] of [
    ['png4x', 'PNG 4×'],
    ['svg', 'SVG'],
  ] as const) {
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`.export-buttons button:text-is("${button}")`)]);
    const file = await download.path();
    sample[`${key}Time`] = Date.now() - started;
    sample[`${key}Bytes`] = statSync(file).size;
  }

  // Import of the 32 MB Home Office table: to the report, then to offence 86 summed; the longest main-thread task meanwhile.
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
  const importStarted = Date.now();
  await page.setInputFiles('#import-file', rawSources.homeOfficeTable);
  await page.locator('#offence-search').waitFor({ timeout: 60_000 });
  sample.importReport = Date.now() - importStarted;
  await page.check('input[data-code="86"]');
  const summed = Date.now();
  await page.click('#offence-apply');
  await page.locator('#import-use').waitFor({ timeout: 60_000 });
  sample.importSum = Date.now() - summed;
  sample.importTotal = sample.importReport + sample.importSum;
  const watch = await page.evaluate(() => (window as unknown as { importWatch: { longest: number; gap: number } }).importWatch);
  sample.importLongestTask = watch.longest;
  sample.importLongestGap = watch.gap;
  await context.close();
  return { sample, resourcesBeforeFirstFrame };
}

function buildAll(): void {
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
  execSync(`npx vite build --config ${path.join('bench', 'floor', 'vite.config.ts')}`, { cwd: root, stdio: 'inherit' });
}

const fmt = (value: number, digits = 0) => value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  buildAll();
  const server = await serveStatic({ '/app/': dist, '/floor/': floorDist });
  const browser = await launchBrowser();
  const samples: Sample[] = [];
  let resources: string[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const floor = await measureFloor(browser, `${server.url}/floor/`);
      const app = await measureApp(browser, `${server.url}/app/`);
      app.sample.floor = floor.firstFrame;
      app.sample.ratio = app.sample.firstFrame! / floor.firstFrame;
      app.sample.floorRepaintP50 = percentile(floor.repaints, 50);
      app.sample.floorRepaintP95 = percentile(floor.repaints, 95);
      app.sample.yearFrameRatio = app.sample.yearFrameP50! / app.sample.floorRepaintP50;
      samples.push(app.sample);
      resources = app.resourcesBeforeFirstFrame;
      console.log(
        `run ${run + 1}/${runs}: first frame ${fmt(app.sample.firstFrame!)} ms (floor ${fmt(floor.firstFrame)} ms), year step to frame p50 ${fmt(app.sample.yearFrameP50!)} ms (floor repaint ${fmt(app.sample.floorRepaintP50)} ms), import ${fmt(app.sample.importTotal!)} ms`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const files = builtFiles(dist);
  const sizeOf = (role: string) => files.filter((file) => file.role === role).reduce((sum, file) => sum + file.gzip, 0);
  const loaded = new Set(resources.map((url) => new URL(url).pathname.replace(/^\/app\//, '') || 'index.html'));
  const beforeFirstFrame = files.filter((file) => loaded.has(file.file) || (file.file === 'index.html' && loaded.has('index.html')));
  const initialJs = beforeFirstFrame.filter((file) => file.file.endsWith('.js') || file.file.endsWith('.mjs'));
  const bytes = {
    appJsInitialWithoutMaplibre: initialJs.filter((file) => file.role !== 'maplibre' && file.role !== 'maplibre worker').reduce((sum, file) => sum + file.gzip, 0),
    maplibre: sizeOf('maplibre'),
    maplibreWorker: sizeOf('maplibre worker'),
    css: beforeFirstFrame.filter((file) => file.role === 'CSS').reduce((sum, file) => sum + file.gzip, 0),
    topojson: sizeOf('TopoJSON'),
    data: beforeFirstFrame.filter((file) => file.role === 'data').reduce((sum, file) => sum + file.gzip, 0),
    allBeforeFirstFrame: beforeFirstFrame.reduce((sum, file) => sum + file.gzip, 0),
    filesBeforeFirstFrame: beforeFirstFrame.map((file) => file.file),
  };

  const keys = Object.keys(samples[0]!);
  const summary: Record<string, Spread> = Object.fromEntries(keys.map((key) => [key, spread(samples.map((sample) => sample[key]!))]));
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, ${execSync('/usr/bin/chromium --version').toString().trim()} (software WebGL, SwiftShader)`;
  const results = { date: new Date().toISOString(), machine, runs, summary, bytes, samples };
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const markdown = resultsMarkdown(results);
  writeFileSync(path.join(root, 'bench', 'results.md'), markdown);
  updateReadme(markdown);
  console.log(`\n${markdown}`);
}

interface Row {
  label: string;
  key: string;
  unit: string;
  budget?: { max: number; text: string };
  digits?: number;
}

const ROWS: Row[] = [
  { label: 'First complete choropleth frame', key: 'firstFrame', unit: 'ms' },
  { label: 'Floor: bare MapLibre page, same TopoJSON, uncoloured', key: 'floor', unit: 'ms' },
  { label: 'App / floor', key: 'ratio', unit: '×', digits: 2, budget: { max: 1.2, text: '≤ 1.2×' } },
  { label: 'Year step, script to feature-state applied, p50', key: 'yearScriptP50', unit: 'ms', digits: 2 },
  { label: 'Year step, script to feature-state applied, p95', key: 'yearScriptP95', unit: 'ms', digits: 2, budget: { max: 4, text: '≤ 4 ms' } },
  { label: 'Year step to next rendered frame, p50', key: 'yearFrameP50', unit: 'ms', digits: 1 },
  { label: 'Year step to next rendered frame, p95', key: 'yearFrameP95', unit: 'ms', digits: 1, budget: { max: 17, text: '≤ 17 ms' } },
  { label: 'Floor: a repaint to the next rendered frame, p50', key: 'floorRepaintP50', unit: 'ms', digits: 1 },
  { label: 'Floor: a repaint to the next rendered frame, p95', key: 'floorRepaintP95', unit: 'ms', digits: 1 },
  { label: 'Year step to frame / floor repaint (p50)', key: 'yearFrameRatio', unit: '×', digits: 2 },
  { label: 'Hover to tooltip (median of 6 forces)', key: 'hoverMedian', unit: 'ms', digits: 1, budget: { max: 50, text: '≤ 50 ms' } },
  { label: 'PNG export at 4×', key: 'png4xTime', unit: 'ms', budget: { max: 1500, text: '≤ 1,500 ms' } },
  { label: 'PNG export at 4×, size', key: 'png4xBytes', unit: 'bytes' },
  { label: 'SVG export', key: 'svgTime', unit: 'ms', budget: { max: 150, text: '≤ 150 ms' } },
  { label: 'SVG export, size', key: 'svgBytes', unit: 'bytes', budget: { max: 150 * 1024, text: '≤ 150 KB' } },
  { label: 'Import 32 MB Home Office table: file to report', key: 'importReport', unit: 'ms' },
  { label: 'Import: offence 86 chosen to dataset ready', key: 'importSum', unit: 'ms' },
  { label: 'Import: total', key: 'importTotal', unit: 'ms', budget: { max: 4000, text: '≤ 4,000 ms' } },
  { label: 'Import: longest main-thread task (long tasks API; 0 = none over 50 ms)', key: 'importLongestTask', unit: 'ms', budget: { max: 50, text: '≤ 50 ms' } },
  { label: 'Import: longest gap between 10 ms timer ticks on the page', key: 'importLongestGap', unit: 'ms' },
];

function resultsMarkdown(results: { date: string; machine: string; runs: number; summary: Record<string, Spread>; bytes: Record<string, number | string[]> }): string {
  const { summary, bytes } = results;
  const lines = [
    `Measured ${results.date.slice(0, 10)} on ${results.machine}; ${results.runs} runs (\`npm run bench\`).`,
    '',
    '| measure | min | median | max | budget (median) |',
    '|---|---:|---:|---:|---|',
  ];
  for (const row of ROWS) {
    const value = summary[row.key];
    if (!value) continue;
    const verdict = row.budget ? `${row.budget.text} ${value.median <= row.budget.max ? 'met' : '**missed**'}` : '';
    const show = (n: number) => `${fmt(n, row.digits ?? 0)} ${row.unit}`;
    lines.push(`| ${row.label} | ${show(value.min)} | ${show(value.median)} | ${show(value.max)} | ${verdict} |`);
  }
  const frame = summary.yearFrameP95;
  const floorRepaint = summary.floorRepaintP50;
  if (frame && floorRepaint && frame.median > 17) {
    lines.push(
      '',
      `A year step cannot reach the next frame within 17 ms here: with software WebGL a repaint of the floor page, timed the same way (from the change to two animation frames on), takes ${fmt(floorRepaint.median, 1)} ms at the median, so the rasteriser alone uses up several frames.`,
    );
  }
  const kb = (n: number) => `${fmt(n / 1024, 1)} KB`;
  const byteRows: [string, number, string][] = [
    ['App JS before the first frame, without MapLibre', bytes.appJsInitialWithoutMaplibre as number, '≤ 50 KB'],
    ['MapLibre GL JS', bytes.maplibre as number, ''],
    ['MapLibre worker', bytes.maplibreWorker as number, ''],
    ['CSS', bytes.css as number, ''],
    ['TopoJSON', bytes.topojson as number, '≤ 35 KB'],
    ['Data (default dataset and population)', bytes.data as number, ''],
    ['Everything loaded before the first frame', bytes.allBeforeFirstFrame as number, ''],
  ];
  lines.push('', '| bytes (gzip) | size | budget |', '|---|---:|---|');
  for (const [label, size, budget] of byteRows) lines.push(`| ${label} | ${kb(size)} | ${budget ? `${budget} ${size <= Number.parseFloat(budget.slice(2)) * 1024 ? 'met' : '**missed**'}` : ''} |`);
  return lines.join('\n') + '\n';
}

function updateReadme(markdown: string): void {
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!readme.includes(start)) return;
  writeFileSync(readmePath, readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${markdown}${end}`));
}

await main();
