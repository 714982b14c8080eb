import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ForceProperties, LonLatBounds, RegionFocus } from '../geography/boundaries';
import { FIT_PADDING } from '../geography/camera';
import { forceContaining } from '../geography/force-at-point';
import { hexCentre } from '../geography/hex-grid';
import { ENGLAND_AND_WALES_BOUNDS } from '../geography/map-bounds';
import type { ForceGraph } from '../geography/neighbours';
import { tileBox, tileCorners, tileGraph, tileGroupOutline, type PlanarBox, type TileLayer, type TileLayout } from '../geography/tile-layout';
import type { ForceTable } from '../forces/force-table';
import { mostContrasting } from '../scales/color';
import { DIMMED_OPACITY, FORCE_BORDER, HATCH, REGION_OUTLINE, TILE_LABEL } from '../scales/map-style';
import { TILE_LABEL_SIZE, tileLabel } from '../geography/tile-labels';
import { onPage, type ChoroplethMap, type ForceFills, type MapEvents, type MapInspection, type ScreenBox } from './choropleth-map';
import { svgEl } from './dom';
import { Glide } from './glide';
import { drawnFill, fillAt, hatchPattern, MarkedOutlines, outlinePath, pointIn } from './svg-parts';
import { t } from '../i18n/language';
import { forceName, forceShort } from '../i18n/place-names';

const HATCH_ID = 'tile-map-not-published';

interface Fit {
  scale: number;
  x: number;
  y: number;
}

interface Tile {
  hexagon: SVGPathElement;
  label: SVGTextElement;
  /** The label's size in tile units, as fitted to the tile. */
  labelSize: number;
  centre: { x: number; y: number };
}

/** Labels grow with the tiles (a region fills the frame) up to this many pixels, and no further. */
const LARGEST_LABEL_PX = 15;

/**
 * The equal-area tile map: every force one hexagon of the same size (the
 * layout in geo/pfa-tiles.json), labelled, coloured, hovered, chosen,
 * dimmed and outlined by region as the geographic map is. Drawn in the
 * layout's own units under one transform that fits the tiles in view, so
 * that a resize or a region change moves one attribute.
 */
export class TileMapView implements ChoroplethMap {
  private readonly svg: SVGSVGElement;
  private readonly content: SVGGElement;
  /** Holds the content and nothing else: what a region change glides, the content's own transform aside. */
  private readonly glideLayer: SVGGElement;
  private readonly hatch: SVGPatternElement;
  private readonly tiles = new Map<string, Tile>();
  private readonly regionOutline: SVGPathElement;
  private readonly outlines = new MarkedOutlines((code) => {
    const tile = this.tiles.get(code);
    return tile && polygonPath(tileCorners(tile.centre));
  });
  private readonly graph: ForceGraph;
  /** The layout and the names the labels are made from, for drawing the same tiles in an export. */
  readonly exportLayer: TileLayer;
  private fills: ForceFills = new Map();
  private focus: RegionFocus | undefined;
  private fit: Fit = { scale: 1, x: 0, y: 0 };
  private readonly glide = new Glide();

  constructor(
    private readonly container: HTMLElement,
    private readonly layout: TileLayout,
    forceTable: ForceTable,
    private readonly forces: FeatureCollection<Polygon | MultiPolygon, ForceProperties>,
    events: MapEvents,
  ) {
    this.graph = tileGraph(layout);
    this.exportLayer = { layout, names: forceTable.byCode };
    this.hatch = hatchPattern(HATCH_ID);
    this.regionOutline = outlinePath(REGION_OUTLINE);
    const hexagons = svgEl('g', { stroke: FORCE_BORDER.color, 'stroke-width': FORCE_BORDER.width * 2, 'stroke-linejoin': 'round' });
    const labels = svgEl('g', { class: 'tile-map-labels', 'text-anchor': 'middle', 'pointer-events': 'none' });
    this.content = svgEl('g', { class: 'tile-map-content' }, [hexagons, labels, this.regionOutline, ...this.outlines.elements]);
    this.svg = svgEl('svg', { class: 'svg-map tile-map', role: 'img', 'aria-label': t().map.tiles }, [
      svgEl('defs', {}, [this.hatch]),
      svgEl('rect', { class: 'svg-map-sea', width: '100%', height: '100%' }),
      (this.glideLayer = svgEl('g', {}, [this.content])),
    ]);
    container.append(this.svg);
    const measure = textMeasurer(getComputedStyle(container).fontFamily);
    for (const placement of layout.forces) {
      const force = forceTable.byCode.get(placement.code);
      const centre = hexCentre(placement);
      const hexagon = svgEl(
        'path',
        { 'data-code': placement.code, d: polygonPath(tileCorners(centre)), fill: `url(#${HATCH_ID})`, 'vector-effect': 'non-scaling-stroke' },
        [svgEl('title', {}, [force ? forceName(force) : placement.short])],
      );
      hexagon.addEventListener('pointermove', (event) => events.onHover(placement.code, pointIn(this.container, event)));
      hexagon.addEventListener('pointerleave', () => events.onHover(undefined, undefined));
      hexagon.addEventListener('click', (event) => events.onChoose(placement.code, pointIn(this.container, event)));
      hexagons.append(hexagon);
      // A Welsh force by its Welsh name on the Welsh page ("G Cymru"); the abbreviations (aliases) are the forces table's.
      const fitted = tileLabel(
        { name: force ? forceName(force) : placement.short, short: force ? forceShort(force) : placement.short, aliases: force?.aliases ?? [] },
        measure,
      );
      const label = labelText(fitted.lines, centre);
      labels.append(label);
      this.tiles.set(placement.code, { hexagon, label, labelSize: fitted.fontSize, centre });
    }
    this.refit();
    new ResizeObserver(() => this.refit()).observe(container);
  }

  setFills(fills: ForceFills): void {
    for (const [code, fill] of fills) {
      if (this.fills.get(code) === fill) continue;
      const tile = this.tiles.get(code);
      if (!tile) continue;
      tile.hexagon.setAttribute('fill', fill ?? `url(#${HATCH_ID})`);
      tile.label.setAttribute('fill', mostContrasting(fill ?? HATCH.background, [TILE_LABEL.dark, TILE_LABEL.light]));
      // On the hatch the label stands on a ground of its own, so that the lines do not cross its letters.
      tile.label.classList.toggle('is-on-hatch', fill === null);
    }
    this.fills = fills;
  }

  setHovered(code: string | undefined): void {
    this.outlines.mark('hovered', code);
  }

  setSelected(code: string | undefined): void {
    this.outlines.mark('selected', code);
  }

  setKeyboardFocus(code: string | undefined): void {
    this.outlines.mark('keyboard', code);
  }

  setFocus(focus: RegionFocus | undefined, animate: boolean): void {
    this.focus = focus;
    for (const [code, tile] of this.tiles) {
      const dimmed = focus !== undefined && !focus.codes.has(code);
      tile.hexagon.setAttribute('fill-opacity', dimmed ? String(DIMMED_OPACITY) : '1');
      tile.label.setAttribute('opacity', dimmed ? String(DIMMED_OPACITY) : '1');
    }
    this.regionOutline.setAttribute(
      'd',
      focus
        ? tileGroupOutline(this.layout, focus.codes)
            .map(([from, to]) => `M${from.x},${from.y}L${to.x},${to.y}`)
            .join('')
        : '',
    );
    const before = this.fit;
    this.refit();
    if (animate) this.glideFrom(before);
  }

  whenDrawn(): Promise<void> {
    return this.glide.whenDone();
  }

  /** The degrees the tiles stand for: those of the forces in view (all of England and Wales, or the region). */
  viewBounds(): LonLatBounds {
    return this.focus?.bounds ?? ENGLAND_AND_WALES_BOUNDS;
  }

  /** The tiles as the arrow keys move over them, and the middle of the view among them. */
  navigation(): { graph: ForceGraph; centre: readonly [number, number] } {
    const box = this.shownBox();
    return { graph: this.graph, centre: [(box.left + box.right) / 2, -(box.top + box.bottom) / 2] };
  }

  screenBoxOf(code: string): ScreenBox | undefined {
    const tile = this.tiles.get(code);
    return tile && this.inFrame(tile.hexagon.getBoundingClientRect());
  }

  /** Every tile's name where it is drawn (a covered one too: it is hidden, not taken away). */
  nameBoxesOf(): ReadonlyMap<string, ScreenBox> {
    return new Map([...this.tiles].map(([code, tile]) => [code, this.inFrame(tile.label.getBoundingClientRect())]));
  }

  coverNames(codes: ReadonlySet<string>): void {
    for (const [code, tile] of this.tiles) tile.label.setAttribute('visibility', codes.has(code) ? 'hidden' : 'visible');
  }

  /** A box on the page as the frame's own. */
  private inFrame(box: DOMRect): ScreenBox {
    const frame = this.container.getBoundingClientRect();
    return { left: box.left - frame.left, top: box.top - frame.top, right: box.right - frame.left, bottom: box.bottom - frame.top };
  }

  private shownBox(): PlanarBox {
    return tileBox(this.layout, this.focus?.codes);
  }

  /** Scales and centres the tiles in view (all, or the region's) to fill the frame, keeping the hatch at screen size. */
  private refit(): void {
    const box = this.shownBox();
    const [width, height] = [this.container.clientWidth, this.container.clientHeight];
    const scale = Math.max(1e-6, Math.min((width - 2 * FIT_PADDING) / (box.right - box.left), (height - 2 * FIT_PADDING) / (box.bottom - box.top)));
    this.fit = { scale, x: width / 2 - (scale * (box.left + box.right)) / 2, y: height / 2 - (scale * (box.top + box.bottom)) / 2 };
    this.content.setAttribute('transform', `translate(${this.fit.x},${this.fit.y}) scale(${scale})`);
    this.hatch.setAttribute('patternTransform', `scale(${1 / scale})`);
    const shrink = Math.min(1, LARGEST_LABEL_PX / (TILE_LABEL_SIZE * scale));
    for (const tile of this.tiles.values()) placeLabel(tile.label, tile.labelSize * shrink, tile.centre);
  }

  /** From where the tiles stood to where they stand now, as the geographic SVG map glides. */
  private glideFrom(before: Fit): void {
    const { x, y, scale } = this.fit;
    const k = before.scale / scale;
    // The content at the new fit is moved back to the old one: point p went to before(p) = k·now(p) + shift.
    this.glide.from(this.glideLayer, [before.x - k * x, before.y - k * y], k);
  }

  readonly inspection: MapInspection = {
    renderer: () => 'tiles',
    renderedFills: () => {
      const fills: Record<string, string | null> = {};
      for (const [code, tile] of this.tiles) fills[code] = drawnFill(tile.hexagon);
      return fills;
    },
    // A place on the ground is drawn where its force's tile is: the colour at the middle of that tile.
    pixelsAt: async (points) => points.map((point) => fillAt(this.inspection.pagePointOf(point))),
    pagePointOf: (point) => {
      const code = forceContaining(this.forces.features, point);
      const box = code === undefined ? undefined : this.inspection.pageBoxOf(code);
      return box ? { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 } : { x: -1, y: -1 };
    },
    pageBoxOf: (code) => onPage(this.screenBoxOf(code), this.container),
    moving: () => this.glide.moving(),
    viewBounds: () => {
      const [[west, south], [east, north]] = this.viewBounds();
      return { west, south, east, north };
    },
    dimmedCodes: () => (this.focus ? [...this.tiles.keys()].filter((code) => !this.focus!.codes.has(code)) : []),
    regionOutlineCount: () => (this.regionOutline.getAttribute('d') ? 1 : 0),
  };
}

function polygonPath(points: readonly { x: number; y: number }[]): string {
  return `M${points.map(({ x, y }) => `${x},${y}`).join('L')}Z`;
}

function labelText(lines: readonly string[], centre: { x: number; y: number }): SVGTextElement {
  return svgEl(
    'text',
    { class: 'tile-label', 'dominant-baseline': 'central' },
    lines.map((line) => svgEl('tspan', { x: centre.x }, [line])),
  );
}

/** Sizes a label and centres its lines on the tile as a block. */
function placeLabel(label: SVGTextElement, fontSize: number, centre: { x: number; y: number }): void {
  const lines = [...label.children];
  const lineHeight = fontSize * 1.1;
  const first = centre.y - ((lines.length - 1) * lineHeight) / 2;
  label.setAttribute('font-size', String(fontSize));
  lines.forEach((line, i) => line.setAttribute('y', String(first + i * lineHeight)));
}

/** A line's width in ems, in the page's own face at the labels' weight. */
function textMeasurer(fontFamily: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 0.6;
  context.font = `${TILE_LABEL.weight} 100px ${fontFamily}`;
  return (text) => context.measureText(text).width / 100;
}
