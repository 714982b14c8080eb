import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/view-model/share-links';

describe('shareLinks', () => {
  it('gives the embeddable twin of the page, with the same view', () => {
    const { link, embed } = shareLinks('https://atlas.example/maps/?offence=group:robbery&force=dorset', 'Robbery');
    expect(link).toBe('https://atlas.example/maps/?offence=group:robbery&force=dorset');
    expect(embed).toBe('https://atlas.example/maps/embed.html?offence=group:robbery&force=dorset');
  });

  it('replaces the page, whatever it is called, and keeps a page with no query plain', () => {
    expect(shareLinks('https://atlas.example/index.html', 'x').embed).toBe('https://atlas.example/embed.html');
  });

  it('writes a snippet whose title cannot break out of its attribute', () => {
    const { snippet } = shareLinks('https://atlas.example/', 'My "figures" <script>alert(1)</script>');
    expect(snippet).toContain('title="My &quot;figures&quot; &lt;script&gt;alert(1)&lt;/script&gt; (PFA Atlas)"');
    // One script, the snippet's own: the title's is text in an attribute.
    expect(snippet.match(/<script>/g)).toHaveLength(1);
    expect(snippet.startsWith('<iframe src="https://atlas.example/embed.html"')).toBe(true);
  });

  it('sets the frame’s height only from a message of that frame, from its origin, in its namespaced and versioned form', () => {
    const { snippet } = shareLinks('https://atlas.example:8443/maps/?year=2019-20', 'Robbery');
    const script = /<script>([\s\S]*)<\/script>/.exec(snippet)![1]!;
    expect(script).toContain('e.source !== frame.contentWindow');
    expect(script).toContain('e.origin !== "https://atlas.example:8443"');
    expect(script).toContain('m.type !== "pfa-atlas:embed-height" || m.version !== 1');
    expect(script).toContain("typeof m.height !== 'number' || !(m.height > 0 && m.height <= 10000)");
    expect(script).toContain('(document.currentScript.previousElementSibling)');
    // A few lines, as a newsroom embed's.
    expect(snippet.split('\n').length).toBeLessThanOrEqual(5);
  });
});
