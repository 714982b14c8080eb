/**
 * Lines of at most maxChars characters, broken between words. SVG text
 * does not wrap by itself, and a pure module cannot measure glyphs, so
 * line length is judged by counting characters against an average glyph
 * width (see averageCharsPerLine). Whitespace, line breaks included, is
 * collapsed; a word longer than a line is cut into line-long pieces rather
 * than left to run off the picture. Empty text gives no lines.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    for (const piece of piecesOf(word, limit)) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= limit) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * How many characters fit across width pixels at fontSize, taking an
 * average glyph as widthPerEm of the font size: about 0.55 for a regular
 * system sans serif, 0.6 for bold. Generous, so text stays inside the
 * picture whichever system font draws it.
 */
export function averageCharsPerLine(width: number, fontSize: number, widthPerEm: number): number {
  return Math.max(1, Math.floor(width / (fontSize * widthPerEm)));
}

function piecesOf(word: string, limit: number): string[] {
  // Array.from splits by code point, so an emoji or accented letter is never cut in half.
  const characters = Array.from(word);
  if (characters.length <= limit) return [word];
  const pieces: string[] = [];
  for (let start = 0; start < characters.length; start += limit) pieces.push(characters.slice(start, start + limit).join(''));
  return pieces;
}
