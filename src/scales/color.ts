/**
 * The little colour arithmetic the palettes need, without a dependency
 * (d3-color would add 10 KB to the first load): reading colours, and how
 * light and how different they look, which the palette tests measure.
 */

export type Rgb = readonly [red: number, green: number, blue: number];

/** Reads "#rrggbb", "#rgb" or "rgb(r, g, b)"; throws on anything else. */
export function parseColor(css: string): Rgb {
  const text = css.trim().toLowerCase();
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
  if (long) return [parseInt(long[1]!, 16), parseInt(long[2]!, 16), parseInt(long[3]!, 16)];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return [parseInt(short[1]!.repeat(2), 16), parseInt(short[2]!.repeat(2), 16), parseInt(short[3]!.repeat(2), 16)];
  const functional = /^rgb\(\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*\)$/.exec(text);
  if (functional) {
    const channels = [functional[1], functional[2], functional[3]].map((channel) => Number(channel));
    if (channels.every((channel) => channel <= 255)) return channels as unknown as Rgb;
  }
  throw new Error(`not a colour this module reads: "${css}"`);
}

/** Any colour parseColor reads, as lower-case "#rrggbb". */
export function toHex(css: string): string {
  return `#${parseColor(css)
    .map((channel) => Math.round(channel).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** An sRGB colour's channels as linear light, 0 to 1: what luminance and L*a*b* are computed from. */
function linearRgb(css: string): Rgb {
  return parseColor(css).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
}

/** CIE L*a*b* of an sRGB colour, D65 white. */
function cieLab(css: string): [lightness: number, a: number, b: number] {
  const [red, green, blue] = linearRgb(css);
  const x = (0.4124564 * red + 0.3575761 * green + 0.1804375 * blue) / 0.95047;
  const y = 0.2126729 * red + 0.7151522 * green + 0.072175 * blue;
  const z = (0.0193339 * red + 0.119192 * green + 0.9503041 * blue) / 1.08883;
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/**
 * CIE L* (0 black … 100 white): the lightness a reader perceives, which is
 * what ordered classes must change in.
 */
export function cieLightness(css: string): number {
  return cieLab(css)[0];
}

/** How different two colours look: the distance between them in L*a*b* (CIE 1976 ΔE). */
export function colorDifference(first: string, second: string): number {
  const [l1, a1, b1] = cieLab(first);
  const [l2, a2, b2] = cieLab(second);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** WCAG 2 relative luminance (0 black … 1 white). */
function relativeLuminance(css: string): number {
  const [red, green, blue] = linearRgb(css);
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Of the candidates, the one that stands out most on a background. */
export function mostContrasting(background: string, candidates: readonly string[]): string {
  return candidates.reduce((best, candidate) => (contrastRatio(candidate, background) > contrastRatio(best, background) ? candidate : best));
}

/** A colour mixed with white, `share` of the way (0: the colour, 1: white): the map's lighter shade of a class. */
export function towardsWhite(css: string, share: number): string {
  const mixed = parseColor(css).map((channel) => channel + (255 - channel) * share);
  return toHex(`rgb(${mixed.map((channel) => channel.toFixed(2)).join(', ')})`);
}
