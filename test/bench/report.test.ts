import { describe, expect, it } from 'vitest';
import type { LighthouseRun } from '../../bench/lighthouse-summary';
import { medianRun } from '../../bench/report';

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
