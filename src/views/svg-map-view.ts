import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ForceProperties, LonLatBounds, RegionFocus } from '../geography/boundaries';
import { fitCamera, scaleOfZoom, type Camera } from '../geography/camera';
import { ENGLAND_AND_WALES_BOUNDS } from '../geography/map-bounds';
import { mercatorPath, mercatorProjection } from '../geography/mercator-path';
import { DIMMED_OPACITY, FORCE_BORDER, REGION_OUTLINE } from '../scales/map-style';
import { onPage, type ChoroplethMap, type ForceFills, type MapEvents, type MapInspection, type ScreenBox } from './choropleth-map';
import { svgEl } from './dom';
import { Glide } from './glide';
import { drawnFill, fillAt, hatchPattern, MarkedOutlines, outlinePath, pointIn } from './svg-parts';
import { t } from '../i18n/language';

const HATCH_ID = 'svg-map-not-published';

type Projection = ReturnType<typeof mercatorProjection> & { camera: Camera };

/**
 * The choropleth drawn as SVG in Web Mercator: the page's first map, drawn
 * as soon as the figures arrive with no WebGL (MapLibre comes later, if the
 * reader zooms), and the whole map where WebGL is missing. The same
 * forces, colours, hatching, hover, selection and region focus as the
 * MapLibre map, placed by the same camera. Paths are made once; a
 * recolour changes fill attributes only.
 */
export class SvgMapView implements ChoroplethMap {
  private readonly svg: SVGSVGElement;
  private readonly forcesLayer: SVGGElement;
  private readonly paths = new Map<string, SVGPathElement>();
  private readonly regionOutline: SVGPathElement;
  private readonly outlines = new MarkedOutlines((code) => this.paths.get(code)?.getAttribute('d') ?? undefined);
  private readonly features: FeatureCollection<Polygon | MultiPolygon, ForceProperties>;
  /** The projection of the view now; undefined until the first setFocus. */
  private fitted: Projection | undefined;
  private focus: RegionFocus | undefined;
  private readonly glide = new Glide();
  /** The view the paths were last made for. */
  private drawnView: string | undefined;

  constructor(
    private readonly container: HTMLElement,
    forces: FeatureCollection<Polygon | MultiPolygon, ForceProperties>,
    events: MapEvents,
  ) {
    this.features = forces;
    this.forcesLayer = svgEl('g', {
      class: 'svg-map-forces',
      stroke: FORCE_BORDER.color,
      'stroke-width': FORCE_BORDER.width,
      'stroke-linejoin': 'round',
      'fill-rule': 'evenodd',
    });
    this.regionOutline = outlinePath(REGION_OUTLINE);
    this.svg = svgEl('svg', { class: 'svg-map', role: 'img', 'aria-label': t().map.svg }, [
      svgEl('defs', {}, [hatchPattern(HATCH_ID)]),
      svgEl('rect', { class: 'svg-map-sea', width: '100%', height: '100%' }),
      svgEl('g', { class: 'svg-map-content' }, [this.forcesLayer, this.regionOutline, ...this.outlines.elements]),
    ]);
    for (const feature of this.features.features) {
      const code = feature.properties.code;
      const path = svgEl('path', { 'data-code': code, fill: `url(#${HATCH_ID})`, 'vector-effect': 'non-scaling-stroke' });
      path.addEventListener('pointermove', (event) => events.onHover(code, pointIn(this.container, event)));
      path.addEventListener('pointerleave', () => events.onHover(undefined, undefined));
      path.addEventListener('click', (event) => events.onChoose(code, pointIn(this.container, event)));
      this.paths.set(code, path);
      this.forcesLayer.append(path);
    }
    container.append(this.svg);
    // Fitted and drawn by the first setFocus, which the page always makes: fitting here would read the frame's size
    // while the page is still being built (a forced layout), and a link to a region would project every force twice.
    new ResizeObserver(() => {
      if (!this.fitted) return;
      this.fitted = this.fit();
      this.draw();
    }).observe(container);
  }

  setFills(fills: ForceFills): void {
    for (const [code, fill] of fills) this.paths.get(code)?.setAttribute('fill', fill ?? `url(#${HATCH_ID})`);
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
    for (const [code, path] of this.paths) path.setAttribute('fill-opacity', focus && !focus.codes.has(code) ? String(DIMMED_OPACITY) : '1');
    const before = this.fitted;
    this.fitted = this.fit();
    if (animate && before) this.glideFrom(before);
    this.draw();
  }

  whenDrawn(): Promise<void> {
    return this.glide.whenDone();
  }

  viewBounds(): LonLatBounds {
    const [west, north] = this.projection.invert([0, 0]);
    const [east, south] = this.projection.invert([this.container.clientWidth, this.container.clientHeight]);
    return [
      [west, south],
      [east, north],
    ];
  }

  /** Where the map looks now, for MapLibre to take over from exactly here. */
  camera(): Camera {
    return fitCamera(this.focus ? this.focus.bounds : ENGLAND_AND_WALES_BOUNDS, this.container.clientWidth, this.container.clientHeight);
  }

  screenBoxOf(code: string): ScreenBox | undefined {
    const box = this.paths.get(code)?.getBBox();
    return box && box.width > 0 ? { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height } : undefined;
  }

  remove(): void {
    this.svg.remove();
  }

  /** The view now, fitted at once if the page has not set it yet. */
  private get projection(): Projection {
    return (this.fitted ??= this.fit());
  }

  private fit(): Projection {
    const camera = this.camera();
    return { ...mercatorProjection({ camera, width: this.container.clientWidth, height: this.container.clientHeight }), camera };
  }

  private draw(): void {
    const { project, camera } = this.projection;
    // The paths are the costly part (every point of every force, projected): made again only when the view has moved.
    const view = `${this.container.clientWidth}x${this.container.clientHeight}@${camera.center.join(',')},${camera.zoom}:${this.focus?.region ?? ''}`;
    if (view === this.drawnView) return;
    this.drawnView = view;
    for (const feature of this.features.features) this.paths.get(feature.properties.code)!.setAttribute('d', mercatorPath(feature.geometry, project));
    this.regionOutline.setAttribute('d', this.focus ? mercatorPath(this.focus.outline, project) : '');
    this.outlines.redraw();
  }

  /**
   * Both projections are Web Mercator, so the old view maps onto the new by
   * a scale and a shift: the content glides from one to the other, then is
   * drawn afresh at the new scale. Lines keep their width throughout
   * (non-scaling strokes).
   */
  private glideFrom(before: Projection): void {
    const k = scaleOfZoom(before.camera.zoom) / scaleOfZoom(this.projection.camera.zoom);
    // A point the old view drew at B is drawn by the new at A: B = k·A + shift.
    const [bx, by] = [this.container.clientWidth / 2, this.container.clientHeight / 2];
    const [ax, ay] = this.projection.project(before.invert([bx, by]));
    this.glide.from(this.svg.querySelector('.svg-map-content')!, [bx - k * ax, by - k * ay], k);
  }

  readonly inspection: MapInspection = {
    renderer: () => 'svg',
    renderedFills: () => {
      const fills: Record<string, string | null> = {};
      for (const [code, path] of this.paths) fills[code] = drawnFill(path);
      return fills;
    },
    // No canvas to read: the fill of the force drawn at the point.
    pixelsAt: async (points) => points.map((point) => fillAt(this.inspection.pagePointOf(point))),
    pagePointOf: (point) => {
      const [x, y] = this.projection.project(point);
      const box = this.container.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    },
    pageBoxOf: (code) => onPage(this.screenBoxOf(code), this.container),
    moving: () => this.glide.moving(),
    viewBounds: () => {
      const [[west, south], [east, north]] = this.viewBounds();
      return { west, south, east, north };
    },
    dimmedCodes: () => (this.focus ? [...this.paths.keys()].filter((code) => !this.focus!.codes.has(code)) : []),
    regionOutlineCount: () => (this.regionOutline.getAttribute('d') ? 1 : 0),
  };
}
