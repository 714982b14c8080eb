import { isolated, visibleUserText } from '../format/user-text';
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
  return `"${isolated(text)}" is not a financial year such as 2016/17`;
}

export function yearOutOfRangeMessage(text: string, years: PlausibleYears): string {
  return `${isolated(text.trim())} is outside the years the map takes (${years.first} to ${years.last})`;
}

export function figureTooLargeMessage(text: string): string {
  return `${isolated(text.trim())} is larger than any figure the map takes (${MAX_FIGURE.toLocaleString('en-GB')} at most)`;
}
