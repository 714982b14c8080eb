import { asciiWords } from '../format/ascii-words';
import { withoutInvisibleCharacters } from '../format/user-text';

/**
 * Bodies that appear in police statistics but police no area of the map,
 * with the short forms they go by. Their rows are reported as "no area on
 * this map", never as errors.
 */
export const NO_AREA_BODIES: readonly (readonly [body: string, ...shortForms: string[]])[] = [
  ['British Transport Police', 'BTP'],
  ['Action Fraud'],
  ['CIFAS'],
  ['UK Finance'],
  ['Financial Fraud Action UK'],
  ['National Fraud Intelligence Bureau', 'NFIB'],
  ['Civil Nuclear Constabulary', 'CNC'],
  ['Ministry of Defence Police', 'MDP'],
  ['Police Scotland'],
  ['Police Service of Northern Ireland', 'PSNI'],
];

/** The words of a name that do not tell forces apart. */
const POLICE_WORDS = /\b(police force area|police area|police service|police force|police|constabulary|service|pfa)\b/g;

/**
 * Reduces a force name to a comparison key: case, accents, punctuation,
 * "&" versus "and", and the words "Police", "Constabulary", "Police Service"
 * and "PFA" / "Police Force Area" do not tell forces apart, so they are
 * dropped. Place names are kept whole: "City of London" keeps "city of", so
 * it never meets "London" or the Metropolitan Police. Invisible characters
 * (a zero-width joiner pasted in with a name) are not there at all.
 */
export function forceNameKey(name: string): string {
  return nameWords(name).replace(POLICE_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/** The name's words in plain lower-case ASCII, "police" and all: "Lincolnshire Police" → "lincolnshire police". */
export function nameWords(name: string): string {
  return asciiWords(withoutInvisibleCharacters(name)).join(' ');
}

/** Levenshtein distance, two rows at a time (typed arrays: links and files can ask for it thousands of times). */
export function editDistance(a: string, b: string): number {
  return distance(a, b, false);
}

/** Edit distance that also counts two swapped neighbours as one slip ("Dorest" is one from "Dorset"). */
export function typingDistance(a: string, b: string): number {
  return distance(a, b, true);
}

/** Rows reused from call to call: links and files ask for distances by the hundred thousand. */
let rows = [new Uint32Array(64), new Uint32Array(64), new Uint32Array(64)] as const;

function distance(a: string, b: string, transpositions: boolean): number {
  if (rows[0].length <= b.length) rows = [new Uint32Array(b.length + 1), new Uint32Array(b.length + 1), new Uint32Array(b.length + 1)];
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const other = b.charCodeAt(j - 1);
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (code === other ? 0 : 1));
      if (transpositions && i > 1 && j > 1 && code === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === other) {
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      }
      current[j] = best;
    }
    const spare = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length]!;
}
