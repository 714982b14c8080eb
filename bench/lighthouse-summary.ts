/** What one Lighthouse report says: the scores, the metrics, and the elements and resources its audits blame. */
import type { Result } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One Lighthouse run: the scores (0–100), the metrics, and the elements and resources its audits name. */
export interface LighthouseRun {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; tti: number; speedIndex: number };
  culprits: LighthouseCulprits;
}

interface LighthouseCulprits {
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

export function summarise(lhr: Result): LighthouseRun {
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

