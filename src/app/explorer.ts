import type { Topology } from 'topojson-specification';
import type { Dataset } from '../datasets/dataset';
import type { Population } from '../datasets/population';
import { countOf, formatValue } from '../format/format-number';
import type { ForceTable } from '../forces/force-table';
import { buildChoropleth, type Choropleth } from '../model/choropleth';
import { joinDataset, type JoinedData } from '../model/join';
import { MEASURES, measureMeta } from '../model/measures';
import { ordinal, rankAmong } from '../model/rank';
import { CLASSIFICATION_METHODS } from '../scales/classify';
import { PALETTES, paletteOf } from '../scales/palettes';
import type { AppState } from '../state/app-state';
import { createTimelineController, type TimelineController } from '../state/timeline-controller';
import { ignoredNotice } from '../state/url-params';
import { resolveStateForDataset } from '../state/url-state';
import type { UrlStore } from '../state/url-store';
import { ControlsView } from '../views/controls-view';
import { LegendView } from '../views/legend-view';
import type { ChoroplethMap, MapEvents, RegionFocus } from '../views/choropleth-map';
import { TimelineView } from '../views/timeline-view';
import { TooltipView } from '../views/tooltip-view';
import { Announcer } from '../views/announcer';
import { ForceTableView } from '../views/force-table-view';
import { PlaceBarView } from '../views/place-bar-view';
import { createForceNameResolver } from '../forces/resolve-force-name';
import type { ExportSource } from '../export/export-actions';
import { exportFileName } from '../export/file-names';
import { ExportView } from '../views/export-view';
import type { ForceFeature } from './boundaries';
import type { Force, Region } from '../forces/force-table';
import { boundsOf, forceFeatures, regionOutline } from './boundaries';
import { classificationInForce, legendModel, measureLabel, paletteInForce } from './explorer-model';
import { installInspectionApi } from './inspection-api';
import { missingDatasetReason, type DatasetRegistry } from './dataset-registry';
import { mountImportPanel } from '../views/import-panel';

const METHOD_LABELS: Record<string, string> = { quantile: 'Quantiles', 'equal-interval': 'Equal intervals', 'natural-breaks': 'Natural breaks', manual: 'Manual breaks' };

export interface ExplorerDeps {
  topology: Topology;
  population: Population;
  forceTable: ForceTable;
  datasets: DatasetRegistry;
  store: UrlStore;
  /** MapLibre where WebGL works, the SVG map elsewhere. */
  createMap(container: HTMLElement, features: ReturnType<typeof forceFeatures>, events: MapEvents): Promise<ChoroplethMap>;
  elements: {
    map: HTMLElement;
    mapPanel: HTMLElement;
    title: HTMLElement;
    subtitle: HTMLElement;
    sourceLine: HTMLElement;
    controls: HTMLElement;
    placeBar: HTMLElement;
    legend: HTMLElement;
    timeline: HTMLElement;
    profile: HTMLElement;
    table: HTMLElement;
    exports: HTMLElement;
    importer: HTMLElement;
  };
}

/**
 * Wires state to views, one way: the URL store's state is read, everything
 * shown is derived from it, and every user action becomes a state patch
 * written back through the URL.
 */
export class Explorer {
  private readonly mapView: ChoroplethMap;
  private readonly legendView = new LegendView();
  private readonly tooltipView = new TooltipView();
  private readonly controlsView: ControlsView;
  private readonly placeBarView: PlaceBarView;
  /** The force profile's code loads when a force is first selected. */
  private profile: Promise<{ view: import('../views/profile-view').ProfileView; build: typeof import('../model/force-profile').forceProfile }> | undefined;
  private profileShown = false;
  private readonly tableView: ForceTableView;
  private readonly announcer = new Announcer();
  private readonly reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  /** The region the map is focused on: undefined is England and Wales, where the map starts. */
  private focusedRegion: Region | undefined = undefined;
  /** The focused region's outline and forces, as the map shows them (for exports too). */
  private focus: RegionFocus | undefined;
  private searchError: string | undefined;
  private readonly features: readonly ForceFeature[];
  /** Every name and alias, offered while typing a search. */
  private readonly searchNames: readonly string[];
  /** What is on screen now, for exports. */
  private shown: Shown | undefined;
  private readonly timeline: TimelineController;
  private readonly boundaryCodes: ReadonlySet<string>;
  private joined: JoinedData | undefined;
  private choropleth: { key: string; value: Choropleth } | undefined;
  private hovered: { code: string; point: { x: number; y: number } } | undefined;
  private renderToken = 0;
  private yearStepPending = false;
  private firstFrameMarked = false;

  /** Makes the map first (its renderer is loaded on demand), then the explorer around it. */
  static async create(deps: ExplorerDeps): Promise<Explorer> {
    const features = forceFeatures(deps.topology);
    let explorer: Explorer | undefined;
    const map = await deps.createMap(deps.elements.map, features, {
      onHover: (code, point) => explorer?.hover(code, point),
      onSelect: (code) => explorer?.select(code),
    });
    explorer = new Explorer(deps, features.features, map);
    return explorer;
  }

  private constructor(
    private readonly deps: ExplorerDeps,
    features: readonly ForceFeature[],
    map: ChoroplethMap,
  ) {
    this.features = features;
    this.searchNames = deps.forceTable.forces.flatMap((force) => [force.name, ...force.aliases]);
    this.boundaryCodes = new Set(features.map((feature) => feature.properties.code));
    this.mapView = map;
    deps.elements.map.append(this.tooltipView.element);
    installInspectionApi(this.mapView, async (point) => {
      const { renderSvgMap } = await import('../export/svg-map');
      const source = this.exportSource();
      return renderSvgMap(source.svgInput(source.yearIndex)).project(point);
    });

    this.controlsView = new ControlsView((patch) => deps.store.update(patch));
    deps.elements.controls.append(this.controlsView.element);
    deps.elements.legend.append(this.legendView.element);

    const resolver = createForceNameResolver(deps.forceTable);
    this.placeBarView = new PlaceBarView({
      go: (patch) => deps.store.update(patch),
      search: (text) => {
        const resolution = resolver.resolve(text);
        if (resolution.kind === 'force') {
          this.searchError = undefined;
          deps.store.update({ force: resolution.force.code, region: resolution.force.region });
        } else {
          const suggestion = resolution.kind === 'unknown' && resolution.suggestion ? ` Did you mean ${resolution.suggestion.name}?` : '';
          this.searchError = resolution.kind === 'no-area' ? `${resolution.body} polices no area of this map.` : `No force is called "${text}".${suggestion}`;
          void this.render();
        }
      },
      copyLink: async () => {
        try {
          await navigator.clipboard.writeText(this.deps.store.href);
          return true;
        } catch {
          return false;
        }
      },
    });
    deps.elements.placeBar.append(this.placeBarView.element);
    this.tableView = new ForceTableView((code) => this.select(code));
    deps.elements.table.append(this.tableView.element);
    document.body.append(this.announcer.element);
    deps.elements.exports.append(new ExportView(() => this.exportSource()).element);
    this.mountImporter(deps.elements.importer);

    this.timeline = createTimelineController({ years: ['—'], reducedMotion: this.reducedMotion.matches });
    this.reducedMotion.addEventListener('change', (event) => this.timeline.setReducedMotion(event.matches));
    deps.elements.timeline.append(new TimelineView(this.timeline).element);
    let lastIndex = this.timeline.state.index;
    this.timeline.subscribe(({ index, years, playing }) => {
      if (index === lastIndex || !this.joined) return;
      lastIndex = index;
      // A seek that follows the URL (first load, Back) is not a step.
      const shownIndex = deps.store.state.year === undefined ? years.length - 1 : years.indexOf(deps.store.state.year);
      if (index === shownIndex) return;
      // User timing for the benchmark (npm run bench): from the step to the recolour and the next frame.
      performance.mark('pfa:year-step');
      this.yearStepPending = true;
      // While playing, the URL follows in place: Back should not step through every year.
      deps.store.update({ year: years[index] }, playing ? 'replace' : 'push');
    });

    deps.store.subscribe(() => void this.render());
    void this.render();
  }

  private async render(): Promise<void> {
    const token = ++this.renderToken;
    const { store, datasets } = this.deps;
    if (!datasets.has(store.state.dataset)) {
      const fallback = datasets.list()[0]!.id;
      const raw = store.state.dataset;
      store.update({ dataset: fallback }, 'replace');
      store.addNotices([ignoredNotice('dataset', raw, `${missingDatasetReason(raw, datasets)}, so ${fallback} is shown.`)]);
      return;
    }
    const dataset = await datasets.load(store.state.dataset);
    if (token !== this.renderToken) return;
    const resolved = resolveStateForDataset(store.state, dataset.years);
    if (resolved.notices.length > 0) {
      store.update(resolved.state, 'replace');
      store.addNotices(resolved.notices);
      return;
    }
    this.show(store.state, dataset);
  }

  private show(state: Readonly<AppState>, dataset: Dataset): void {
    const joined = this.joinedFor(dataset);
    const years = joined.years;
    const yearIndex = state.year === undefined ? years.length - 1 : years.indexOf(state.year);
    const baseYear = state.base ?? years[0]!;
    if (this.timeline.state.years.join() !== years.join()) this.timeline.setYears(years);
    if (this.timeline.state.index !== yearIndex) this.timeline.seek(yearIndex);

    const palette = paletteInForce(state);
    const classification = classificationInForce(state);
    const regionForces = state.region ? joined.forces.filter((force) => force.region === state.region) : joined.forces;
    const classifiedCodes = new Set((state.scale === 'region' ? regionForces : joined.forces).map((force) => force.code));
    const choropleth = this.choroplethFor(joined, state, baseYear, palette, classification.options, classifiedCodes);
    this.mapView.setFills(choropleth.fillsFor(yearIndex));
    if (this.yearStepPending) this.measureYearStep();
    this.mapView.setSelected(state.force);
    this.focusRegion(state.region);
    this.markBusyUntilIdle();

    const meta = dataset.meta;
    const label = measureLabel(state.measure, meta, baseYear);
    const area = state.region ?? 'England and Wales';
    const selected = state.force ? this.deps.forceTable.byCode.get(state.force) : undefined;
    this.deps.elements.mapPanel.hidden = state.view === 'table';
    this.announcer.announce(`Showing ${label.toLowerCase()}, ${years[yearIndex]}, ${area}${selected ? `, ${selected.name} selected` : ''}.`, { quiet: this.timeline.state.playing });
    const { elements } = this.deps;
    elements.title.textContent = meta.title;
    elements.subtitle.textContent = `${label}, ${years[yearIndex]}, ${area}`;
    elements.sourceLine.textContent = sourceLines(meta.attribution, state.measure).join(' ');

    this.controlsView.render({
      state,
      datasets: this.deps.datasets.list().map((candidate) => ({ value: candidate.id, label: candidate.title })),
      measures: MEASURES.map((measure) => ({ value: measure.id, label: measure.label({ unit: meta.unit, baseYear: 'a chosen year' }) })),
      years,
      baseYear,
      methods: CLASSIFICATION_METHODS.map((method) => ({ value: method, label: METHOD_LABELS[method]! })),
      palettes: PALETTES.filter((candidate) => candidate.kind === paletteOf(palette).kind).map((candidate) => ({ value: candidate.id, label: candidate.label })),
      palette,
      ...(classification.error ? { breaksError: classification.error } : {}),
    });

    const hovered = this.hovered ? this.deps.forceTable.byCode.get(this.hovered.code) : undefined;
    const marked = hovered ?? selected;
    const legend: LegendArgs = {
      choropleth,
      years,
      measure: state.measure,
      title: label,
      scope: state.scope,
      method: classification.options.method,
      scopeArea: state.scale === 'region' && state.region ? `the ${state.region}` : 'England and Wales',
    };
    this.legendView.render(legendModel({ ...legend, yearIndex, ...(marked ? { marker: { code: marked.code, label: marked.short } } : {}) }));
    this.renderTooltip(joined, choropleth, yearIndex, state);
    this.placeBarView.render({
      region: state.region,
      force: selected,
      scale: state.scale,
      searchNames: this.searchNames,
      ...(this.searchError ? { searchError: this.searchError } : {}),
    });
    this.renderProfileAndTable(joined, choropleth, yearIndex, state, label, regionForces, selected);
    this.shown = { state, joined, choropleth, yearIndex, baseYear, label, regionForces, selected, legend };
  }

  /** The import panel's code (parser worker, report) loads when the reader opens it. */
  private mountImporter(container: HTMLElement): void {
    mountImportPanel(container, this.deps.forceTable, (dataset) => {
      const { id, ...kept } = this.deps.datasets.addImported(dataset);
      this.deps.store.update({ dataset: id, year: undefined, base: undefined });
      return kept;
    });
  }

  /** The view as it stands, for the export panel: the same extent, colours and highlighting as the screen. */
  private exportSource(): ExportSource {
    const shown = this.shown;
    if (!shown) throw new Error('The map has not been drawn yet.');
    const { state, joined, choropleth, label, regionForces, selected } = shown;
    const meta = joined.dataset.meta;
    const area = state.region ?? 'England and Wales';
    return {
      yearIndex: shown.yearIndex,
      years: joined.years,
      svgInput: (yearIndex) => ({
        features: this.features,
        fills: choropleth.fillsFor(yearIndex),
        extent: this.mapView.viewBounds(),
        ...(this.focus ? { dimmed: new Set([...this.boundaryCodes].filter((code) => !this.focus!.codes.has(code))), regionOutline: this.focus.outline } : {}),
        ...(selected ? { selected: selected.code } : {}),
        width: this.deps.elements.map.clientWidth,
        title: meta.title,
        subtitle: `${label}, ${joined.years[yearIndex]}, ${area}`,
        legend: legendModel({ ...shown.legend, yearIndex }),
        sourceLines: sourceLines(meta.attribution, state.measure),
      }),
      tableRows: () => {
        const values = choropleth.valuesFor(shown.yearIndex);
        return regionForces.map((force) => {
          const cell = joined.cells.get(force.code)?.[shown.yearIndex];
          return {
            code: force.code,
            name: force.name,
            region: force.region,
            year: joined.years[shown.yearIndex]!,
            measure: label,
            value: values.get(force.code) ?? null,
            missingLabel: measureMeta(state.measure).missingLabel,
            ...(cell ? { source: cell.source } : {}),
          };
        });
      },
      fileName: ({ extension, year }) =>
        exportFileName({ datasetId: meta.id, measure: state.measure, baseYear: shown.baseYear, year, area: state.region, ...(selected ? { force: selected.name } : {}), extension }),
    };
  }

  private renderProfileAndTable(joined: JoinedData, choropleth: Choropleth, yearIndex: number, state: Readonly<AppState>, label: string, regionForces: readonly Force[], selected: Force | undefined): void {
    const measureValues = choropleth.valuesFor(yearIndex);
    const unit = unitAfter(state.measure, joined.dataset.meta.unit);
    if (selected) {
      const token = this.renderToken;
      void this.loadProfile().then(({ view, build }) => {
        // A later render has taken over meanwhile.
        if (token !== this.renderToken) return;
        const profile = build({ joined, force: selected, regionForces: joined.forces.filter((force) => force.region === selected.region), yearIndex, measureValues });
        view.render({ profile, measure: state.measure, measureLabel: label, value: measureValues.get(selected.code) ?? null, unit });
        this.profileShown = true;
      });
    } else if (this.profileShown) {
      void this.loadProfile().then(({ view }) => view.hide());
      this.profileShown = false;
    }
    const inView = new Map([...measureValues].filter(([code]) => regionForces.some((force) => force.code === code)));
    this.tableView.render({
      caption: `${label}, ${joined.years[yearIndex]}: ${countOf(regionForces.length, 'force', 'forces')} of ${state.region ?? 'England and Wales'}`,
      measure: state.measure,
      measureHeading: label,
      selected: state.force,
      rows: regionForces.map((force) => {
        const cell = joined.cells.get(force.code)?.[yearIndex];
        const count = cell?.value ?? null;
        return {
          code: force.code,
          name: force.name,
          region: force.region,
          value: measureValues.get(force.code) ?? null,
          count,
          rate: count !== null && cell?.population !== undefined ? (count / cell.population) * 100_000 : null,
          rank: rankAmong(inView, force.code)?.rank,
        };
      }),
    });
  }

  /** Script time of a year step, and time to the frame after it (two animation frames on: MapLibre paints in the first). */
  private measureYearStep(): void {
    this.yearStepPending = false;
    performance.measure('pfa:year-script', 'pfa:year-step');
    requestAnimationFrame(() => requestAnimationFrame(() => performance.measure('pfa:year-frame', 'pfa:year-step')));
  }

  private loadProfile(): NonNullable<Explorer['profile']> {
    this.profile ??= Promise.all([import('../views/profile-view'), import('../model/force-profile')]).then(([{ ProfileView }, { forceProfile }]) => {
      const view = new ProfileView(() => this.deps.store.update({ force: undefined }));
      this.deps.elements.profile.append(view.element);
      return { view, build: forceProfile };
    });
    return this.profile;
  }

  /** Selecting a force also moves to its region; selecting nothing keeps the region. */
  private select(code: string | undefined): void {
    const force = code ? this.deps.forceTable.byCode.get(code) : undefined;
    if (!force) return;
    this.deps.store.update({ force: force.code, region: force.region });
  }

  private focusRegion(region: Region | undefined): void {
    if (region === this.focusedRegion) return;
    this.focusedRegion = region;
    // A link opened fresh jumps to its region; only a change the reader makes flies there.
    const animate = this.firstFrameMarked && !this.reducedMotion.matches;
    if (region) {
      const outline = regionOutline(this.deps.topology, region);
      const codes = new Set(this.deps.forceTable.forces.filter((force) => force.region === region).map((force) => force.code));
      this.focus = { outline, bounds: boundsOf(outline), codes };
    } else {
      this.focus = undefined;
    }
    this.mapView.setFocus(this.focus, animate);
  }

  private renderTooltip(joined: JoinedData, choropleth: Choropleth, yearIndex: number, state: Readonly<AppState>): void {
    const force = this.hovered && this.deps.forceTable.byCode.get(this.hovered.code);
    this.mapView.setHovered(force?.code);
    if (!force || !this.hovered) {
      this.tooltipView.hide();
      return;
    }
    const series = choropleth.values.get(force.code) ?? [];
    const value = series[yearIndex] ?? null;
    const cell = joined.cells.get(force.code)?.[yearIndex];
    const rank = rankAmong(choropleth.valuesFor(yearIndex), force.code);
    const unit = value === null ? '' : ` ${unitAfter(state.measure, joined.dataset.meta.unit)}`.trimEnd();
    const map = this.deps.elements.map;
    this.tooltipView.show(
      {
        name: force.name,
        region: force.region,
        value: `${formatValue(value, state.measure)}${unit}`,
        year: joined.years[yearIndex]!,
        ...(rank ? { rank: `Ranks ${ordinal(rank.rank)} of ${countOf(rank.of, 'force', 'forces')} with figures (1st is highest)` } : {}),
        ...(cell ? { source: cell.source.release } : {}),
        ...(cell?.note ? { note: cell.note } : {}),
        series,
        yearIndex,
      },
      this.hovered.point,
      { width: map.clientWidth, height: map.clientHeight },
    );
  }

  private hover(code: string | undefined, point: { x: number; y: number } | undefined): void {
    this.hovered = code && point ? { code, point } : undefined;
    void this.render();
  }

  private joinedFor(dataset: Dataset): JoinedData {
    if (this.joined?.dataset !== dataset) this.joined = joinDataset(this.boundaryCodes, this.deps.forceTable, dataset, this.deps.population);
    return this.joined;
  }

  private choroplethFor(
    joined: JoinedData,
    state: Readonly<AppState>,
    baseYear: string,
    palette: ReturnType<typeof paletteInForce>,
    classification: ReturnType<typeof classificationInForce>['options'],
    classifiedCodes: ReadonlySet<string>,
  ): Choropleth {
    const key = JSON.stringify([joined.dataset.meta.id, state.measure, baseYear, palette, classification, state.scope, [...classifiedCodes]]);
    if (this.choropleth?.key !== key) {
      this.choropleth = {
        key,
        value: buildChoropleth(joined, this.deps.population, {
          measure: state.measure,
          baseYear,
          classification,
          scope: state.scope,
          palette,
          classifiedCodes,
        }),
      };
    }
    return this.choropleth.value;
  }

  /** data-state="idle" on the map element once MapLibre has drawn the latest colours (tests and the benchmark wait for it). */
  private markBusyUntilIdle(): void {
    const element = this.deps.elements.map;
    element.setAttribute('data-state', 'busy');
    void this.mapView.whenDrawn().then(() => {
      element.setAttribute('data-state', 'idle');
      if (!this.firstFrameMarked) performance.mark('pfa:first-frame');
      this.firstFrameMarked = true;
    });
  }
}

const ONS_ATTRIBUTION = 'Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2022.';

/** What the legend is made from, apart from the year and the marked force. */
type LegendArgs = Omit<Parameters<typeof legendModel>[0], 'yearIndex' | 'marker'>;

interface Shown {
  state: Readonly<AppState>;
  joined: JoinedData;
  choropleth: Choropleth;
  yearIndex: number;
  baseYear: string;
  label: string;
  regionForces: readonly Force[];
  selected: Force | undefined;
  legend: LegendArgs;
}

/** What follows a value in words: "offences", "per 100,000 people", nothing for a change in per cent. */
function unitAfter(measure: AppState['measure'], unit: string): string {
  if (measure === 'count') return unit;
  if (measure === 'rate') return 'per 100,000 people';
  return '';
}

/** Where the figures, the population (for rates) and the boundaries come from, a line each. */
function sourceLines(attribution: string, measure: AppState['measure']): string[] {
  const population = measure === 'rate' ? ['Population: ONS mid-year estimates, Open Government Licence v3.0.'] : [];
  return [attribution, ...population, ONS_ATTRIBUTION];
}

