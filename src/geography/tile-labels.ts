import type { Force } from '../forces/force-table';

/** How a tile's label is drawn, in units of the distance between neighbouring tiles' centres. */
export interface TileLabel {
  lines: string[];
  fontSize: number;
}

/** The size every label is drawn at when it fits: about 11 px on a laptop, 13 px on a phone (where the tiles are larger). */
export const TILE_LABEL_SIZE = 0.18;
/** The smallest a label is shrunk to (a name with neither a space nor a short form). */
const SMALLEST_SIZE = 0.13;
/** A hexagon is 1 wide between its upright sides: a little is kept clear of them. */
const LINE_WIDTH = 0.92;
/** Endings of English place names after which a long word may be broken (Mersey-side, Cleve-land). */
const BREAKABLE_ENDINGS = ['shire', 'side', 'land'];

/**
 * The label of a force's tile, the first of these that fits at the one
 * size all labels share: its short name on one line; on two, split at a
 * space or after a hyphen; the shortest of its usual abbreviations (Glos,
 * Cambs: an alias of one word that begins as a one-word name does); broken
 * before a place-name ending (Mersey-side). Only where none fits is the
 * short name made smaller. measure gives a line's width in ems.
 */
export function tileLabel(force: Pick<Force, 'name' | 'short' | 'aliases'>, measure: (text: string) => number, floor?: number): TileLabel {
  const widest = (lines: string[]) => Math.max(...lines.map(measure));
  const whole = [[force.short], ...twoLineSplits(force.short)];
  const candidates = [...whole, ...abbreviations(force).map((alias) => [alias]), ...endingBreaks(force.short)];
  if (floor !== undefined) return floorLabel(force, candidates, widest, floor);
  const fitting = candidates.find((lines) => widest(lines) * TILE_LABEL_SIZE <= LINE_WIDTH);
  if (fitting) return { lines: fitting, fontSize: TILE_LABEL_SIZE };
  const narrowest = whole.reduce((best, lines) => (widest(lines) < widest(best) ? lines : best));
  return { lines: narrowest, fontSize: Math.max(SMALLEST_SIZE, LINE_WIDTH / widest(narrowest)) };
}

/**
 * A label no smaller than floor (a preset's smallest type, in the same
 * units): the first candidate that fits at that size, then the force's
 * shortest one-word alias that does (D&C, GMP); where nothing fits, the
 * narrowest candidate at that size, which may reach past the tile's sides
 * rather than be set too small to read.
 */
function floorLabel(force: Pick<Force, 'aliases'>, candidates: string[][], widest: (lines: string[]) => number, floor: number): TileLabel {
  const size = Math.max(TILE_LABEL_SIZE, floor);
  const shortAliases = force.aliases.filter((alias) => !alias.includes(' ')).map((alias) => [alias]);
  const all = [...candidates, ...shortAliases.sort((a, b) => widest(a) - widest(b))];
  const fitting = all.find((lines) => widest(lines) * size <= LINE_WIDTH);
  return { lines: fitting ?? all.reduce((best, lines) => (widest(lines) < widest(best) ? lines : best)), fontSize: size };
}

/** Every split into two lines at a space (dropped) or after a hyphen (kept on the first line). */
function twoLineSplits(text: string): string[][] {
  const splits: string[][] = [];
  for (const [i, character] of [...text].entries()) {
    if (character === ' ') splits.push([text.slice(0, i), text.slice(i + 1)]);
    if (character === '-') splits.push([text.slice(0, i + 1), text.slice(i + 1)]);
  }
  return splits;
}

function abbreviations(force: Pick<Force, 'name' | 'aliases'>): string[] {
  if (force.name.includes(' ')) return [];
  const stem = force.name.slice(0, 2).toLowerCase();
  return force.aliases
    .filter((alias) => !alias.includes(' ') && alias.length < force.name.length && alias.toLowerCase().startsWith(stem))
    .sort((a, b) => a.length - b.length);
}

function endingBreaks(text: string): string[][] {
  if (text.includes(' ')) return [];
  const ending = BREAKABLE_ENDINGS.find((candidate) => text.length > candidate.length + 2 && text.toLowerCase().endsWith(candidate));
  return ending ? [[`${text.slice(0, -ending.length)}-`, text.slice(-ending.length)]] : [];
}
