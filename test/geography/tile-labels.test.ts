import { describe, expect, it } from 'vitest';
import { TILE_LABEL_SIZE, tileLabel } from '../../src/geography/tile-labels';

/** A monospaced face: every character 0.6 em wide. At the label size (0.18) a line of 8 characters fits (8 × 0.6 × 0.18 = 0.864 ≤ 0.92), 9 do not (0.972). */
const mono = (text: string) => text.length * 0.6;

describe('tileLabel', () => {
  it('keeps a short name on one line', () => {
    expect(tileLabel({ name: 'Dorset', short: 'Dorset', aliases: ['Dorset Police'] }, mono)).toEqual({ lines: ['Dorset'], fontSize: TILE_LABEL_SIZE });
  });

  it('splits a longer name at a space, or after a hyphen', () => {
    expect(tileLabel({ name: 'Thames Valley', short: 'Thames Valley', aliases: ['TVP'] }, mono)).toEqual({
      lines: ['Thames', 'Valley'],
      fontSize: TILE_LABEL_SIZE,
    });
    expect(tileLabel({ name: 'Dyfed-Powys', short: 'Dyfed-Powys', aliases: ['DPP'] }, mono)).toEqual({ lines: ['Dyfed-', 'Powys'], fontSize: TILE_LABEL_SIZE });
  });

  it('uses the shortest abbreviation of a one-word name that cannot fit', () => {
    expect(tileLabel({ name: 'Gloucestershire', short: 'Gloucestershire', aliases: ['Gloucestershire Constabulary', 'Glos'] }, mono)).toEqual({
      lines: ['Glos'],
      fontSize: TILE_LABEL_SIZE,
    });
    expect(tileLabel({ name: 'Hampshire', short: 'Hampshire', aliases: ['Hampshire Constabulary', 'Hants'] }, mono).lines).toEqual(['Hants']);
    // An initialism is no abbreviation of the name, and a name of two places is not cut to one of them.
    expect(tileLabel({ name: 'Avon and Somerset', short: 'Avon & Somerset', aliases: ['Avon', 'A&S'] }, mono).lines).toEqual(['Avon &', 'Somerset']);
  });

  it('takes the shortest of the abbreviations that fit, not the first listed', () => {
    expect(tileLabel({ name: 'Lincolnshire', short: 'Lincolnshire', aliases: ['Lincs', 'Linc'] }, mono).lines).toEqual(['Linc']);
  });

  it('keeps a name on one line when it is exactly as wide as a tile allows', () => {
    // "Thames Valley" exactly 0.92 wide at the label size; either of its words far narrower.
    const exactlyFits = (text: string) => (text === 'Thames Valley' ? 0.92 / TILE_LABEL_SIZE : 1);
    expect(tileLabel({ name: 'Thames Valley', short: 'Thames Valley', aliases: [] }, exactlyFits)).toEqual({
      lines: ['Thames Valley'],
      fontSize: TILE_LABEL_SIZE,
    });
  });

  it('breaks a long word before a place-name ending when it has no abbreviation', () => {
    expect(tileLabel({ name: 'Merseyside', short: 'Merseyside', aliases: ['Merseyside Police'] }, mono)).toEqual({
      lines: ['Mersey-', 'side'],
      fontSize: TILE_LABEL_SIZE,
    });
  });

  it('shrinks only a name that fits no other way, just enough to fit the tile', () => {
    const label = tileLabel({ name: 'Northumbria', short: 'Northumbria', aliases: ['Northumbria Police'] }, mono);
    expect(label.lines).toEqual(['Northumbria']);
    expect(label.fontSize).toBeLessThan(TILE_LABEL_SIZE);
    expect(11 * 0.6 * label.fontSize).toBeCloseTo(0.92, 9);
    // Two lines shrink less than one: the narrower way is taken.
    const twoLines = tileLabel({ name: 'Greater Manchester', short: 'Gtr Manchester', aliases: ['GMP'] }, mono);
    expect(twoLines.lines).toEqual(['Gtr', 'Manchester']);
    expect(10 * 0.6 * twoLines.fontSize).toBeCloseTo(0.92, 9);
  });
});
