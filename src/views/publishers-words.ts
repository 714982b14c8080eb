import { pageLanguage } from '../i18n/language';
import type { Phrase } from '../i18n/totals-en';
import { el } from './dom';

/**
 * The publisher's own words (a release's name, an attribution) are shown as
 * published, in English; inside a Welsh page they are marked as English, so
 * that a screen reader says them in English.
 */
function asPublished(words: string): string | HTMLElement {
  return pageLanguage() === 'cy' ? el('span', { lang: 'en' }, [words]) : words;
}

/** A phrase of the app's words and the publisher's, as nodes. */
export function phraseNodes(phrase: Phrase): (string | HTMLElement)[] {
  return phrase.map((piece) => (typeof piece === 'string' ? piece : asPublished(piece.en)));
}

/** A message around the publisher's words ("Ffynhonnell: NSPCC FOI Nov 2021"), wherever the language puts them. */
export function aroundPublishersWords(message: (words: string) => string, words: string): (string | HTMLElement)[] {
  const [before = '', after = ''] = message('\u0000').split('\u0000');
  return [before, asPublished(words), after].filter((part) => part !== '');
}
