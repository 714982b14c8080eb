import { en, type Messages } from './en';

/** The atlas's two languages, as the link writes them (`lang=cy`, `lang=en`). */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What `<html lang>` and a text's own `lang` say for each language. */
export const HTML_LANG: Record<Language, string> = { en: 'en-GB', cy: 'cy' };

/** Each language's name in itself: the switch offers the other one by its own name. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

/**
 * Alphabetical order of English names, which are plain ASCII. Not
 * localeCompare: its first call loads the browser's collation data, 17–55 ms
 * in the middle of the first frame (npm run bench).
 */
function compareAscii(first: string, second: string): number {
  const a = first.toLowerCase();
  const b = second.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

/** index.html's own words: the title, the description, the skip link, the loading line and the names of the page's regions. */
export interface PageText {
  title: string;
  description: string;
  loading: string;
  skipToTable: string;
  controls: string;
  map: string;
  side: string;
  table: string;
  /** The embeddable page's link to the full atlas (build/embed-page.ts). */
  getTheData: string;
}

interface Shown {
  language: Language;
  messages: Messages;
  compare: (first: string, second: string) => number;
}

const ENGLISH: Shown = { language: 'en', messages: en, compare: compareAscii };
let shown: Shown = ENGLISH;

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
 * asked for, so that the English first load carries no Welsh. Its loader
 * comes from main.ts: a dynamic import here would take Vite's preload
 * helper out of the entry chunk into a chunk of its own, loaded with every
 * first map.
 */
export async function useLanguage(language: Language, loadWelsh: () => Promise<typeof import('./cy')>): Promise<void> {
  if (language === 'en') {
    shown = ENGLISH;
    return;
  }
  const welsh = await loadWelsh();
  // Welsh order: "ch", "dd", "ff", "ng", "ll", "ph", "rh" and "th" are letters of their own (ICU's Welsh collation).
  shown = { language, messages: welsh.cy, compare: new Intl.Collator('cy').compare };
}

/** Alphabetical order of names (forces, regions) in the page's language. */
export function compareNames(first: string, second: string): number {
  return shown.compare(first, second);
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
/** Re-exported for the Welsh catalogue and the description's words, so that they share this chunk rather than load one of their own. */
export { capitalised } from '../format/capitalised';
