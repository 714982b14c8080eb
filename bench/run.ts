/**
 * npm run bench: what users feel, measured in Debian's chromium against the
 * built app, BENCH_RUNS times (default 7), beside the physical floor (a
 * bare MapLibre page drawing the same TopoJSON uncoloured): the default
 * view, the offence switch, and the tile map (view=tiles); then
 * Lighthouse in its mobile profile, BENCH_LIGHTHOUSE_RUNS times (default
 * 3; 0 skips it) on the default view and on the Dorset story link. Prints
 * min, median and max of every measure, writes bench/results.json and
 * bench/results.md, and puts the tables in README.md.
 * Quick try: BENCH_RUNS=1 BENCH_LIGHTHOUSE_RUNS=1 npm run bench
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { chromiumPath, launchBrowser } from '../test/e2e/browser';
import { measureApp, measureFloor, measureOffenceSwitch, measureTiles, OFFENCE_SWITCHES, type Sample } from './browser-measures';
import { builtFiles, gzipBytes } from './bytes';
import { measureSpreadsheetImport } from './spreadsheet-import';
import { rawSources } from '../data/sources';
import { fixturePaths } from '../test/fixtures/fixture-paths';
import { runLighthouse } from './lighthouse';
import type { LighthouseRun } from './lighthouse-summary';
import { resultsMarkdown, type BenchResults, type LighthousePage } from './report';
import { serveStatic } from './static-server';
import { spread, type Spread } from './stats';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const floorDist = path.join(root, 'bench', 'out', 'floor');
const runs = positiveInteger('BENCH_RUNS', 7, 1);
const lighthouseRuns = positiveInteger('BENCH_LIGHTHOUSE_RUNS', 3, 0);
/** The pages Lighthouse audits: the default view, and the link of the Dorset story. */
const LIGHTHOUSE_PAGES = [
  { name: 'default', label: 'default view', search: '' },
  { name: 'dorset', label: 'Dorset story link', search: '?dataset=nspcc-foi&year=2020-21&region=south-west&force=dorset' },
] as const;

function positiveInteger(name: string, fallback: number, least: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < least) throw new Error(`${name} must be a whole number, ${least} or more (got "${process.env[name]}")`);
  return value;
}

function buildAll(): void {
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
  // The whole Home Office release as .ods, for the spreadsheet import beside the CSV's.
  if (!existsSync(fixturePaths.fullOds)) execSync('npx tsx scripts/make-spreadsheet-fixtures.ts', { cwd: root, stdio: 'inherit' });
  execSync(`npx vite build --config ${path.join('bench', 'floor', 'vite.config.ts')}`, { cwd: root, stdio: 'inherit' });
}

const fmt = (value: number | undefined) => (value === undefined ? 'not measured' : value.toLocaleString('en-GB', { maximumFractionDigits: 0 }));

/** The browser measures, one run after another: floor, app, offence switch, tile map. */
async function browserRuns(): Promise<{ samples: Sample[]; resources: string[]; offenceFiles: Record<string, string>; failures: BenchResults['failures'] }> {
  const server = await serveStatic({ '/app/': dist, '/floor/': floorDist });
  const browser = await launchBrowser();
  const samples: Sample[] = [];
  let resources: string[] = [];
  let offenceFiles: Record<string, string> = {};
  const failures: BenchResults['failures'] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const floor = await measureFloor(browser, `${server.url}/floor/`);
      const app = await measureApp(browser, `${server.url}/app/`);
      const offence = await measureOffenceSwitch(browser, `${server.url}/app/`);
      const tiles = await measureTiles(browser, `${server.url}/app/`);
      const spreadsheet = await measureSpreadsheetImport(browser, `${server.url}/app/`, { csv: rawSources.homeOfficeTable, ods: fixturePaths.fullOds });
      const sample: Sample = { ...floor, ...app.sample, ...offence.sample, ...tiles.sample, ...spreadsheet };
      sample.ratio = sample.firstFrame! / floor.floor!;
      if (sample.tilesFirstFrame !== undefined) sample.tilesRatio = sample.tilesFirstFrame / floor.floor!;
      if (sample.webglYearFrameP50 !== undefined) sample.webglYearFrameRatio = sample.webglYearFrameP50 / floor.floorRepaintP50!;
      samples.push(sample);
      for (const failure of [...app.failures, ...tiles.failures]) {
        failures.push({ run: run + 1, failure });
        console.log(`run ${run + 1}: not measured: ${failure}`);
      }
      resources = app.resourcesBeforeFirstFrame;
      offenceFiles = offence.files;
      console.log(
        `run ${run + 1}/${runs}: first frame ${fmt(sample.firstFrame)} ms, tile map ${fmt(sample.tilesFirstFrame)} ms (floor ${fmt(sample.floor)} ms), small multiples SVG ${fmt(sample.smallMultiplesSvgTime)} ms, tiles ${fmt(sample.tilesSmallMultiplesSvgTime)} ms, year step to frame p50 SVG ${fmt(sample.svgYearFrameP50)} ms, MapLibre ${fmt(sample.webglYearFrameP50)} ms, upgrade ${fmt(sample.upgradeToWebglIdle)} ms, import ${fmt(sample.importTotal)} ms, .ods to report ${fmt(sample.odsImportReport)} ms against the CSV's ${fmt(sample.csvImportReport)} ms (${sample.odsToCsvRatio?.toFixed(2)}×), worker peak heap ${fmt(sample.odsWorkerPeakHeapMb)} MB`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { samples, resources, offenceFiles, failures };
}

/** Lighthouse against the built app as `npm start` serves it (vite preview: gzip, the security headers, robots.txt). */
async function lighthouseRunsOnPages(): Promise<LighthousePage[]> {
  if (lighthouseRuns === 0) return [];
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 4280, strictPort: false, open: false } });
  try {
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('vite preview did not report its address');
    // Lighthouse's SEO audit reads /robots.txt; the SPA fallback would answer it with index.html.
    const robots = await (await fetch(new URL('robots.txt', base))).text();
    if (!/^user-agent:/im.test(robots)) throw new Error(`${base}robots.txt is not a robots.txt (it starts "${robots.slice(0, 40)}"): is public/robots.txt in the build?`);
    const pages: LighthousePage[] = [];
    for (const { name, label, search } of LIGHTHOUSE_PAGES) {
      const url = `${base}${search}`;
      const results: LighthouseRun[] = await runLighthouse(url, name, lighthouseRuns, path.join(root, 'bench', 'out', 'lighthouse'));
      console.log(`Lighthouse ${label}: performance ${results.map((result) => result.scores.performance ?? 'none').join(', ')}`);
      pages.push({ name, label, path: `/${search}`, runs: results });
    }
    return pages;
  } finally {
    await server.close();
  }
}

function bytesOf(resources: string[], offenceFiles: Record<string, string>): BenchResults['bytes'] {
  const files = builtFiles(dist);
  const sizeOf = (role: string) => files.filter((file) => file.role === role).reduce((sum, file) => sum + file.gzip, 0);
  const loaded = new Set(resources.map((url) => new URL(url).pathname.replace(/^\/app\//, '') || 'index.html'));
  const beforeFirstFrame = files.filter((file) => loaded.has(file.file));
  const total = (role: (file: { role: string }) => boolean) => beforeFirstFrame.filter(role).reduce((sum, file) => sum + file.gzip, 0);
  return {
    appJsBeforeFirstFrame: total((file) => file.role === 'app JS'),
    maplibre: sizeOf('maplibre'),
    maplibreWorker: sizeOf('maplibre worker'),
    maplibreCss: sizeOf('maplibre CSS'),
    css: total((file) => file.role === 'CSS'),
    topojson: sizeOf('TopoJSON'),
    data: total((file) => file.role === 'data'),
    allBeforeFirstFrame: total(() => true),
    filesBeforeFirstFrame: beforeFirstFrame.map((file) => file.file),
    // Asked for before the first frame and not in the build: the server answered 404.
    missingBeforeFirstFrame: [...loaded].filter((file) => !files.some((built) => built.file === file)),
    offenceFiles: Object.fromEntries(OFFENCE_SWITCHES.map(({ key, id }) => [key, { id, file: offenceFiles[key]!, gzip: gzipBytes(path.join(dist, offenceFiles[key]!)) }])),
  };
}

async function main(): Promise<void> {
  // Others may share the machine: its load is kept with the figures.
  const loadBefore = os.loadavg()[0]!;
  buildAll();
  const { samples, resources, offenceFiles, failures } = await browserRuns();
  const lighthouse = await lighthouseRunsOnPages();
  // A part that failed in a run leaves its keys out of that run's sample: each spread says over how many runs it is.
  const keys = [...new Set(samples.flatMap((sample) => Object.keys(sample)))];
  const summary: Record<string, Spread & { runs: number }> = Object.fromEntries(
    keys.map((key) => {
      const values = samples.map((sample) => sample[key]).filter((value): value is number => value !== undefined);
      return [key, { ...spread(values), runs: values.length }];
    }),
  );
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, ${execSync(`${chromiumPath} --version`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()} (software WebGL, SwiftShader)`;
  const load = { before: loadBefore, after: os.loadavg()[0]! };
  const results: BenchResults = { date: new Date().toISOString(), machine, load, runs, lighthouseRuns, summary, failures, bytes: bytesOf(resources, offenceFiles), lighthouse, samples };
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const markdown = resultsMarkdown(results);
  writeFileSync(path.join(root, 'bench', 'results.md'), markdown);
  updateReadme(markdown);
  console.log(`\n${markdown}`);
}

function updateReadme(markdown: string): void {
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!readme.includes(start)) return;
  writeFileSync(readmePath, readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), () => `${start}\n${markdown}${end}`));
}

await main();
