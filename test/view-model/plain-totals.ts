import type { Phrase } from '../../src/i18n/totals-en';
import type { PublishedTotalText } from '../../src/view-model/published-total-text';

/** A phrase as one string, the publisher's words in their place: what a reader reads. */
export const plainPhrase = (phrase: Phrase): string => phrase.map((piece) => (typeof piece === 'string' ? piece : piece.en)).join('');

/** A total's heading and text as plain strings, for comparing with sentences. */
export const plainTotal = ({ heading, text }: PublishedTotalText) => ({ heading: plainPhrase(heading), text: plainPhrase(text) });
