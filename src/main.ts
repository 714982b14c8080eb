import './app/strict-csp';
import './styles/app.css';
import { DatasetRegistry } from './app/dataset-registry';
import { Explorer } from './app/explorer';
import { forceTable, loadPopulation, loadShippedDataset, loadTopology, SHIPPED_DATASETS } from './app/load-app-data';
import { PALETTE_IDS } from './scales/palettes';
import { UrlStore } from './state/url-store';
import { el } from './views/dom';
import { NoticesView } from './views/notices-view';

const byId = (id: string) => document.getElementById(id)!;

/** Loads boundaries and population, then hands over to the explorer; a failure offers a retry. */
async function start(): Promise<void> {
  const app = byId('app');
  try {
    const [topology, population] = await Promise.all([loadTopology(), loadPopulation()]);
    const store = new UrlStore({ forceTable, paletteIds: PALETTE_IDS });
    const notices = new NoticesView((notice) => store.dismissNotice(notice));
    byId('notices').append(notices.element);
    notices.render(store.notices);
    store.subscribe((_, current) => notices.render(current));
    await Explorer.create({
      topology,
      population,
      forceTable,
      datasets: new DatasetRegistry(SHIPPED_DATASETS, loadShippedDataset),
      store,
      createMap: async (container, features, events) => {
        if (supportsWebGl2()) {
          const { MapView } = await import('./views/map-view');
          return new MapView(container, features, events);
        }
        const { SvgMapView } = await import('./views/svg-map-view');
        return new SvgMapView(container, features, events);
      },
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
