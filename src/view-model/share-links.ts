import { escapeXml } from '../export/escape-xml';

/** The page's chromeless twin, for embedding: the same view, with title, map, legend, years and source only. */
const EMBED_PAGE = 'embed.html';

/**
 * The links to share a view: the page itself, the embeddable page with the
 * same query, and an <iframe> snippet for it. The title goes into the
 * snippet as an attribute, escaped, since an imported dataset's title is
 * whatever its file said.
 */
export function shareLinks(href: string, title: string): { link: string; embed: string; snippet: string } {
  const page = new URL(href);
  const embed = new URL(`${EMBED_PAGE}${page.search}`, page);
  const snippet = `<iframe src="${escapeXml(embed.href)}" title="${escapeXml(`${title} (PFA Atlas)`)}" width="100%" height="680" style="border:0" loading="lazy"></iframe>`;
  return { link: page.href, embed: embed.href, snippet };
}
