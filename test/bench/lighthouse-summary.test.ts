import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../bench/lighthouse-summary';

/**
 * A report cut down to what the summary reads, in the shapes Lighthouse
 * 12.2.3 writes (taken from a real report of the app, values changed by
 * hand so that each can be told apart).
 */
function report(): Result {
  const metric = (id: string, numericValue: number) => ({ id, title: id, score: 0.5, scoreDisplayMode: 'numeric', numericValue });
  return {
    categories: {
      performance: { id: 'performance', score: 0.824, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }] },
      accessibility: {
        id: 'accessibility',
        score: 0.97,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'table-duplicate-name', weight: 0 },
        ],
      },
      'best-practices': { id: 'best-practices', score: 1, auditRefs: [] },
      seo: { id: 'seo', score: null, auditRefs: [] },
    },
    audits: {
      'first-contentful-paint': metric('first-contentful-paint', 1531),
      'largest-contentful-paint': { ...metric('largest-contentful-paint', 1972), title: 'Largest Contentful Paint', displayValue: '2.0 s' },
      'total-blocking-time': metric('total-blocking-time', 28),
      'cumulative-layout-shift': metric('cumulative-layout-shift', 0.341),
      interactive: metric('interactive', 2202),
      'speed-index': metric('speed-index', 1600),
      'color-contrast': {
        id: 'color-contrast',
        title: 'Background and foreground colors do not have a sufficient contrast ratio.',
        score: 0,
        scoreDisplayMode: 'binary',
      },
      'table-duplicate-name': { id: 'table-duplicate-name', title: 'weightless', score: 0, scoreDisplayMode: 'binary' },
      'largest-contentful-paint-element': {
        id: 'largest-contentful-paint-element',
        score: 0,
        scoreDisplayMode: 'metricSavings',
        details: {
          type: 'list',
          items: [
            {
              type: 'table',
              items: [{ node: { type: 'node', selector: 'header.app-header > p#map-subtitle', snippet: '<p id="map-subtitle" class="subtitle">' } }],
            },
            {
              type: 'table',
              items: [
                { phase: 'TTFB', percent: '23%', timing: 460.5 },
                { phase: 'Render Delay', percent: '77%', timing: 1511.1 },
              ],
            },
          ],
        },
      },
      'layout-shifts': {
        id: 'layout-shifts',
        score: 0,
        scoreDisplayMode: 'metricSavings',
        details: {
          type: 'table',
          items: [
            {
              node: { type: 'node', selector: 'body > div#app > div.first-screen > main.stage', snippet: '<main class="stage">' },
              score: 0.241,
              subItems: {
                type: 'subitems',
                items: [{ extra: { type: 'url', value: 'http://127.0.0.1:4280/assets/main-x.css' }, cause: 'A late network request adjusted the page layout' }],
              },
            },
            { node: { type: 'node', snippet: '<div id="controls">' }, score: 0.1 },
          ],
        },
      },
      'long-tasks': {
        id: 'long-tasks',
        score: 1,
        scoreDisplayMode: 'informative',
        details: { type: 'table', items: [{ url: 'http://127.0.0.1:4280/assets/main-x.js', duration: 123, startTime: 2023.3 }] },
      },
      'render-blocking-resources': {
        id: 'render-blocking-resources',
        score: 0.5,
        scoreDisplayMode: 'metricSavings',
        details: { type: 'opportunity', items: [{ url: 'http://127.0.0.1:4280/assets/main-x.css', totalBytes: 5000, wastedMs: 311 }] },
      },
      'unused-javascript': { id: 'unused-javascript', score: 1, scoreDisplayMode: 'metricSavings', details: { type: 'opportunity', items: [] } },
      'non-composited-animations': {
        id: 'non-composited-animations',
        score: null,
        scoreDisplayMode: 'error',
        errorMessage: 'Required TraceElements gatherer encountered an error',
      },
    },
  } as unknown as Result;
}

describe('summarise (one Lighthouse report)', () => {
  const run = summarise(report());

  it('gives the scores out of 100, and none where Lighthouse gave none', () => {
    expect(run.scores).toEqual({ performance: 82, accessibility: 97, 'best-practices': 100, seo: null });
  });

  it('reads the metrics', () => {
    expect(run.metrics).toEqual({ fcp: 1531, lcp: 1972, tbt: 28, cls: 0.341, tti: 2202, speedIndex: 1600 });
  });

  it('names the LCP element by its selector, and the phases of its time', () => {
    expect(run.culprits.lcpElement).toBe('header.app-header > p#map-subtitle');
    expect(run.culprits.lcpPhases).toEqual({ TTFB: 460.5, 'Render Delay': 1511.1 });
  });

  it('lists each layout shift with the element, its score and the causes (or the tag where there is no selector)', () => {
    expect(run.culprits.layoutShifts).toEqual([
      {
        element: 'body > div#app > div.first-screen > main.stage',
        score: 0.241,
        causes: ['A late network request adjusted the page layout: http://127.0.0.1:4280/assets/main-x.css'],
      },
      { element: '<div id="controls">', score: 0.1, causes: [] },
    ]);
  });

  it('lists long tasks, render-blocking resources and unused JS', () => {
    expect(run.culprits.longTasks).toEqual([{ url: 'http://127.0.0.1:4280/assets/main-x.js', startTime: 2023.3, duration: 123 }]);
    expect(run.culprits.renderBlocking).toEqual([{ url: 'http://127.0.0.1:4280/assets/main-x.css', wastedMs: 311 }]);
    expect(run.culprits.unusedJs).toEqual([]);
  });

  it('lists the weighted audits that cost points, and the audits that could not run', () => {
    expect(run.culprits.failing).toEqual([
      { category: 'performance', id: 'largest-contentful-paint', title: 'Largest Contentful Paint', displayValue: '2.0 s' },
      {
        category: 'accessibility',
        id: 'color-contrast',
        title: 'Background and foreground colors do not have a sufficient contrast ratio.',
        displayValue: null,
      },
    ]);
    expect(run.culprits.errors).toEqual(['non-composited-animations: Required TraceElements gatherer encountered an error']);
  });
});
