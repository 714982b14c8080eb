import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedPageFrom } from '../../build/embed-page';
import { readProjectFile } from '../helpers';

const index = readProjectFile('index.html');

describe('embedPageFrom', () => {
  const embed = embedPageFrom(index);

  it('marks the page as embedded, which hides the controls, the side panel and the table', () => {
    expect(embed).toContain('<html lang="en-GB" data-embed="">');
    expect(readFileSync(new URL('../../src/styles/app.css', import.meta.url), 'utf8')).toContain('html[data-embed] .control-bar');
  });

  it('says so in the title, drops the skip link to the table it hides, and links to the full atlas', () => {
    expect(embed).toMatch(/<title>PFA Atlas \(embedded\): /);
    expect(embed).not.toContain('skip-link');
    expect(embed).toMatch(/<p id="source-line" class="source-line"><\/p>\s*<p><a id="open-full" href="\.\/" target="_blank" rel="noopener">/);
  });

  it('keeps everything else of the atlas page, its script first of all', () => {
    expect(embed).toContain('<script type="module" src="/src/main.ts"></script>');
    expect(embed.replace(/\s+/g, '').length).toBeGreaterThan(index.replace(/\s+/g, '').length - 100);
  });

  it('refuses, saying what is missing, when index.html no longer has a part it changes', () => {
    expect(() => embedPageFrom(index.replace('<a class="skip-link"', '<a class="jump-link"'))).toThrow(/skip link/);
  });
});
