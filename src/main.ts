import './app/strict-csp';
import './styles/app.css';
import { DatasetRegistry } from './app/dataset-registry';
import { Explorer } from './app/explorer';
import { KeptImports, sessionStorageIfAllowed } from './app/kept-imports';
import { forceTable, loadPopulation, loadShippedDataset, loadTopology, SHIPPED_DATASETS } from './app/load-app-data';
import { PALETTE_IDS } from './scales/palettes';
import { UrlStore } from './state/url-store';
import { el } from './views/dom';
import { NoticesView } from './views/notices-view';

const byId = (id: string) => document.getElementById(id)!;

/**
 * Loads boundaries, population, the dataset the link asks for and the map
 * renderer all at once (none waits for another), then hands over to the
 * explorer; a failure offers a retry.
 */
async function start(): Promise<void> {
  const app = byId('app');
  try {
    const renderer = supportsWebGl2() ? import('./views/map-view').then((module) => module.MapView) : import('./views/svg-map-view').then((module) => module.SvgMapView);
    const store = new UrlStore({ forceTable, paletteIds: PALETTE_IDS });
    const datasets = new DatasetRegistry(SHIPPED_DATASETS, loadShippedDataset, new KeptImports(sessionStorageIfAllowed()));
    // Started now so that it arrives with the boundaries; a failure surfaces when the explorer asks for it.
    datasets.load(store.state.dataset).catch(() => undefined);
    const [topology, population] = await Promise.all([loadTopology(), loadPopulation()]);
    performance.mark('pfa:data-loaded');
    const notices = new NoticesView((notice) => store.dismissNotice(notice));
    byId('notices').append(notices.element);
    notices.render(store.notices);
    store.subscribe((_, current) => notices.render(current));
    await Explorer.create({
      topology,
      population,
      forceTable,
      datasets,
      store,
      createMap: async (container, features, events) => new (await renderer)(container, features, events),
      elements: {
        map: byId('map'),
        mapPanel: byId('map-panel'),
        placeBar: byId('place-bar'),
        profile: byId('profile'),
        table: byId('table'),
        exports: byId('exports'),
        importer: byId('importer'),
        title: byId('map-title'),
        subtitle: byId('map-subtitle'),
        sourceLine: byId('source-line'),
        controls: byId('controls'),
        legend: byId('legend'),
        timeline: byId('timeline'),
      },
    });
    app.setAttribute('aria-busy', 'false');
  } catch (error) {
    showLoadError(error);
  }
}

/** MapLibre 6 draws with WebGL2; without it (old hardware, locked-down browsers) the SVG map stands in. */
function supportsWebGl2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

function showLoadError(error: unknown): void {
  const retry = el('button', { type: 'button' }, ['Try again']);
  retry.addEventListener('click', () => window.location.reload());
  const panel = el('div', { class: 'error-panel', role: 'alert' }, [
    el('p', {}, [el('strong', {}, ['The map could not be loaded.'])]),
    el('p', {}, [error instanceof Error ? error.message : String(error)]),
    retry,
  ]);
  byId('map').replaceChildren(panel);
  byId('app').setAttribute('aria-busy', 'false');
}

void start();
