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
import lighthouse, { defaultConfig, type Config, type Flags } from 'lighthouse';
import TraceGatherer from 'lighthouse/core/gather/gatherers/trace.js';
import { chromiumArgs, chromiumPath } from '../test/e2e/browser';
import { CATEGORIES, summarise, type LighthouseRun } from './lighthouse-summary';

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

// The default configuration with that one gatherer swapped (`extends` cannot merge a gatherer class into one named by a string).
const config: Config = {
  ...defaultConfig,
  settings: { ...defaultConfig.settings, onlyCategories: [...CATEGORIES] },
  artifacts: defaultConfig.artifacts?.map((artifact) => (artifact.id === 'Trace' ? { id: 'Trace', gatherer: { implementation: TraceWithOldFrameReporterName } } : artifact)),
};

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
      // Chromium's helper processes can still be writing to the profile after the browser has exited: removal is
      // retried, and a profile still in use is left in the temporary folder rather than ending the benchmark.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
      } catch (error) {
        console.warn(`left ${profile} in place: ${(error as Error).message}`);
      }
    },
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
