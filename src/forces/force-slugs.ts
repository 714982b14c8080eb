import { slugify } from '../format/slug';
import { REGIONS, type Force, type ForceTable, type Region } from './force-table';
import { createForceNameResolver, editDistance, forceNameKey, type ForceNameResolution, type ForceNameResolver } from './resolve-force-name';

const REGION_BY_SLUG: ReadonlyMap<string, Region> = new Map(REGIONS.map((region) => [slugify(region), region]));

/** "South West" → "south-west". */
export function regionSlug(region: Region): string {
  return slugify(region);
}

/** "south-west" → "South West"; only exact slugs, anything else is undefined. */
export function regionFromSlug(slug: string): Region | undefined {
  return REGION_BY_SLUG.get(slug);
}

/** The slug of the force's full name: "devon-and-cornwall", "city-of-london". */
export function forceSlug(force: Force): string {
  return slugify(force.name);
}

// One resolver per table: building it keys every name and alias of 43 forces.
const resolvers = new WeakMap<ForceTable, ForceNameResolver>();

/**
 * Finds the force a link names. Besides the canonical slug and the ONS code
 * (in either case) this takes the short name and aliases in any spelling
 * ("Dorset Police", "met-police", "gmp"), because people edit links by hand;
 * the URL is rewritten to the canonical slug afterwards.
 *
 * An unknown name gets a suggestion only for a near miss ("dorsett"): the
 * ingest resolver's looser guesses ("atlantis" → Northamptonshire) and
 * guesses at mistyped codes would mislead in a notice.
 */
export function findForce(text: string, forceTable: ForceTable): ForceNameResolution {
  let resolver = resolvers.get(forceTable);
  if (!resolver) {
    resolver = createForceNameResolver(forceTable);
    resolvers.set(forceTable, resolver);
  }
  const found = resolver.resolve(text);
  if (found.kind !== 'unknown' || !found.suggestion) return found;
  const nearMiss = !/^\s*[ew]\d/i.test(text) && isNearMiss(forceNameKey(text), found.suggestion);
  return nearMiss ? found : { kind: 'unknown', suggestions: [], suggestion: undefined };
}

/** Within a slip per three letters of one of the force's names. */
function isNearMiss(key: string, force: Force): boolean {
  return [force.name, force.short, ...force.aliases].some((name) => {
    const nameKey = forceNameKey(name);
    return editDistance(key, nameKey) <= Math.max(1, Math.floor(nameKey.length / 3));
  });
}
