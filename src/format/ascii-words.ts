/**
 * The words of a name in plain lower-case ASCII: accents dropped ("Môn" →
 * "mon"), "&" read as "and", everything but letters and digits a break.
 * What slugs and name comparisons are both made of.
 */
export function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
