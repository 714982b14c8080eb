import { describe, expect, it } from 'vitest';
import { FOCUS_RING, HATCH, KEYBOARD_HALO, KEYBOARD_OUTLINE, MAP_BACKGROUND } from '../../src/scales/map-style';
import { MAX_PALETTE_COLORS, PALETTE_IDS, paletteColors } from '../../src/scales/palettes';
import { readProjectFile } from '../helpers';

/** WCAG 2 contrast ratio, written out here from the definition (relative luminance of sRGB), not taken from the app. */
function contrast(first: string, second: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

const css = readProjectFile('src/styles/app.css');
/** The page's ground and the map's sea in both schemes, read from app.css. */
const pageColours = ['--paper', '--map-sea'].flatMap((name) => [...css.matchAll(new RegExp(`${name}: (#[0-9a-f]{6});`, 'g'))].map((match) => match[1]!));
const paletteColours = [...new Set(PALETTE_IDS.flatMap((id) => Array.from({ length: MAX_PALETTE_COLORS }, (_, i) => paletteColors(id, i + 1)).flat()))];
const ring = [FOCUS_RING.line, FOCUS_RING.halo];

describe('the focus ring of the map and of the focused force (issue 19, item 6)', () => {
  it('has a colour at least 3:1 against every palette colour, the hatch, the sea and the page, in either scheme', () => {
    expect(pageColours).toEqual(['#ffffff', '#14171b', '#c9c9c9', '#2e3338']);
    expect(paletteColours.length).toBeGreaterThan(100);
    for (const colour of [...paletteColours, HATCH.background, HATCH.lines, MAP_BACKGROUND, ...pageColours]) {
      expect(Math.max(...ring.map((band) => contrast(band, colour))), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('is two colours at least 9:1 apart, so that one always stands 3:1 against what lies beside it', () => {
    // The darkest palette colour (viridis' #440154) and the palest (Blues' #f7fbff) are each 3:1 from one band only.
    expect(paletteColours).toEqual(expect.arrayContaining(['#440154', '#f7fbff']));
    expect(contrast('#000000', '#440154')).toBeLessThan(3);
    expect(contrast('#ffffff', '#f7fbff')).toBeLessThan(3);
    expect(contrast(FOCUS_RING.line, FOCUS_RING.halo)).toBeGreaterThanOrEqual(9);
  });

  it('draws the force’s dashed line on a halo wider than it, and the frame’s ring in the same two colours over the map', () => {
    expect([KEYBOARD_OUTLINE.color, KEYBOARD_HALO.color]).toEqual(ring);
    expect(KEYBOARD_HALO.width).toBeGreaterThanOrEqual(KEYBOARD_OUTLINE.width + 2);
    const frameRing = /\.map:focus-visible::after \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(frameRing).toContain('z-index');
    expect(new Set(frameRing.match(/#[0-9a-f]{6}/g))).toEqual(new Set(ring));
  });
});
