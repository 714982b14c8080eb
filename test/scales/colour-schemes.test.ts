import * as chromatic from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/scales/color';
import { colorBrewerLargest, colorBrewerScheme, viridis, type ColorBrewerName } from '../../src/scales/colour-schemes';
import { rgbBasis } from '../../src/scales/rgb-basis';

const SCHEMES: [ColorBrewerName, readonly (readonly string[])[], (t: number) => string, number][] = [
  ['Blues', chromatic.schemeBlues, chromatic.interpolateBlues, 9],
  ['YlGnBu', chromatic.schemeYlGnBu, chromatic.interpolateYlGnBu, 9],
  ['Purples', chromatic.schemePurples, chromatic.interpolatePurples, 9],
  ['OrRd', chromatic.schemeOrRd, chromatic.interpolateOrRd, 9],
  ['PuOr', chromatic.schemePuOr, chromatic.interpolatePuOr, 11],
  ['BrBG', chromatic.schemeBrBG, chromatic.interpolateBrBG, 11],
  ['RdBu', chromatic.schemeRdBu, chromatic.interpolateRdBu, 11],
];
const T_STEPS = Array.from({ length: 201 }, (_, i) => i / 200);

describe('the colour schemes held here are d3-scale-chromatic’s', () => {
  it.each(SCHEMES)('%s: every count from 3 up, colour for colour', (name, scheme, _, largest) => {
    for (let count = 3; count <= largest; count++) expect(colorBrewerScheme(name, count), `${count} classes`).toEqual(scheme[count]);
    expect(colorBrewerScheme(name, largest + 1)).toBeUndefined();
    expect(colorBrewerScheme(name, 2)).toBeUndefined();
    expect(colorBrewerLargest(name)).toEqual(scheme[largest]);
  });

  it.each(SCHEMES)('%s: the ramp through the largest scheme is d3’s interpolator, to the colour', (name, _, interpolate) => {
    const ramp = rgbBasis(colorBrewerLargest(name));
    for (const t of T_STEPS) expect(ramp(t), `t = ${t}`).toBe(toHex(interpolate(t)));
  });

  it('viridis: each of its 256 steps, and the ends', () => {
    for (const t of [...T_STEPS, -0.5, 1.5, 0.999, 1 / 256, 255 / 256]) expect(viridis(t), `t = ${t}`).toBe(chromatic.interpolateViridis(t));
  });
});

describe('rgbBasis', () => {
  it('passes near its inner colours and runs from the first colour to the last', () => {
    const ramp = rgbBasis(['#000000', '#ffffff']);
    expect(ramp(0)).toBe('#000000');
    expect(ramp(1)).toBe('#ffffff');
    expect(ramp(0.5)).toBe('#808080');
    expect(ramp(-1)).toBe('#000000');
    expect(ramp(2)).toBe('#ffffff');
  });
});
