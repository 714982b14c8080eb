import { HTML_LANG, LANGUAGE_NAMES, type Language } from '../i18n/language';

/**
 * Puts the page in its language: `<html lang>`, and in Welsh index.html's
 * own words (welsh-page-text.ts, loaded only for the Welsh page).
 */
export async function showPageInLanguage(document: Document, language: Language): Promise<void> {
  document.documentElement.lang = HTML_LANG[language];
  if (language === 'cy') (await import('./welsh-page-text')).showWelshPageText(document);
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
