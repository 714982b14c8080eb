import { capitalised } from './language';

/**
 * The first letter's mutation a place name takes after a word that causes
 * it: soft after "i" ("i Gymru"), aspirate after "â" and "na" ("â Chymru",
 * "na Chymru"). Only the places the atlas names are mutated (Cymru, the
 * regions); the names of English forces are not.
 */
const SOFT: [string, string][] = [
  ['Ll', 'L'],
  ['Rh', 'R'],
  ['C', 'G'],
  ['P', 'B'],
  ['T', 'D'],
  ['B', 'F'],
  ['D', 'Dd'],
  ['M', 'F'],
  ['G', ''],
];
const ASPIRATE: [string, string][] = [
  ['C', 'Ch'],
  ['P', 'Ph'],
  ['T', 'Th'],
];
const mutated = (rules: [string, string][]) => (place: string) => {
  const rule = rules.find(([from]) => place.startsWith(from) && !place.startsWith(`${from}h`));
  if (!rule) return place;
  const rest = place.slice(rule[0].length);
  return rule[1] === '' ? capitalised(rest) : `${rule[1]}${rest}`;
};
export const softMutation = mutated(SOFT);
export const aspirateMutation = mutated(ASPIRATE);

/** The shipped figures' unit in Welsh; an imported dataset's own unit is kept as its file wrote it. */
export const unitOf = (unit: string) => (unit === 'offences' ? 'troseddau' : unit);

/**
 * The part of a financial year (from April) a release holds: "Ebrill i
 * Fehefin yn unig". "i" softens the month: Mehefin → Fehefin, Medi → Fedi,
 * Rhagfyr → Ragfyr, Mawrth → Fawrth.
 */
export const partYear = (quarters: number) => `Ebrill i ${['Fehefin', 'Fedi', 'Ragfyr'][quarters - 1] ?? 'Fawrth'} yn unig`;
