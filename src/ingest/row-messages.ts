import { isolated, visibleUserText } from '../format/user-text';
import { importWords } from '../i18n/import-words';
import { MAX_FIGURE } from './parse-figure';
import type { PlausibleYears } from './plausible-years';

/**
 * The messages of rejected rows that more than one kind of table gives.
 * Cells are user text: isolated in messages, cut short everywhere.
 */

/** How much of a cell an error keeps, for the user to recognise it by. */
const ERROR_TEXT_LENGTH = 200;

/** A cell as an error keeps it. */
export function shownCell(text: string): string {
  return visibleUserText(text, ERROR_TEXT_LENGTH);
}

export function notAYearMessage(text: string): string {
  return importWords().rows.notAYear(isolated(text));
}

export function yearOutOfRangeMessage(text: string, years: PlausibleYears): string {
  return importWords().rows.yearOutOfRange(isolated(text.trim()), years.first, years.last);
}

export function figureTooLargeMessage(text: string): string {
  return importWords().rows.tooLarge(isolated(text.trim()), MAX_FIGURE.toLocaleString('en-GB'));
}
