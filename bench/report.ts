/** The benchmark's tables: every measure with its min, median and max over the runs, and its budget. */
import { BYTE_BUDGETS_KB } from './budgets';
import type { Sample } from './browser-measures';
import type { LighthouseRun } from './lighthouse-summary';
import { spread, type Spread } from './stats';

export interface LighthousePage {
  name: string;
  label: string;
  /** The path and query audited, from the app's root. */
  path: string;
  runs: LighthouseRun[];
}

export interface BenchResults {
  date: string;
  machine: string;
  /** The machine's 1-minute load average when the benchmark started and ended. */
  load: { before: number; after: number };
  runs: number;
  lighthouseRuns: number;
  summary: Record<string, Spread & { runs: number }>;
  /** Parts of a run that could not be measured, and why. */
  failures: { run: number; failure: string }[];
  bytes: {
    appJsBeforeFirstFrame: number;
    maplibre: number;
    maplibreWorker: number;
    maplibreCss: number;
    css: number;
    topojson: number;
    data: number;
    allBeforeFirstFrame: number;
    filesBeforeFirstFrame: string[];
    missingBeforeFirstFrame: string[];
    offenceFiles: Record<string, { id: string; file: string; gzip: number }>;
  };
  lighthouse: LighthousePage[];
  samples: Sample[];
}

interface Row {
  label: string;
  key: string;
  unit: string;
  budget?: { max: number; text: string };
  digits?: number;
}

const fmt = (value: number, digits = 0) => value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
const verdict = (met: boolean) => (met ? 'met' : '**missed**');

/** The single map's SVG export budget, beside which the small multiples (with no budget of their own) are set. */
const SVG_EXPORT_BUDGET = { ms: 150, bytes: 150 * 1024 };

/** The same measures on either map: a year step (script, and to the next frame) and hover to tooltip. */
function yearStepAndHoverRows(prefix: 'svg' | 'webgl', map: string): Row[] {
  return [
    { label: `${map}: year step, script, p50`, key: `${prefix}YearScriptP50`, unit: 'ms', digits: 2 },
    { label: `${map}: year step, script, p95`, key: `${prefix}YearScriptP95`, unit: 'ms', digits: 2, budget: { max: 4, text: '≤ 4 ms' } },
    { label: `${map}: year step to next rendered frame, p50`, key: `${prefix}YearFrameP50`, unit: 'ms', digits: 1 },
    { label: `${map}: year step to next rendered frame, p95`, key: `${prefix}YearFrameP95`, unit: 'ms', digits: 1, budget: { max: 17, text: '≤ 17 ms' } },
    { label: `${map}: hover to tooltip (median of 6 forces)`, key: `${prefix}HoverMedian`, unit: 'ms', digits: 1, budget: { max: 50, text: '≤ 50 ms' } },
  ];
}

/** Every year in one picture, from the click on its button to the download, on the default view (prefix smallMultiples) or the tile map. */
function smallMultiplesRows(prefix: 'smallMultiples' | 'tilesSmallMultiples', view: string): Row[] {
  return (['SVG', 'PNG'] as const).flatMap((format) => [
    { label: `Small multiples (${format}), ${view}: click to download`, key: `${prefix}${format === 'SVG' ? 'Svg' : 'Png'}Time`, unit: 'ms' },
    { label: `Small multiples (${format}), ${view}, size`, key: `${prefix}${format === 'SVG' ? 'Svg' : 'Png'}Bytes`, unit: 'bytes' },
  ]);
}

const SMALL_MULTIPLES_VIEWS = [
  { prefix: 'smallMultiples', view: 'default view' },
  { prefix: 'tilesSmallMultiples', view: 'tile map' },
] as const;

const ROWS: Row[] = [
  { label: 'Data loaded (`pfa:data-loaded`)', key: 'dataLoaded', unit: 'ms' },
  { label: 'First coloured frame, SVG map (`pfa:first-frame`)', key: 'firstFrame', unit: 'ms' },
  { label: 'First coloured frame, tile map (`?view=tiles`, fresh page: `#map` first shows the tiles coloured and idle)', key: 'tilesFirstFrame', unit: 'ms' },
  { label: "Tile map page: the app's `pfa:first-frame`", key: 'tilesFirstFrameMark', unit: 'ms' },
  { label: 'Floor: bare MapLibre page, same TopoJSON, uncoloured', key: 'floor', unit: 'ms' },
  { label: 'First coloured frame, SVG map / floor', key: 'ratio', unit: '×', digits: 2, budget: { max: 0.5, text: '≤ 0.5×' } },
  { label: 'First coloured frame, tile map / floor', key: 'tilesRatio', unit: '×', digits: 2 },
  { label: 'First load: longest main-thread task before the first frame', key: 'firstLoadLongestTask', unit: 'ms' },
  { label: 'First load: blocking time before the first frame (tasks over 50 ms)', key: 'firstLoadBlocking', unit: 'ms' },
  ...yearStepAndHoverRows('svg', 'SVG map'),
  { label: 'Offence switch: Enter in the picker to the recoloured map, sexual offences', key: 'sexualOffencesSwitch', unit: 'ms' },
  { label: 'Offence switch: Enter in the picker to the recoloured map, all crime', key: 'allCrimeSwitch', unit: 'ms' },
  { label: 'Upgrade to MapLibre: "Zoom in" clicked to `pfa:map-loaded`', key: 'upgradeToMapLoaded', unit: 'ms' },
  { label: 'Upgrade to MapLibre: "Zoom in" clicked to MapLibre drawn in place', key: 'upgradeToWebglIdle', unit: 'ms' },
  ...yearStepAndHoverRows('webgl', 'MapLibre'),
  { label: 'Floor: a repaint to the next rendered frame, p50', key: 'floorRepaintP50', unit: 'ms', digits: 1 },
  { label: 'Floor: a repaint to the next rendered frame, p95', key: 'floorRepaintP95', unit: 'ms', digits: 1 },
  { label: 'MapLibre: year step to frame / floor repaint (p50)', key: 'webglYearFrameRatio', unit: '×', digits: 2 },
  { label: 'PNG export at 4×', key: 'png4xTime', unit: 'ms', budget: { max: 1500, text: '≤ 1,500 ms' } },
  { label: 'PNG export at 4×, size', key: 'png4xBytes', unit: 'bytes' },
  { label: 'SVG export', key: 'svgTime', unit: 'ms', budget: { max: SVG_EXPORT_BUDGET.ms, text: `≤ ${fmt(SVG_EXPORT_BUDGET.ms)} ms` } },
  { label: 'SVG export, size', key: 'svgBytes', unit: 'bytes', budget: { max: SVG_EXPORT_BUDGET.bytes, text: `≤ ${fmt(SVG_EXPORT_BUDGET.bytes / 1024)} KB` } },
  ...SMALL_MULTIPLES_VIEWS.flatMap(({ prefix, view }) => smallMultiplesRows(prefix, view)),
  { label: 'Import 32 MB Home Office table: file to report', key: 'importReport', unit: 'ms' },
  { label: 'Import: offence 86 chosen to dataset ready', key: 'importSum', unit: 'ms' },
  { label: 'Import: total', key: 'importTotal', unit: 'ms', budget: { max: 4000, text: '≤ 4,000 ms' } },
  { label: 'Import: longest main-thread task (long tasks API; 0 = none over 50 ms)', key: 'importLongestTask', unit: 'ms', budget: { max: 50, text: '≤ 50 ms' } },
  { label: 'Import: longest gap between 10 ms timer ticks on the page', key: 'importLongestGap', unit: 'ms' },
];

function browserTable(summary: BenchResults['summary'], runs: number): string[] {
  const lines = ['| measure | min | median | max | budget (median) |', '|---|---:|---:|---:|---|'];
  for (const row of ROWS) {
    const value = summary[row.key];
    const budget = row.budget?.text ?? '';
    if (!value || value.runs === 0) {
      lines.push(`| ${row.label} | | not measured | | ${budget} |`);
      continue;
    }
    const show = (n: number) => `${fmt(n, row.digits ?? 0)} ${row.unit}`;
    const label = value.runs < runs ? `${row.label} (${value.runs} of ${runs} runs)` : row.label;
    lines.push(`| ${label} | ${show(value.min)} | ${show(value.median)} | ${show(value.max)} | ${row.budget ? `${budget} ${verdict(value.median <= row.budget.max)}` : ''} |`);
  }
  const frame = summary.webglYearFrameP95;
  const floorRepaint = summary.floorRepaintP50;
  if (frame && floorRepaint && frame.median > 17) {
    lines.push(
      '',
      `On MapLibre a year step cannot reach the next frame within 17 ms here: with software WebGL a repaint of the floor page, timed the same way (from the change to two animation frames on), takes ${fmt(floorRepaint.median, 1)} ms at the median, so the rasteriser alone uses up several frames.`,
    );
  }
  return [...lines, ...smallMultiplesNote(summary)];
}

/** How the SVG of every year compares with the single map's SVG export budget, in multiples of it. */
function smallMultiplesNote(summary: BenchResults['summary']): string[] {
  const median = (key: string) => (summary[key]?.runs ? summary[key].median : undefined);
  const views = SMALL_MULTIPLES_VIEWS.flatMap(({ prefix, view }) => {
    const time = median(`${prefix}SvgTime`);
    const bytes = median(`${prefix}SvgBytes`);
    return time === undefined || bytes === undefined ? [] : [{ view, time, bytes }];
  });
  if (views.length === 0) return [];
  const single = median('svgTime') !== undefined && median('svgBytes') !== undefined ? `; measured here at ${fmt(median('svgTime')!)} ms and ${kb(median('svgBytes')!)}` : '';
  const compared = views.map(
    ({ view, time, bytes }, index) =>
      `${view} ${fmt(time)} ms (${fmt(time / SVG_EXPORT_BUDGET.ms, 2)}×${index === 0 ? ' the budget' : ''}) and ${kb(bytes)} (${fmt(bytes / SVG_EXPORT_BUDGET.bytes, 2)}×)`,
  );
  return [
    '',
    `Small multiples have no budget of their own. Beside the single map's SVG export budget (≤ ${fmt(SVG_EXPORT_BUDGET.ms)} ms, ≤ ${fmt(SVG_EXPORT_BUDGET.bytes / 1024)} KB${single}), the SVG of every year in one picture takes, at the median: ${compared.join('; ')}.`,
  ];
}

function bytesTable(bytes: BenchResults['bytes']): string[] {
  const rows: [string, number, number | undefined][] = [
    ['App JS before the first coloured frame (`main-*.js` and its static imports)', bytes.appJsBeforeFirstFrame, BYTE_BUDGETS_KB.firstFrameJs],
    ['CSS before the first coloured frame', bytes.css, undefined],
    ['TopoJSON', bytes.topojson, BYTE_BUDGETS_KB.topojson],
    ['Data (population, offence 86)', bytes.data, undefined],
    ['Everything loaded before the first coloured frame (with index.html)', bytes.allBeforeFirstFrame, BYTE_BUDGETS_KB.firstFrameAll],
    ['MapLibre GL JS, loaded on the first zoom or pan', bytes.maplibre, undefined],
    ['MapLibre worker', bytes.maplibreWorker, undefined],
    ['MapLibre CSS', bytes.maplibreCss, undefined],
    ...Object.values(bytes.offenceFiles).map(({ id, file, gzip }): [string, number, undefined] => [`Offence file for \`offence=${id}\` (\`${file}\`)`, gzip, undefined]),
  ];
  const missing = bytes.missingBeforeFirstFrame.map((file) => `\`${file}\``).join(', ');
  return [
    '| bytes (gzip) | size | budget |',
    '|---|---:|---|',
    ...rows.map(([label, size, budget]) => `| ${label} | ${kb(size)} | ${budget === undefined ? '' : `≤ ${budget} KB ${verdict(size <= budget * 1024)}`} |`),
    ...(missing ? ['', `Also asked for before the first frame, and not in the build (404): ${missing}.`] : []),
  ];
}

interface LighthouseRow {
  label: string;
  value: (run: LighthouseRun) => number | null;
  show: (value: number) => string;
  budget: { text: string; met: (median: number) => boolean };
}

const LIGHTHOUSE_ROWS: LighthouseRow[] = [
  { label: 'Performance', value: (run) => run.scores.performance, show: (v) => fmt(v), budget: { text: '≥ 95', met: (v) => v >= 95 } },
  { label: 'Accessibility', value: (run) => run.scores.accessibility, show: (v) => fmt(v), budget: { text: '100', met: (v) => v === 100 } },
  { label: 'Best practices', value: (run) => run.scores['best-practices'], show: (v) => fmt(v), budget: { text: '100', met: (v) => v === 100 } },
  { label: 'SEO', value: (run) => run.scores.seo, show: (v) => fmt(v), budget: { text: '100', met: (v) => v === 100 } },
  { label: 'Largest contentful paint', value: (run) => run.metrics.lcp, show: (v) => `${fmt(v / 1000, 2)} s`, budget: { text: '≤ 2.0 s', met: (v) => v <= 2000 } },
  { label: 'Total blocking time', value: (run) => run.metrics.tbt, show: (v) => `${fmt(v)} ms`, budget: { text: '≤ 200 ms', met: (v) => v <= 200 } },
  { label: 'Cumulative layout shift', value: (run) => run.metrics.cls, show: (v) => fmt(v, 3), budget: { text: '≤ 0.02', met: (v) => v <= 0.02 } },
  { label: 'Time to interactive', value: (run) => run.metrics.tti, show: (v) => `${fmt(v / 1000, 2)} s`, budget: { text: '', met: () => true } },
  { label: 'First contentful paint', value: (run) => run.metrics.fcp, show: (v) => `${fmt(v / 1000, 2)} s`, budget: { text: '', met: () => true } },
];

/** The run whose performance score is the median (then the median LCP): the one whose culprits are listed. */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1) || a.metrics.lcp - b.metrics.lcp);
  return sorted[Math.ceil(sorted.length / 2) - 1]!;
}

function lighthouseTable(pages: readonly LighthousePage[], runs: number): string[] {
  const header = `| Lighthouse 12.2.3, mobile (simulated slow 4G, 4× CPU): median (min–max) of ${runs} | ${pages.map((page) => page.label).join(' | ')} | budget (median) |`;
  const lines = [header, `|---|${pages.map(() => '---:|').join('')}---|`];
  for (const row of LIGHTHOUSE_ROWS) {
    const medians: (number | undefined)[] = [];
    const cells = pages.map((page) => {
      const values = page.runs.map(row.value).filter((value): value is number => value !== null && Number.isFinite(value));
      if (values.length === 0) return 'none';
      const { min, median, max } = spread(values);
      medians.push(median);
      return min === max ? row.show(median) : `${row.show(median)} (${row.show(min)}–${row.show(max)})`;
    });
    const judged = row.budget.text ? `${row.budget.text}: ${pages.map((page, index) => `${page.name} ${medians[index] === undefined ? '**none**' : verdict(row.budget.met(medians[index]!))}`).join(', ')}` : '';
    lines.push(`| ${row.label} | ${cells.join(' | ')} | ${judged} |`);
  }
  return lines;
}

const shortUrl = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

/** What Lighthouse blames, from each page's median run. */
function culpritLines(pages: readonly LighthousePage[]): string[] {
  const lines: string[] = [];
  for (const page of pages) {
    const { culprits, metrics } = medianRun(page.runs);
    const phases = Object.entries(culprits.lcpPhases)
      .map(([phase, ms]) => `${phase} ${fmt(ms)} ms`)
      .join(', ');
    const items = [
      `LCP element \`${culprits.lcpElement ?? 'none'}\`${phases ? ` (${fmt(metrics.lcp)} ms: ${phases})` : ''}`,
      `layout shifts: ${culprits.layoutShifts.map((shift) => `\`${shift.element}\` ${fmt(shift.score, 3)}${shift.causes.length ? ` (${shift.causes.map(shortUrl).join('; ')})` : ''}`).join(', ') || 'none'}`,
      `long tasks: ${culprits.longTasks.slice(0, 4).map((task) => `${fmt(task.duration)} ms at ${fmt(task.startTime)} ms (${shortUrl(task.url)})`).join(', ') || 'none'}`,
      `render-blocking: ${culprits.renderBlocking.map((item) => `${shortUrl(item.url)} (${fmt(item.wastedMs)} ms)`).join(', ') || 'none'}`,
      `unused JS: ${culprits.unusedJs.map((item) => `${shortUrl(item.url)} (${kb(item.wastedBytes)} of ${kb(item.totalBytes)})`).join(', ') || 'none'}`,
      `points lost outside the metrics: ${culprits.failing.filter((entry) => entry.category !== 'performance').map((entry) => `${entry.category}: ${entry.title}`).join('; ') || 'none'}`,
    ];
    if (culprits.errors.length > 0) items.push(`audits that could not run: ${culprits.errors.join('; ')}`);
    lines.push(`- **${page.label}** (\`${page.path}\`, the median run): ${items.join('; ')}.`);
  }
  return lines;
}

/** What could not be measured, each reason once with the runs it happened in. */
function failureLines(failures: BenchResults['failures']): string[] {
  const runsByFailure = new Map<string, number[]>();
  for (const { run, failure } of failures) runsByFailure.set(failure, [...(runsByFailure.get(failure) ?? []), run]);
  if (runsByFailure.size === 0) return [];
  return ['', 'Not measured:', '', ...[...runsByFailure].map(([failure, runs]) => `- ${failure} (${runs.length === 1 ? 'run' : 'runs'} ${runs.join(', ')})`)];
}

export function resultsMarkdown(results: BenchResults): string {
  const lines = [
    `Measured ${results.date.slice(0, 10)} on ${results.machine}; ${results.runs} ${results.runs === 1 ? 'run' : 'runs'} (\`npm run bench\`); load average ${fmt(results.load.before, 1)} at the start, ${fmt(results.load.after, 1)} at the end.`,
    '',
    ...browserTable(results.summary, results.runs),
    ...failureLines(results.failures),
    '',
    ...bytesTable(results.bytes),
  ];
  if (results.lighthouse.length > 0) {
    lines.push('', ...lighthouseTable(results.lighthouse, results.lighthouseRuns), '', 'What Lighthouse blames:', '', ...culpritLines(results.lighthouse));
  }
  return lines.join('\n') + '\n';
}
