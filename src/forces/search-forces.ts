import { REGIONS, type Force, type ForceTable, type Region } from './force-table';
import { forceNameKey, nameWords, NO_AREA_BODIES, typingDistance } from './force-names';

/**
 * Finding a force from what people type: "Hants", "N Yorks", "Dorest",
 * "Cornwall", "London". Pure and ranked, so that a search box, a link and an
 * import all find the same forces in the same order.
 *
 * Ranks, best first: the exact name or a listed short form; a region named
 * exactly (every force in it: "London" is the Met and the City of London,
 * neither before the other); the start of a name; the starts of a name's
 * words ("n yorks" → North Yorkshire); a part of a name (three letters or
 * more); a close misspelling (one slip in five letters or fewer, two in
 * eight, three beyond; two swapped letters are one slip: "Hants" is two
 * slips from "Herts", another county). Within a rank,
 * forces come in name order, misspellings by fewest slips first. A query
 * that could mean several forces ("Yorks") finds them all at the same rank,
 * and none is preferred.
 */
const FORCE_MATCH_KINDS = ['exact', 'region', 'prefix', 'word-prefix', 'substring', 'misspelling'] as const;
type ForceMatchKind = (typeof FORCE_MATCH_KINDS)[number];

export interface ForceMatch {
  force: Force;
  kind: ForceMatchKind;
  /** The name, short form or region it was found by, as the forces table writes it. */
  matched: string;
  /** Slips from the name, for a misspelling; 0 otherwise. */
  slips: number;
}

/** Parts of a name shorter than this are not searched for inside names: "a" is in most of them. */
const SHORTEST_SUBSTRING = 3;
/** Shorter queries are not treated as misspellings: one slip in three letters is another word. */
const SHORTEST_MISSPELLING = 4;

interface NameEntry {
  force: Force;
  name: string;
  /** forceNameKey of the name ("lincolnshire"), and its words with "police" and the like kept ("lincolnshire police"). */
  key: string;
  words: string;
  keyWords: string[];
}

/** The regions' names in another language, found as the regions' own names are ("De-orllewin Lloegr" for "South West"). */
type OtherRegionNames = Readonly<Record<Region, string>>;

const names = new WeakMap<ForceTable, NameEntry[]>();

/** A Welsh force is found by its Welsh name too, in either language: the forces table lists it among the aliases. */
function namesOf(table: ForceTable): NameEntry[] {
  let entries = names.get(table);
  if (!entries) {
    entries = table.forces
      .flatMap((force) =>
        [...new Set([force.name, force.short, ...force.aliases, force.code])].map((name) => {
          const key = forceNameKey(name);
          return { force, name, key, words: nameWords(name), keyWords: key.split(' ') };
        }),
      )
      .filter((entry) => entry.key !== '');
    names.set(table, entries);
  }
  return entries;
}

/**
 * The forces a query may mean, best first; empty when nothing fits. The
 * force search gives the regions' Welsh names (otherRegionNames), which
 * load with it, not with the first map.
 */
export function searchForces(query: string, forceTable: ForceTable, otherRegionNames?: OtherRegionNames): ForceMatch[] {
  const key = forceNameKey(query);
  if (key === '') return [];
  const words = nameWords(query);
  const queryWords = key.split(' ');
  const best = new Map<string, ForceMatch>();
  const offer = (match: ForceMatch) => {
    const current = best.get(match.force.code);
    if (!current || compareMatches(match, current) < 0) best.set(match.force.code, match);
  };

  for (const entry of namesOf(forceTable)) {
    const kind = matchKind(key, words, queryWords, entry);
    if (kind) {
      offer({ force: entry.force, kind, matched: entry.name, slips: 0 });
      continue;
    }
    const slips = misspelling(key, words, entry);
    if (slips !== undefined) offer({ force: entry.force, kind: 'misspelling', matched: entry.name, slips });
  }
  for (const region of REGIONS) {
    const named = [region, otherRegionNames?.[region]].find((name) => name !== undefined && forceNameKey(name) === key);
    if (named === undefined) continue;
    for (const force of forceTable.forces) if (force.region === region) offer({ force, kind: 'region', matched: named, slips: 0 });
  }
  return [...best.values()].sort(compareMatches);
}

function matchKind(key: string, words: string, queryWords: readonly string[], entry: NameEntry): Exclude<ForceMatchKind, 'region' | 'misspelling'> | undefined {
  if (entry.key === key) return 'exact';
  if (entry.key.startsWith(key) || entry.words.startsWith(words)) return 'prefix';
  if (startsWords(queryWords, entry.keyWords)) return 'word-prefix';
  if (key.length >= SHORTEST_SUBSTRING && entry.key.includes(key)) return 'substring';
  return undefined;
}

/** Each query word starts a word of the name, in order: "n yorks" and "north yorkshire". */
function startsWords(queryWords: readonly string[], nameWords: readonly string[]): boolean {
  let at = 0;
  for (const word of queryWords) {
    while (at < nameWords.length && !nameWords[at]!.startsWith(word)) at++;
    if (at === nameWords.length) return false;
    at++;
  }
  return true;
}

/** Slips between the query and the name (whole, with its "police" words, or the start of it as long as the query); undefined when too many. */
function misspelling(key: string, words: string, entry: NameEntry): number | undefined {
  if (key.length < SHORTEST_MISSPELLING) return undefined;
  const allowed = slipsAllowed(key.length);
  let fewest = Infinity;
  const compare = (a: string, b: string) => {
    // Lengths alone rule most names out, which keeps long junk quick.
    if (Math.abs(a.length - b.length) <= allowed) fewest = Math.min(fewest, typingDistance(a, b));
  };
  compare(key, entry.key);
  compare(words, entry.words);
  if (entry.key.length > key.length) compare(key, entry.key.slice(0, key.length));
  return fewest <= allowed ? fewest : undefined;
}

function slipsAllowed(length: number): number {
  return length <= 5 ? 1 : length <= 8 ? 2 : 3;
}

function compareMatches(a: ForceMatch, b: ForceMatch): number {
  return (
    FORCE_MATCH_KINDS.indexOf(a.kind) - FORCE_MATCH_KINDS.indexOf(b.kind) ||
    a.slips - b.slips ||
    (a.force.name < b.force.name ? -1 : a.force.name > b.force.name ? 1 : 0)
  );
}

/** At most this many forces are offered as what a name may mean; a name that fits more says too little. */
const MOST_SUGGESTIONS = 4;

/**
 * What an unknown name may mean, for the reader to confirm: the forces of
 * the best rank the search finds, if there are few enough of them to be a
 * suggestion rather than a list.
 */
export function suggestedForces(name: string, forceTable: ForceTable): Force[] {
  const matches = searchForces(name, forceTable);
  const first = matches[0];
  if (!first) return [];
  const best = matches.filter((match) => match.kind === first.kind && match.slips === first.slips);
  return best.length <= MOST_SUGGESTIONS ? best.map((match) => match.force) : [];
}

const NO_AREA_KEYS = NO_AREA_BODIES.flatMap(([body, ...shortForms]) =>
  [body, ...shortForms].map((name) => ({ body, key: forceNameKey(name), whole: name === body })),
);

/**
 * The body with no area on the map that a query names, by its name or a
 * short form, or by the start of its name (three letters or more):
 * "British Transport", "BTP".
 */
export function noAreaBodyNamed(query: string): string | undefined {
  const key = forceNameKey(query);
  if (key === '') return undefined;
  const exact = NO_AREA_KEYS.find((entry) => entry.key === key);
  if (exact) return exact.body;
  if (key.length < SHORTEST_SUBSTRING) return undefined;
  return NO_AREA_KEYS.find((entry) => entry.whole && entry.key.startsWith(key))?.body;
}
