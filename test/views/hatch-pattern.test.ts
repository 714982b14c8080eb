import { describe, expect, it } from 'vitest';
import { parseColor } from '../../src/scales/color';
import { hatchPatternPixels } from '../../src/views/hatch-pattern';
import { NOT_PUBLISHED_BACKGROUND, NOT_PUBLISHED_LINES } from '../../src/scales/palettes';

describe('the not-published hatch', () => {
  it('is made of the two hatch colours only, both present, at the size asked for', () => {
    const { width, height, data } = hatchPatternPixels(8, 2);
    expect([width, height]).toEqual([16, 16]);
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
    expect([...colours].sort()).toEqual([`${parseColor(NOT_PUBLISHED_BACKGROUND).join(',')},255`, `${parseColor(NOT_PUBLISHED_LINES).join(',')},255`].sort());
  });
});
