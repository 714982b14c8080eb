import { t } from '../i18n/language';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { boundsOf, type ForceProperties, type LonLatBounds } from '../geography/boundaries';
import { fitCamera, type Camera } from '../geography/camera';
import {
  DIMMED_OPACITY,
  FORCE_BORDER,
  HOVERED_OUTLINE,
  KEYBOARD_HALO,
  KEYBOARD_OUTLINE,
  MAP_BACKGROUND,
  REGION_OUTLINE,
  SELECTED_OUTLINE,
} from '../scales/map-style';
import type { RegionFocus } from '../geography/boundaries';
import { onPage, type ChoroplethMap, type ForceFills, type MapEvents, type MapInspection, type ScreenBox } from './choropleth-map';
import { hatchPatternPixels } from './hatch-pattern';
import { ENGLAND_AND_WALES_BOUNDS } from '../geography/map-bounds';

maplibregl.setWorkerUrl(workerUrl);
// Start MapLibre's workers now, while the boundaries are still on their way.
maplibregl.prewarm();

const SOURCE = 'forces';
const REGION_SOURCE = 'region-outline';
const HIGHLIGHT_LAYER = 'force-highlight';
const KEYBOARD_LAYER = 'force-keyboard';
const KEYBOARD_HALO_LAYER = 'force-keyboard-halo';
const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };
const HATCH_IMAGE = 'not-published';
const FLY_MS = 900;

/**
 * The MapLibre map. Geometry is uploaded once; every later change (year,
 * measure, classes, hover, selection) is a feature-state update, which
 * repaints without re-sending geometry to the worker.
 */
export class MapView implements ChoroplethMap {
  readonly map: maplibregl.Map;
  private readonly codes: string[];
  /** Settles once the layers exist; replaced while the graphics context is lost, settled again once they are rebuilt. */
  private ready: Promise<void>;
  /** Whether the layers exist now, so that a change can be drawn at once rather than queued on ready. */
  private layersReady = false;
  private fills: ForceFills = new Map();
  /** What each force's feature-state holds now. */
  private readonly drawnFills = new Map<string, string | null>();
  private hovered: string | undefined;
  private selected: string | undefined;
  private keyboardFocus: string | undefined;
  private focus: RegionFocus | undefined;
  private outlined: string[] = [];
  private readonly boundsByCode: ReadonlyMap<string, LonLatBounds>;

  /** camera: where the map opens (where the SVG map stood, so that one replaces the other without a jump). */
  constructor(
    private readonly container: HTMLElement,
    forces: FeatureCollection<Polygon | MultiPolygon, ForceProperties>,
    events: MapEvents,
    camera: Camera,
  ) {
    this.codes = forces.features.map((feature) => feature.properties.code);
    this.boundsByCode = new Map(forces.features.map((feature) => [feature.properties.code, boundsOf(feature.geometry)]));
    const sea = getComputedStyle(container).getPropertyValue('--map-sea').trim() || MAP_BACKGROUND;
    this.map = new maplibregl.Map({
      container,
      style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': sea } }] },
      center: camera.center,
      zoom: camera.zoom,
      attributionControl: false,
      // On a touch screen one finger scrolls the page and two move the map; a wheel zooms only with Ctrl (⌘).
      cooperativeGestures: true,
      locale: {
        'CooperativeGesturesHandler.WindowsHelpText': t().map.gestures.windows,
        'CooperativeGesturesHandler.MacHelpText': t().map.gestures.mac,
        'CooperativeGesturesHandler.MobileHelpText': t().map.gestures.mobile,
      },
      // The arrow keys move between forces (the page's own keyboard handling), not the camera.
      keyboard: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
      // No multisampling: with software WebGL it doubled the cost of every frame (npm run bench:
      // year step to frame 210 → 100 ms), and the edges it smooths lie under the outline layer,
      // whose lines MapLibre antialiases in its shader. The drawing buffer is not kept either:
      // exports are drawn from the SVG, and pixelsAt reads inside the frame it asks for.
      canvasContextAttributes: { preserveDrawingBuffer: false, antialias: false },
    });
    this.map.touchZoomRotate.disableRotation();
    // Keyboard focus stays on the map's frame, which the page handles; the canvas is not a stop of its own.
    this.map.getCanvas().tabIndex = -1;
    this.ready = new Promise((resolve) => {
      this.map.on('load', () => {
        performance.mark('pfa:map-loaded');
        this.addLayers(forces);
        this.layersReady = true;
        resolve();
      });
    });
    this.map.on('mousemove', 'force-fill', (event) => {
      const code = event.features?.[0]?.properties?.code as string | undefined;
      events.onHover(code, event.point);
    });
    this.map.on('mouseleave', 'force-fill', () => events.onHover(undefined, undefined));
    this.map.on('click', (event) => {
      const [hit] = this.map.queryRenderedFeatures(event.point, { layers: ['force-fill'] });
      const code = hit?.properties?.code as string | undefined;
      events.onChoose(code, code ? event.point : undefined);
    });
    // The browser can take the graphics context away (a driver reset, too many pages using WebGL). MapLibre drops its
    // style then and rebuilds it from a snapshot when the context returns, without feature-state: so the loss is said,
    // changes meanwhile wait, and once the rebuilt style has loaded every colour, outline and dimming is set afresh.
    this.map.on('webglcontextlost', () => {
      this.layersReady = false;
      this.ready = new Promise((resolve) => {
        this.map.once('webglcontextrestored', () => {
          const redraw = () => {
            this.drawnFills.clear();
            this.outlined = [];
            this.layersReady = true;
            this.applyFills();
            this.applyHighlight();
            this.applyDimming();
            resolve();
            this.map.once('idle', () => events.onStatus?.(undefined));
            this.map.triggerRepaint();
          };
          if (this.map.isStyleLoaded()) redraw();
          else this.map.once('style.load', redraw);
        });
      });
      events.onStatus?.('The map’s graphics were reset by the browser; it will be redrawn when they are back.');
    });
  }

  whenDrawn(): Promise<void> {
    return this.ready.then(
      () =>
        new Promise<void>((resolve) => {
          this.map.once('idle', () => resolve());
          this.map.triggerRepaint();
        }),
    );
  }

  viewBounds(): LonLatBounds {
    const bounds = this.map.getBounds();
    return [
      [bounds.getWest(), bounds.getSouth()],
      [bounds.getEast(), bounds.getNorth()],
    ];
  }

  /**
   * Focuses a region: flies to its bounds, outlines it and dims the other
   * forces (feature-state), or returns to England and Wales.
   */
  setFocus(focus: RegionFocus | undefined, animate: boolean): void {
    this.focus = focus;
    void this.ready.then(() => {
      if (focus) this.ensureRegionLayer();
      this.map
        .getSource<maplibregl.GeoJSONSource>(REGION_SOURCE)
        ?.setData(focus ? { type: 'Feature', geometry: focus.outline, properties: {} } : EMPTY_COLLECTION);
      this.applyDimming();
      const camera = fitCamera(focus ? focus.bounds : ENGLAND_AND_WALES_BOUNDS, this.container.clientWidth, this.container.clientHeight);
      this.map.easeTo({ ...camera, duration: animate ? FLY_MS : 0 });
    });
  }

  private applyDimming(): void {
    for (const code of this.codes) this.map.setFeatureState({ source: SOURCE, id: code }, { dimmed: this.focus ? !this.focus.codes.has(code) : false });
  }

  zoomBy(delta: number): void {
    this.map.easeTo({ zoom: this.map.getZoom() + delta, duration: 250 });
  }

  screenBoxOf(code: string): ScreenBox | undefined {
    const bounds = this.boundsByCode.get(code);
    if (!bounds) return undefined;
    const [[west, south], [east, north]] = bounds;
    const topLeft = this.map.project([west, north]);
    const bottomRight = this.map.project([east, south]);
    return { left: topLeft.x, top: topLeft.y, right: bottomRight.x, bottom: bottomRight.y };
  }

  setKeyboardFocus(code: string | undefined): void {
    if (code === this.keyboardFocus) return;
    this.keyboardFocus = code;
    void this.ready.then(() => {
      if (!this.map.getLayer(KEYBOARD_LAYER)) {
        this.map.addLayer({
          id: KEYBOARD_HALO_LAYER,
          type: 'line',
          source: SOURCE,
          filter: ['==', ['get', 'code'], ''],
          paint: { 'line-color': KEYBOARD_HALO.color, 'line-width': KEYBOARD_HALO.width },
        });
        this.map.addLayer({
          id: KEYBOARD_LAYER,
          type: 'line',
          source: SOURCE,
          // A filter, not feature-state: a dash cannot vary by feature, and the keyboard moves seldom.
          filter: ['==', ['get', 'code'], ''],
          paint: { 'line-color': KEYBOARD_OUTLINE.color, 'line-width': KEYBOARD_OUTLINE.width, 'line-dasharray': [...KEYBOARD_OUTLINE.dash] },
        });
      }
      for (const layer of [KEYBOARD_HALO_LAYER, KEYBOARD_LAYER]) this.map.setFilter(layer, ['==', ['get', 'code'], this.keyboardFocus ?? '']);
    });
  }

  private addLayers(forces: FeatureCollection<Polygon | MultiPolygon, ForceProperties>): void {
    const pixelRatio = Math.ceil(window.devicePixelRatio || 1);
    this.map.addImage(HATCH_IMAGE, hatchPatternPixels(pixelRatio), { pixelRatio });
    this.map.addSource(SOURCE, { type: 'geojson', data: forces, promoteId: 'code' });
    this.map.addLayer({
      id: 'force-hatch',
      type: 'fill',
      source: SOURCE,
      // Hidden until a force has no figure (applyFills): the first frame need not build it.
      layout: { visibility: 'none' },
      // Only where no colour is drawn: a dimmed colour over the hatch would read as "not published".
      paint: {
        'fill-pattern': HATCH_IMAGE,
        'fill-opacity': ['case', ['boolean', ['feature-state', 'published'], false], 0, ['boolean', ['feature-state', 'dimmed'], false], DIMMED_OPACITY, 1],
      },
    });
    this.map.addLayer({
      id: 'force-fill',
      type: 'fill',
      source: SOURCE,
      paint: {
        // A force never coloured has no fill in its state yet: black, drawn at opacity 0 (not published is the hatch below).
        'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], '#000000']],
        'fill-opacity': [
          'case',
          ['boolean', ['feature-state', 'published'], false],
          ['case', ['boolean', ['feature-state', 'dimmed'], false], DIMMED_OPACITY, 1],
          0,
        ],
      },
    });
    this.map.addLayer({
      id: 'force-outline',
      type: 'line',
      source: SOURCE,
      paint: { 'line-color': FORCE_BORDER.color, 'line-width': FORCE_BORDER.width },
    });
    this.applyFills();
    this.applyHighlight();
  }

  /*
   * The region outline and the highlight are added on first use: every
   * layer is built by the worker and drawn in every frame, and the first
   * frame needs neither (npm run bench: the app's first frame against a
   * bare MapLibre page).
   */
  private ensureRegionLayer(): void {
    if (this.map.getSource(REGION_SOURCE)) return;
    this.map.addSource(REGION_SOURCE, { type: 'geojson', data: EMPTY_COLLECTION });
    this.map.addLayer(
      { id: 'region-outline', type: 'line', source: REGION_SOURCE, paint: { 'line-color': REGION_OUTLINE.color, 'line-width': REGION_OUTLINE.width } },
      this.map.getLayer(HIGHLIGHT_LAYER) ? HIGHLIGHT_LAYER : undefined,
    );
  }

  private ensureHighlightLayer(): void {
    if (this.map.getLayer(HIGHLIGHT_LAYER)) return;
    this.map.addLayer({
      id: HIGHLIGHT_LAYER,
      type: 'line',
      source: SOURCE,
      paint: {
        'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], SELECTED_OUTLINE.color, HOVERED_OUTLINE.color],
        'line-width': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          SELECTED_OUTLINE.width,
          ['boolean', ['feature-state', 'hovered'], false],
          HOVERED_OUTLINE.width,
          0,
        ],
      },
    });
  }

  /** Recolours the forces. Cheap: only feature-state changes. */
  setFills(fills: ForceFills): void {
    this.fills = fills;
    if (this.layersReady) this.applyFills();
  }

  private applyFills(): void {
    // The hatch layer costs a full extra pass in every frame; drawn only when some force needs it.
    const anyMissing = [...this.fills.values()].some((fill) => fill === null);
    this.map.setLayoutProperty('force-hatch', 'visibility', anyMissing ? 'visible' : 'none');
    for (const [code, fill] of this.fills) {
      // Only the forces whose colour changes: fewer paint-buffer updates per year step.
      if (this.drawnFills.get(code) === fill) continue;
      this.map.setFeatureState({ source: SOURCE, id: code }, fill === null ? { published: false } : { published: true, fill });
      this.drawnFills.set(code, fill);
    }
  }

  setHovered(code: string | undefined): void {
    if (code === this.hovered) return;
    this.hovered = code;
    if (this.layersReady) this.applyHighlight();
  }

  setSelected(code: string | undefined): void {
    if (code === this.selected) return;
    this.selected = code;
    if (this.layersReady) this.applyHighlight();
  }

  /**
   * Outlines the hovered and selected forces by feature-state, changing
   * only the forces whose outline changes. (Filtering the layer to them
   * instead saved 40 ms a frame with software WebGL but made MapLibre
   * rebuild the source's tiles on every hover: hover to tooltip went from
   * 17 to 158 ms in npm run bench.)
   */
  private applyHighlight(): void {
    const codes = [this.selected, this.hovered].filter((code): code is string => code !== undefined);
    if (codes.length > 0) this.ensureHighlightLayer();
    for (const code of new Set([...this.outlined, ...codes])) {
      this.map.setFeatureState({ source: SOURCE, id: code }, { selected: code === this.selected, hovered: code === this.hovered });
    }
    this.outlined = codes;
  }

  readonly inspection: MapInspection = {
    renderer: () => 'webgl',
    renderedFills: () => {
      const fills: Record<string, string | null> = {};
      for (const code of this.codes) {
        const state = this.map.getFeatureState({ source: SOURCE, id: code });
        fills[code] = state.published ? String(state.fill) : null;
      }
      return fills;
    },
    pixelsAt: (points) =>
      // The drawing buffer is only readable in the task that drew it: ask for a frame, read in its render event.
      new Promise((resolve) => {
        this.map.once('render', () => {
          const canvas = this.map.getCanvas();
          const gl = canvas.getContext('webgl2');
          if (!gl) return resolve(points.map(() => null));
          const ratio = canvas.width / canvas.clientWidth;
          resolve(
            points.map(([lon, lat]) => {
              const { x, y } = this.map.project([lon, lat]);
              // A point off the canvas has no pixel: readPixels would give zeros, which would read as black.
              if (x < 0 || y < 0 || x >= canvas.clientWidth || y >= canvas.clientHeight) return null;
              const pixel = new Uint8Array(4);
              gl.readPixels(Math.round(x * ratio), Math.round(canvas.height - y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
              return `#${[pixel[0], pixel[1], pixel[2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
            }),
          );
        });
        this.map.triggerRepaint();
      }),
    pagePointOf: ([lon, lat]) => {
      const { x, y } = this.map.project([lon, lat]);
      const box = this.map.getContainer().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    },
    pageBoxOf: (code) => onPage(this.screenBoxOf(code), this.container),
    moving: () => this.map.isMoving(),
    viewBounds: () => {
      const [[west, south], [east, north]] = this.viewBounds();
      return { west, south, east, north };
    },
    dimmedCodes: () => this.codes.filter((code) => this.map.getFeatureState({ source: SOURCE, id: code }).dimmed === true),
    regionOutlineCount: () => (this.map.getSource(REGION_SOURCE) && this.map.querySourceFeatures(REGION_SOURCE).length > 0 ? 1 : 0),
  };
}
