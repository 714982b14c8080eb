import { pageLanguage } from '../i18n/language';
import { escapeXml } from './escape-xml';
import { textWidth } from './text-metrics';
import { wrapText } from './wrap-text';

/** A laid-out piece of a picture: its size, and its markup once placed with its top-left corner at (left, top). */
export interface Block {
  width: number;
  height: number;
  draw(left: number, top: number): string;
}

export interface TextStyle {
  size: number;
  lineHeight: number;
  bold: boolean;
  color: string;
  /** The text's own language, where it is not the picture's: the publisher's English inside a Welsh picture. */
  lang?: 'en';
}

/**
 * The style for the publisher's own words (the dataset's title, the
 * attributions): in a Welsh picture they are marked as English, so that a
 * screen reader reading the SVG says them in English.
 */
export function asPublished(style: TextStyle): TextStyle {
  return pageLanguage() === 'cy' ? { ...style, lang: 'en' } : style;
}

/** Every size of a picture's type and spacing, at one scale: a picture made larger for a larger frame keeps its proportions. */
export interface Typography {
  scale: number;
  /** No text is set smaller than this, in pixels (a preset's floor, so that a picture shown small can still be read); 0: none. */
  minSize: number;
  margin: number;
  /** Between blocks: title and map, map and legend, legend and sources. */
  gap: number;
  title: TextStyle;
  subtitle: TextStyle;
  legendTitle: TextStyle;
  legendLabel: TextStyle;
  note: TextStyle;
  /** The reader's credit or byline. */
  credit: TextStyle;
  source: TextStyle;
  /** The year over each small map. */
  yearLabel: TextStyle;
  /** The selected force's name on the map. */
  forceLabel: TextStyle;
  swatch: { width: number; height: number; gap: number; itemGap: number };
}

const INK = '#1a1a1a';
const MUTED = '#4a4a4a';

/**
 * The sizes at scale 1 are those of a picture about 900 px wide, the
 * screen's. Text that the scale would set below minSize is set at minSize,
 * its line height grown in proportion.
 */
export function typography(scale: number, minSize = 0): Typography {
  const style = (size: number, lineHeight: number, bold: boolean, color: string): TextStyle => {
    const grown = Math.max(1, minSize / (size * scale));
    return { size: size * scale * grown, lineHeight: lineHeight * scale * grown, bold, color };
  };
  return {
    scale,
    minSize,
    margin: 24 * scale,
    gap: 14 * scale,
    title: style(22, 28, true, INK),
    subtitle: style(15, 20, false, MUTED),
    legendTitle: style(14, 20, true, INK),
    legendLabel: style(13, 22, false, INK),
    note: style(12, 16, false, MUTED),
    credit: style(12, 16, true, MUTED),
    source: style(11, 15, false, MUTED),
    yearLabel: style(14, 20, true, INK),
    forceLabel: style(14, 18, true, INK),
    swatch: { width: 18 * scale, height: 12 * scale, gap: 6 * scale, itemGap: 20 * scale },
  };
}

/** How wide a line is drawn in the style. */
export function lineWidth(text: string, style: TextStyle): number {
  return textWidth(text, style.size, style.bold);
}

/** Text wrapped to the width, one <text> a line, left-aligned. Its width is its longest line's. */
export function textBlock(text: string, width: number, style: TextStyle): Block {
  const lines = wrapText(text, width, (line) => lineWidth(line, style));
  return {
    width: Math.max(0, ...lines.map((line) => lineWidth(line, style))),
    height: lines.length * style.lineHeight,
    draw: (left, top) => lines.map((line, index) => textElement(line, left, baseline(top + index * style.lineHeight, style), style)).join('\n'),
  };
}

/** Blocks one under another, left-aligned, with gap between those that are not empty. */
export function stack(blocks: readonly Block[], gap: number): Block {
  const shown = blocks.filter((block) => block.height > 0);
  return {
    width: Math.max(0, ...shown.map((block) => block.width)),
    height: shown.reduce((sum, block) => sum + block.height, 0) + gap * Math.max(0, shown.length - 1),
    draw(left, top) {
      let y = top;
      return shown
        .map((block) => {
          const markup = block.draw(left, y);
          y += block.height + gap;
          return markup;
        })
        .join('\n');
    },
  };
}

export function textElement(text: string, x: number, y: number, style: TextStyle, anchor?: 'middle'): string {
  const weight = style.bold ? ' font-weight="bold"' : '';
  const middle = anchor ? ` text-anchor="${anchor}"` : '';
  const lang = style.lang ? ` xml:lang="${style.lang}"` : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="${num(style.size)}"${weight}${middle}${lang} fill="${style.color}">${escapeXml(text)}</text>`;
}

/** The baseline that sets a line of text in the middle of its line height. */
export function baseline(lineTop: number, style: TextStyle): number {
  return lineTop + (style.lineHeight + style.size * 0.7) / 2;
}

/** One decimal at most, without trailing zeros. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * A fill colour as written into the document: only "#hex" and rgb()/rgba()
 * are let through, so nothing passed in as a colour can bring in an
 * outside reference (url(http…)) or break out of the attribute.
 */
export function safeColor(color: string): string {
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(color) || /^rgba?\([\d.,%\s]+\)$/i.test(color)) return color;
  throw new Error(`renderSvgMap: "${color}" is not a colour (#hex or rgb())`);
}
