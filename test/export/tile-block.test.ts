import { describe, expect, it } from 'vitest';
import { renderSmallMultiples } from '../../src/export/small-multiples';
import { renderSvgMap } from '../../src/export/svg-map';
import { tileLayoutSchema, type TileLayer } from '../../src/geography/tile-layout';
import { forceTable, readProjectFile } from '../helpers';
import { allFeatures, exportModelFor, overlaps } from './picture-fixture';
import { assertWellFormedXml } from './xml-well-formed';
import { PICTURE_SIZES } from '../../src/export/export-sizes';
import { textWidth } from '../../src/export/text-metrics';

const tiles: TileLayer = { layout: tileLayoutSchema.parse(JSON.parse(readProjectFile('geo/pfa-tiles.json'))), names: forceTable.byCode };
const DORSET = 'E23000039';

function picture(state: Parameters<typeof exportModelFor>[0], size: { width: number; height?: number }) {
  const model = exportModelFor(state);
  return renderSvgMap({ ...model.picture(model.yearIndex), features: allFeatures, tiles, extent: model.picture(model.yearIndex).bounds, ...size, padding: 12 });
}

const hexagons = (svg: string) =>
  [...svg.matchAll(/<path data-code="([^"]+)" fill="([^"]+)"(?: fill-opacity="([^"]+)")? d="M([^"]+)Z"\/>/g)].map((match) => ({
    code: match[1]!,
    fill: match[2]!,
    faded: match[3] !== undefined,
    corners: match[4]!.split('L').map((pair) => pair.split(',').map(Number)),
  }));

describe('the tile map in an export', () => {
  it.each(PICTURE_SIZES.filter((size) => size.kind === 'preset').map((size) => [size.id, size] as const))(
    '%s: every tile keeps a label, none under 16 px',
    (_id, size) => {
      for (const state of [{ view: 'tiles' as const }, { view: 'tiles' as const, region: 'South West' as const }]) {
        const drawn = picture(state, size.frame);
        expect(Math.min(...[...drawn.svg.matchAll(/font-size="([\d.]+)"/g)].map(([, px]) => Number(px)))).toBeGreaterThanOrEqual(16);
        expect([...drawn.svg.matchAll(/<text text-anchor="middle"[^>]*><tspan/g)]).toHaveLength(43);
      }
    },
  );

  it('draws every force once as a hexagon of one size, in its class colour, with its label', () => {
    const model = exportModelFor({ view: 'tiles', year: '2019/20' });
    const drawn = picture({ view: 'tiles', year: '2019/20' }, { width: 900 });
    assertWellFormedXml(drawn.svg);
    const shapes = hexagons(drawn.svg);
    expect(shapes).toHaveLength(43);
    expect(new Set(shapes.map((shape) => shape.code)).size).toBe(43);
    const widths = shapes.map((shape) => Math.max(...shape.corners.map(([x]) => x!)) - Math.min(...shape.corners.map(([x]) => x!)));
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(0.5);
    const fills = model.picture(model.yearIndex).fills;
    for (const shape of shapes) expect(shape.fill).toBe(fills.get(shape.code) ?? 'url(#not-published)');
    // The labels are the screen's: Glos for Gloucestershire, Dorset in full.
    expect(drawn.svg).toContain('>Glos</tspan>');
    expect(drawn.svg).toContain('>Dorset</tspan>');
  });

  it('fits the region in focus, dims the rest, outlines the region and the chosen force, and finds a place on its force’s tile', () => {
    const drawn = picture({ view: 'tiles', region: 'South West', force: DORSET }, { width: 1080, height: 1080 });
    expect(drawn.width).toBe(1080);
    expect(drawn.height).toBe(1080);
    const shapes = hexagons(drawn.svg);
    expect(shapes.filter((shape) => !shape.faded)).toHaveLength(5);
    expect(drawn.svg).toContain('class="region-outline"');
    expect(drawn.svg).toContain(`class="selected-outline" data-code="${DORSET}"`);
    // Dorchester is in Dorset: it is placed at the middle of Dorset's hexagon.
    const dorset = shapes.find((shape) => shape.code === DORSET)!;
    const [x, y] = drawn.project([-2.437, 50.715])!;
    const middle = [dorset.corners.reduce((sum, [cx]) => sum + cx!, 0) / 6, dorset.corners.reduce((sum, [, cy]) => sum + cy!, 0) / 6];
    expect(x).toBeCloseTo(middle[0]!, 0);
    expect(y).toBeCloseTo(middle[1]!, 0);
    // The region fills the map: Dorset's tile is far wider than at the national view.
    expect(Math.max(...dorset.corners.map(([cx]) => cx!)) - Math.min(...dorset.corners.map(([cx]) => cx!))).toBeGreaterThan(150);
  });

  it('draws every year as tiles in the small multiples', () => {
    const model = exportModelFor({ view: 'tiles' });
    const grid = renderSmallMultiples(model, allFeatures, { width: 900 }, tiles);
    expect(hexagons(grid.svg)).toHaveLength(43 * model.years.length);
    // Eleven maps across 900 px leave tiles too small to name: they go unlabelled rather than carry unreadable type.
    expect(grid.svg).not.toContain('<tspan');
  });

  // Rates and counts from data/home-office/figures/miscellaneous-crimes-against-society.csv (series 86) and data/population.csv, in python3:
  // count / mid-year population × 100,000. 2022/23: Dorset 341 / 785,200 = 43.428, Cleveland 667 / 579,300 = 115.139,
  // Devon and Cornwall 1,054 / 1,810,400 = 58.219. 2019/20: Dorset 237 / 773,839 = 30.627, Cleveland 380 / 569,141 = 66.767,
  // Devon and Cornwall 692 / 1,772,541 = 39.040.
  const CLEVELAND = 'E23000013';
  const DEVON = 'E23000035';
  const labelTexts = (svg: string) => [...svg.matchAll(/<g class="force-label">.*?<text [^>]*>([^<]*)<\/text><\/g>/g)].map((match) => match[1]);

  it.each([
    ['2022/23', 'rate', ['Dorset: 43.4', 'Cleveland: 115.1', 'Devon and Cornwall: 58.2']],
    ['2019/20', 'rate', ['Dorset: 30.6', 'Cleveland: 66.8', 'Devon and Cornwall: 39.0']],
    ['2022/23', 'count', ['Dorset: 341', 'Cleveland: 667', 'Devon and Cornwall: 1,054']],
  ] as const)('labels the chosen force and the pinned ones with their values, %s %s, in every preset and on the screen', (year, measure, expected) => {
    const state = { view: 'tiles' as const, force: DORSET, pins: [CLEVELAND, DEVON], year, measure };
    for (const size of [...PICTURE_SIZES.filter((each) => each.kind === 'preset').map((each) => each.frame), { width: 900 }]) {
      const drawn = picture(state, size);
      assertWellFormedXml(drawn.svg);
      // Each on the map, or listed where the tiles' names leave no free place: in the portrait only, with the counts' labels,
      // Devon and Cornwall's (the widest, 1,054) finds none that its leader can reach past Dorset's label.
      const listed: string[] = measure === 'count' && 'height' in size && size.height === 1350 ? [expected[2]] : [];
      expect(labelTexts(drawn.svg)).toEqual(expected.filter((text) => !listed.includes(text)));
      expect(drawn.layout.elsewhere).toEqual(listed);
      const labels = drawn.layout.labels;
      // Each inside the map and on no other label.
      for (const [i, label] of labels.entries()) {
        expect(label.box.x).toBeGreaterThanOrEqual(drawn.layout.body.x);
        expect(label.box.x + label.box.width).toBeLessThanOrEqual(drawn.layout.body.x + drawn.layout.body.width + 1e-9);
        for (const other of labels.slice(i + 1)) expect(overlaps(label.box, other.box)).toBe(false);
      }
    }
  });

  /** Every tile name's lines as drawn, each with the box its letters take (the advance widths; 0.95 em above the baseline, 0.25 below). */
  const tileNames = (svg: string) =>
    [...svg.matchAll(/<text text-anchor="middle" font-size="([\d.]+)"[^>]*>(.*?)<\/text>/g)].flatMap(([, px, spans]) =>
      [...spans!.matchAll(/<tspan x="([\d.-]+)" y="([\d.-]+)">([^<]*)<\/tspan>/g)].map(([, x, y, line]) => {
        const size = Number(px);
        const width = textWidth(line!.replace(/&amp;/g, '&'), size, true);
        return { text: line!, x: Number(x) - width / 2, y: Number(y) - 0.95 * size, width, height: 1.2 * size };
      }),
    );

  it.each([
    ['England and Wales', undefined],
    ['the South West', 'South West'],
  ] as const)('sets no value label on any tile’s name, %s, in every preset and on the screen, counts and rates', (_name, region) => {
    const AVON = 'E23000036';
    const GLOS = 'E23000037';
    const WILTS = 'E23000038';
    for (const pins of [
      [CLEVELAND, DEVON],
      [DEVON, AVON, GLOS, WILTS, CLEVELAND],
    ]) {
      for (const measure of ['rate', 'count'] as const) {
        for (const size of [...PICTURE_SIZES.filter((each) => each.kind === 'preset').map((each) => each.frame), { width: 900 }]) {
          const drawn = picture({ view: 'tiles', force: DORSET, pins, measure, region }, size);
          const names = tileNames(drawn.svg);
          expect(names.length).toBeGreaterThan(4);
          for (const label of drawn.layout.labels) {
            // Shrunk by the twentieth of a pixel the picture rounds its numbers to.
            const box = { x: label.box.x + 0.05, y: label.box.y + 0.05, width: label.box.width - 0.1, height: label.box.height - 0.1 };
            for (const name of names) expect(overlaps(box, name), `a label on ${name.text}, ${JSON.stringify(size)}, ${measure}`).toBe(false);
          }
        }
      }
    }
  });

  it('puts a label on its tile in place of the tile’s name where it fits, else beside it with a leader from the tile’s middle', () => {
    const drawn = picture({ view: 'tiles', force: DEVON, pins: [DORSET] }, { width: 900 });
    const [devon, dorset] = drawn.layout.labels;
    const middleOf = (code: string) => {
      const tile = hexagons(drawn.svg).find((shape) => shape.code === code)!;
      return [tile.corners.reduce((sum, [x]) => sum + x!, 0) / 6, tile.corners.reduce((sum, [, y]) => sum + y!, 0) / 6];
    };
    // "Devon and Cornwall: 58.2" is wider than a tile 900 px across the map: beside it, its leader from the middle of the tile.
    expect(devon!.anchor[0]).toBeCloseTo(middleOf(DEVON)[0]!, 0);
    expect(devon!.anchor[1]).toBeCloseTo(middleOf(DEVON)[1]!, 0);
    expect(devon!.leaderEnd).toBeDefined();
    expect(drawn.svg).toMatch(/<g class="force-label"><line [^>]*\/><circle [^>]*\/><rect /);
    // "Dorset: 43.4" fits on Dorset's tile: no leader, and the tile's own name is not drawn under it.
    expect(dorset!.leaderEnd).toBeUndefined();
    expect(drawn.svg).not.toContain('>Dorset</tspan>');
    expect(drawn.svg).toContain('>Glos</tspan>');
  });

  it('lists a pinned force outside the region in focus in a box headed "Outside this map", with its value, the chosen force labelled on its tile', () => {
    for (const size of [...PICTURE_SIZES.filter((each) => each.kind === 'preset').map((each) => each.frame), { width: 900 }]) {
      const drawn = picture({ view: 'tiles', region: 'South West', force: DORSET, pins: [CLEVELAND, DEVON] }, size);
      expect(labelTexts(drawn.svg)).toEqual(['Dorset: 43.4', 'Devon and Cornwall: 58.2']);
      expect(drawn.layout.elsewhere).toEqual(['Cleveland: 115.1']);
      const listed = /<g class="also-pinned">(.*?)<\/g>/.exec(drawn.svg)![1]!;
      expect([...listed.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1])).toEqual(['Outside this map', 'Cleveland: 115.1']);
      // Legible: at least the preset's floor (16 px), and on no value label.
      const box = /<g class="also-pinned"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(drawn.svg)!.slice(1).map(Number);
      const listBox = { x: box[0]!, y: box[1]!, width: box[2]!, height: box[3]! };
      for (const label of drawn.layout.labels) expect(overlaps(label.box, listBox)).toBe(false);
      if ('height' in size) for (const [, px] of listed.matchAll(/font-size="([\d.]+)"/g)) expect(Number(px)).toBeGreaterThanOrEqual(16);
    }
  });
});
