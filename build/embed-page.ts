/**
 * embed.html, the chromeless twin of the atlas that other pages may frame,
 * is made from the built index.html at build time (and from index.html by
 * the dev server) rather than kept as a second page: one page to edit, and
 * one entry for the bundler, whose code it would otherwise split into a
 * dozen shared chunks (sixteen requests before the first map instead of
 * five, npm run bench).
 */
export const EMBED_PAGE_NAME = 'embed.html';

const EDITS: { what: string; find: RegExp; replace: string }[] = [
  // Hides the controls, side panel and table (app.css, html[data-embed]).
  { what: 'the <html> tag', find: /<html lang="en-GB">/, replace: '<html lang="en-GB" data-embed="">' },
  { what: 'the title', find: /<title>PFA Atlas: /, replace: '<title>PFA Atlas (embedded): ' },
  // There is no table to skip to.
  { what: 'the skip link', find: /\s*<a class="skip-link" href="#force-table">[^<]*<\/a>/, replace: '' },
  // The way out to the full atlas, at the view shown (main.ts keeps its href in step).
  {
    what: 'the source line',
    find: /(<p id="source-line" class="source-line"><\/p>)/,
    replace: '$1\n        <p><a id="open-full" href="./" target="_blank" rel="noopener">Get the data</a></p>',
  },
];

/** The embeddable page from the atlas page; throws, naming it, if a part it changes is not there. */
export function embedPageFrom(indexHtml: string): string {
  return EDITS.reduce((html, edit) => {
    if (!edit.find.test(html)) throw new Error(`embed.html: index.html no longer has ${edit.what} in the form expected (${edit.find})`);
    return html.replace(edit.find, edit.replace);
  }, indexHtml);
}
