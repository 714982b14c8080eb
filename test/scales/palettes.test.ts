import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, type Classification } from '../../src/scales/classify';
import { cieLightness, colorDifference, parseColor } from '../../src/scales/color';
import { HATCH, MAP_BACKGROUND } from '../../src/scales/map-style';
import {
  classColors,
  DEFAULT_PALETTE,
  divergingColorsFor,
  isPaletteId,
  MAX_PALETTE_COLORS,
  PALETTE_IDS,
  PALETTES,
  paletteColors,
  paletteIdSchema,
  paletteOf,
  type PaletteId,
} from '../../src/scales/palettes';

const HEX = /^#[0-9a-f]{6}$/;
const sequential = PALETTES.filter((palette) => palette.kind === 'sequential').map((palette) => palette.id);
const diverging = PALETTES.filter((palette) => palette.kind === 'diverging').map((palette) => palette.id);

/** Which of two hues a colour leans to, by its channels. */
const channels = (hex: string) => {
  const [red, green, blue] = parseColor(hex);
  return { red, green, blue };
};
const lightness = (colors: readonly string[]) => colors.map(cieLightness);

function manual(values: number[], thresholds: number[]): Classification {
  return classify(values, { method: 'manual', thresholds });
}

describe('the palette list', () => {
  it('lists each palette once, with a label, and offers both kinds', () => {
    expect(new Set(PALETTE_IDS).size).toBe(PALETTE_IDS.length);
    for (const palette of PALETTES) expect(palette.label.length).toBeGreaterThan(0);
    expect(sequential).toEqual(expect.arrayContaining(['blues', 'viridis']));
    expect(diverging.length).toBeGreaterThanOrEqual(3);
    expect(paletteOf(DEFAULT_PALETTE.sequential).kind).toBe('sequential');
    expect(paletteOf(DEFAULT_PALETTE.diverging).kind).toBe('diverging');
  });

  it('checks ids from outside (a link) without trusting them', () => {
    expect(isPaletteId('blues')).toBe(true);
    expect(isPaletteId('rainbow')).toBe(false);
    expect(paletteIdSchema.safeParse('blue-red').success).toBe(true);
    expect(paletteIdSchema.safeParse('jet').success).toBe(false);
  });
});

describe('paletteColors', () => {
  it('gives as many valid, distinct "#rrggbb" colours as asked, for 0 to 9', () => {
    for (const id of PALETTE_IDS) {
      for (let count = 0; count <= MAX_PALETTE_COLORS; count++) {
        const colors = paletteColors(id, count);
        expect(colors, `${id} ${count}`).toHaveLength(count);
        for (const color of colors) expect(color).toMatch(HEX);
        expect(new Set(colors).size).toBe(count);
      }
    }
  });

  it('refuses counts it cannot give', () => {
    for (const count of [-1, 2.5, MAX_PALETTE_COLORS + 1, Number.NaN]) expect(() => paletteColors('blues', count)).toThrow(RangeError);
  });

  it('makes sequential palettes darker with every class, 3 to 7 classes and beyond', () => {
    for (const id of sequential) {
      for (let count = 2; count <= MAX_PALETTE_COLORS; count++) {
        const steps = lightness(paletteColors(id, count));
        steps.slice(1).forEach((step, i) => expect(step, `${id} ${count}`).toBeLessThan(steps[i]!));
      }
    }
  });

  it('makes sequential classes far enough apart in lightness to tell apart at 7 classes', () => {
    for (const id of sequential) {
      const steps = lightness(paletteColors(id, 7));
      steps.slice(1).forEach((step, i) => expect(steps[i]! - step, id).toBeGreaterThan(4));
    }
  });

  it('makes diverging palettes lightest in the middle, darker towards both ends', () => {
    for (const id of diverging) {
      for (let count = 3; count <= MAX_PALETTE_COLORS; count++) {
        const steps = lightness(paletteColors(id, count));
        // The middle class, or the middle two (of different hues) for an even count.
        const [middleLow, middleHigh] = [Math.floor((count - 1) / 2), Math.ceil((count - 1) / 2)];
        steps.forEach((step, i) => {
          // Each step towards the middle is lighter than the one before it.
          if (i < middleLow) expect(step, `${id} ${count} ${i}`).toBeLessThan(steps[i + 1]!);
          if (i > middleHigh) expect(step, `${id} ${count} ${i}`).toBeLessThan(steps[i - 1]!);
        });
        expect(Math.min(steps[middleLow]!, steps[middleHigh]!)).toBeGreaterThan(Math.max(steps[0]!, steps[count - 1]!));
      }
    }
  });

  it('runs each diverging palette from the hue its label names first to the second', () => {
    const ends = (id: PaletteId) => {
      const colors = paletteColors(id, 7);
      return { low: channels(colors[0]!), high: channels(colors[6]!) };
    };
    const blueRed = ends('blue-red');
    expect(blueRed.low.blue).toBeGreaterThan(blueRed.low.red);
    expect(blueRed.high.red).toBeGreaterThan(blueRed.high.blue);
    const purpleOrange = ends('purple-orange');
    expect(purpleOrange.low.blue).toBeGreaterThan(purpleOrange.low.green);
    expect(purpleOrange.high.red).toBeGreaterThan(purpleOrange.high.blue);
    const brownTeal = ends('brown-teal');
    expect(brownTeal.low.red).toBeGreaterThan(brownTeal.low.blue);
    expect(brownTeal.high.green).toBeGreaterThan(brownTeal.high.red);
  });

  it('gives one class of a diverging palette its neutral middle', () => {
    for (const id of diverging) {
      const [only] = paletteColors(id, 1);
      expect(cieLightness(only!)).toBeGreaterThanOrEqual(Math.max(...lightness(paletteColors(id, 5))));
    }
  });
});

describe('the "not published" hatch', () => {
  it('is two greys, lines clearly darker than the ground', () => {
    for (const color of [HATCH.background, HATCH.lines]) {
      expect(color).toMatch(HEX);
      const { red, green, blue } = channels(color);
      expect(red === green && green === blue).toBe(true);
    }
    expect(cieLightness(HATCH.background) - cieLightness(HATCH.lines)).toBeGreaterThan(25);
  });

  it('uses no colour of any palette at any class count', () => {
    for (const id of PALETTE_IDS) {
      for (let count = 1; count <= MAX_PALETTE_COLORS; count++) {
        const colors = paletteColors(id, count);
        expect(colors).not.toContain(HATCH.background);
        expect(colors).not.toContain(HATCH.lines);
      }
    }
  });
});

describe('divergingColorsFor', () => {
  it("uses the palette's own colours when the classes sit evenly about 0", () => {
    const classification = manual([-30, 0, 30], [-10, -2, 2, 10]);
    for (const id of diverging) expect(divergingColorsFor(classification, id)).toEqual(paletteColors(id, 5));
  });

  it('gives the class holding 0 the neutral colour, falls the first hue and rises the second', () => {
    // One class below 0, the neutral one, four above.
    const classification = manual([-20, 0, 70], [-5, 5, 20, 40, 60]);
    const colors = divergingColorsFor(classification, 'blue-red');
    expect(colors).toHaveLength(6);
    const [fall, neutral, ...rises] = colors;
    expect(neutral).toBe(paletteColors('blue-red', 1)[0]);
    expect(channels(fall!).blue).toBeGreaterThan(channels(fall!).red);
    for (const rise of rises) expect(channels(rise).red).toBeGreaterThan(channels(rise).blue);
    const steps = lightness(colors);
    expect(Math.max(...steps)).toBe(steps[1]);
    rises.forEach((_, i) => i > 0 && expect(steps[2 + i]!).toBeLessThan(steps[1 + i]!));
    // One step from 0 is as strong on either side, not the darkest blue.
    expect(Math.abs(steps[0]! - steps[2]!)).toBeLessThan(5);
  });

  it('gives a class the same colour for the same distance from 0, however many classes the other side has', () => {
    // Three classes each side of a neutral one, and the same with two of the falling classes gone.
    const full = divergingColorsFor(manual([-50, 50], [-21, -11, -1, 1, 11, 21]), 'purple-orange');
    const lopsided = divergingColorsFor(manual([-5, 50], [-1, 1, 11, 21]), 'purple-orange');
    expect(full).toHaveLength(7);
    expect(lopsided).toEqual(full.slice(2));
  });

  it('grades both sides on one ramp, so a side with fewer classes does not reach the darkest colour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...diverging), (below, above, id) => {
        fc.pre(below + above >= 1);
        // Thresholds ..., -11, -1 | 1, 11, ...: classes below 0, the class holding 0, classes above.
        const thresholds = [...Array.from({ length: below }, (_, i) => 9 - 10 * (below - i)), ...Array.from({ length: above }, (_, i) => 1 + 10 * i)];
        const classification = manual([-100, 100], thresholds);
        const colors = divergingColorsFor(classification, id);
        const steps = lightness(colors);
        const zero = classification.classOf(0)!;
        expect(Math.max(...steps)).toBe(steps[zero]);
        steps.forEach((step, i) => {
          if (i < zero) expect(step).toBeLessThan(steps[i + 1]!);
          if (i > zero) expect(step).toBeLessThan(steps[i - 1]!);
        });
        // The side with fewer classes stops short of the darkest colour the other side reaches.
        if (below !== above) {
          const [shorter, longer] = below < above ? [steps[0]!, steps[steps.length - 1]!] : [steps[steps.length - 1]!, steps[0]!];
          expect(shorter).toBeGreaterThan(longer);
        }
      }),
    );
  });

  it('counts a class starting at 0 as the first class of rises: a break at 0 leaves no neutral class', () => {
    const classification = manual([-20, 20], [-10, 0, 10]);
    const colors = divergingColorsFor(classification, 'blue-red');
    expect(channels(colors[1]!).blue).toBeGreaterThan(channels(colors[1]!).red);
    expect(channels(colors[2]!).red).toBeGreaterThan(channels(colors[2]!).blue);
    expect(colors).not.toContain(paletteColors('blue-red', 1)[0]);
  });

  it('gives every class the rising hue when every value rose, lightest for the smallest rise', () => {
    const classification = classify([5, 10, 20, 40, 80, 90, 100], { method: 'quantile', classCount: 4 });
    const colors = divergingColorsFor(classification, 'blue-red');
    expect(colors).toHaveLength(classification.classCount);
    expect(colors).not.toContain(paletteColors('blue-red', 1)[0]);
    for (const color of colors) expect(channels(color).red).toBeGreaterThan(channels(color).blue);
    const steps = lightness(colors);
    steps.slice(1).forEach((step, i) => expect(step).toBeLessThan(steps[i]!));
  });

  it('gives every class the falling hue when every value fell, darkest for the largest fall', () => {
    const classification = classify([-5, -10, -20, -40, -80], { method: 'equal-interval', classCount: 3 });
    const colors = divergingColorsFor(classification, 'blue-red');
    for (const color of colors) expect(channels(color).blue).toBeGreaterThan(channels(color).red);
    const steps = lightness(colors);
    steps.slice(1).forEach((step, i) => expect(step).toBeGreaterThan(steps[i]!));
  });

  it('makes the lowest computed class neutral when it reaches from below 0 to above it', () => {
    const classification = classify([-3, 1, 5, 9, 30, 31, 60, 61], { method: 'natural-breaks', classCount: 3 });
    expect(classification.thresholds[0]).toBeGreaterThan(0);
    const colors = divergingColorsFor(classification, 'purple-orange');
    expect(colors[0]).toBe(paletteColors('purple-orange', 1)[0]);
  });

  it('colours a single class of zeros neutral, and no classes with nothing', () => {
    expect(divergingColorsFor(classify([0, 0], { method: 'quantile', classCount: 5 }), 'brown-teal')).toEqual(paletteColors('brown-teal', 1));
    expect(divergingColorsFor(classify([null], { method: 'quantile', classCount: 5 }), 'brown-teal')).toEqual([]);
  });

  it('refuses a sequential palette', () => {
    expect(() => divergingColorsFor(manual([1], [0]), 'blues')).toThrow(/not diverging/);
  });
});

describe('classColors', () => {
  it('picks the colouring that suits the palette', () => {
    const classification = manual([-20, 20], [-10, 0, 10]);
    expect(classColors(classification, 'blues')).toEqual(paletteColors('blues', 4));
    expect(classColors(classification, 'blue-red')).toEqual(divergingColorsFor(classification, 'blue-red'));
  });
});

describe('MAP_BACKGROUND', () => {
  it('stands apart from every palette’s colours, so no class melts into the sea', () => {
    for (const palette of PALETTES) {
      for (let count = 3; count <= 7; count++) {
        for (const color of paletteColors(palette.id, count)) expect(colorDifference(color, MAP_BACKGROUND), `${palette.id} ${color}`).toBeGreaterThan(10);
      }
    }
  });
});
