import type { OffenceKind, RatePer } from './dataset';

/**
 * The Home Office series the app ships: every offence but fraud ("all"),
 * each offence group ("group:sexual-offences"), each subgroup
 * ("subgroup:rape-offences") and each offence code as published, letters
 * upper-case ("86", "8Q", "37.2", "1/4.1/4.10/4.2").
 */
const GROUP_ID = /^(?:group|subgroup):[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CODE_ID = /^[0-9A-Z]+(?:[./ ][0-9A-Z]+)*$/;

/** The canonical id a text names, in any case ("ALL", "Group:Robbery", "8q"), or undefined. */
export function parseOffenceId(text: string): string | undefined {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  if (lower === 'all' || GROUP_ID.test(lower)) return lower;
  const code = trimmed.toUpperCase().replace(/\s+/g, ' ');
  return CODE_ID.test(code) ? code : undefined;
}

export function offenceKindOf(id: string): OffenceKind {
  if (id === 'all') return 'all';
  if (id.startsWith('group:')) return 'group';
  if (id.startsWith('subgroup:')) return 'subgroup';
  return 'code';
}

/** The series' file name without ".json": "all", "group-robbery", "subgroup-rape-offences", "code-8q", "code-37.2". */
export function offenceFileStem(id: string): string {
  const kind = offenceKindOf(id);
  if (kind === 'all') return id;
  if (kind === 'code') return `code-${id.toLowerCase().replace(/[/ ]/g, '-')}`;
  return id.replace(':', '-');
}

/** A Home Office series' dataset id: "ho-" and its file stem ("ho-code-86"). */
export function homeOfficeDatasetId(offenceId: string): string {
  return `ho-${offenceFileStem(offenceId)}`;
}

/** Where a shipped dataset is served, under generated/: "offences/code-86.json", "datasets/nspcc-foi.json". */
export function shippedDatasetFile(datasetId: string): string {
  return datasetId.startsWith('ho-') ? `offences/${datasetId.slice('ho-'.length)}.json` : `datasets/${datasetId}.json`;
}

/**
 * The rate rule: all offences and offence groups per 1,000 people, the
 * ONS's convention for police force area crime rates; subgroups and single
 * offences, whose counts are far smaller, per 100,000.
 */
export function offenceRatePer(kind: OffenceKind): RatePer {
  return kind === 'all' || kind === 'group' ? 1000 : 100_000;
}
