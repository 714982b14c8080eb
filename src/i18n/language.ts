import { en, type Messages } from './en';

/** The atlas's two languages, as the link writes them (`lang=cy`, `lang=en`). */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What `<html lang>` and a text's own `lang` say for each language. */
export const HTML_LANG: Record<Language, string> = { en: 'en-GB', cy: 'cy' };

/** Each language's name in itself: the switch offers the other one by its own name. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

let shown: { language: Language; messages: Messages } = { language: 'en', messages: en };

/**
 * The messages of the language the page is in. The page is in one language
 * from its load to the next (the switch is a link), so the catalogue is
 * chosen once, before the first render, and read wherever words are made.
 */
export function t(): Messages {
  return shown.messages;
}

/** The language the page is in. */
export function pageLanguage(): Language {
  return shown.language;
}

/**
 * Puts the page in a language. The Welsh catalogue is loaded only when
 * asked for, so that the English first load carries no Welsh.
 */
export async function useLanguage(language: Language): Promise<void> {
  const messages = language === 'cy' ? (await import('./cy')).cy : en;
  shown = { language, messages };
}

/**
 * The language of a first visit, from the browser's list of the reader's
 * languages in order of preference: the first that is Welsh or English
 * decides ("cy-GB" is Welsh); with neither, English.
 */
export function languageOfBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'cy' || primary === 'en') return primary;
  }
  return 'en';
}
