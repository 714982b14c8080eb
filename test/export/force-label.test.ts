import { describe, expect, it } from 'vitest';
import { drawList, mapLabels } from '../../src/export/force-label';
import type { LabelRequest } from '../../src/export/label-placement';

const STYLE = { size: 16, lineHeight: 20, bold: true, color: '#1a1a1a' };
const FRAME = { x: 0, y: 0, width: 300, height: 200 };
const DORSET = { code: 'E23000039', name: 'Dorset' };

/** A force at this point, a small box round it, asking for a label of its text's size. */
const at =
  (points: Record<string, [number, number]>) =>
  (code: string, size: { width: number; height: number }): LabelRequest | undefined => {
    const point = points[code];
    return point && { anchor: point, around: { x: point[0] - 5, y: point[1] - 5, width: 10, height: 10 }, ...size };
  };

const headingOf = (svg: string) => /<g class="also-pinned">.*?<text [^>]*>([^<]*)<\/text>/.exec(svg)?.[1];

describe('mapLabels: the list of labels the map cannot show, headed by what it holds', () => {
  it('heads the chosen force alone "Chosen force" when its label finds no room on the map', () => {
    // A label for "Dorset: 43.4 with a very long name to be too wide" is wider than the 300 px frame: it can go nowhere.
    const layer = { selected: DORSET, valueLabels: [{ code: DORSET.code, text: 'Dorset: 43.4, a label far wider than this little map', chosen: true }] };
    const labels = mapLabels(layer, FRAME, STYLE, at({ [DORSET.code]: [150, 100] }), []);
    expect(labels.placed).toEqual([]);
    expect(labels.heading).toBe('Chosen force');
    expect(headingOf(drawList(labels, FRAME, STYLE))).toBe('Chosen force');
  });

  it('heads a pinned force outside the map "Outside this map", the chosen force labelled on it', () => {
    const layer = {
      selected: DORSET,
      valueLabels: [
        { code: DORSET.code, text: 'Dorset: 43.4', chosen: true },
        { code: 'E23000013', text: 'Cleveland: 115.1' },
      ],
    };
    // Cleveland is not on this map at all (no request).
    const labels = mapLabels(layer, FRAME, STYLE, at({ [DORSET.code]: [150, 100] }), []);
    expect(labels.placed.map((label) => label.text)).toEqual(['Dorset: 43.4']);
    expect(labels.elsewhere).toEqual(['Cleveland: 115.1']);
    expect(headingOf(drawList(labels, FRAME, STYLE))).toBe('Outside this map');
  });

  it('has no heading and draws no list when every label is on the map', () => {
    const labels = mapLabels({ selected: DORSET, valueLabels: [] }, FRAME, STYLE, at({ [DORSET.code]: [150, 100] }), []);
    expect(labels.heading).toBeUndefined();
    expect(drawList(labels, FRAME, STYLE)).toBe('');
  });
});
