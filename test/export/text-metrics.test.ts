import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/export/text-metrics';

describe('textWidth', () => {
  it('adds up each character’s advance, as measured for DejaVu Sans', () => {
    // D .77 + o .61 + r .41 + s .52 + e .62 + t .39 = 3.32 em; bold: .83 + .69 + .49 + .60 + .68 + .48 = 3.77 em.
    expect(textWidth('Dorset', 10)).toBeCloseTo(33.2, 6);
    expect(textWidth('Dorset', 10, true)).toBeCloseTo(37.7, 6);
    expect(textWidth('', 22)).toBe(0);
  });

  it('counts an accented letter as its letter, the app’s typographic marks as measured, anything else as a full em', () => {
    expect(textWidth('Môn', 10)).toBeCloseTo(textWidth('Mon', 10), 6);
    expect(textWidth('Mo\u0302n', 10)).toBeCloseTo(textWidth('Mon', 10), 6);
    expect(textWidth('0.0–5.0', 10)).toBeCloseTo(textWidth('0.0', 10) * 2 + 5.6, 6);
    expect(textWidth('子', 10)).toBe(10);
    expect(textWidth('😀', 10)).toBe(10);
  });
});
