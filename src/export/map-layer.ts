import type { MultiPolygon } from 'geojson';
import type { ForceFeature } from '../geography/boundaries';
import type { TileLayer } from '../geography/tile-layout';

/** What one map shows: the same colours, focus and selection as the screen. */
export interface MapLayer {
  /** Every force, as forceFeatures gives them (RFC 7946 winding: rewound here for d3). */
  features: readonly ForceFeature[];
  /** code → "#rrggbb", or null for "not published"/"not available" (hatched). A force missing from the map is hatched too. */
  fills: ReadonlyMap<string, string | null>;
  /** Forces drawn faded, as on screen when a region is focused. */
  dimmed?: ReadonlySet<string>;
  /** The selected force, outlined in black on top (and named, where the map has a label). */
  selected?: { code: string; name: string };
  /**
   * Forces written on the map with their values, the selected one first,
   * then those the reader pinned: "Dorset: 43.4". Drawn on the geographic
   * map (the tile map names every force on its tile).
   */
  valueLabels?: readonly ValueLabel[];
  /** With a region in focus: a small outline of England and Wales, the region marked, in a corner of the map. */
  locator?: boolean;
  /** The focused region's merged outline (regionOutline), drawn dark over the forces. */
  regionOutline?: MultiPolygon;
  /** Drawn as the tile map (view=tiles): one equal hexagon a force, as on screen. */
  tiles?: TileLayer;
}

/** A force written on the map with its value; chosen: the reader's chosen force (the others are pinned). */
export interface ValueLabel {
  code: string;
  text: string;
  chosen?: boolean;
}
