import { describe, expect, it } from 'vitest';
import { PICTURE_SIZES, pictureSize, sizedPicture } from '../../src/export/export-sizes';
import { renderSvgMap, type SvgMapInput } from '../../src/export/svg-map';
import { textWidth } from '../../src/export/text-metrics';
import type { DescribedExport } from '../../src/view-model/export-model';
import { assertWellFormedXml } from './xml-well-formed';
import { allFeatures, drawnTexts, expectInside, expectNothingOverlaps, exportModelFor, mapAreas, nspcc, overlaps } from './picture-fixture';

const DORSET = 'E23000039';

/** The screen's picture of a view: what the app's svgInput gives for a map 760 px wide showing the view's bounds. */
function screenOf(model: DescribedExport, width = 760): SvgMapInput {
  const picture = model.picture(model.yearIndex);
  return { ...picture, features: allFeatures, extent: picture.bounds, width };
}

const VIEWS = {
  'the first view (England and Wales)': exportModelFor({}),
  'the South West with Dorset selected': exportModelFor({ region: 'South West', force: DORSET, year: '2020/21' }),
  'the NSPCC figures (sparse: most forces hatched)': exportModelFor({}, nspcc),
};
const PRESETS = PICTURE_SIZES.filter((size) => size.kind === 'preset');
/** The sizes asked for (issue 16): a social card, a square and a portrait post. */
const PRESET_PIXELS: Record<string, [number, number]> = { 'social-card': [1200, 675], square: [1080, 1080], portrait: [1080, 1350] };

it('offers the three publishing sizes besides the screen’s', () => {
  expect(PRESETS.map((preset) => preset.id).sort()).toEqual(Object.keys(PRESET_PIXELS).sort());
});

describe('every preset, laid out for its frame', () => {
  for (const [view, model] of Object.entries(VIEWS)) {
    for (const preset of PRESETS) {
      describe(`${preset.id}, ${view}`, () => {
        const { frame } = preset;
        const map = renderSvgMap(sizedPicture(screenOf(model), preset).input);
        const { layout } = map;

        it('is exactly the preset’s size in pixels, and says so in the document', () => {
          const [width, height] = PRESET_PIXELS[preset.id]!;
          expect([map.width, map.height]).toEqual([width, height]);
          expect(map.svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
          assertWellFormedXml(map.svg);
        });

        it('keeps the legend and the sources inside the frame', () => {
          const whole = { x: 0, y: 0, ...frame };
          expectInside(layout.legend!, whole, 'legend');
          expectInside(layout.sources, whole, 'sources');
          expectInside(layout.body, whole, 'map');
          const { sources } = layout;
          const inSources = drawnTexts(map.svg).filter((text) => text.y >= sources.y && text.y + text.height <= sources.y + sources.height + 1);
          expect(inSources.map(({ text }) => text).join(' ')).toBe(model.picture(model.yearIndex).sourceLines.join(' '));
        });

        it('puts the legend beside the map in a landscape frame, below it otherwise', () => {
          if (frame.width > frame.height) expect(layout.legend!.x).toBeGreaterThanOrEqual(layout.body.x + layout.body.width);
          else expect(layout.legend!.y).toBeGreaterThanOrEqual(layout.body.y + layout.body.height);
        });

        it('never sets a title line wider than the frame, nor any text outside it or on another', () => {
          const title = model.picture(model.yearIndex).title;
          const titleLines = drawnTexts(map.svg).filter(({ text }) => title.includes(text) && text.length > 3);
          expect(titleLines.map(({ text }) => text).join(' ')).toBe(title);
          // The header starts at the top margin; no line comes nearer the right edge than that.
          const margin = layout.header.y;
          for (const line of titleLines) expect(line.x + line.width).toBeLessThanOrEqual(frame.width - margin + 0.05);
          expectNothingOverlaps(map.svg, frame);
        });

        it('sets no text under 16 px: the smallest font size in the picture is 16 or more', () => {
          const sizes = [...map.svg.matchAll(/font-size="([\d.]+)"/g)].map(([, size]) => Number(size));
          expect(sizes.length).toBeGreaterThan(5);
          expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
        });

        it('sets the type larger than the screen’s, to be read when the picture is shown small', () => {
          expect(layout.scale).toBeGreaterThanOrEqual(1);
          const title = drawnTexts(map.svg)[0]!;
          expect(title.height / 1.2).toBeGreaterThanOrEqual(22);
        });

        it('fits the map to the view: the region’s forces, not the screen’s extent', () => {
          const drawn = new Set([...map.svg.matchAll(/<path data-code="([^"]+)"/g)].map(([, code]) => code));
          if (view.includes('South West')) {
            expect(drawn.has(DORSET)).toBe(true);
            expect(drawn.has('E23000007')).toBe(false);
          } else expect(drawn.size).toBe(43);
        });
      });
    }
  }
});

describe('the selected force, named on the map', () => {
  const model = VIEWS['the South West with Dorset selected'];
  for (const size of PICTURE_SIZES) {
    it(`${size.id}: "Dorset" and its value in a label inside the map and the frame, on no other text`, () => {
      const map = renderSvgMap(sizedPicture(screenOf(model), size).input);
      const label = drawnTexts(map.svg).filter((text) => text.label);
      // 254 offences / 776,780 people (mid-2020) × 100,000 = 32.699.
      expect(label.map(({ text }) => text)).toEqual(['Dorset: 32.7']);
      const [area] = mapAreas(map.svg);
      expectInside(label[0]!, area!, 'label text');
      expectInside(map.layout.label!.box, area!, 'label box');
      expectInside(map.layout.label!.box, { x: 0, y: 0, width: map.width, height: map.height }, 'label box');
      for (const other of drawnTexts(map.svg).filter((text) => !text.label)) expect(overlaps(map.layout.label!.box, other)).toBe(false);
    });
  }

  it('names a small force beside it, with a leader from a dot on it', () => {
    const city = exportModelFor({ force: 'E23000034' });
    const map = renderSvgMap(sizedPicture(screenOf(city), pictureSize('square')).input);
    // No population estimate for the City of London in mid-2022, so no rate: said, not 0.
    expect(map.svg).toMatch(/<g class="force-label"><line [^>]*\/><circle [^>]*\/><rect [^>]*\/><text [^>]*>City of London: not available<\/text><\/g>/);
    const { box, leaderEnd } = map.layout.label!;
    expect(leaderEnd).toBeDefined();
    expectInside(box, mapAreas(map.svg)[0]!, 'label box');
    for (const other of drawnTexts(map.svg).filter((text) => !text.label)) expect(overlaps(box, other)).toBe(false);
    // The leader is short: it ends on the label's edge, within two lines' height of the dot.
    expect(Math.hypot(leaderEnd![0] - map.layout.label!.anchor[0], leaderEnd![1] - map.layout.label!.anchor[1])).toBeLessThan(box.height * 2);
  });

  it('labels the chosen force and up to 5 pinned ones with their values, none on another, each inside the map, a leader where a label is off its force', () => {
    const pins = ['E23000013', 'E23000001', 'E23000034', 'E23000035', 'E23000008'];
    const pinned = exportModelFor({ force: DORSET, pins });
    for (const size of PICTURE_SIZES) {
      const map = renderSvgMap(sizedPicture(screenOf(pinned), size).input);
      const labels = map.layout.labels;
      // Rates for 2022/23 from the committed tables (python3): Dorset 43.43, Cleveland 115.14, the Met 42.62, City no rate, Devon and Cornwall 58.22, Durham 100.69.
      const all = [
        'Dorset: 43.4',
        'Cleveland: 115.1',
        'Metropolitan Police: 42.6',
        'City of London: not available',
        'Devon and Cornwall: 58.2',
        'Durham: 100.7',
      ];
      // On the map in that order, every one of them.
      expect(
        drawnTexts(map.svg)
          .filter((text) => text.label)
          .map(({ text }) => text),
      ).toEqual(all);
      // Every one of these forces lies in the frame and each frame has a free place for each: none is listed, not even in the
      // square (the map 456 px wide beside its legend), where Devon and Cornwall's, placed after the others, is boxed in by them.
      expect(map.layout.elsewhere, size.id).toEqual([]);
      const [area] = mapAreas(map.svg);
      for (const [i, label] of labels.entries()) {
        expectInside(label.box, area!, `label ${i}`);
        for (const other of labels.slice(i + 1)) expect(overlaps(label.box, other.box), `${size.id}: label ${i} on another`).toBe(false);
        for (const text of drawnTexts(map.svg).filter((each) => !each.label)) expect(overlaps(label.box, text)).toBe(false);
        const onLabel =
          label.anchor[0] >= label.box.x &&
          label.anchor[0] <= label.box.x + label.box.width &&
          label.anchor[1] >= label.box.y &&
          label.anchor[1] <= label.box.y + label.box.height;
        expect(label.leaderEnd === undefined ? onLabel : true, `label ${i} away from its force has a leader`).toBe(true);
      }
    }
  });

  it('draws a locator (England and Wales, the region marked) with a region in focus, and none for England and Wales', () => {
    const region = renderSvgMap(sizedPicture(screenOf(VIEWS['the South West with Dorset selected']), pictureSize('social-card')).input).svg;
    expect(region).toMatch(/<g class="locator"><rect [^>]*\/><path [^>]*d="M[^"]+"\/><path class="locator-region" [^>]*d="M[^"]+"\/><\/g>/);
    const national = renderSvgMap(sizedPicture(screenOf(VIEWS['the first view (England and Wales)']), pictureSize('social-card')).input).svg;
    expect(national).not.toContain('class="locator"');
  });

  it('lists a pinned force outside the region in focus in a box headed "Outside this map" with its value, clear of the labels and the locator', () => {
    // Rates for 2022/23 (python3, count / mid-2022 population × 100,000): Dorset 341 / 785,200 = 43.43, Cleveland 667 / 579,300 = 115.14.
    const model = exportModelFor({ region: 'South West', force: DORSET, pins: ['E23000013'] });
    for (const size of PICTURE_SIZES) {
      const map = renderSvgMap(sizedPicture(screenOf(model), size).input);
      expect(map.layout.elsewhere).toEqual(['Cleveland: 115.1']);
      const listed = /<g class="also-pinned"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*\/>(.*?)<\/g>/.exec(map.svg)!;
      expect([...listed[5]!.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1])).toEqual(['Outside this map', 'Cleveland: 115.1']);
      const box = { x: Number(listed[1]), y: Number(listed[2]), width: Number(listed[3]), height: Number(listed[4]) };
      expectInside(box, mapAreas(map.svg)[0]!, 'the list');
      for (const label of map.layout.labels) expect(overlaps(label.box, box)).toBe(false);
      const locator = /<g class="locator"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(map.svg)!.slice(1).map(Number);
      expect(overlaps({ x: locator[0]!, y: locator[1]!, width: locator[2]!, height: locator[3]! }, box)).toBe(false);
      expectNothingOverlaps(map.svg, map);
    }
  });

  it('labels nothing when no force is selected', () => {
    const map = renderSvgMap(sizedPicture(screenOf(VIEWS['the first view (England and Wales)']), pictureSize('portrait')).input);
    expect(map.svg).not.toContain('force-label');
    expect(map.layout.label).toBeUndefined();
  });
});

describe('the screen’s picture', () => {
  const model = VIEWS['the South West with Dorset selected'];

  it('keeps the screen’s width and grows as tall as its content, legend below the map', () => {
    const map = renderSvgMap(screenOf(model, 760));
    expect(map.width).toBe(760);
    expect(map.layout.placement).toBe('below');
    expect(map.height).toBe(Math.ceil(map.layout.sources.y + map.layout.sources.height + 24));
    expectNothingOverlaps(map.svg, map);
  });

  it('lays out at the narrowest width the exports use without cutting anything', () => {
    const map = renderSvgMap(screenOf(model, 480));
    expectNothingOverlaps(map.svg, map);
  });
});

describe('text that would not fit at the preset’s type size', () => {
  it('makes the type smaller, down to the screen’s, rather than cut a long title or shrink the map away', () => {
    const model = VIEWS['the first view (England and Wales)'];
    const long = `${'Offences recorded by police forces in England and Wales under a long series title '.repeat(3)}(imported)`;
    const plain = renderSvgMap(sizedPicture(screenOf(model), pictureSize('square')).input);
    const map = renderSvgMap(sizedPicture({ ...screenOf(model), title: long }, pictureSize('square')).input);
    expect(map.layout.scale).toBeLessThan(plain.layout.scale);
    expect(map.layout.body.height).toBeGreaterThanOrEqual(1080 / 2);
    expect(
      drawnTexts(map.svg)
        .filter(({ text }) => long.includes(text) && text.length > 3)
        .map(({ text }) => text)
        .join(' '),
    ).toBe(long);
    expectNothingOverlaps(map.svg, map);
  });

  it('measures the words as drawn: a title in capitals wraps sooner than one in lower case', () => {
    const model = VIEWS['the first view (England and Wales)'];
    const lines = (title: string) =>
      drawnTexts(renderSvgMap({ ...screenOf(model), title }).svg).filter(({ text }) => title.includes(text) && text.length > 3).length;
    expect(lines('illicit little lilliputian illegal listings illicit little lilliputian')).toBe(1);
    expect(lines('WWW MMMW WWMM WWWW MMMM WWWM WWMW MMWW MMMM WWMM WMWM')).toBeGreaterThan(1);
    expect(textWidth('WWW', 22, true)).toBeGreaterThan(textWidth('iii', 22, true) * 3);
  });
});
