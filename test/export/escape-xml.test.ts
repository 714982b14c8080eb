import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/export/escape-xml';
import { assertWellFormedXml } from './xml-well-formed';

describe('escapeXml', () => {
  it('turns the five special characters into entities', () => {
    expect(escapeXml(`<img src=x onerror=alert(1)> & "quoted" 'single'`)).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;');
  });

  it('escapes an ampersand that already looks like an entity, so text shows as typed', () => {
    expect(escapeXml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('leaves other text alone, accents, dashes and emoji included', () => {
    expect(escapeXml('Ynys Môn – 24.5 per 100,000 · 2020/21 📍')).toBe('Ynys Môn – 24.5 per 100,000 · 2020/21 📍');
  });

  it('drops characters XML cannot hold, keeping tab and line breaks', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\tE\nF\r\uFFFE\uD800G')).toBe('abcd\tE\nF\rG');
    expect(escapeXml('😀')).toBe('😀');
  });

  it('makes any text safe inside an element and a quoted attribute', () => {
    const nasty = `</text><script>alert("x")</script> ' " & \u0001 ]]>`;
    expect(() => assertWellFormedXml(`<a title="${escapeXml(nasty)}" alt='${escapeXml(nasty)}'>${escapeXml(nasty)}</a>`)).not.toThrow();
  });
});
