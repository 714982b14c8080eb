/**
 * Lighthouse (issue 14) in its mobile profile: simulated slow 4G and a 4×
 * slower CPU, the default of Lighthouse 12. Each run gets a fresh
 * chromium (Debian's, the test flags, headless) and its own profile, so
 * nothing is cached between runs. Keeps the full reports in
 * bench/out/lighthouse/ and returns the figures and what Lighthouse blames.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse, { defaultConfig, type Config, type Flags, type Result } from 'lighthouse';
import TraceGatherer from 'lighthouse/core/gather/gatherers/trace.js';
import { chromiumArgs, chromiumPath } from '../test/e2e/browser';

/**
 * Chromium 156 names a frame's trace arguments `frame_reporter`; the trace
 * engine inside Lighthouse 12.2.3 reads `chrome_frame_reporter` (the
 * version is pinned: later releases want Node 22 or leave a lockfile that
 * npm ci refuses here). Without it the gatherer behind the LCP element,
 * the layout-shift elements and the render-blocking audit fails ("Cannot
 * read properties of undefined (reading 'frame_sequence')"). The trace is
 * passed on with both names; no timing in it is changed.
 */
class TraceWithOldFrameReporterName extends TraceGatherer {
  override getArtifact(): ReturnType<TraceGatherer['getArtifact']> {
    const trace = super.getArtifact();
    for (const event of trace.traceEvents) {
      const args = event.args as Record<string, unknown> | undefined;
      if (event.name === 'PipelineReporter' && args?.['frame_reporter'] && !args['chrome_frame_reporter']) args['chrome_frame_reporter'] = args['frame_reporter'];
    }
    return trace;
  }
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// The default configuration with that one gatherer replaced (\`extends\` cannot merge a gatherer class into a gatherer named by a string).
const config: Config = {
  ...defaultConfig,
  settings: { ...defaultConfig.settings, onlyCategories: [...CATEGORIES] },
  artifacts: defaultConfig.artifacts?.map((artifact) => (artifact.id === 'Trace' ? { id: 'Trace', gatherer: { implementation: TraceWithOldFrameReporterName } } : artifact)),
};

/** One Lighthouse run: the scores (0–100), the metrics, and the elements and resources its audits name. */
export interface LighthouseRun {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; tti: number; speedIndex: number };
  culprits: LighthouseCulprits;
}

export interface LighthouseCulprits {
  lcpElement: string | null;
  /** Where the LCP time goes: TTFB, load delay, load time, render delay (ms). */
  lcpPhases: Record<string, number>;
  /** Each shift: the element that moved, its share of CLS, and the causes Lighthouse names. */
  layoutShifts: { element: string; score: number; causes: string[] }[];
  longTasks: { url: string; startTime: number; duration: number }[];
  renderBlocking: { url: string; wastedMs: number }[];
  unusedJs: { url: string; wastedBytes: number; totalBytes: number }[];
  /** Audits that cost points in a category (score below 1), and why. */
  failing: { category: string; id: string; title: string; displayValue: string | null }[];
  /** Audits that could not run. */
  errors: string[];
}

/** Chromium with a DevTools port, for Lighthouse to drive; closed by the caller. */
async function startChromium(): Promise<{ port: number; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'pfa-lighthouse-'));
  const child = spawn(chromiumPath, [...chromiumArgs, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${chromiumPath} exited (code ${code}) before opening its DevTools port:\n${output.slice(-2000)}`)));
  });
  return {
    port,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** An element as Lighthouse names it: its CSS selector, or its opening tag. */
const text = (node: unknown): string => {
  const { selector, snippet } = (node ?? {}) as { selector?: string; snippet?: string };
  return selector || snippet || '';
};

interface TableDetails {
  type: string;
  items: Record<string, unknown>[];
}
const tableItems = (details: unknown): Record<string, unknown>[] => ((details as TableDetails | undefined)?.items ?? []) as Record<string, unknown>[];

function culpritsOf(lhr: Result): LighthouseCulprits {
  const audit = (id: string) => lhr.audits[id];
  // The LCP element audit is a list of two tables: the element, then the phases.
  const [elementTable, phaseTable] = tableItems(audit('largest-contentful-paint-element')?.details);
  const lcpElement = elementTable ? text(tableItems(elementTable)[0]?.['node']) || null : null;
  const lcpPhases = Object.fromEntries(tableItems(phaseTable).map((item) => [String(item['phase']), Number(item['timing'])]));
  const failing = Object.entries(lhr.categories).flatMap(([category, { auditRefs }]) =>
    auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((entry) => entry.score !== null && entry.score < 1)
      .map((entry) => ({ category, id: entry.id, title: entry.title, displayValue: entry.displayValue ?? null })),
  );
  return {
    lcpElement,
    lcpPhases,
    layoutShifts: tableItems(audit('layout-shifts')?.details).map((item) => ({
      element: text(item['node']),
      score: Number(item['score']),
      causes: tableItems(item['subItems']).map((sub) => [sub['cause'], (sub['extra'] as { value?: unknown } | undefined)?.value].filter(Boolean).join(': ')),
    })),
    longTasks: tableItems(audit('long-tasks')?.details).map((item) => ({ url: String(item['url']), startTime: Number(item['startTime']), duration: Number(item['duration']) })),
    renderBlocking: tableItems(audit('render-blocking-resources')?.details).map((item) => ({ url: String(item['url']), wastedMs: Number(item['wastedMs']) })),
    unusedJs: tableItems(audit('unused-javascript')?.details).map((item) => ({ url: String(item['url']), wastedBytes: Number(item['wastedBytes']), totalBytes: Number(item['totalBytes']) })),
    failing,
    errors: Object.values(lhr.audits)
      .filter((entry) => entry.scoreDisplayMode === 'error')
      .map((entry) => `${entry.id}: ${entry.errorMessage ?? 'error'}`),
  };
}

function summarise(lhr: Result): LighthouseRun {
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const score = (id: (typeof CATEGORIES)[number]) => {
    const value = lhr.categories[id]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      tti: metric('interactive'),
      speedIndex: metric('speed-index'),
    },
    culprits: culpritsOf(lhr),
  };
}

/** Runs Lighthouse on url `runs` times, one after another, keeping each report as bench/out/lighthouse/<name>-<n>.json. */
export async function runLighthouse(url: string, name: string, runs: number, reportDir: string): Promise<LighthouseRun[]> {
  mkdirSync(reportDir, { recursive: true });
  const results: LighthouseRun[] = [];
  for (let run = 1; run <= runs; run++) {
    const chromium = await startChromium();
    try {
      const flags: Flags = { port: chromium.port, output: 'json', logLevel: 'error', formFactor: 'mobile' };
      const result = await lighthouse(url, flags, config);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      writeFileSync(path.join(reportDir, `${name}-${run}.json`), typeof result.report === 'string' ? result.report : result.report.join('\n'));
      if (result.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      results.push(summarise(result.lhr));
    } finally {
      await chromium.close();
    }
  }
  return results;
}
