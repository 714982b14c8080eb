import { asciiWords } from '../format/ascii-words';
import { withoutInvisibleCharacters } from '../format/user-text';
import type { Force, ForceTable } from './force-table';

/**
 * Bodies that appear in police statistics but police no area of the map.
 * Their rows are reported as "no area on this map", never as errors.
 */
const NO_AREA_BODIES = [
  'British Transport Police',
  'Action Fraud',
  'CIFAS',
  'UK Finance',
  'Financial Fraud Action UK',
  'National Fraud Intelligence Bureau',
  'Civil Nuclear Constabulary',
  'Ministry of Defence Police',
  'Police Scotland',
  'Police Service of Northern Ireland',
];

export type ForceNameResolution =
  | { kind: 'force'; force: Force }
  | { kind: 'no-area'; body: string }
  | { kind: 'unknown'; suggestion: Force | undefined };

/**
 * Reduces a force name to a comparison key: case, accents, punctuation,
 * "&" versus "and", and the words "Police", "Constabulary", "Police Service"
 * and "PFA" / "Police Force Area" do not tell forces apart, so they are
 * dropped. Place names are kept whole: "City of London" keeps "city of", so
 * it never meets "London" or the Metropolitan Police. Invisible characters
 * (a zero-width joiner pasted in with a name) are not there at all.
 */
export function forceNameKey(name: string): string {
  return asciiWords(withoutInvisibleCharacters(name))
    .join(' ')
    .replace(/\b(police force area|police area|police service|police force|police|constabulary|service|pfa)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ForceNameResolver {
  resolve(name: string): ForceNameResolution;
}

/** Throws if two forces share a name once reduced to keys: the table would be ambiguous. */
export function createForceNameResolver(table: ForceTable): ForceNameResolver {
  const byKey = new Map<string, Force>();
  for (const force of table.forces) {
    for (const name of [force.code, force.name, force.short, ...force.aliases]) {
      const key = forceNameKey(name);
      const other = byKey.get(key);
      if (other && other.code !== force.code) throw new Error(`forces table: "${name}" could mean ${other.name} or ${force.name}`);
      if (key) byKey.set(key, force);
    }
  }
  const noAreaByKey = new Map(NO_AREA_BODIES.map((body) => [forceNameKey(body), body]));
  const keys = [...byKey.keys()];

  return {
    resolve(name) {
      const key = forceNameKey(name);
      const force = byKey.get(key);
      if (force) return { kind: 'force', force };
      const body = noAreaByKey.get(key);
      if (body) return { kind: 'no-area', body };
      return { kind: 'unknown', suggestion: nearest(key, keys, byKey) };
    },
  };
}

/**
 * A resolver that first applies names the user mapped by hand (name as it
 * appears in the file → force), compared as keys, so "DORSET PFA " maps like
 * "Dorset PFA". Everything else resolves as before.
 */
export function withNameMapping(resolver: ForceNameResolver, mapping: Iterable<readonly [string, Force]>): ForceNameResolver {
  const byKey = new Map<string, Force>();
  for (const [name, force] of mapping) byKey.set(forceNameKey(name), force);
  if (byKey.size === 0) return resolver;
  return {
    resolve(name) {
      const force = byKey.get(forceNameKey(name));
      return force ? { kind: 'force', force } : resolver.resolve(name);
    },
  };
}

function nearest(key: string, keys: string[], byKey: Map<string, Force>): Force | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of keys) {
    // A suggestion that shares less than half its letters is noise, not help.
    const limit = Math.max(2, Math.ceil(candidate.length / 2));
    // Lengths alone can rule a candidate out, which keeps long junk text quick.
    if (Math.abs(key.length - candidate.length) > limit) continue;
    const distance = editDistance(key, candidate);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === undefined ? undefined : byKey.get(best);
}

/** Levenshtein distance, two rows at a time (typed arrays: links and files can ask for it thousands of times). */
export function editDistance(a: string, b: string): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
