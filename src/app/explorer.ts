import { seriesSwitch } from '../state/series-switch';
import type { Dataset } from '../datasets/dataset';
import { figuresKeyOf } from '../state/figures-key';
import type { OffenceCatalog } from '../datasets/offence-catalog';
import { DEFAULT_STATE, HOME_OFFICE, type AppState } from '../state/app-state';
import { resolveState } from '../state/resolve-state';
import { TimelineController } from '../state/timeline-controller';
import type { UrlStore } from '../state/url-store';
import { createPageModel, type PageData, type PageModel, type Transient } from '../view-model/page-model';
import type { MapEvents } from '../views/choropleth-map';
import type { MapFrame } from '../views/map-frame';
import { mountImportPanel } from '../views/import-panel';
import { missingDatasetReason, type DatasetRegistry } from './dataset-registry';
import { exportSource } from './export-source';
import { afterNextPaint } from '../views/after-paint';
import { el } from '../views/dom';
import { IdleWork } from './idle-work';
import { LazyModules } from './lazy-modules';
import { LoadCache, type Loaded } from './load-cache';
import { installInspectionApi } from './inspection-api';
import { escapeStep, nextKeyboardForce } from './keyboard-navigation';
import type { PageElements } from './page-elements';
import { PageViews } from './page-views';
import { YearStepTiming } from './year-step-timing';
import { t } from '../i18n/language';

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
  private readonly modules = new LazyModules(() => this.render());
  private readonly timeline: TimelineController;
  private readonly views: PageViews;
  private readonly map: MapFrame;
  private readonly reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  private transient: Transient = { hovered: undefined, keyboard: undefined, playing: false };
  private page: PageModel | undefined;
  private readonly yearStep = new YearStepTiming();
  private aboutOpened = false;
  /** Intervals are worked out ahead of need once the first map is on screen, in idle moments; the page settles with its year's. */
  private readonly idleWork = new IdleWork();
  private settling = true;
  /** The Download panel's code, loaded when the panel first opens (the first map does not need it). */
  private downloadPanel: Promise<void> | undefined;

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
      () => this.settle(),
    );
    this.catalog = new LoadCache(
      () => deps.loadOffenceCatalog(),
      () => this.settle(),
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
          afterNextPaint(() => {
            this.modules.release();
            this.workAhead();
          });
        },
        loadOffenceCatalog: deps.loadOffenceCatalog,
        openAbout: () => {
          this.aboutOpened = true;
          this.settle();
        },
        sharedView: () => ({ href: store.href, title: this.page?.content?.header.title ?? document.title }),
        openDownload: () => {
          this.downloadPanel ??= import('../views/export-view').then(({ ExportView }) =>
            elements.exports.replaceChildren(
              new ExportView(() =>
                exportSource(this.page?.content?.export, this.map, data.boundaries.features.features, elements.map, () => this.views.shownTable()),
              ).element,
            ),
          );
          // A failed load says so in the panel, and is tried again at the next opening.
          this.downloadPanel.catch(() => {
            this.downloadPanel = undefined;
            elements.exports.replaceChildren(el('p', { role: 'alert' }, [t().failure.downloadPanel]));
          });
        },
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
    this.mountImporter(elements.importer);
    installInspectionApi(this.map, async (point) => {
      const { renderSvgMap } = await import('../export/svg-map');
      const source = exportSource(this.page?.content?.export, this.map, data.boundaries.features.features, elements.map, () => this.views.shownTable());
      return renderSvgMap(source.svgInput(source.yearIndex)).project(point);
    });
    store.subscribe(() => this.settle());
    this.settle();
  }

  /**
   * The state or what has loaded changed: the state is first put right
   * against what has loaded (resolveState), through the store, which calls
   * here again with the state put right; only a state that needs nothing
   * put right is rendered.
   */
  private settle(): void {
    const { store, datasets } = this.deps;
    const { catalog, waitForCatalog } = this.catalogFor(store.state);
    const resolved = resolveState(store.state, {
      datasets: { has: (id) => datasets.has(id), fallback: datasets.choices()[0]!.id, missingReason: (id) => missingDatasetReason(id, datasets) },
      catalog: catalog?.status === 'ready' ? catalog.value : undefined,
      figures: (key) => {
        const loaded = waitForCatalog ? undefined : this.figures.get(key);
        return loaded?.status === 'ready' ? loaded.value : undefined;
      },
    });
    if (resolved.notices.length > 0) store.putRight(resolved.state, resolved.notices);
    else this.render();
  }

  /**
   * The Home Office series on offer, when the state needs them (asking starts the loading): an offence other than the default
   * is checked against them before its figures are asked for (the default is always there); the About panel asks for them too,
   * for what the release leaves out.
   */
  private catalogFor(state: Readonly<AppState>): { catalog: Loaded<OffenceCatalog> | undefined; waitForCatalog: boolean } {
    const needsCatalog = state.dataset === HOME_OFFICE && (state.offence !== DEFAULT_STATE.offence || this.aboutOpened);
    const catalog = needsCatalog ? this.catalog.get('index') : undefined;
    return { catalog, waitForCatalog: catalog?.status === 'loading' && state.offence !== DEFAULT_STATE.offence };
  }

  /** Draws the page for the state as it stands (settled) and what is passing; it never changes the state. */
  private render(): void {
    const { store, datasets } = this.deps;
    const { state } = store;
    const { catalog, waitForCatalog } = this.catalogFor(state);
    const key = figuresKeyOf(state);
    const loaded = waitForCatalog ? ({ status: 'loading' } as const) : this.figures.get(key);
    const figures = loaded.status === 'ready' ? { status: 'ready' as const, dataset: loaded.value } : { ...loaded, id: state.dataset };
    const modules = this.modules.get({ profile: state.force !== undefined, about: this.aboutOpened });
    this.page = this.pageModel({
      state,
      notices: store.notices,
      data: this.deps.data,
      datasets: datasets.choices(),
      figures,
      offenceCatalog: catalog?.status === 'ready' ? catalog.value : undefined,
      transient: this.transient,
      modules,
      settling: this.settling,
    });
    this.views.render(this.page, key);
    this.yearStep.rendered();
    this.workAhead();
  }

  /**
   * Once the first map is on screen, the intervals of the series shown are worked out in idle moments, the shown year
   * first (then the page settles: the table and the description), then the years nearest it, so that a step to another year only looks them up.
   */
  private workAhead(): void {
    if (!this.modules.released) return;
    this.idleWork.run((hasTime) => {
      const workAhead = this.page?.content?.workAhead;
      if (!workAhead) return true;
      const done = workAhead(hasTime);
      if (done.shownYear && this.settling) {
        this.settling = false;
        this.render();
      }
      return done.everyYear;
    });
  }

  /** Asked by the reader (seek) or by playing: a step through the years, one history entry for a run of them. */
  private showYear(index: number): void {
    const years = this.page?.content?.timeline.years ?? [];
    const year = years[Math.max(0, Math.min(years.length - 1, index))];
    if (year === undefined || year === years[this.page?.content?.timeline.index ?? -1]) return;
    this.yearStep.started();
    // The step draws the map; the table and the description follow in the next idle moment.
    this.settling = true;
    this.deps.store.update({ year }, 'step');
  }

  private setTransient(change: Partial<Transient>): void {
    this.transient = { ...this.transient, ...change };
    this.render();
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
