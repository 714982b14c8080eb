import type { LonLatBounds, RegionFocus } from '../geography/boundaries';

/** What the map is coloured with: a class colour per force, or null for "not published" (hatched). */
export type ForceFills = ReadonlyMap<string, string | null>;

export interface MapEvents {
  onHover(code: string | undefined, point: { x: number; y: number } | undefined): void;
  onSelect(code: string | undefined): void;
}

/**
 * Read-only looks at what the map shows, for the browser tests and the
 * benchmark: they check the drawing against the colours the app meant,
 * which a screenshot alone cannot tell.
 */
export interface MapInspection {
  /** The fill each force is drawn with; null: hatched as not published. */
  renderedFills(): Record<string, string | null>;
  /** Colours drawn at these [lon, lat] points, as #rrggbb. */
  pixelsAt(points: [number, number][]): Promise<(string | null)[]>;
  /** Where [lon, lat] is on the page, in CSS pixels: for pointing at a force. */
  pagePointOf(point: [number, number]): { x: number; y: number };
  /** What the map shows, in degrees. */
  viewBounds(): { west: number; east: number; south: number; north: number };
  /** Forces dimmed because another region is in focus. */
  dimmedCodes(): string[];
  /** 1 when a region outline is drawn, else 0. */
  regionOutlineCount(): number;
  /** "webgl" (MapLibre) or "svg" (the fallback without WebGL). */
  renderer(): 'webgl' | 'svg';
}

/**
 * The choropleth as the explorer drives it. Two renderers: MapLibre
 * (WebGL), and a d3 SVG map for browsers without WebGL, with the same
 * colours and interactions.
 */
export interface ChoroplethMap {
  /** Recolours the forces; geometry is not sent again. */
  setFills(fills: ForceFills): void;
  setHovered(code: string | undefined): void;
  setSelected(code: string | undefined): void;
  /** Focuses a region (flies to it, outlines it, dims the rest), or returns to England and Wales. */
  setFocus(focus: RegionFocus | undefined, animate: boolean): void;
  /** Resolves once what was last set is on screen. */
  whenDrawn(): Promise<void>;
  /** The extent in view. */
  viewBounds(): LonLatBounds;
  readonly inspection: MapInspection;
}
