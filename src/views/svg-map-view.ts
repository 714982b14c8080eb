import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPoint, MultiPolygon, Polygon } from 'geojson';
import type { ForceProperties, LonLatBounds } from '../geography/boundaries';
import type { RegionFocus } from '../geography/boundaries';
import { rewindForD3, rewindGeometryForD3 } from '../geography/rewind-for-d3';
import { DIMMED_OPACITY, FORCE_BORDER, HATCH, HOVERED_OUTLINE, MAP_BACKGROUND, REGION_OUTLINE, SELECTED_OUTLINE } from '../scales/map-style';
import type { ChoroplethMap, ForceFills, MapEvents, MapInspection } from './choropleth-map';
import { svgEl } from './dom';
import { ENGLAND_AND_WALES_BOUNDS } from '../geography/map-bounds';

const HATCH_ID = 'svg-map-not-published';

/**
 * The map for browsers without WebGL: the same forces, colours, hatching,
 * hover, selection and region focus, drawn as SVG with d3-geo. Paths are
 * made once; recolouring changes their fill attributes only.
 */
export class SvgMapView implements ChoroplethMap {
  private readonly svg: SVGSVGElement;
  private readonly paths = new Map<string, SVGPathElement>();
  private readonly outline: SVGPathElement;
  private readonly features: FeatureCollection<Polygon | MultiPolygon, ForceProperties>;
  private projection: GeoProjection;
  private bounds: LonLatBounds = ENGLAND_AND_WALES_BOUNDS;
  private hovered: string | undefined;
  private selected: string | undefined;
  private dimmed = new Set<string>();

  constructor(
    private readonly container: HTMLElement,
    forces: FeatureCollection<Polygon | MultiPolygon, ForceProperties>,
    events: MapEvents,
  ) {
    this.features = { ...forces, features: forces.features.map((feature) => rewindForD3(feature)) };
    this.svg = svgEl('svg', { class: 'svg-map', role: 'img', 'aria-label': 'Map of the police force areas (drawn without WebGL)' }, [
      svgEl('defs', {}, [
        svgEl('pattern', { id: HATCH_ID, width: HATCH.size, height: HATCH.size, patternUnits: 'userSpaceOnUse' }, [
          svgEl('rect', { width: HATCH.size, height: HATCH.size, fill: HATCH.background }),
          svgEl('path', { d: HATCH.path, stroke: HATCH.lines, 'stroke-width': HATCH.lineWidth }),
        ]),
      ]),
      svgEl('rect', { width: '100%', height: '100%', fill: MAP_BACKGROUND }),
    ]);
    for (const feature of this.features.features) {
      const path = svgEl('path', { 'data-code': feature.properties.code, stroke: FORCE_BORDER.color, 'stroke-width': FORCE_BORDER.width, fill: `url(#${HATCH_ID})` });
      path.addEventListener('pointermove', (event) => events.onHover(feature.properties.code, this.pointIn(event)));
      path.addEventListener('pointerleave', () => events.onHover(undefined, undefined));
      path.addEventListener('click', (event) => {
        // A tap has no hover before it: the tooltip comes with the tap.
        events.onHover(feature.properties.code, this.pointIn(event));
        events.onSelect(feature.properties.code);
      });
      this.paths.set(feature.properties.code, path);
      this.svg.append(path);
    }
    this.outline = svgEl('path', { fill: 'none', stroke: REGION_OUTLINE.color, 'stroke-width': REGION_OUTLINE.width, 'pointer-events': 'none' });
    this.svg.append(this.outline);
    container.append(this.svg);
    this.projection = this.fit();
    this.draw();
    new ResizeObserver(() => {
      this.projection = this.fit();
      this.draw();
    }).observe(container);
  }

  setFills(fills: ForceFills): void {
    for (const [code, fill] of fills) this.paths.get(code)?.setAttribute('fill', fill ?? `url(#${HATCH_ID})`);
  }

  setHovered(code: string | undefined): void {
    this.hovered = code;
    this.restyle();
  }

  setSelected(code: string | undefined): void {
    this.selected = code;
    this.restyle();
  }

  setFocus(focus: RegionFocus | undefined): void {
    this.bounds = focus ? focus.bounds : ENGLAND_AND_WALES_BOUNDS;
    this.dimmed = focus ? new Set([...this.paths.keys()].filter((code) => !focus.codes.has(code))) : new Set();
    this.projection = this.fit();
    this.draw();
    this.outline.setAttribute('d', focus ? (geoPath(this.projection)(rewindGeometryForD3(focus.outline)) ?? '') : '');
    this.restyle();
  }

  whenDrawn(): Promise<void> {
    return new Promise((resolve) => requestAnimationFrame(() => resolve()));
  }

  viewBounds(): LonLatBounds {
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    const [west, north] = this.projection.invert!([0, 0])!;
    const [east, south] = this.projection.invert!([width, height])!;
    return [
      [west, south],
      [east, north],
    ];
  }

  private fit(): GeoProjection {
    const [[west, south], [east, north]] = this.bounds;
    const corners: MultiPoint = { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] };
    return geoMercator().precision(0).fitExtent(
      [
        [12, 12],
        [Math.max(24, this.container.clientWidth - 12), Math.max(24, this.container.clientHeight - 12)],
      ],
      corners,
    );
  }

  private draw(): void {
    const path = geoPath(this.projection);
    for (const feature of this.features.features) this.paths.get(feature.properties.code)!.setAttribute('d', path(feature) ?? '');
  }

  private restyle(): void {
    for (const [code, path] of this.paths) {
      path.setAttribute('fill-opacity', this.dimmed.has(code) ? String(DIMMED_OPACITY) : '1');
      const line = code === this.selected ? SELECTED_OUTLINE : code === this.hovered ? HOVERED_OUTLINE : FORCE_BORDER;
      path.setAttribute('stroke', line.color);
      path.setAttribute('stroke-width', String(line.width));
    }
    // The selected force on top, so its outline is not covered by a neighbour's.
    const selected = this.selected && this.paths.get(this.selected);
    if (selected) this.outline.before(selected);
  }

  private pointIn(event: MouseEvent): { x: number; y: number } {
    const box = this.container.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  readonly inspection: MapInspection = {
    renderer: () => 'svg',
    renderedFills: () => {
      const fills: Record<string, string | null> = {};
      for (const [code, path] of this.paths) {
        const fill = path.getAttribute('fill');
        fills[code] = fill?.startsWith('url(') ? null : fill;
      }
      return fills;
    },
    // No canvas to read: the fill of the force drawn at the point.
    pixelsAt: async (points) =>
      points.map((point) => {
        const { x, y } = this.inspection.pagePointOf(point);
        const element = document.elementFromPoint(x, y);
        return element instanceof SVGPathElement ? element.getAttribute('fill') : null;
      }),
    pagePointOf: (point) => {
      const [x, y] = this.projection(point)!;
      const box = this.container.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    },
    viewBounds: () => {
      const [[west, south], [east, north]] = this.viewBounds();
      return { west, south, east, north };
    },
    dimmedCodes: () => [...this.dimmed],
    regionOutlineCount: () => (this.outline.getAttribute('d') ? 1 : 0),
  };
}
