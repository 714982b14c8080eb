import * as z from 'zod/mini';
import { classRanges, type Classification, type ClassRange } from './classify';
import { colorBrewerLargest, colorBrewerScheme, viridis, type ColorBrewerName } from './colour-schemes';
import { rgbBasis } from './rgb-basis';

export type PaletteKind = 'sequential' | 'diverging';

/**
 * What a palette is; its colours come from paletteColors. All of them are
 * safe for the common colour-vision deficiencies (ColorBrewer's
 * "colorblind safe" schemes and viridis). Colours run from the lowest class
 * to the highest: sequential ones from light to dark, diverging ones from
 * the first hue through a pale middle to the second.
 */
export interface Palette {
  id: PaletteId;
  label: string;
  kind: PaletteKind;
}

interface PaletteDefinition extends Palette {
  /** ColorBrewer's hand-tuned colours by class count (3 to 9, or 11 for diverging), lowest first. */
  scheme?: (count: number) => readonly string[] | undefined;
  /** The continuous ramp, 0 lowest to 1 highest, as "#rrggbb": for counts the schemes lack. */
  interpolate: (t: number) => string;
}

export const PALETTE_IDS = ['blues', 'yellow-green-blue', 'purples', 'orange-red', 'viridis', 'purple-orange', 'brown-teal', 'blue-red'] as const;
export type PaletteId = (typeof PALETTE_IDS)[number];
export const paletteIdSchema = z.enum(PALETTE_IDS);

const reversed = <T>(items: readonly T[] | undefined): readonly T[] | undefined => items && [...items].reverse();

/** A ColorBrewer palette: its hand-tuned colours, and its ramp for counts it has none for. */
const colorBrewer = (name: ColorBrewerName): Pick<PaletteDefinition, 'scheme' | 'interpolate'> => ({
  scheme: (k) => colorBrewerScheme(name, k),
  interpolate: rgbBasis(colorBrewerLargest(name)),
});

/** ColorBrewer's RdBu runs red to blue: turned round, so that a rise reads as red. */
const blueRed = (): Pick<PaletteDefinition, 'scheme' | 'interpolate'> => {
  const ramp = rgbBasis(colorBrewerLargest('RdBu'));
  return { scheme: (k) => reversed(colorBrewerScheme('RdBu', k)), interpolate: (t) => ramp(1 - t) };
};

const DEFINITIONS: Record<PaletteId, PaletteDefinition> = {
  blues: { id: 'blues', label: 'Blues', kind: 'sequential', ...colorBrewer('Blues') },
  'yellow-green-blue': { id: 'yellow-green-blue', label: 'Yellow, green, blue', kind: 'sequential', ...colorBrewer('YlGnBu') },
  purples: { id: 'purples', label: 'Purples', kind: 'sequential', ...colorBrewer('Purples') },
  'orange-red': { id: 'orange-red', label: 'Orange, red', kind: 'sequential', ...colorBrewer('OrRd') },
  // Viridis runs dark to light; turned round so that, as on every other scale here, more is darker.
  viridis: { id: 'viridis', label: 'Viridis', kind: 'sequential', interpolate: (t) => viridis(1 - t) },
  'purple-orange': { id: 'purple-orange', label: 'Purple (fall) to orange (rise)', kind: 'diverging', ...colorBrewer('PuOr') },
  'brown-teal': { id: 'brown-teal', label: 'Brown (fall) to teal (rise)', kind: 'diverging', ...colorBrewer('BrBG') },
  'blue-red': { id: 'blue-red', label: 'Blue (fall) to red (rise)', kind: 'diverging', ...blueRed() },
};

export const PALETTES: readonly Palette[] = PALETTE_IDS.map((id) => {
  const { label, kind } = DEFINITIONS[id];
  return { id, label, kind };
});

/** The palette a measure gets when the reader has not chosen one. */
export const DEFAULT_PALETTE: Readonly<Record<PaletteKind, PaletteId>> = { sequential: 'blues', diverging: 'purple-orange' };

/** The most colours paletteColors gives; classifications make at most seven classes. */
export const MAX_PALETTE_COLORS = 9;

export function isPaletteId(id: string): id is PaletteId {
  return (PALETTE_IDS as readonly string[]).includes(id);
}

export function paletteOf(id: PaletteId): Palette {
  const { label, kind } = DEFINITIONS[id];
  return { id, label, kind };
}

/**
 * count colours as "#rrggbb", lowest class first. Counts of 3 and more use
 * ColorBrewer's own colours; one or two classes (all values alike) take the
 * middle or the ends of the three-class scheme.
 */
export function paletteColors(id: PaletteId, count: number): string[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_PALETTE_COLORS) {
    throw new RangeError(`paletteColors: ${count} colours asked for; 0 to ${MAX_PALETTE_COLORS} can be given`);
  }
  const definition = DEFINITIONS[id];
  if (count === 0) return [];
  if (count < 3) {
    const three = colorsOf(definition, 3);
    return count === 1 ? [three[1]!] : [three[0]!, three[2]!];
  }
  return colorsOf(definition, count);
}

/**
 * Colours for a measure that can fall or rise (a change in per cent): the
 * class holding 0 gets the palette's pale middle, classes below 0 the first
 * hue and classes above 0 the second, each darker the further it is from 0.
 * Both sides are graded on one ramp, so a class two steps below 0 is as
 * strong as one two steps above, however many classes each side has. When
 * no class holds 0 (every value rose, say), all classes take the one hue.
 */
export function divergingColorsFor(classification: Classification, id: PaletteId): string[] {
  const definition = DEFINITIONS[id];
  if (definition.kind !== 'diverging') throw new Error(`divergingColorsFor: palette "${id}" is not diverging`);
  const ranges = classRanges(classification);
  if (ranges.length === 0) return [];

  const below = ranges.filter(isBelowZero).length;
  const hasZeroClass = below < ranges.length && holdsZero(ranges[below]!);
  const above = ranges.length - below - (hasZeroClass ? 1 : 0);
  const steps = Math.max(below, above);
  const ramp = divergingRamp(definition, 2 * steps + 1);
  const firstAbove = below + (hasZeroClass ? 1 : 0);
  return ranges.map(({ index }) => {
    if (index < below) return ramp[steps - (below - index)]!;
    if (index < firstAbove) return ramp[steps]!;
    return ramp[steps + (index - firstAbove + 1)]!;
  });
}

/** Colours for a classification: graded about 0 on a diverging palette, light to dark on a sequential one. */
export function classColors(classification: Classification, id: PaletteId): string[] {
  return DEFINITIONS[id].kind === 'diverging' ? divergingColorsFor(classification, id) : paletteColors(id, classification.classCount);
}

function colorsOf(definition: PaletteDefinition, count: number): string[] {
  const scheme = definition.scheme?.(count);
  if (scheme) return [...scheme];
  return Array.from({ length: count }, (_, i) => definition.interpolate(count === 1 ? 0.5 : i / (count - 1)));
}

/** An odd number of colours with the neutral one in the middle. */
function divergingRamp(definition: PaletteDefinition, count: number): string[] {
  if (count === 1) return [colorsOf(definition, 3)[1]!];
  return colorsOf(definition, count);
}

function isBelowZero(range: ClassRange): boolean {
  if (range.upper === null) return false;
  return range.includesUpper ? range.upper < 0 : range.upper <= 0;
}

/**
 * A class with 0 inside it. One that starts at 0 (the break withBreakAtZero
 * puts there) is the first class of rises, unless it holds nothing but 0.
 */
function holdsZero(range: ClassRange): boolean {
  const onlyZero = range.lower === 0 && range.upper === 0;
  const fromBelow = range.lower === null || range.lower < 0 || onlyZero;
  const toAbove = range.upper === null || (range.includesUpper ? range.upper >= 0 : range.upper > 0);
  return fromBelow && toAbove;
}
