import type { Force } from '../forces/force-table';
import { importCy } from './import-cy';
import { importEn, type ImportWords } from './import-en';
import type { Language } from './language';
import { WELSH_FORCE_NAMES } from './welsh-place-names';

/**
 * The language the import's words are in. On the page it is the page's,
 * set when the import panel loads; in the worker, the one each request
 * carries, which is the page's too (a page is in one language from its
 * load to the next), so whatever the worker says is in the reader's
 * language. English until set: the data scripts and tests read tables in
 * Node with the English words.
 */
let language: Language = 'en';

export function useImportLanguage(next: Language): void {
  language = next;
}

/** The language the import's messages are made in (the worker is told it with each request). */
export function importLanguage(): Language {
  return language;
}

export function importWords(): ImportWords {
  return language === 'cy' ? importCy : importEn;
}

/** A force's name in the import's language: the Welsh forces by their own Welsh names in Welsh (without the page's catalogue, which the worker lacks). */
export function importForceName(force: Pick<Force, 'code' | 'name'>): string {
  return language === 'cy' ? (WELSH_FORCE_NAMES[force.code] ?? force.name) : force.name;
}
