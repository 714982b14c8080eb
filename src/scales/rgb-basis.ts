import { parseColor } from './color';

/**
 * A continuous ramp through colours: a uniform cubic B-spline in RGB, as
 * d3-interpolate's interpolateRgbBasis draws it (and so as
 * d3-scale-chromatic's ColorBrewer ramps are). t runs from 0 (the first
 * colour) to 1 (the last); the answer is "#rrggbb".
 */
export function rgbBasis(colors: readonly string[]): (t: number) => string {
  const channels = [0, 1, 2].map((channel) => basis(colors.map((color) => parseColor(color)[channel]!)));
  return (t) =>
    `#${channels
      .map((spline) =>
        Math.max(0, Math.min(255, Math.round(spline(t))))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
}

/** The B-spline through values, t from 0 to 1, with the ends extended straight. */
function basis(values: readonly number[]): (t: number) => number {
  const n = values.length - 1;
  return (t) => {
    const clamped = Math.max(0, Math.min(1, t));
    const i = clamped >= 1 ? n - 1 : Math.floor(clamped * n);
    const v1 = values[i]!;
    const v2 = values[i + 1]!;
    const v0 = i > 0 ? values[i - 1]! : 2 * v1 - v2;
    const v3 = i < n - 1 ? values[i + 2]! : 2 * v2 - v1;
    const s = (clamped - i / n) * n;
    const s2 = s * s;
    const s3 = s2 * s;
    return ((1 - 3 * s + 3 * s2 - s3) * v0 + (4 - 6 * s2 + 3 * s3) * v1 + (1 + 3 * s + 3 * s2 - 3 * s3) * v2 + s3 * v3) / 6;
  };
}
