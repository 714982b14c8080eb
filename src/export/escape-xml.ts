/**
 * Text made safe for XML: the five special characters become entities, so
 * a title such as `<img src=x onerror=…>` stays words on the picture and
 * can never become markup, in text or in a quoted attribute.
 *
 * Characters XML 1.0 forbids outright (C0 controls other than tab, line
 * feed and carriage return; lone surrogates; U+FFFE and U+FFFF) are
 * dropped: no entity can stand for them, and one of them left in would
 * make the whole document fail to parse.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
