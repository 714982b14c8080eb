/**
 * How wide a line of text is drawn, without a DOM to measure it: the
 * exported pictures are laid out as strings, in the page, a worker or node.
 *
 * Each printable ASCII character has its advance width, in hundredths of
 * the font size, the wider of DejaVu Sans (what system-ui and sans-serif
 * give on Linux, the widest of the common system sans serifs) and
 * Liberation Sans (Arial's metrics), measured in chromium. A picture laid
 * out with these widths fits wherever it is opened: Segoe UI, San
 * Francisco and Roboto are all narrower.
 */
const REGULAR = widths(
  '32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,56,102,68,69,72,77,67,61,78,75,29,50,67,56,86,75,79,67,79,72,67,61,73,68,99,69,67,69,39,34,39,84,56,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,64,34,64,84',
);
const BOLD = widths(
  '35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,61,100,77,76,73,83,68,68,82,84,37,56,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,46,37,46,84,56,50,67,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84',
);
/** Typographic marks the app's own words use; measured the same way (bold where it differs). */
const MARKS: Readonly<Record<string, readonly [regular: number, bold: number]>> = {
  '–': [0.56, 0.56],
  '—': [1, 1],
  '‘': [0.32, 0.38],
  '’': [0.32, 0.38],
  '“': [0.52, 0.66],
  '”': [0.52, 0.66],
  '×': [0.84, 0.84],
  '…': [1, 1],
  '·': [0.32, 0.38],
  '−': [0.84, 0.84],
  '£': [0.64, 0.7],
};
/** Anything else (CJK, emoji, symbols): a full em, as wide as such glyphs get. */
const OTHER = 1;

function widths(list: string): readonly number[] {
  return list.split(',').map((hundredths) => Number(hundredths) / 100);
}

/** Width in pixels of text set in one line at fontSize. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const character of text) ems += characterWidth(character, bold);
  return ems * fontSize;
}

function characterWidth(character: string, bold: boolean): number {
  const code = character.codePointAt(0)!;
  if (code >= 32 && code < 127) return (bold ? BOLD : REGULAR)[code - 32]!;
  const mark = MARKS[character];
  if (mark) return mark[bold ? 1 : 0];
  // An accented letter ("ô" in Ynys Môn) is as wide as its letter; the accent takes no room of its own.
  const base = character.normalize('NFD');
  if (base !== character && /^[\x20-\x7e]\p{M}+$/u.test(base)) return characterWidth(base[0]!, bold);
  if (/^\p{M}$/u.test(character)) return 0;
  return OTHER;
}
