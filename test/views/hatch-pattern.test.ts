import { describe, expect, it } from 'vitest';
import { parseColor } from '../../src/scales/color';
import { HATCH } from '../../src/scales/map-style';
import { hatchPatternPixels } from '../../src/views/hatch-pattern';

describe('the not-published hatch', () => {
  it('is made of the two hatch colours only, both present, at the pixel ratio asked for', () => {
    const { width, height, data } = hatchPatternPixels(2);
    expect([width, height]).toEqual([16, 16]);
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
    expect([...colours].sort()).toEqual([`${parseColor(HATCH.background).join(',')},255`, `${parseColor(HATCH.lines).join(',')},255`].sort());
  });

  it('draws its lines where x + y is a multiple of the tile, as the SVG pattern does', () => {
    const { width, data } = hatchPatternPixels(1);
    const pixel = (x: number, y: number) => [...data.slice((y * width + x) * 4, (y * width + x) * 4 + 3)].join(',');
    const line = parseColor(HATCH.lines).join(',');
    const ground = parseColor(HATCH.background).join(',');
    expect(pixel(0, 0)).toBe(line);
    expect(pixel(3, 5)).toBe(line);
    expect(pixel(2, 2)).toBe(ground);
  });
});
