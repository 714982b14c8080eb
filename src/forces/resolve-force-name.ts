import type { Force, ForceTable } from './force-table';
import { forceNameKey, NO_AREA_BODIES } from './force-names';
import { suggestedForces } from './search-forces';

export { editDistance, forceNameKey } from './force-names';

/** What a name is, by its exact spelling (as keys): a force, a body with no area on the map, or neither. */
export type ForceNameMatch = { kind: 'force'; force: Force } | { kind: 'no-area'; body: string } | { kind: 'unknown' };

export type ForceNameResolution =
  | { kind: 'force'; force: Force }
  | { kind: 'no-area'; body: string }
  | {
      kind: 'unknown';
      /** The forces the name may mean, for the reader to confirm (see suggestedForces); never applied. */
      suggestions: readonly Force[];
      /** The one force it may mean, when there is exactly one. */
      suggestion: Force | undefined;
    };

export interface ForceNameResolver {
  /** Exact names, short forms and codes only: what may be applied without asking. Cheap. */
  match(name: string): ForceNameMatch;
  /** match, and for an unknown name the forces it may mean. */
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
  const noAreaByKey = new Map(NO_AREA_BODIES.flatMap(([body, ...shortForms]) => [body, ...shortForms].map((name) => [forceNameKey(name), body] as const)));

  const match = (name: string): ForceNameMatch => {
    const key = forceNameKey(name);
    const force = byKey.get(key);
    if (force) return { kind: 'force', force };
    const body = noAreaByKey.get(key);
    if (body) return { kind: 'no-area', body };
    return { kind: 'unknown' };
  };
  return { match, resolve: (name) => withSuggestions(name, match(name), table) };
}

function withSuggestions(name: string, match: ForceNameMatch, table: ForceTable): ForceNameResolution {
  if (match.kind !== 'unknown') return match;
  const suggestions = suggestedForces(name, table);
  return { kind: 'unknown', suggestions, suggestion: suggestions.length === 1 ? suggestions[0] : undefined };
}

/**
 * A resolver that first applies names the user mapped by hand (name as it
 * appears in the file → force), compared as keys, so "DORSET PFA " maps like
 * "Dorset PFA". Everything else resolves as before.
 */
export function withNameMapping(resolver: ForceNameResolver, mapping: Iterable<readonly [string, Force]>): ForceNameResolver {
  // A name with no key ("Police", "?") is mapped as written, so that it does not take every other such name with it.
  const mappingKey = (name: string) => forceNameKey(name) || `as written: ${name.trim()}`;
  const byKey = new Map<string, Force>();
  for (const [name, force] of mapping) byKey.set(mappingKey(name), force);
  if (byKey.size === 0) return resolver;
  const mapped = (name: string): Force | undefined => byKey.get(mappingKey(name));
  return {
    match(name) {
      const force = mapped(name);
      return force ? { kind: 'force', force } : resolver.match(name);
    },
    resolve(name) {
      const force = mapped(name);
      return force ? { kind: 'force', force } : resolver.resolve(name);
    },
  };
}
