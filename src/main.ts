import './app/strict-csp';
import './styles/app.css';
import { DatasetRegistry } from './app/dataset-registry';
import { Explorer } from './app/explorer';
import { KeptImports, sessionStorageIfAllowed } from './app/kept-imports';
import { forceTable, loadPopulation, loadShippedDataset, loadTopology, SHIPPED_DATASETS } from './app/load-app-data';
import { findPageElements } from './app/page-elements';
import { boundariesOf } from './geography/boundaries';
import { PALETTE_IDS } from './scales/palettes';
import { UrlStore } from './state/url-store';
import { el } from './views/dom';

/**
 * Loads boundaries, population, the dataset the link asks for and the map
 * renderer all at once (none waits for another), then hands over to the
 * explorer; a failure offers a retry.
 */
async function start(): Promise<void> {
  const elements = findPageElements(document);
  try {
    const renderer = supportsWebGl2() ? import('./views/map-view').then((module) => module.MapView) : import('./views/svg-map-view').then((module) => module.SvgMapView);
    const store = new UrlStore({ forceTable, paletteIds: PALETTE_IDS });
    const datasets = new DatasetRegistry(SHIPPED_DATASETS, loadShippedDataset, new KeptImports(sessionStorageIfAllowed()));
    // Started now so that it arrives with the boundaries; a failure surfaces when the explorer asks for it.
    datasets.load(store.state.dataset).catch(() => undefined);
    const [topology, population] = await Promise.all([loadTopology(), loadPopulation()]);
    performance.mark('pfa:data-loaded');
    await Explorer.create({
      data: { forceTable, boundaries: boundariesOf(topology), population },
      datasets,
      store,
      createMap: async (container, features, events) => new (await renderer)(container, features, events),
      elements,
    });
  } catch (error) {
    showLoadError(elements.map, error);
    elements.app.setAttribute('aria-busy', 'false');
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

function showLoadError(container: HTMLElement, error: unknown): void {
  const retry = el('button', { type: 'button' }, ['Try again']);
  retry.addEventListener('click', () => window.location.reload());
  container.replaceChildren(
    el('div', { class: 'error-panel', role: 'alert' }, [
      el('p', {}, [el('strong', {}, ['The map could not be loaded.'])]),
      el('p', {}, [error instanceof Error ? error.message : String(error)]),
      retry,
    ]),
  );
}

void start();
