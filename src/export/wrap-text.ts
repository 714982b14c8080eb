/**
 * Lines no wider than maxWidth, broken between words, as widthOf measures
 * them (textWidth for pixels, or a character count). SVG text does not
 * wrap by itself. Whitespace, line breaks included, is collapsed; a word
 * wider than a line is cut into pieces that fit rather than left to run
 * off the picture. Empty text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, widthOf: (line: string) => number): string[] {
  const fits = (line: string) => widthOf(line) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    for (const piece of piecesOf(word, fits)) {
      if (line === '') line = piece;
      else if (fits(`${line} ${piece}`)) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The word as it is when it fits, else cut into the longest pieces that do (one character at least). */
function piecesOf(word: string, fits: (line: string) => boolean): string[] {
  if (fits(word)) return [word];
  // Array.from splits by code point, so an emoji or accented letter is never cut in half.
  const characters = Array.from(word);
  const pieces: string[] = [];
  let piece = '';
  for (const character of characters) {
    if (piece !== '' && !fits(piece + character)) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
