import { seriesSwitch } from '../state/series-switch';
import type { Dataset } from '../datasets/dataset';
import { figuresKeyOf } from '../state/figures-key';
import type { OffenceCatalog } from '../datasets/offence-catalog';
import { DEFAULT_STATE, HOME_OFFICE } from '../state/app-state';
import { resolveOffence } from '../state/resolve-offence';
import { openingYearOf } from '../model/coverage';
import { resolveStateForDataset } from '../state/resolve-state-for-dataset';
import { TimelineController } from '../state/timeline-controller';
import { ignoredNotice, type UrlNotice } from '../state/url-params';
import type { UrlStore } from '../state/url-store';
import { createPageModel, type PageData, type PageModel, type Transient } from '../view-model/page-model';
import type { MapEvents } from '../views/choropleth-map';
import type { MapFrame } from '../views/map-frame';
import { ExportView } from '../views/export-view';
import { mountImportPanel } from '../views/import-panel';
import { missingDatasetReason, type DatasetRegistry } from './dataset-registry';
import { exportSource } from './export-source';
import { LazyModules } from './lazy-modules';
import { LoadCache } from './load-cache';
import { installInspectionApi } from './inspection-api';
import { escapeStep, nextKeyboardForce } from './keyboard-navigation';
import type { PageElements } from './page-elements';
import { PageViews } from './page-views';
import { YearStepTiming } from './year-step-timing';

export interface ExplorerDeps {
  data: PageData;
  datasets: DatasetRegistry;
  /** The Home Office series on offer: fetched only when a link or the picker needs it. */
  loadOffenceCatalog(): Promise<OffenceCatalog>;
  store: UrlStore;
  /** The map's frame: the SVG map, with MapLibre to come where WebGL works, and the tile map when asked for. */
  createMap(container: HTMLElement, events: MapEvents): MapFrame;
  elements: PageElements;
}

/**
 * Wires the page, one way: the URL store's state and what has been loaded
 * go through the page model (src/view-model), whose slices the views show
 * (PageViews); every reader's action becomes a change of the state, written
 * back through the URL, or of what is passing (pointer, keyboard, playing).
 * Nothing is derived here.
 */
export class Explorer {
  private readonly pageModel = createPageModel();
  private readonly figures: LoadCache<Dataset>;
  private readonly catalog: LoadCache<OffenceCatalog>;
  private readonly modules = new LazyModules(() => this.refresh());
  private readonly timeline: TimelineController;
  private readonly views: PageViews;
  private readonly map: MapFrame;
  private readonly reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  private transient: Transient = { hovered: undefined, keyboard: undefined, playing: false };
  private page: PageModel | undefined;
  private readonly yearStep = new YearStepTiming();
  private aboutOpened = false;

  constructor(private readonly deps: ExplorerDeps) {
    const { store, elements, data } = deps;
    this.map = deps.createMap(elements.map, {
      // Leaving a force does not close a card that a tap opened.
      onHover: (code, point) =>
        this.setTransient({ hovered: code && point ? { code, point, sticky: false } : this.transient.hovered?.sticky ? this.transient.hovered : undefined }),
      onChoose: (code, point) => {
        this.setTransient({ hovered: code && point ? { code, point, sticky: true } : undefined, keyboard: undefined });
        if (code) this.select(code);
      },
    });
    this.figures = new LoadCache(
      (key) => deps.datasets.load(key),
      () => this.refresh(),
    );
    this.catalog = new LoadCache(
      () => deps.loadOffenceCatalog(),
      () => this.refresh(),
    );
    this.timeline = new TimelineController({
      yearCount: () => this.page?.content?.timeline.years.length ?? 0,
      yearIndex: () => this.page?.content?.timeline.index ?? 0,
      showYear: (index) => this.showYear(index),
    });
    this.timeline.subscribe((playing) => this.setTransient({ playing }));
    this.views = new PageViews(
      elements,
      this.map,
      data.forceTable,
      data.boundaries.features.features,
      {
        change: (patch) => store.update(patch),
        changeText: (params) => store.updateText(params),
        chooseForce: (force) => store.update({ force: force.code, region: force.region }),
        select: (code) => this.select(code),
        seek: (index) => {
          this.timeline.pause();
          this.showYear(index);
        },
        play: () => this.timeline.play(),
        pause: () => this.timeline.pause(),
        dismissNotice: (notice) => store.dismissNotice(notice),
        dismissCard: () => this.setTransient({ hovered: undefined, keyboard: undefined }),
        retry: (id) => this.figures.retry(id),
        chooseOffence: (offence) => {
          store.update(seriesSwitch({ offence }));
          // Chosen again after it failed: the reader asks for it again, as Try again does.
          this.figures.retry(figuresKeyOf(store.state));
        },
        firstFrame: () => {
          performance.mark('pfa:first-frame');
          // After that frame is on screen (the task after the next paint), not in the frame's own time.
          requestAnimationFrame(() => setTimeout(() => this.modules.release()));
        },
        loadOffenceCatalog: deps.loadOffenceCatalog,
        openAbout: () => {
          this.aboutOpened = true;
          this.refresh();
        },
        sharedView: () => ({ href: store.href, title: this.page?.content?.header.title ?? document.title }),
        keyboard: {
          move: (direction) =>
            this.setTransient({
              hovered: undefined,
              keyboard: nextKeyboardForce(this.map.navigation(), data.forceTable, store.state, this.transient.keyboard, direction),
            }),
          choose: () => this.transient.keyboard && this.select(this.transient.keyboard),
          back: () => {
            const step = escapeStep(store.state, this.transient.hovered?.sticky === true || this.transient.keyboard !== undefined);
            if (step === 'close-card') this.setTransient({ hovered: undefined, keyboard: undefined });
            else if (step) store.update(step);
          },
          zoom: (delta) => this.map.zoomBy(delta),
        },
      },
      () => this.reducedMotion.matches,
    );
    elements.exports.append(
      new ExportView(() => exportSource(this.page?.content?.export, this.map, data.boundaries.features.features, elements.map, () => this.views.shownTable()))
        .element,
    );
    this.mountImporter(elements.importer);
    installInspectionApi(this.map, async (point) => {
      const { renderSvgMap } = await import('../export/svg-map');
      const source = exportSource(this.page?.content?.export, this.map, data.boundaries.features.features, elements.map, () => this.views.shownTable());
      return renderSvgMap(source.svgInput(source.yearIndex)).project(point);
    });
    store.subscribe(() => this.refresh());
    this.refresh();
  }

  private refresh(): void {
    const { store, datasets } = this.deps;
    const { state } = store;
    if (!datasets.has(state.dataset)) {
      const fallback = datasets.choices()[0]!.id;
      store.update({ dataset: fallback }, 'replace');
      store.addNotices([ignoredNotice('dataset', state.dataset, `${missingDatasetReason(state.dataset, datasets)}, so ${fallback} is shown.`)]);
      return;
    }
    // An offence other than the default is checked against the catalogue first (the default is always there);
    // the About panel asks for it too, for what the release leaves out.
    const needsCatalog = state.dataset === HOME_OFFICE && (state.offence !== DEFAULT_STATE.offence || this.aboutOpened);
    const catalog = needsCatalog ? this.catalog.get('index') : undefined;
    if (catalog?.status === 'ready' && this.putRight(resolveOffence(state, catalog.value))) return;
    const key = figuresKeyOf(state);
    const loaded = catalog?.status === 'loading' && state.offence !== DEFAULT_STATE.offence ? ({ status: 'loading' } as const) : this.figures.get(key);
    // The link may ask for years the figures lack: said, and the address put right in place.
    if (loaded.status === 'ready' && this.putRight(resolveStateForDataset(state, loaded.value.years, loaded.value.partialYears, openingYearOf(loaded.value))))
      return;
    const figures = loaded.status === 'ready' ? { status: 'ready' as const, dataset: loaded.value } : { ...loaded, id: state.dataset };
    const offenceCatalog = catalog?.status === 'ready' ? catalog.value : undefined;
    const modules = this.modules.get({ profile: state.force !== undefined, about: this.aboutOpened });
    this.page = this.pageModel({
      state,
      notices: store.notices,
      data: this.deps.data,
      datasets: datasets.choices(),
      figures,
      offenceCatalog,
      transient: this.transient,
      modules,
    });
    this.views.render(this.page, key);
    this.yearStep.rendered();
  }

  /** Rewrites the address in place where the loaded data shows part of it cannot be had, saying why; true if it did. */
  private putRight(resolved: { state: typeof DEFAULT_STATE; notices: readonly UrlNotice[] }): boolean {
    if (resolved.notices.length === 0) return false;
    this.deps.store.update(resolved.state, 'replace');
    this.deps.store.addNotices(resolved.notices);
    return true;
  }

  /** Asked by the reader (seek) or by playing: a step through the years, one history entry for a run of them. */
  private showYear(index: number): void {
    const years = this.page?.content?.timeline.years ?? [];
    const year = years[Math.max(0, Math.min(years.length - 1, index))];
    if (year === undefined || year === years[this.page?.content?.timeline.index ?? -1]) return;
    this.yearStep.started();
    this.deps.store.update({ year }, 'step');
  }

  private setTransient(change: Partial<Transient>): void {
    this.transient = { ...this.transient, ...change };
    this.refresh();
  }

  /** Choosing a force also moves to its region. */
  private select(code: string): void {
    const force = this.deps.data.forceTable.byCode.get(code);
    if (force) this.deps.store.update({ force: force.code, region: force.region });
  }

  /** "Map your own figures": its code (parser worker, report) loads when the reader opens it. */
  private mountImporter(container: HTMLElement): void {
    mountImportPanel(container, this.deps.data.forceTable, (dataset, replacing) => {
      const added = this.deps.datasets.addImported(dataset, replacing);
      this.deps.store.update({ dataset: added.id, year: undefined, base: undefined });
      // Shown again in its own place (another title, say): what was loaded under its id is not what it is now.
      if (added.id === replacing) this.figures.forget(added.id);
      return added;
    });
  }
}
