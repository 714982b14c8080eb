/**
 * How every map draws: the MapLibre map, the SVG map without WebGL, and
 * the SVG and PNG exports take their colours and line widths from here, so
 * that the screen and a picture of it are drawn alike.
 */

/** Where there is no police force area (the sea, Scotland): a grey at least ΔE 10 from every palette colour (tested). */
export const MAP_BACKGROUND = '#c9c9c9';

/**
 * The "not published" hatch: a light grey ground with darker grey diagonal
 * lines where x + y is a multiple of its size. Greys that no palette uses,
 * and a pattern rather than a fill, so a missing figure can never be read
 * as a class of the scale (least of all as zero).
 */
export const HATCH = {
  size: 8,
  background: '#f0f0f0',
  lines: '#8c8c8c',
  lineWidth: 1.5,
  /** The lines of one tile, the corner strokes completing those cut by its edge. */
  path: 'M-1,1L1,-1M0,8L8,0M7,9L9,7',
} as const;

export const FORCE_BORDER = { color: '#ffffff', width: 0.7 } as const;
/** Forces outside the region in focus. */
export const DIMMED_OPACITY = 0.35;
export const REGION_OUTLINE = { color: '#333333', width: 2 } as const;
export const SELECTED_OUTLINE = { color: '#000000', width: 3 } as const;
export const HOVERED_OUTLINE = { color: '#333333', width: 2 } as const;
/**
 * The focus ring, of the map's frame and of the force the keyboard is on:
 * two colours 21:1 apart, a black line on a white halo, so that one of them
 * stands at least 3:1 against whatever lies beside it (any palette's
 * colours, the hatch, the sea, the page in either scheme; tested), as one
 * colour cannot against both the palest and the darkest class.
 */
export const FOCUS_RING = { line: '#000000', halo: '#ffffff' } as const;
/** The force the keyboard is on, before it is chosen: dashed, so that it cannot be taken for the selection, on its halo. */
export const KEYBOARD_OUTLINE = { color: FOCUS_RING.line, width: 2, dash: [2, 1.5] as const } as const;
export const KEYBOARD_HALO = { color: FOCUS_RING.halo, width: 6 } as const;
/** The tile map's labels: dark or white, whichever stands out more on the tile's colour. */
export const TILE_LABEL = { dark: '#1a1a1a', light: '#ffffff', weight: 600 } as const;
