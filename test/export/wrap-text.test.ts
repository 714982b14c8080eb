import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/export/text-metrics';
import { wrapText as wrap } from '../../src/export/wrap-text';

/** Measured in characters, so that the limits below can be counted by hand. */
const wrapText = (text: string, maxChars: number) => wrap(text, maxChars, (line) => Array.from(line).length);

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Sexual communication with a child', 40)).toEqual(['Sexual communication with a child']);
  });

  it('breaks between words, each line within the limit', () => {
    const lines = wrapText('Offences of sexual communication with a child recorded by police in England and Wales', 40);
    expect(lines).toEqual(['Offences of sexual communication with a', 'child recorded by police in England and', 'Wales']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('collapses white space, line breaks included, and gives no lines for empty text', () => {
    expect(wrapText('  a \n\t b  ', 10)).toEqual(['a b']);
    expect(wrapText('   ', 10)).toEqual([]);
    expect(wrapText('', 10)).toEqual([]);
  });

  it('cuts a word longer than a line into pieces, never through a character', () => {
    expect(wrapText('https://www.gov.uk/x', 8)).toEqual(['https://', 'www.gov.', 'uk/x']);
    expect(wrapText('😀😀😀', 2)).toEqual(['😀😀', '😀']);
  });

  it('loses no words', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    expect(wrapText(text, 11).join(' ')).toBe(text);
  });
});

describe('wrapText with drawn widths', () => {
  it('breaks where the measured line would pass the width, not at a character count', () => {
    // "WWWW" is wider than "iiii" although as long: 4 × 0.99 em against 4 × 0.28 em at 10 px.
    expect(wrap('iiii iiii iiii', 30, (line) => textWidth(line, 10))).toEqual(['iiii iiii', 'iiii']);
    expect(wrap('WWWW WWWW WWWW', 30, (line) => textWidth(line, 10))).toEqual(['WWW', 'W', 'WWW', 'W', 'WWW', 'W']);
  });
});
