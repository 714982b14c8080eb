import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ForceProperties, LonLatBounds } from '../geography/boundaries';
import type { Camera } from '../geography/camera';
import { inspectionOf, type ChoroplethMap, type MapEvents, type MapInspection, type ScreenBox } from './choropleth-map';
import { el } from './dom';
import { MapFanOut } from './map-fan-out';
import { SvgMapView } from './svg-map-view';
import { t } from '../i18n/language';

/** The MapLibre map, as loaded on demand. */
export interface ZoomableMap extends ChoroplethMap {
  zoomBy(delta: number): void;
}
export type ZoomableMapClass = new (
  container: HTMLElement,
  forces: FeatureCollection<Polygon | MultiPolygon, ForceProperties>,
  events: MapEvents,
  camera: Camera,
) => ZoomableMap;

/** A pointer that moves this far with a button down is panning, not clicking. */
const DRAG_PX = 6;

/**
 * The map the page shows: the SVG map first, drawn as soon as the figures
 * arrive, with no WebGL and none of MapLibre's 430 KB; MapLibre is loaded
 * when the reader zooms or pans (the + and − buttons, Ctrl + wheel, a drag,
 * two fingers), opened at the SVG map's camera with the same colours,
 * selection and focus, and put in its place once it has drawn: no jump, no
 * flash. Everything set meanwhile goes to both.
 */
export class HybridMap extends MapFanOut implements ChoroplethMap {
  private readonly svg: SvgMapView;
  private webgl: ZoomableMap | undefined;
  private upgrading: Promise<ZoomableMap> | undefined;
  private readonly svgLayer = el('div', { class: 'map-layer' });
  private readonly status = el('p', { class: 'map-status', role: 'status' });

  private readonly zoom = this.zoomButtons();
  /** Whether MapLibre can draw here; undefined until asked. */
  private zoomPossible: boolean | undefined;

  /**
   * canZoom: whether MapLibre can draw here (WebGL2), asked when the reader first zooms: asking makes a graphics
   * context, a long task of its own (100 ms and more without a GPU), which the first load should not carry for a reader who
   * never zooms. Where it cannot, the zoom buttons go, the status line says why, and the SVG map is the whole map.
   * marks: the element that says which renderer draws (data-renderer) and whether its graphics are lost (data-graphics).
   */
  constructor(
    container: HTMLElement,
    private readonly forces: FeatureCollection<Polygon | MultiPolygon, ForceProperties>,
    private readonly events: MapEvents,
    private readonly loadZoomable: () => Promise<ZoomableMapClass>,
    private readonly canZoom: () => boolean,
    private readonly marks: HTMLElement = container,
  ) {
    super();
    container.append(this.svgLayer, this.zoom, this.status);
    this.svg = new SvgMapView(this.svgLayer, forces, events);
    // The maps that take every setting: the SVG map, and MapLibre from when it opens.
    this.addMap(this.svg);
    marks.dataset['renderer'] = 'svg';
    this.listenForNavigation();
  }

  private get current(): ChoroplethMap {
    return this.webgl ?? this.svg;
  }

  whenDrawn(): Promise<void> {
    return this.current.whenDrawn();
  }

  viewBounds(): LonLatBounds {
    return this.current.viewBounds();
  }

  screenBoxOf(code: string): ScreenBox | undefined {
    return this.current.screenBoxOf(code);
  }

  /** Zooms in (1) or out (−1), bringing in MapLibre first if it is not here yet. */
  zoomBy(delta: number): void {
    // A failure is said in the map's status line.
    this.zoomable().then(
      (map) => map.zoomBy(delta),
      () => undefined,
    );
  }

  /** MapLibre, loaded and swapped in once; the same promise for every caller. */
  zoomable(): Promise<ZoomableMap> {
    if (!this.zoomIsPossible()) {
      this.status.textContent = t().map.noWebGl;
      return Promise.reject(new Error('no WebGL2'));
    }
    this.upgrading ??= this.upgrade().catch((error: unknown) => {
      this.upgrading = undefined;
      this.status.textContent = t().map.zoomFailed(error instanceof Error ? error.message : String(error));
      throw error;
    });
    return this.upgrading;
  }

  private async upgrade(): Promise<ZoomableMap> {
    this.status.textContent = 'Loading the zoomable map…';
    const Zoomable = await this.loadZoomable();
    // MapLibre styles its own container (position: relative): it gets one inside the layer, which fills the frame.
    const canvas = el('div', { class: 'map-canvas' });
    const layer = el('div', { class: 'map-layer' }, [canvas]);
    this.svgLayer.before(layer);
    const map = new Zoomable(canvas, this.forces, { ...this.events, onStatus: (message) => this.showStatus(message) }, this.svg.camera());
    this.addMap(map);
    await map.whenDrawn();
    this.webgl = map;
    this.removeMap(this.svg);
    this.svg.remove();
    this.svgLayer.remove();
    this.marks.dataset['renderer'] = 'webgl';
    this.status.textContent = '';
    return map;
  }

  private zoomIsPossible(): boolean {
    if (this.zoomPossible === undefined) {
      this.zoomPossible = this.canZoom();
      if (!this.zoomPossible) {
        // A button pressed is going: the keyboard stays on the map (its frame takes focus), not thrown back to the page's start.
        const hadFocus = this.zoom.contains(document.activeElement);
        this.zoom.remove();
        if (hadFocus) this.marks.closest<HTMLElement>('[tabindex]')?.focus();
      }
    }
    return this.zoomPossible;
  }

  private showStatus(message: string | undefined): void {
    this.status.textContent = message ?? '';
    this.marks.dataset['graphics'] = message ? 'lost' : 'ok';
  }

  private zoomButtons(): HTMLElement {
    const button = (label: string, text: string, delta: number) => {
      const element = el('button', { type: 'button', class: 'map-zoom-button', 'aria-label': label }, [text]);
      element.addEventListener('click', () => this.zoomBy(delta));
      return element;
    };
    return el('div', { class: 'map-zoom', role: 'group', 'aria-label': t().map.zoom }, [button(t().map.zoomIn, '+', 1), button(t().map.zoomOut, '−', -1)]);
  }

  /** The gestures that mean "move the map" bring MapLibre in; a click or a tap still chooses a force. */
  private listenForNavigation(): void {
    let press: { x: number; y: number; dragged: boolean } | undefined;
    this.svgLayer.addEventListener('pointerdown', (event) => {
      if (event.pointerType === 'mouse' && event.button === 0) press = { x: event.clientX, y: event.clientY, dragged: false };
    });
    this.svgLayer.addEventListener('pointermove', (event) => {
      if (!press || press.dragged || Math.hypot(event.clientX - press.x, event.clientY - press.y) < DRAG_PX) return;
      press.dragged = true;
      this.zoomable().catch(() => undefined);
    });
    // A drag is no click: the force under the pointer where it ended is not chosen.
    this.svgLayer.addEventListener(
      'click',
      (event) => {
        if (press?.dragged) event.stopPropagation();
        press = undefined;
      },
      true,
    );
    this.svgLayer.addEventListener(
      'wheel',
      (event) => {
        if (!event.ctrlKey && !event.metaKey) return;
        event.preventDefault();
        this.zoomBy(event.deltaY < 0 ? 1 : -1);
      },
      { passive: false },
    );
    this.svgLayer.addEventListener(
      'touchstart',
      (event) => {
        if (event.touches.length >= 2) this.zoomable().catch(() => undefined);
      },
      { passive: true },
    );
  }

  readonly inspection: MapInspection = inspectionOf(() => this.current);
}
