import type { NotOfferedOffence, OfferedOffence, OffenceCatalog } from '../datasets/offence-catalog';
import { noticeWords } from '../i18n/notice-words';

/** One line of the offence picker. */
export interface OffenceOption {
  id: string;
  kind: OfferedOffence['kind'];
  name: string;
  /** "code 86 · Miscellaneous crimes against society · 2012/13 to 2022/23" */
  detail: string;
}

interface OffenceGroupOptions {
  /** The Home Office's offence group, or "" for all crime. */
  group: string;
  options: readonly OffenceOption[];
}

export interface OffenceSearchResult {
  groups: readonly OffenceGroupOptions[];
  /** Series the query matches that are not mapped, with the reason. */
  notOffered: readonly { id: string; name: string; reason: string }[];
}

/**
 * The offences a query finds, grouped as the Home Office groups them, in
 * its order: every word of the query must appear in the offence's code,
 * name, subgroup or group (so "burglary dwelling", "86", "sexual rape" and
 * "8q" all find what they say). An empty query lists everything.
 */
export function searchOffences(catalog: OffenceCatalog, query: string): OffenceSearchResult {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (entry: OfferedOffence | NotOfferedOffence) => {
    const text = [entry.id, entry.code ? `code ${entry.code}` : '', entry.name, entry.subgroup ?? '', entry.group ?? ''].join(' ').toLowerCase();
    return words.every((word) => text.includes(word));
  };
  const groups: OffenceGroupOptions[] = [];
  for (const entry of catalog.offered) {
    if (!matches(entry)) continue;
    const group = entry.kind === 'all' ? '' : (entry.group ?? entry.name);
    let bucket = groups.find((candidate) => candidate.group === group);
    if (!bucket) groups.push((bucket = { group, options: [] }));
    (bucket.options as OffenceOption[]).push({ id: entry.id, kind: entry.kind, name: entry.name, detail: detailOf(entry) });
  }
  return {
    groups,
    notOffered:
      words.length === 0
        ? []
        : catalog.notOffered.filter(matches).map((entry) => ({ id: entry.id, name: entry.name, reason: noticeWords().notMapped(entry.reason) })),
  };
}

function detailOf(entry: OfferedOffence): string {
  const kind =
    entry.kind === 'code'
      ? `code ${entry.code ?? entry.id}`
      : entry.kind === 'subgroup'
        ? 'subgroup'
        : entry.kind === 'group'
          ? 'whole group'
          : 'every offence but fraud';
  const years = entry.firstYear === entry.lastYear ? entry.firstYear : `${entry.firstYear} to ${entry.lastYear}`;
  return [kind, entry.kind === 'code' ? entry.subgroup : undefined, years].filter(Boolean).join(' · ');
}
