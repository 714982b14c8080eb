import { afterAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/i18n/language';
import { boundsOf, regionOutline, type LonLatBounds } from '../../src/geography/boundaries';
import { SVG_FONT_FAMILY } from '../../src/export/compose-picture';
import { renderSvgMap, type SvgMapInput } from '../../src/export/svg-map';
import type { LegendModel } from '../../src/export/legend-block';
import { ENGLAND_AND_WALES, features, topology } from './boundary-fixture';
import { assertWellFormedXml } from './xml-well-formed';

const DORSET = 'E23000039';
const NORTHUMBRIA = 'E23000007';
const BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

const legend: LegendModel = {
  title: 'Offences per 100,000 people',
  rows: BLUES.map((color, index) => ({ color, label: `${index * 5}.0–${index * 5 + 5}.0` })),
  missingLabel: 'not published',
  note: 'Five classes with equal numbers of forces (quantiles), over every year.',
};

/** Every force coloured, every seventh not published. */
const fills = new Map(features.map((feature, index) => [feature.properties.code, index % 7 === 0 ? null : BLUES[index % BLUES.length]!]));

const national: SvgMapInput = {
  features,
  fills,
  extent: ENGLAND_AND_WALES,
  bounds: ENGLAND_AND_WALES,
  width: 900,
  title: 'Sexual communication with a child',
  subtitle: 'Per 100,000 people · 2020/21 · England and Wales',
  description: 'Map of sexual communication with a child, per 100,000 people, by police force area.',
  legend,
  sourceLines: [
    'Figures: Home Office, Police recorded crime open data tables (Open Government Licence v3.0)',
    'Boundaries: ONS Police Force Areas (December 2022)',
  ],
};

const forcePaths = (svg: string) => [...svg.matchAll(/<path data-code="([^"]+)" fill="([^"]+)"( fill-opacity="[^"]+")? d="([^"]+)"\/>/g)];
const attribute = (tag: string, name: string) => new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1];
/** Every x,y pair of a path's data (geoPath writes absolute M, L, Z commands). */
const points = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)] as const);
/** The extremes of every point of the paths. */
const extremes = (ds: readonly string[]) => {
  const all = ds.flatMap(points);
  return {
    left: Math.min(...all.map(([x]) => x)),
    right: Math.max(...all.map(([x]) => x)),
    top: Math.min(...all.map(([, y]) => y)),
    bottom: Math.max(...all.map(([, y]) => y)),
  };
};
const expectInside = (ds: readonly string[], box: { x: number; y: number; width: number; height: number }) => {
  const { left, right, top, bottom } = extremes(ds);
  expect(left).toBeGreaterThanOrEqual(box.x - 0.05);
  expect(right).toBeLessThanOrEqual(box.x + box.width + 0.05);
  expect(top).toBeGreaterThanOrEqual(box.y - 0.05);
  expect(bottom).toBeLessThanOrEqual(box.y + box.height + 0.05);
};
const mapBox = (svg: string) => {
  const rect = /<clipPath id="map-area"><rect ([^>]*)\/>/.exec(svg)![1]!;
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(attribute(` ${rect}`, name)));
  return { x: x!, y: y!, width: width!, height: height! };
};

describe('renderSvgMap: the national map', () => {
  const result = renderSvgMap(national);
  const { svg } = result;

  it('is a well-formed standalone SVG document', () => {
    assertWellFormedXml(svg);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('says its size, matching the document', () => {
    expect(result.width).toBe(900);
    expect(svg).toContain(`width="900" height="${result.height}" viewBox="0 0 900 ${result.height}"`);
    expect(result.height).toBeGreaterThan(900);
    expect(result.height).toBeLessThan(1600);
  });

  it('is well under 150 KB with all 43 forces', () => {
    const bytes = new TextEncoder().encode(svg).length;
    console.info(`national SVG at 900 px: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB)`);
    expect(bytes).toBeLessThan(150 * 1024);
  });

  it('draws one path per force, filled with its colour or the hatch', () => {
    const paths = forcePaths(svg);
    expect(paths).toHaveLength(43);
    expect(new Set(paths.map(([, code]) => code))).toEqual(new Set(features.map((feature) => feature.properties.code)));
    for (const [, code, fill] of paths) expect(fill).toBe(fills.get(code!) ?? 'url(#not-published)');
  });

  it('keeps coordinates to one decimal and every point inside the map area', () => {
    const ds = forcePaths(svg).map(([, , , , d]) => d!);
    for (const d of ds) expect(d).not.toMatch(/\.\d\d/);
    expectInside(ds, mapBox(svg));
  });

  it('draws each force as itself, not the whole map (rings rewound for d3)', () => {
    const box = mapBox(svg);
    const dorset = extremes([forcePaths(svg).find(([, code]) => code === DORSET)![4]!]);
    expect(dorset.right - dorset.left).toBeLessThan(box.width / 6);
    expect(dorset.bottom - dorset.top).toBeLessThan(box.height / 6);
  });

  it('puts Northumbria north of Dorset and Norfolk east of Gwent (north up, Mercator)', () => {
    const centre = (code: string) => {
      const all = points(forcePaths(svg).find(([, c]) => c === code)![4]!);
      return [all.reduce((sum, [x]) => sum + x, 0) / all.length, all.reduce((sum, [, y]) => sum + y, 0) / all.length] as const;
    };
    expect(centre(NORTHUMBRIA)[1]).toBeLessThan(centre(DORSET)[1]);
    expect(centre('E23000023')[0]).toBeGreaterThan(centre('W15000002')[0]);
  });

  it('separates forces with thin white borders', () => {
    expect(svg).toContain('<g stroke="#ffffff" stroke-width="0.7" stroke-linejoin="round">');
  });

  it('holds no outside references: no links, images, scripts or web fonts', () => {
    const withoutNamespace = svg.replace('xmlns="http://www.w3.org/2000/svg"', '');
    expect(withoutNamespace).not.toMatch(/https?:/);
    expect(svg).not.toMatch(/href|<image|<script|<foreignObject|@import|@font-face|<style/i);
    for (const [, reference] of svg.matchAll(/url\(([^)]*)\)/g)) expect(reference).toMatch(/^#[a-z-]+$/);
  });

  it('defines the hatch pattern once and uses it in the legend key too', () => {
    expect(svg.match(/<pattern id="not-published"/g)).toHaveLength(1);
    const legendPart = svg.slice(svg.indexOf('Offences per 100,000 people</text>'));
    expect(legendPart).toMatch(/<rect [^>]*fill="url\(#not-published\)"[^>]*\/><text [^>]*>not published<\/text>/);
  });

  it('sets every text in a system font stack, as real <text> elements', () => {
    expect(svg).toContain(`font-family="system-ui, -apple-system, &quot;Segoe UI&quot;, Roboto, Arial, sans-serif"`);
    expect(SVG_FONT_FAMILY).toContain('sans-serif');
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(([, text]) => text);
    expect(texts[0]).toBe('Sexual communication with a child');
    expect(texts[1]).toBe('Per 100,000 people · 2020/21 · England and Wales');
    expect(texts).toEqual(expect.arrayContaining(['Offences per 100,000 people', '0.0–5.0', '20.0–25.0', 'not published', national.legend.note]));
    expect(texts.slice(-2)).toEqual(national.sourceLines);
  });

  it('lays the legend out below the map, and the sources below the legend', () => {
    const box = mapBox(svg);
    const yOf = (text: string) => Number(new RegExp(`<text x="[^"]+" y="([^"]+)"[^>]*>${text}</text>`).exec(svg)![1]);
    expect(yOf('Offences per 100,000 people')).toBeGreaterThan(box.y + box.height);
    expect(yOf('Boundaries: ONS Police Force Areas \\(December 2022\\)')).toBeGreaterThan(yOf('not published'));
    expect(yOf('Boundaries: ONS Police Force Areas \\(December 2022\\)')).toBeLessThan(result.height);
  });
});

describe('renderSvgMap: highlighting as on screen', () => {
  const southWest = features.filter((feature) => feature.properties.region === 'South West');
  const dimmed = new Set(features.filter((feature) => feature.properties.region !== 'South West').map((feature) => feature.properties.code));
  const { svg } = renderSvgMap({ ...national, dimmed, selected: { code: DORSET, name: 'Dorset' }, regionOutline: regionOutline(topology, 'South West') });

  it('fades the dimmed forces only', () => {
    for (const [, code, , opacity] of forcePaths(svg)) {
      expect(opacity, code).toBe(dimmed.has(code!) ? ' fill-opacity="0.35"' : undefined);
    }
    expect(southWest.length).toBeGreaterThan(3);
  });

  it('outlines the region dark and the selected force black, both over the forces', () => {
    assertWellFormedXml(svg);
    const region = /<path class="region-outline" fill="none" stroke="#333333" stroke-width="2"[^>]*\/>/.exec(svg);
    const selected = /<path class="selected-outline" data-code="E23000039" fill="none" stroke="#000000" stroke-width="3"[^>]*\/>/.exec(svg);
    expect(region).not.toBeNull();
    expect(selected).not.toBeNull();
    const lastForce = svg.lastIndexOf('<path data-code=');
    expect(region!.index).toBeGreaterThan(lastForce);
    expect(selected!.index).toBeGreaterThan(region!.index);
    // The outline is Dorset's own shape.
    expect(selected![0]).toContain(`d="${forcePaths(svg).find(([, code]) => code === DORSET)![4]}"`);
  });

  it('draws no selection outline when nothing is selected', () => {
    expect(renderSvgMap(national).svg).not.toContain('selected-outline');
    expect(renderSvgMap(national).svg).not.toContain('region-outline');
  });
});

describe('renderSvgMap: a zoomed view', () => {
  const dorsetBounds = boundsOf(features.find((feature) => feature.properties.code === DORSET)!.geometry);
  const extent: LonLatBounds = [
    [dorsetBounds[0][0] - 0.3, dorsetBounds[0][1] - 0.2],
    [dorsetBounds[1][0] + 0.3, dorsetBounds[1][1] + 0.2],
  ];
  const { svg } = renderSvgMap({ ...national, extent });

  it('draws only the forces in view', () => {
    const codes = forcePaths(svg).map(([, code]) => code);
    expect(codes).toContain(DORSET);
    expect(codes).not.toContain(NORTHUMBRIA);
    expect(codes.length).toBeLessThan(10);
  });

  it('fits the view to the map area, clipping what spills over', () => {
    const box = mapBox(svg);
    const dorset = extremes([forcePaths(svg).find(([, code]) => code === DORSET)![4]!]);
    // Dorset fills most of the width of a view just wider than it.
    expect(dorset.right - dorset.left).toBeGreaterThan(box.width * 0.6);
    expectInside(
      forcePaths(svg).map(([, , , , d]) => d!),
      box,
    );
  });

  it('gives the map area the view’s shape in Web Mercator', () => {
    const box = mapBox(svg);
    const mercatorY = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
    const aspect = (mercatorY(extent[1][1]) - mercatorY(extent[0][1])) / (((extent[1][0] - extent[0][0]) * Math.PI) / 180);
    expect(box.height / box.width).toBeCloseTo(aspect, 2);
  });
});

describe('renderSvgMap: text', () => {
  const hostile = `<img src=x onerror=alert(1)> & "Fish & Chips" 'quoted'`;

  it('escapes every text it is given, so the document still parses', () => {
    const { svg } = renderSvgMap({
      ...national,
      title: `Offences ${hostile}`,
      subtitle: `Count · 2020/21 · ${hostile}`,
      legend: { ...legend, title: hostile, rows: [{ color: '#08519c', label: hostile }], missingLabel: hostile, note: hostile },
      sourceLines: [hostile, 'a\u0001control character'],
    });
    assertWellFormedXml(svg);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Fish &amp; Chips&quot; &#39;quoted&#39;');
    expect(svg).toContain('<title>Offences &lt;img');
  });

  it('wraps a long title onto two bold lines and keeps a short one on one', () => {
    const bold = (svg: string) => [...svg.matchAll(/<text [^>]*font-size="22" font-weight="bold"[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text);
    expect(bold(renderSvgMap(national).svg)).toEqual(['Sexual communication with a child']);
    const long = 'Offences of sexual communication with a child recorded by police in England and Wales, per 100,000 people';
    const lines = bold(renderSvgMap({ ...national, title: long }).svg);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(long);
  });

  it('wraps long source lines and grows taller for them', () => {
    const url = 'https://www.gov.uk/government/statistics/police-recorded-crime-and-outcomes-open-data-tables';
    const short = renderSvgMap(national);
    const long = renderSvgMap({
      ...national,
      sourceLines: [...national.sourceLines, `Figures: ${'Home Office police recorded crime open data tables '.repeat(4)}${url}`],
    });
    expect(long.height - short.height).toBeGreaterThanOrEqual(2 * 15);
    assertWellFormedXml(long.svg);
  });

  it('flows many legend rows onto more than one line rather than past the edge', () => {
    const many: LegendModel = {
      ...legend,
      rows: Array.from({ length: 9 }, (_, index) => ({ color: BLUES[index % 5]!, label: `${index * 1000}–${index * 1000 + 999} offences` })),
    };
    const { svg, width } = renderSvgMap({ ...national, legend: many });
    const swatches = [...svg.matchAll(/<rect x="([^"]+)" y="([^"]+)" width="18" height="12"/g)].map(([, x, y]) => ({ x: Number(x), y: Number(y) }));
    expect(swatches).toHaveLength(10);
    expect(new Set(swatches.map(({ y }) => y)).size).toBeGreaterThan(1);
    for (const { x } of swatches) expect(x).toBeLessThan(width - 24);
  });
});

describe('renderSvgMap: refuses what it cannot draw', () => {
  it('a fill that is not a colour (it could bring in an outside reference)', () => {
    const bad = new Map(fills).set(DORSET, 'url(https://example.com/x.svg#p)');
    expect(() => renderSvgMap({ ...national, fills: bad })).toThrow(/not a colour/);
    expect(() => renderSvgMap({ ...national, legend: { ...legend, rows: [{ color: '"/><script>', label: 'x' }] } })).toThrow(/not a colour/);
  });

  it('a width too small to lay out, or an extent that is not a box', () => {
    expect(() => renderSvgMap({ ...national, width: 100 })).toThrow(RangeError);
    expect(() => renderSvgMap({ ...national, width: Number.NaN })).toThrow(RangeError);
    expect(() =>
      renderSvgMap({
        ...national,
        extent: [
          [1.8, 55.85],
          [-6.4, 49.85],
        ],
      }),
    ).toThrow(/not a west-south, east-north box/);
  });

  it('hatches a force that has no entry in the fills', () => {
    const partial = new Map(fills);
    partial.delete(DORSET);
    const { svg } = renderSvgMap({ ...national, fills: partial });
    expect(forcePaths(svg).find(([, code]) => code === DORSET)![2]).toBe('url(#not-published)');
  });
});

describe('the languages of a picture’s words', () => {
  const loadWelsh = () => import('../../src/i18n/cy');
  afterAll(() => useLanguage('en', loadWelsh));
  const langs = (svg: string) => ({
    root: attribute(/<svg [^>]*>/.exec(svg)![0], 'xml:lang'),
    title: attribute(/<title[^>]*>/.exec(svg)![0], 'xml:lang'),
    // The drawn title's lines and the attribution lines, by their text.
    drawnTitle: attribute(/<text [^>]*>Sexual communication with a child<\/text>/.exec(svg)![0], 'xml:lang'),
    sources: [...svg.matchAll(/<text ([^>]*)>(?:Figures|Boundaries):/g)].map((match) => attribute(` ${match[1]!}`, 'xml:lang')),
  });

  it('marks a Welsh picture as Welsh, and nothing in it as another language: the shipped figures’ title and attributions come in Welsh', async () => {
    await useLanguage('cy', loadWelsh);
    const svg = renderSvgMap(national).svg;
    assertWellFormedXml(svg);
    expect(langs(svg)).toEqual({ root: 'cy', title: undefined, drawnTitle: undefined, sources: [undefined, undefined] });
  });

  it('adds no language marks to an English picture', async () => {
    await useLanguage('en', loadWelsh);
    expect(langs(renderSvgMap(national).svg)).toEqual({
      root: undefined,
      title: undefined,
      drawnTitle: undefined,
      sources: [undefined, undefined],
    });
  });
});
