import { describe, expect, it } from 'vitest';
import { renderSmallMultiples } from '../../src/export/small-multiples';
import { assertWellFormedXml } from './xml-well-formed';
import { PICTURE_SIZES } from '../../src/export/export-sizes';
import { tileLayoutSchema, type TileLayer } from '../../src/geography/tile-layout';
import { forceTable, readProjectFile } from '../helpers';

const tiles: TileLayer = { layout: tileLayoutSchema.parse(JSON.parse(readProjectFile('geo/pfa-tiles.json'))), names: forceTable.byCode };
import { allFeatures, drawnTexts, expectInside, expectNothingOverlaps, exportModelFor, homeOffice, mapAreas, nspcc } from './picture-fixture';

const DORSET = 'E23000039';
const SOUTH_WEST = ['E23000035', 'E23000036', 'E23000037', 'E23000038', 'E23000039'];

/** Each year's map in the picture: the forces drawn in it, with their fills, in the order of the years. */
function cellsOf(svg: string): { year: string; fills: Map<string, string> }[] {
  return svg
    .split('<g class="year-map">')
    .slice(1)
    .map((cell) => ({
      year: /<text [^>]*>([^<]*)<\/text>/.exec(cell)![1]!,
      fills: new Map([...cell.matchAll(/<path data-code="([^"]+)" fill="([^"]+)"/g)].map(([, code, fill]) => [code!, fill!])),
    }));
}

describe('renderSmallMultiples: every year of the first view', () => {
  const model = exportModelFor({});
  const grid = renderSmallMultiples(model, allFeatures, { width: 900 });

  it('is one well-formed document, as wide as asked and as tall as the grid needs', () => {
    assertWellFormedXml(grid.svg);
    expect(grid.width).toBe(900);
    expect(grid.svg).toContain(`width="900" height="${grid.height}"`);
    expectNothingOverlaps(grid.svg, grid);
  });

  it('draws one map a year, each named by its year, in order', () => {
    expect(homeOffice.years).toHaveLength(11);
    expect(cellsOf(grid.svg).map(({ year }) => year)).toEqual(homeOffice.years);
    expect(mapAreas(grid.svg)).toHaveLength(11);
    expect(grid.layout.cells.map(({ year }) => year)).toEqual(homeOffice.years);
  });

  it('colours each map as that year’s map', () => {
    for (const [index, cell] of cellsOf(grid.svg).entries()) {
      const fills = model.picture(index).fills;
      expect(cell.fills.size).toBe(43);
      for (const [code, fill] of cell.fills) expect(fill, `${cell.year} ${code}`).toBe(fills.get(code) ?? 'url(#not-published)');
    }
  });

  it('shares one legend, one title and one set of sources', () => {
    const texts = drawnTexts(grid.svg).map(({ text }) => text);
    expect(texts.filter((text) => text === 'Offences per 100,000 people')).toHaveLength(1);
    expect(texts.filter((text) => text === 'not available')).toHaveLength(1);
    for (const row of model.picture(0).legend.rows)
      expect(
        texts.filter((text) => text === row.label),
        row.label,
      ).toHaveLength(1);
    expect(texts.filter((text) => text.startsWith('Figures: Home Office'))).toHaveLength(1);
    expect(texts.filter((text) => text.startsWith('Obscene publications'))).toHaveLength(1);
    expect(texts).toContain('Offences per 100,000 people, 2012/13 to 2022/23, England and Wales');
  });

  it('lays the maps out in even rows (11 years at 900 px: 4, 4, 3), none on another', () => {
    const rows = new Map<number, number>();
    for (const cell of grid.layout.cells) rows.set(cell.y, (rows.get(cell.y) ?? 0) + 1);
    expect([...rows.values()]).toEqual([4, 4, 3]);
    const areas = mapAreas(grid.svg);
    for (let i = 0; i < areas.length; i++)
      for (let j = i + 1; j < areas.length; j++)
        expect(areas[i]!.x + areas[i]!.width <= areas[j]!.x || areas[i]!.y + areas[i]!.height <= areas[j]!.y).toBe(true);
  });
});

describe('renderSmallMultiples: a region in focus', () => {
  const model = exportModelFor({ region: 'South West', force: DORSET });
  const grid = renderSmallMultiples(model, allFeatures, { width: 900 });

  it('shows the region in every map, its forces bright and Dorset outlined', () => {
    for (const cell of cellsOf(grid.svg)) {
      for (const code of SOUTH_WEST) expect(cell.fills.has(code), `${cell.year} ${code}`).toBe(true);
      expect(cell.fills.has('E23000007')).toBe(false);
    }
    expect(grid.svg.match(/class="region-outline"/g)).toHaveLength(11);
    expect(grid.svg.match(/class="selected-outline" data-code="E23000039"/g)).toHaveLength(11);
    expect(drawnTexts(grid.svg).map(({ text }) => text)).toContain('Offences per 100,000 people, 2012/13 to 2022/23, South West');
  });
});

describe('renderSmallMultiples: in a preset frame', () => {
  for (const [width, height] of [
    [1200, 675],
    [1080, 1080],
    [1080, 1350],
  ] as const) {
    it(`${width} × ${height}: exactly that size, every year inside it, nothing cut`, () => {
      const grid = renderSmallMultiples(exportModelFor({}, nspcc), allFeatures, { width, height });
      expect([grid.width, grid.height]).toEqual([width, height]);
      expect(grid.layout.cells.map(({ year }) => year)).toEqual(nspcc.years);
      for (const cell of grid.layout.cells) expectInside(cell, { x: 0, y: 0, width, height }, cell.year);
      expectInside(grid.layout.legend!, { x: 0, y: 0, width, height }, 'legend');
      expectNothingOverlaps(grid.svg, grid);
    });
  }

  it.each(PICTURE_SIZES.filter((size) => size.kind === 'preset').map((size) => [size.id, size] as const))(
    '%s: the smallest text of the grid, geographic or tiles, is 16 px or more',
    (_id, size) => {
      for (const grid of [
        renderSmallMultiples(exportModelFor({}), allFeatures, size.frame),
        renderSmallMultiples(exportModelFor({ view: 'tiles', region: 'South West' }), allFeatures, size.frame, tiles),
      ]) {
        expect(Math.min(...[...grid.svg.matchAll(/font-size="([\d.]+)"/g)].map(([, px]) => Number(px)))).toBeGreaterThanOrEqual(16);
      }
    },
  );
});

describe("renderSmallMultiples: the reader's words", () => {
  it('carries the title, subtitle, note and credit, and describes the grid in its <desc>', () => {
    const model = exportModelFor({ title: 'Our <title>', subtitle: 'Our subtitle', note: 'A note', credit: 'Chart: A. Reporter' });
    const grid = renderSmallMultiples(model, allFeatures, { width: 900 });
    const texts = drawnTexts(grid.svg).map(({ text }) => text);
    expect(texts).toEqual(expect.arrayContaining(['Our <title>', 'Our subtitle', 'A note', 'Chart: A. Reporter']));
    expect(grid.svg).toContain('<title>Our &lt;title&gt;</title>');
    expect(grid.svg).toMatch(
      /<desc>Small maps, one for each year from 2012\/13 to 2022\/23, in the same colours\. The latest: Map of offences per 100,000 people by police force area, England and Wales, 2022\/23\. Highest: Cleveland, /,
    );
  });
});

describe('renderSmallMultiples: classes of each year’s own', () => {
  const model = exportModelFor({ scope: 'each-year', measure: 'change-previous' });
  const grid = renderSmallMultiples(model, allFeatures, { width: 1080, height: 1080 });

  it('gives each map its own swatches and says a colour means other figures in other years', () => {
    const texts = drawnTexts(grid.svg).map(({ text }) => text);
    expect(texts).toContain('Each map has classes of its own, made from that year’s figures alone: a colour means other figures in other years.');
    const cells = grid.svg.split('<g class="year-map">').slice(1);
    const latest = model.picture(model.years.length - 1).legend.rows;
    expect(latest.length).toBeGreaterThan(2);
    for (const row of latest) expect(cells[cells.length - 1]).toContain(`>${row.label.replace('&', '&amp;')}</text>`);
    expectNothingOverlaps(grid.svg, grid);
  });
});
