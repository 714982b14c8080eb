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
    expect(snippet).not.toContain('<script>');
    expect(snippet.startsWith('<iframe src="https://atlas.example/embed.html"')).toBe(true);
  });
});
