import type { LonLatBounds } from './boundaries';

/** England and Wales with a little margin: the map's home view. */
export const ENGLAND_AND_WALES_BOUNDS: LonLatBounds = [
  [-6.4, 49.85],
  [1.8, 55.85],
];
