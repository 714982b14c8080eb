import { describe, expect, it } from 'vitest';
import { assertWellFormedXml } from './xml-well-formed';

// The check the SVG tests rely on must itself catch what it claims to.
describe('assertWellFormedXml (the test helper)', () => {
  it('accepts well-formed documents', () => {
    expect(() => assertWellFormedXml('<a x="1" y=\'2\'><b/>t &amp; u &#39; &#x2212;<!-- c --></a>')).not.toThrow();
    expect(() => assertWellFormedXml('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">\n<text>x</text>\n</svg>\n')).not.toThrow();
  });

  it.each([
    ['a tag closed out of order', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an injected tag', '<a><img src=x onerror=alert(1)></a>'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['"<" in an attribute', '<a x="<b>"/>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', 'hello <a/>'],
    ['a control character', '<a>\u0001</a>'],
  ])('rejects %s', (_, xml) => {
    expect(() => assertWellFormedXml(xml)).toThrow(/not well-formed/);
  });
});
