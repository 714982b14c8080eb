/**
 * Text from a link or a user's file, made safe to show inside the app's own
 * sentences. Characters that are invisible or that reorder what follows them
 * would let that text disguise itself or the words around it (a
 * right-to-left override turns "…moc.elpmaxe-live" into "evil-example.com";
 * a zero-width joiner makes "Dor\u200Dset" look like "Dorset"), so they are shown
 * as visible escapes such as ⟨U+202E⟩.
 *
 * In a message, user text is wrapped in Unicode isolates (FSI … PDI, the
 * plain-text form of <bdi>): right-to-left names then cannot pull the
 * message's punctuation into their own direction, and views turn the pair
 * into a <bdi> element. The user's own isolate characters are escaped like
 * any other control, so only the app's isolates are real.
 */

/** Format characters (bidi controls, zero-width, soft hyphen, tags), controls, line and paragraph separators, and blank letters that draw nothing. */
const HIDDEN = /[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\u034F\u115F\u1160\u180B-\u180D\u180F\u3164\uFFA0]/u;
/** The invisible ones among them, which never tell two names apart. */
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u180B-\u180D\u180F\u3164\uFFA0]/gu;

export const ISOLATE_START = '\u2068';
export const ISOLATE_END = '\u2069';
const ISOLATES = /[\u2068\u2069]/g;

/** How much of a user's text a message shows by default. */
const SHOWN_LENGTH = 60;
/** How long a title or unit may be: as long as the import's options allow, and room for escapes. */
const TITLE_LENGTH = 400;

/** "U+202E" for a code point. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The text with every hidden character shown as ⟨U+XXXX⟩, cut to at most
 * maxLength characters (an ellipsis marks the cut; an escape or a surrogate
 * pair is never split).
 */
export function visibleUserText(text: string, maxLength = SHOWN_LENGTH): string {
  let shown = '';
  // shown.slice(0, cut): the whole pieces that leave room for the ellipsis.
  let cut = 0;
  for (const char of text) {
    const piece = HIDDEN.test(char) ? `⟨${codePointName(char.codePointAt(0)!)}⟩` : char;
    if (shown.length + piece.length > maxLength) return `${shown.slice(0, cut)}…`;
    shown += piece;
    if (shown.length < maxLength) cut = shown.length;
  }
  return shown;
}

/**
 * A title, unit or definition that a file gave or a reader typed, as the
 * page heading, the list of figures, About and every picture show it:
 * there it stands on its own, with no isolate around it, so hidden
 * characters are shown as escapes as they are in messages.
 */
export function visibleTitle(text: string, maxLength = TITLE_LENGTH): string {
  return visibleUserText(text.trim(), maxLength);
}

/** Whether the text holds a character that visibleUserText would show as an escape. */
export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text);
}

/** User text for a message: made visible, shortened, and isolated from the sentence around it. */
export function isolated(text: string, maxLength = SHOWN_LENGTH): string {
  return `${ISOLATE_START}${visibleUserText(text, maxLength)}${ISOLATE_END}`;
}

/** A message without its isolates, for plain text where no reader's bidi matters (a CSV file). */
export function plainMessage(message: string): string {
  return message.replace(ISOLATES, '');
}

/** Splits a message at its isolates: the app's words as strings, each piece of user text as { user }. */
export function messageParts(message: string): (string | { user: string })[] {
  const parts: (string | { user: string })[] = [];
  let at = 0;
  for (;;) {
    const start = message.indexOf(ISOLATE_START, at);
    const end = start < 0 ? -1 : message.indexOf(ISOLATE_END, start + 1);
    if (start < 0 || end < 0) break;
    if (start > at) parts.push(message.slice(at, start));
    parts.push({ user: message.slice(start + 1, end) });
    at = end + 1;
  }
  if (at < message.length) parts.push(message.slice(at));
  return parts;
}

/** The text without invisible characters, for comparing names: "Dor\u200Dset" is Dorset. */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Scripts whose letters look like Latin ones, by name; a letter of any other script is named by its code point only. */
const LOOK_ALIKE_SCRIPTS: readonly [LookAlikeScript, RegExp][] = [
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];
const NOT_LATIN_LETTER = /(?=\p{L})\P{Script=Latin}/u;
/** How many such letters a message names; more are counted. */
const NAMED_LETTERS = 3;

export type LookAlikeScript = 'Cyrillic' | 'Greek' | 'Armenian' | 'Cherokee';

/** The words of otherScriptLetters' phrase, in the language of the message it goes in. */
export interface ScriptLetterWords {
  /** "the Cyrillic letter о (U+043E)"; script undefined for a letter of a script not named. */
  letters(script: LookAlikeScript | undefined, shown: readonly string[]): string;
  /** The letters not named. */
  more(count: number): string;
  andList(items: readonly string[]): string;
}

/**
 * The letters of a name that are not Latin, as a phrase: "the Cyrillic
 * letter о (U+043E)", "the Cyrillic letters е (U+0435) and а (U+0430)".
 * Said beside a suggestion, where "Dоrset" and "Dorset" would otherwise
 * look the same; undefined for a name in Latin letters only.
 */
export function otherScriptLetters(name: string, words: ScriptLetterWords): string | undefined {
  const letters = [...new Set([...name].filter((char) => NOT_LATIN_LETTER.test(char)))];
  if (letters.length === 0) return undefined;
  const named = letters.slice(0, NAMED_LETTERS);
  const byScript = new Map<LookAlikeScript | undefined, string[]>();
  for (const letter of named) {
    const script = LOOK_ALIKE_SCRIPTS.find(([, pattern]) => pattern.test(letter))?.[0];
    byScript.set(script, [...(byScript.get(script) ?? []), `${letter} (${codePointName(letter.codePointAt(0)!)})`]);
  }
  const phrases = [...byScript].map(([script, shown]) => words.letters(script, shown));
  const more = letters.length - named.length;
  return words.andList(more > 0 ? [...phrases, words.more(more)] : phrases);
}
