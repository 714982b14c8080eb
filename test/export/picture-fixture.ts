import { expect } from 'vitest';
import { datasetSchema, type Dataset } from '../../src/datasets/dataset';
import { populationSchema } from '../../src/datasets/population';
import { textWidth } from '../../src/export/text-metrics';
import { boundariesOf, parseTopology } from '../../src/geography/boundaries';
import { DEFAULT_STATE, type AppState } from '../../src/state/app-state';
import { describedExport, type DescribedExport } from '../../src/view-model/export-model';
import { afterFirstMap } from '../../src/view-model/after-first-map';
import { derivePage, type PageData } from '../../src/view-model/page-model';
import { forceTable, readGeneratedJson } from '../helpers';

/** The app's own data, as the page has it. */
const population = populationSchema.parse(readGeneratedJson('population.json'));
export const homeOffice = datasetSchema.parse(readGeneratedJson('offences/code-86.json'));
export const nspcc = datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json'));
export const pageData: PageData = { forceTable, boundaries: boundariesOf(parseTopology(readGeneratedJson('pfa.topo.json'))), population };
export const allFeatures = pageData.boundaries.features.features;

/** The page model's export slice for a view, as the page derives it once the description's code has loaded, described as the exports take it. */
export function exportModelFor(state: Partial<AppState>, dataset: Dataset = homeOffice): DescribedExport {
  const page = derivePage({
    state: { ...DEFAULT_STATE, dataset: dataset.meta.id, ...state },
    notices: [],
    data: pageData,
    datasets: [],
    figures: { status: 'ready', dataset },
    offenceCatalog: undefined,
    modules: { profile: undefined, about: undefined, afterFirstMap },
    transient: { hovered: undefined, keyboard: undefined, playing: false },
  });
  if (!page.content) throw new Error('the page has no content for this view');
  return describedExport(page.content.export);
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DrawnText extends Rect {
  text: string;
  /** Inside a value label, or the list of those the map cannot show. */
  label: boolean;
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Every <text> of a picture with the box its glyphs take: as wide as the
 * measured advance widths (text-metrics, the widest common system font),
 * from the ascent (0.95 em above the baseline) to the descent (0.25 em
 * below), as DejaVu Sans sets them.
 */
export function drawnTexts(svg: string): DrawnText[] {
  // Every value label's group, and the list of those the map cannot show: where their text may lie on the map.
  const labelRanges = [...svg.matchAll(/<g class="(?:force-label|also-pinned)">/g)].map((match) => [match.index!, svg.indexOf('</g>', match.index!)] as const);
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((match) => {
    const attributes = match[1]!;
    const number = (name: string) => Number(new RegExp(` ?${name}="([^"]*)"`).exec(attributes)![1]);
    const size = number('font-size');
    const text = unescape(match[2]!);
    const width = textWidth(text, size, attributes.includes('font-weight="bold"'));
    const x = attributes.includes('text-anchor="middle"') ? number('x') - width / 2 : number('x');
    return {
      text,
      x,
      y: number('y') - 0.95 * size,
      width,
      height: 1.2 * size,
      label: labelRanges.some(([start, end]) => match.index! > start && match.index! < end),
    };
  });
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function expectInside(inner: Rect, outer: Rect, what: string): void {
  expect(inner.x, `${what}: left`).toBeGreaterThanOrEqual(outer.x - 0.05);
  expect(inner.y, `${what}: top`).toBeGreaterThanOrEqual(outer.y - 0.05);
  expect(inner.x + inner.width, `${what}: right`).toBeLessThanOrEqual(outer.x + outer.width + 0.05);
  expect(inner.y + inner.height, `${what}: bottom`).toBeLessThanOrEqual(outer.y + outer.height + 0.05);
}

/** The map areas of a picture, from their clip paths. */
export function mapAreas(svg: string): Rect[] {
  return [...svg.matchAll(/<clipPath id="map-area[^"]*"><rect x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)"\/>/g)].map(
    ([, x, y, width, height]) => ({
      x: Number(x),
      y: Number(y),
      width: Number(width),
      height: Number(height),
    }),
  );
}

/** Nothing cut or covered: every text inside the frame, no two texts on each other, none on a map but the force's label. */
export function expectNothingOverlaps(svg: string, frame: { width: number; height: number }): void {
  const texts = drawnTexts(svg);
  const maps = mapAreas(svg);
  expect(texts.length).toBeGreaterThan(5);
  for (const text of texts) expectInside(text, { x: 0, y: 0, ...frame }, `"${text.text}"`);
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) expect(overlaps(texts[i]!, texts[j]!), `"${texts[i]!.text}" on "${texts[j]!.text}"`).toBe(false);
    if (!texts[i]!.label) for (const map of maps) expect(overlaps(texts[i]!, map), `"${texts[i]!.text}" on a map`).toBe(false);
  }
}
