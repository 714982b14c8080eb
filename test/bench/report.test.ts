import { describe, expect, it } from 'vitest';
import type { LighthouseRun } from '../../bench/lighthouse-summary';
import { medianRun, resultsMarkdown, type BenchResults } from '../../bench/report';

function run(performance: number | null, lcp: number): LighthouseRun {
  return {
    scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
    metrics: { fcp: 0, lcp, tbt: 0, cls: 0, tti: 0, speedIndex: 0 },
    culprits: { lcpElement: null, lcpPhases: {}, layoutShifts: [], longTasks: [], renderBlocking: [], unusedJs: [], failing: [], errors: [] },
  };
}

describe('medianRun (whose culprits the README lists)', () => {
  it('is the run with the middle performance score', () => {
    const middle = run(85, 2500);
    expect(medianRun([run(90, 1800), run(80, 2100), middle])).toBe(middle);
  });

  it('breaks a tie of scores by the LCP', () => {
    const slower = run(80, 2300);
    expect(medianRun([slower, run(80, 2100), run(90, 1800)])).toBe(slower);
  });

  it('counts a run without a performance score as the lowest', () => {
    const seventy = run(70, 2000);
    expect(medianRun([run(null, 0), run(95, 1500), seventy])).toBe(seventy);
  });

  it('is the only run when there is one', () => {
    const only = run(70, 3000);
    expect(medianRun([only])).toBe(only);
  });
});

/** Results with only these measures: no bytes worth a row's check, no Lighthouse. */
function results(summary: BenchResults['summary'], runs = 3): BenchResults {
  return {
    date: '2026-11-30T12:00:00.000Z',
    machine: 'a test machine',
    load: { before: 1, after: 1 },
    runs,
    lighthouseRuns: 0,
    summary,
    failures: [],
    bytes: {
      appJsBeforeFirstFrame: 0,
      maplibre: 0,
      maplibreWorker: 0,
      maplibreCss: 0,
      css: 0,
      topojson: 0,
      data: 0,
      allBeforeFirstFrame: 0,
      filesBeforeFirstFrame: [],
      missingBeforeFirstFrame: [],
      offenceFiles: {},
    },
    lighthouse: [],
    samples: [],
  };
}

const over = (min: number, median: number, max: number, runs = 3) => ({ min, median, max, runs });
const lineOf = (text: string, start: string) => text.split('\n').find((line) => line.startsWith(`| ${start}`));

/** Hand-made medians for the measures of issue 16, beside those they are compared with. */
const markdown = resultsMarkdown(
  results({
    firstFrame: over(415, 528, 696),
    tilesFirstFrame: over(512.4, 1234.4, 2000),
    tilesFirstFrameMark: over(510, 1230, 1999),
    floor: over(757, 1236, 1721),
    tilesRatio: over(0.456, 0.999, 1.5),
    svgTime: over(70, 75, 80),
    svgBytes: over(98_304, 98_304, 98_304),
    smallMultiplesSvgTime: over(250, 300, 420),
    smallMultiplesSvgBytes: over(368_640, 368_640, 368_640),
    smallMultiplesPngTime: over(1_900, 2_100.6, 2_500),
    smallMultiplesPngBytes: over(600_000, 600_000, 600_000),
    tilesSmallMultiplesSvgTime: over(90, 112.5, 130, 2),
    tilesSmallMultiplesSvgBytes: over(76_800, 76_800, 76_800, 2),
  }),
);

describe('resultsMarkdown: the tile map first frame (issue 16)', () => {
  it('gives its min, median and max in whole milliseconds, without a budget', () => {
    expect(lineOf(markdown, 'First coloured frame, tile map (')).toBe(
      '| First coloured frame, tile map (`?view=tiles`, fresh page: `#map` first shows the tiles coloured and idle) | 512 ms | 1,234 ms | 2,000 ms |  |',
    );
    expect(lineOf(markdown, 'Tile map page: the app')).toBe("| Tile map page: the app's `pfa:first-frame` | 510 ms | 1,230 ms | 1,999 ms |  |");
    expect(lineOf(markdown, 'First coloured frame, tile map / floor')).toBe('| First coloured frame, tile map / floor | 0.46 × | 1.00 × | 1.50 × |  |');
  });

  it('stands beside the SVG map first frame and the floor', () => {
    const lines = markdown.split('\n');
    const at = (start: string) => lines.findIndex((line) => line.startsWith(`| ${start}`));
    expect(at('First coloured frame, SVG map')).toBeGreaterThan(-1);
    expect(at('First coloured frame, tile map (')).toBe(at('First coloured frame, SVG map') + 1);
    expect(at('Floor: bare MapLibre page')).toBe(at('Tile map page: the app') + 1);
  });
});

describe('resultsMarkdown: the small multiples exports (issue 16)', () => {
  it('gives time and size on the default view and on the tile map, and over how many runs when some failed', () => {
    expect(lineOf(markdown, 'Small multiples (SVG), default view: click to download')).toBe(
      '| Small multiples (SVG), default view: click to download | 250 ms | 300 ms | 420 ms |  |',
    );
    expect(lineOf(markdown, 'Small multiples (SVG), default view, size')).toBe(
      '| Small multiples (SVG), default view, size | 368,640 bytes | 368,640 bytes | 368,640 bytes |  |',
    );
    expect(lineOf(markdown, 'Small multiples (PNG), default view: click to download')).toBe(
      '| Small multiples (PNG), default view: click to download | 1,900 ms | 2,101 ms | 2,500 ms |  |',
    );
    expect(lineOf(markdown, 'Small multiples (SVG), tile map: click to download')).toBe(
      '| Small multiples (SVG), tile map: click to download (2 of 3 runs) | 90 ms | 113 ms | 130 ms |  |',
    );
    expect(lineOf(markdown, 'Small multiples (PNG), tile map, size')).toBe('| Small multiples (PNG), tile map, size | | not measured | |  |');
  });

  it('sets the SVG beside the single map SVG export budget (150 ms, 150 KB), in multiples of it', () => {
    // 300 / 150 = 2, 368,640 B = 360.0 KB = 2.4 × 150 KB; 112.5 / 150 = 0.75, 76,800 B = 75.0 KB = 0.5 × 150 KB.
    expect(markdown).toContain(
      "Small multiples have no budget of their own. Beside the single map's SVG export budget (≤ 150 ms, ≤ 150 KB; measured here at 75 ms and 96.0 KB), the SVG of every year in one picture takes, at the median: default view 300 ms (2.00× the budget) and 360.0 KB (2.40×); tile map 113 ms (0.75×) and 75.0 KB (0.50×).",
    );
  });

  it('says nothing of them when neither SVG was measured', () => {
    expect(resultsMarkdown(results({ svgTime: over(70, 75, 80) }))).not.toContain('Small multiples have no budget');
  });
});
