import type { LonLatBounds, RegionFocus } from '../geography/boundaries';

/** What the map is coloured with: a class colour per force, or null for "not published" (hatched). */
export type ForceFills = ReadonlyMap<string, string | null>;

/** A box on the map, in CSS pixels from its top left corner. */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface MapEvents {
  /** The pointer over a force, or off every force. */
  onHover(code: string | undefined, point: { x: number; y: number } | undefined): void;
  /** A click or a tap: on a force it chooses it and shows its card until dismissed; elsewhere, nothing. */
  onChoose(code: string | undefined, point: { x: number; y: number } | undefined): void;
  /** Something the reader should know about the map itself (its graphics reset, say); undefined when it has passed. */
  onStatus?(message: string | undefined): void;
}

/** A box of the map's own pixels, moved to the page's. */
export function onPage(box: ScreenBox | undefined, container: HTMLElement): ScreenBox | undefined {
  if (!box) return undefined;
  const { left, top } = container.getBoundingClientRect();
  return { left: box.left + left, top: box.top + top, right: box.right + left, bottom: box.bottom + top };
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
  /** Where a force is drawn, on the page, in CSS pixels: to check that nothing covers it. */
  pageBoxOf(code: string): ScreenBox | undefined;
  /** What the map shows, in degrees. */
  viewBounds(): { west: number; east: number; south: number; north: number };
  /** Whether the camera is moving (a glide, a fly, a zoom). */
  moving(): boolean;
  /** Forces dimmed because another region is in focus. */
  dimmedCodes(): string[];
  /** 1 when a region outline is drawn, else 0. */
  regionOutlineCount(): number;
  /** "webgl" (MapLibre), "svg" (the first map, and the whole map without WebGL) or "tiles" (the tile map). */
  renderer(): 'webgl' | 'svg' | 'tiles';
}

/**
 * The choropleth as the page drives it. Two renderers with the same
 * colours and interactions: a d3 SVG map, drawn first, and MapLibre
 * (WebGL), brought in when the reader zooms or pans.
 */
export interface ChoroplethMap {
  /** Recolours the forces; geometry is not sent again. */
  setFills(fills: ForceFills): void;
  setHovered(code: string | undefined): void;
  setSelected(code: string | undefined): void;
  /** The force the keyboard is on, outlined (dashed) before it is chosen. */
  setKeyboardFocus(code: string | undefined): void;
  /** Focuses a region (flies to it, outlines it, dims the rest), or returns to England and Wales. */
  setFocus(focus: RegionFocus | undefined, animate: boolean): void;
  /** Resolves once what was last set is on screen. */
  whenDrawn(): Promise<void>;
  /** The extent in view. */
  viewBounds(): LonLatBounds;
  /** Where a force is drawn on the map, so that a tooltip can stand clear of it. */
  screenBoxOf(code: string): ScreenBox | undefined;
  /** Where the names written on the forces lie (the tile map's), by force, so that value labels keep off them; absent where there are none. */
  nameBoxesOf?(): ReadonlyMap<string, ScreenBox>;
  /** Leaves out the names of these forces (and shows every other): a value label standing on each one's tile names it. */
  coverNames?(codes: ReadonlySet<string>): void;
  /** Zooms in (1) or out (−1); absent where the map cannot zoom (the SVG map alone, without WebGL). */
  zoomBy?(delta: number): void;
  readonly inspection: MapInspection;
}

/** The inspection of whichever map is drawing now (one map standing in for another). */
export function inspectionOf(current: () => ChoroplethMap): MapInspection {
  return {
    renderer: () => current().inspection.renderer(),
    renderedFills: () => current().inspection.renderedFills(),
    pixelsAt: (points) => current().inspection.pixelsAt(points),
    pagePointOf: (point) => current().inspection.pagePointOf(point),
    pageBoxOf: (code) => current().inspection.pageBoxOf(code),
    moving: () => current().inspection.moving(),
    viewBounds: () => current().inspection.viewBounds(),
    dimmedCodes: () => current().inspection.dimmedCodes(),
    regionOutlineCount: () => current().inspection.regionOutlineCount(),
  };
}
