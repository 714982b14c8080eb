import { escapeXml } from '../export/escape-xml';
import { EMBED_HEIGHT_MESSAGE, MAX_EMBED_HEIGHT } from './embed-message';

/** The page's chromeless twin, for embedding: the same view, with title, map, legend, years and source only. */
const EMBED_PAGE = 'embed.html';

/** The frame's height until the embedded page says its own (or for good, where a page strips the script). */
const FIRST_HEIGHT = 760;

/**
 * The links to share a view: the page itself, the embeddable page with the
 * same query, and a snippet for it: an <iframe>, and a few lines of script
 * that set its height from the message the embedded page posts
 * (embed-message.ts), as responsive newsroom embeds do. The script takes a
 * message only from that frame (its window and its origin) and only in
 * the message's exact form (type, version, a height in range): any other
 * script on the host page can post messages too. The title goes into the
 * snippet as an attribute, escaped, since an imported dataset's title is
 * whatever its file said.
 */
export function shareLinks(href: string, title: string): { link: string; embed: string; snippet: string } {
  const page = new URL(href);
  const embed = new URL(`${EMBED_PAGE}${page.search}`, page);
  const { type, version } = EMBED_HEIGHT_MESSAGE;
  const snippet = [
    `<iframe src="${escapeXml(embed.href)}" title="${escapeXml(`${title} (PFA Atlas)`)}" width="100%" height="${FIRST_HEIGHT}" style="border:0;display:block" loading="lazy"></iframe>`,
    `<script>(function (frame) { addEventListener('message', function (e) { var m = e.data;`,
    `  if (e.source !== frame.contentWindow || e.origin !== ${JSON.stringify(embed.origin)}) return;`,
    `  if (!m || m.type !== ${JSON.stringify(type)} || m.version !== ${version} || typeof m.height !== 'number' || !(m.height > 0 && m.height <= ${MAX_EMBED_HEIGHT})) return;`,
    `  frame.style.height = Math.ceil(m.height) + 'px'; }); })(document.currentScript.previousElementSibling);</script>`,
  ].join('\n');
  return { link: page.href, embed: embed.href, snippet };
}
