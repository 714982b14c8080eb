import { lineWidth, num, safeColor, stack, textBlock, textElement, baseline, type Block, type Typography } from './picture-text';

interface LegendRow {
  color: string;
  label: string;
}

/**
 * What a legend says, as the page model gives it (view-model/legend-model.ts)
 * and as both the screen's legend and a picture's draw it.
 */
export interface LegendModel {
  title: string;
  rows: readonly LegendRow[];
  /** "not published" for counts, "not available" for derived measures. */
  missingLabel: string;
  /** Said under the rows: which figures the breaks were made from, and how. */
  note: string;
}

/** The id of the hatch <pattern>, shared by the maps and the legend key. */
export const NOT_PUBLISHED_PATTERN_ID = 'not-published';

interface Item {
  fill: string;
  label: string;
}

/** The class swatches, lowest first, then the hatched key (when there is one). */
function itemsOf(legend: Pick<LegendModel, 'rows' | 'missingLabel'>, withMissing: boolean): Item[] {
  const rows = legend.rows.map((row) => ({ fill: safeColor(row.color), label: row.label }));
  return withMissing ? [...rows, { fill: `url(#${NOT_PUBLISHED_PATTERN_ID})`, label: legend.missingLabel }] : rows;
}

function itemWidth(item: Item, type: Typography): number {
  return type.swatch.width + type.swatch.gap + lineWidth(item.label, type.legendLabel);
}

function itemMarkup(item: Item, x: number, lineTop: number, type: Typography): string {
  const { swatch, legendLabel } = type;
  const swatchTop = lineTop + (legendLabel.lineHeight - swatch.height) / 2;
  return (
    `<rect x="${num(x)}" y="${num(swatchTop)}" width="${num(swatch.width)}" height="${num(swatch.height)}" fill="${item.fill}" stroke="#8c8c8c" stroke-width="0.5"/>` +
    textElement(item.label, x + swatch.width + swatch.gap, baseline(lineTop, legendLabel), legendLabel)
  );
}

/**
 * Swatches flowing left to right across the width, onto more lines when
 * they do not fit: the legend under a map.
 */
export function swatchFlow(legend: Pick<LegendModel, 'rows' | 'missingLabel'>, width: number, type: Typography, withMissing = true): Block {
  const items = itemsOf(legend, withMissing);
  const placed: { item: Item; x: number; line: number }[] = [];
  let x = 0;
  let line = 0;
  let widest = 0;
  for (const item of items) {
    const size = itemWidth(item, type);
    if (x > 0 && x + size > width) {
      x = 0;
      line++;
    }
    placed.push({ item, x, line });
    widest = Math.max(widest, x + size);
    x += size + type.swatch.itemGap;
  }
  const lines = items.length === 0 ? 0 : line + 1;
  return {
    width: widest,
    height: lines * type.legendLabel.lineHeight,
    draw: (left, top) => placed.map(({ item, x: at, line: row }) => itemMarkup(item, left + at, top + row * type.legendLabel.lineHeight, type)).join('\n'),
  };
}

/** Swatches one under another: the legend beside a map. */
function swatchColumn(legend: LegendModel, type: Typography): Block {
  const items = itemsOf(legend, true);
  return {
    width: Math.max(0, ...items.map((item) => itemWidth(item, type))),
    height: items.length * type.legendLabel.lineHeight,
    draw: (left, top) => items.map((item, index) => itemMarkup(item, left, top + index * type.legendLabel.lineHeight, type)).join('\n'),
  };
}

/** The legend under a map: its title, the swatches flowing across, the note on how the classes were made. */
export function legendBelow(legend: LegendModel, width: number, type: Typography): Block {
  return stack([textBlock(legend.title, width, type.legendTitle), swatchFlow(legend, width, type), textBlock(legend.note, width, type.note)], type.gap / 3);
}

/**
 * The legend beside a map: a column as wide as its swatches and title
 * need (the note wraps within it, at least 14 ems), at most maxWidth.
 */
export function legendBeside(legend: LegendModel, maxWidth: number, type: Typography): Block {
  const swatches = swatchColumn(legend, type);
  const width = Math.min(maxWidth, Math.max(swatches.width, lineWidth(legend.title, type.legendTitle), 14 * type.note.size));
  return stack([textBlock(legend.title, width, type.legendTitle), swatches, textBlock(legend.note, width, type.note)], type.gap / 3);
}
