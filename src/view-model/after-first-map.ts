import { figureRowsOf } from './figure-rows';
import { mapDescriber } from './map-description';

/**
 * What the settled page and the exports take that the first map does not:
 * the map's description in words (code and words, in either language) and
 * the figures CSV's rows. Loaded once the first map is on screen
 * (app/lazy-modules.ts).
 */
export const afterFirstMap = { ...mapDescriber, figureRowsOf };
export type AfterFirstMap = typeof afterFirstMap;
