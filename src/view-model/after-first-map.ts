import { figureRowsOf } from './figure-rows';
import { mapDescriber } from './map-description';
import { publishedTotalsModel } from './published-total-text';

/**
 * What the settled page and the exports take that the first map does not:
 * the map's description in words (code and words, in either language),
 * the figures CSV's rows and the totals the publisher gave, in words.
 * Loaded once the first map is on screen (app/lazy-modules.ts).
 */
export const afterFirstMap = { ...mapDescriber, figureRowsOf, publishedTotalsModel };
export type AfterFirstMap = typeof afterFirstMap;
