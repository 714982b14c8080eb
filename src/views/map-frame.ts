import type { LonLatBounds } from '../geography/boundaries';
import type { ForceGraph } from '../geography/neighbours';
import type { TileLayer } from '../geography/tile-layout';
import { inspectionOf, type ChoroplethMap, type MapEvents, type MapInspection, type ScreenBox } from './choropleth-map';
import { el } from './dom';
import { MapFanOut } from './map-fan-out';
import type { MapLayout } from '../view-model/page-model';
import { t } from '../i18n/language';

/** How the arrow keys move over a map: which forces are next to which as drawn, and the middle of the view. */
export interface MapNavigation {
  graph: ForceGraph;
  centre: readonly [number, number];
}

export interface TileMap extends ChoroplethMap {
  navigation(): MapNavigation;
  readonly exportLayer: TileLayer;
}

export type CreateTileMap = (container: HTMLElement, events: MapEvents) => TileMap;

/**
 * The map's frame: the geographic map, or the equal-area tile map in its
 * place (view=tiles). The tile map is loaded when first asked for; from
 * then on both take every setting, so that switching back and forth is
 * instant and shows the same colours, selection and region. The one not
 * shown is hidden and inert: no pointer, no focus, nothing read aloud.
 */
export class MapFrame extends MapFanOut implements ChoroplethMap {
  private readonly geographic: ChoroplethMap;
  private readonly geographicLayer = el('div', { class: 'map-layout' });
  private readonly tileLayer = el('div', { class: 'map-layout map-layer tile-layout' });
  private readonly status = el('p', { class: 'map-status', role: 'status' });
  private tiles: TileMap | undefined;
  private loadingTiles: Promise<TileMap> | undefined;
  private layout: MapLayout = 'geographic';

  constructor(
    private readonly container: HTMLElement,
    createGeographic: (layer: HTMLElement) => ChoroplethMap,
    private readonly graph: () => ForceGraph,
    private readonly loadTiles: () => Promise<CreateTileMap>,
    private readonly events: MapEvents,
  ) {
    super();
    container.append(this.geographicLayer, this.tileLayer, this.status);
    this.geographic = createGeographic(this.geographicLayer);
    this.addMap(this.geographic);
    this.show('geographic');
  }

  /** Which map is shown; the tile map is loaded first if it is not here yet. */
  setLayout(layout: MapLayout): void {
    if (layout === this.layout) return;
    this.layout = layout;
    if (layout === 'geographic') return this.show('geographic');
    void this.tileMap().then(() => {
      if (this.layout === 'tiles') this.show('tiles');
    });
  }

  /** Once the map asked for is loaded (or has failed to load) and has drawn what was last set. */
  whenDrawn(): Promise<void> {
    if (this.layout === 'geographic') return this.geographic.whenDrawn();
    return this.tileMap().then(
      (tiles) => tiles.whenDrawn(),
      () => this.geographic.whenDrawn(),
    );
  }

  viewBounds(): LonLatBounds {
    return this.shown.viewBounds();
  }

  screenBoxOf(code: string): ScreenBox | undefined {
    return this.shown.screenBoxOf(code);
  }

  nameBoxesOf(): ReadonlyMap<string, ScreenBox> {
    return this.shown.nameBoxesOf?.() ?? new Map();
  }

  coverNames(codes: ReadonlySet<string>): void {
    this.shown.coverNames?.(codes);
  }

  /** Zooming is the geographic map's: the tile map always shows every tile in view. */
  zoomBy(delta: number): void {
    if (this.shown === this.geographic) this.geographic.zoomBy?.(delta);
  }

  /** The tile map's layout and names while it is the map shown, so that exports draw tiles too. */
  shownTiles(): TileLayer | undefined {
    return this.shown === this.tiles ? this.tiles?.exportLayer : undefined;
  }

  navigation(): MapNavigation {
    if (this.shown !== this.geographic && this.tiles) return this.tiles.navigation();
    const [[west, south], [east, north]] = this.geographic.viewBounds();
    return { graph: this.graph(), centre: [(west + east) / 2, (south + north) / 2] };
  }

  private get shown(): ChoroplethMap {
    return this.container.dataset['layout'] === 'tiles' && this.tiles ? this.tiles : this.geographic;
  }

  private show(layout: MapLayout): void {
    this.container.dataset['layout'] = layout;
    for (const [layer, shown] of [
      [this.geographicLayer, layout === 'geographic'],
      [this.tileLayer, layout === 'tiles'],
    ] as const) {
      layer.classList.toggle('is-shown', shown);
      layer.inert = !shown;
    }
  }

  /** The tile map, loaded and made once; the same promise for every caller. A failure is said, and asking again retries. */
  private tileMap(): Promise<TileMap> {
    this.loadingTiles ??= this.loadTiles().then(
      (create) => {
        this.tiles = create(this.tileLayer, this.events);
        this.addMap(this.tiles);
        this.status.textContent = '';
        return this.tiles;
      },
      (error: unknown) => {
        this.loadingTiles = undefined;
        this.layout = 'geographic';
        const retry = el('button', { type: 'button' }, [t().page.tryAgain]);
        retry.addEventListener('click', () => this.setLayout('tiles'));
        this.status.replaceChildren(t().map.tilesFailed(error instanceof Error ? error.message : String(error)), retry);
        throw error;
      },
    );
    return this.loadingTiles;
  }

  readonly inspection: MapInspection = inspectionOf(() => this.shown);
}
