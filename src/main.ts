import './strict-csp';
import './styles/app.css';
import { DatasetRegistry } from './app/dataset-registry';
import { postEmbedHeight } from './app/embed-height';
import { Explorer } from './app/explorer';
import { KeptImports, sessionStorageIfAllowed } from './state/kept-imports';
import { forceTable, loadOffenceCatalog, loadPopulation, loadShippedDataset, loadTileMap, loadTopology, SHIPPED_DATASETS } from './app/load-app-data';
import { findPageElements } from './app/page-elements';
import { figuresKeyOf } from './state/figures-key';
import { boundariesOf } from './geography/boundaries';
import { forceGraph, type ForceGraph } from './geography/neighbours';
import { PALETTE_IDS } from './scales/palettes';
import { UrlStore } from './state/url-store';
import { el } from './views/dom';
import { languageOfBrowser, t, useLanguage } from './i18n/language';
import { followLanguageSwitch, showPageInLanguage } from './views/page-language';
import { HybridMap } from './views/hybrid-map';
import { MapFrame } from './views/map-frame';

/**
 * Loads boundaries, population and the dataset the link asks for all at
 * once (none waits for another), then hands over to the explorer; a
 * failure offers a retry.
 */
async function start(): Promise<void> {
  const elements = findPageElements(document);
  try {
    const store = new UrlStore({ forceTable, paletteIds: PALETTE_IDS });
    // The room for a chosen force's profile is kept from the first paint (on a phone the map gives up the sheet's strip), not once the figures have come.
    elements.profile.classList.toggle('is-expected', store.state.force !== undefined);
    linkToFullAtlas(store);
    const language = store.state.lang ?? languageOfBrowser(navigator.languages);
    // The page speaks one language from load to load: Back or Forward to the other language loads the page again in it.
    store.subscribe((state) => {
      if ((state.lang ?? language) !== language) window.location.reload();
    });
    followLanguageSwitch(
      elements.languageSwitch,
      language,
      (lang) => store.hrefWith({ lang }),
      (follow) => store.subscribe(follow),
    );
    // The Welsh catalogue loads beside the boundaries, before anything is written in it.
    const languageReady = useLanguage(language, () => import('./i18n/cy')).then(() => showPageInLanguage(document, language));
    postEmbedHeight(document, window);
    const datasets = new DatasetRegistry(SHIPPED_DATASETS, loadShippedDataset, new KeptImports(sessionStorageIfAllowed()));
    // Started now so that it arrives with the boundaries; a failure surfaces when the explorer asks for it.
    datasets.load(figuresKeyOf(store.state)).catch(() => undefined);
    const [topology, population] = await Promise.all([loadTopology(), loadPopulation(), languageReady]);
    performance.mark('pfa:data-loaded');
    const boundaries = boundariesOf(topology);
    // The first map's work in two tasks rather than one long one (a long task, over 50 ms on a slow phone, holds up the
    // reader's first tap): the boundaries, then the views with their first drawing (the explorer draws as it is made).
    // Those two stay in one task: a frame painted between them would show the views empty, and the page would shift.
    await nextTask();
    new Explorer({
      data: { forceTable, boundaries, population },
      datasets,
      loadOffenceCatalog,
      store,
      // The SVG map first; MapLibre (WebGL2) when the reader zooms, where the browser has WebGL2; the tile map when asked for.
      createMap: (container, events) => {
        const features = boundaries.features;
        const createGeographic = (layer: HTMLElement) =>
          new HybridMap(layer, features, events, () => import('./views/map-view').then((module) => module.MapView), supportsWebGl2, container);
        // Neighbours are for the arrow keys: worked out on the first press, not before the first map.
        let graph: ForceGraph | undefined;
        return new MapFrame(
          container,
          createGeographic,
          () => (graph ??= forceGraph(boundaries)),
          () => loadTileMap(features),
          events,
        );
      },
      elements,
    });
  } catch (error) {
    showLoadError(elements.map, error);
    elements.app.setAttribute('aria-busy', 'false');
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/** In the embeddable page (embed.html), its link to the full atlas follows the view. */
function linkToFullAtlas(store: UrlStore): void {
  const link = document.getElementById('open-full');
  if (!link) return;
  const follow = () => link.setAttribute('href', new URL(`./${new URL(store.href).search}`, window.location.href).href);
  follow();
  store.subscribe(follow);
}

/** MapLibre 6 draws with WebGL2; without it (old hardware, locked-down browsers) the SVG map is the whole map. */
function supportsWebGl2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

function showLoadError(container: HTMLElement, error: unknown): void {
  const retry = el('button', { type: 'button' }, [t().page.tryAgain]);
  retry.addEventListener('click', () => window.location.reload());
  container.replaceChildren(
    el('div', { class: 'error-panel', role: 'alert' }, [
      el('p', {}, [el('strong', {}, [t().page.loadFailed])]),
      el('p', {}, [error instanceof Error ? error.message : String(error)]),
      retry,
    ]),
  );
}

void start();
