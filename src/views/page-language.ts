import { HTML_LANG, LANGUAGE_NAMES, pageText, type Language } from '../i18n/language';

/**
 * Puts index.html's own words (written in English) in the page's language:
 * `<html lang>`, the title, the description, the skip link and the names of
 * the page's regions. The same elements keep their places, so nothing moves.
 */
export function showPageInLanguage(document: Document, language: Language): void {
  document.documentElement.lang = HTML_LANG[language];
  const words = pageText();
  if (!words) return;
  document.title = words.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', words.description);
  const setText = (selector: string, text: string) => {
    const element = document.querySelector(selector);
    if (element) element.textContent = text;
  };
  const setLabel = (selector: string, label: string) => document.querySelector(selector)?.setAttribute('aria-label', label);
  setText('.skip-link', words.skipToTable);
  // The title waits for the figures; until then it says the map is loading.
  if (document.querySelector('#app[aria-busy="true"]')) setText('#map-title', words.loading);
  setLabel('#controls', words.controls);
  setLabel('#map', words.map);
  setLabel('.side-panel', words.side);
  setLabel('#table', words.table);
}

/**
 * The switch to the other language (index.html's, there from the first
 * paint): a link to the same view in it, named in that language and marked
 * as such (`lang`, `hreflang`), kept up to date as the view changes.
 * Following it loads the page again in that language.
 */
export function followLanguageSwitch(
  link: HTMLAnchorElement,
  language: Language,
  hrefIn: (other: Language) => string,
  subscribe: (follow: () => void) => void,
): void {
  const other: Language = language === 'cy' ? 'en' : 'cy';
  link.textContent = LANGUAGE_NAMES[other];
  link.lang = HTML_LANG[other];
  link.hreflang = HTML_LANG[other];
  const follow = () => link.setAttribute('href', hrefIn(other));
  follow();
  subscribe(follow);
}
