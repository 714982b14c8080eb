/**
 * The page as data: one pure function from what the URL says (the state),
 * what has been loaded, and what is passing (the pointer, playing) to
 * everything the page and its exports show. No DOM, no store.
 *
 * It is made of slices, each remembered on its named inputs (slice.ts), so
 * that a hover recomputes only what the pointer touches (tooltip, legend
 * marker, outline) and a year step only what depends on the year; every
 * other slice comes back as the same object, and its view skips its render.
 */
import type { Dataset } from '../datasets/dataset';
import type { OffenceCatalog } from '../datasets/offence-catalog';
import type { Population } from '../datasets/population';
import { regionFocus, type Boundaries, type RegionFocus } from '../geography/boundaries';
import type { ForceTable, Region } from '../forces/force-table';
import { HOME_OFFICE, type AppState } from '../state/app-state';
import type { UrlNotice } from '../state/url-notices';
import { measureMeta } from '../model/measures';
import type { aboutModel, AboutModel } from './about-model';
import type { PublishedTotalsModel } from './published-total-text';
import { choiceTitle, controlsModel, offenceLabel, type ControlsModel, type DatasetChoice } from './controls-model';
import { datasetWords } from './dataset-words';
import { exportModel, type ExportModel } from './export-model';
import type { LegendModel } from '../export/legend-block';
import type { ValueLabel } from '../export/map-layer';
import { editTextModel, type EditTextModel } from './edit-text-model';
import { legendMarker, legendModel, type LegendMarker } from './legend-model';
import { slice } from './slice';
import { placeModel, type PlaceModel } from './place-model';
import type { profileModel, ProfileModel } from './profile-model';
import type { AfterFirstMap } from './after-first-map';
import { regionPhrase, seriesModel, yearIndexOf, type SeriesModel } from './series-model';
import { tableModel, type ForceTableModel } from './table-model';
import { tooltipModel, type TooltipModel } from './tooltip-model';
import { t } from '../i18n/language';
import { forceName, forceShort, regionName } from '../i18n/place-names';

/** Loaded once per page. */
export interface PageData {
  forceTable: ForceTable;
  boundaries: Boundaries;
  population: Population;
}

/** The figures the state asks for, as far as they have come. */
type Figures = { status: 'loading'; id: string } | { status: 'ready'; dataset: Dataset } | { status: 'failed'; id: string; message: string };

/** What is passing: not in the URL, never shared by a link. */
export interface Transient {
  /** The force under the pointer, or tapped (sticky: its card stays until dismissed). */
  hovered: { code: string; point: { x: number; y: number }; sticky: boolean } | undefined;
  /** The force the arrow keys are on, before Enter chooses it. */
  keyboard: string | undefined;
  playing: boolean;
}

/**
 * Derivations of panels a reader opens (a force's profile, About these
 * figures), whose code loads on first use, and what the settled page and
 * the exports take (the map's description in words, the figures' rows),
 * which loads after the first map: until they have, their slices are
 * absent. Loaded code, given like loaded data.
 */
export interface PageModules {
  profile?: typeof profileModel;
  about?: typeof aboutModel;
  afterFirstMap?: AfterFirstMap;
}

export interface PageInput {
  state: Readonly<AppState>;
  notices: readonly UrlNotice[];
  data: PageData;
  /** The datasets the switcher offers, shipped and imported. */
  datasets: readonly DatasetChoice[];
  figures: Figures;
  /** The Home Office series on offer, once loaded (for the About panel's account of what is left out). */
  offenceCatalog: OffenceCatalog | undefined;
  transient: Transient;
  modules: PageModules;
  /**
   * The map is not yet on screen for the state shown (the first map, or a step to another year), or the shown year's
   * intervals are still being worked out ahead of need (workAhead, in the idle moments after it): what the map's own frame
   * does not need waits for an idle moment, so that the map comes sooner. That is the table (unless it is the view), which
   * shows the intervals of every force, and the map's description in words.
   */
  settling?: boolean;
}

/** Works the series' intervals out ahead of need while hasTime() (see Significance.workAhead). */
interface WorkAhead {
  (hasTime: () => boolean): { shownYear: boolean; everyYear: boolean };
}

interface HeaderModel {
  /** The reader's title and subtitle when given, else the figures' own. */
  title: string;
  subtitle: string;
  /** The reader's note and credit; undefined when not given. */
  note: string | undefined;
  credit: string | undefined;
}

export interface MapModel {
  /** code → class colour, or null (hatched: no figure). */
  fills: ReadonlyMap<string, string | null>;
  selected: string | undefined;
  focus: RegionFocus | undefined;
  /** The map is hidden while the table or every year's map stands in its place. */
  hidden: boolean;
  layout: MapLayout;
}

/** The geographic map, or the tile map: one equal hexagon per force. */
export type MapLayout = 'geographic' | 'tiles';

export interface TimelineModel {
  years: readonly string[];
  index: number;
  playing: boolean;
}

interface TooltipSlice {
  model: TooltipModel;
  /** Where the pointer is; absent for the keyboard, whose card stands by the force. */
  point: { x: number; y: number } | undefined;
  /** A card that came with a tap or a key stays until closed. */
  dismissable: boolean;
}

/** Everything drawn from the figures: there only once they have arrived. */
export interface ContentModel {
  header: HeaderModel;
  controls: ControlsModel;
  timeline: TimelineModel;
  map: MapModel;
  /** What stands in the map's place instead of the map: the table, or every year's map (drawn from the export slice). */
  stage: 'map' | 'table' | 'years';
  legend: LegendModel;
  legendMarker: LegendMarker | undefined;
  hovered: string | undefined;
  keyboard: string | undefined;
  tooltip: TooltipSlice | undefined;
  /** The page has settled (PageInput.settling) and the description's code has loaded: the table and the description are here. */
  settled: boolean;
  /** Absent while the page is settling (PageInput.settling), as is the description. */
  table: ForceTableModel | undefined;
  workAhead: WorkAhead;
  /** The chosen force's profile; absent until its code has loaded. */
  profile: ProfileModel | undefined;
  /** Said to screen readers once things settle; quiet while playing. */
  announcement: { text: string; quiet: boolean };
  sourceLines: readonly string[];
  export: ExportModel;
  /** The forces written on the map with their values: the chosen one, then the pinned ones. */
  valueLabels: readonly ValueLabel[];
  /** The "Edit text" panel: the reader's words, the defaults they replace, and the forces pinned. */
  editText: EditTextModel;
  /** What the map shows, in words (mapDescription): the map's accessible description, and the alt text a reader can copy. */
  description: string | undefined;
  /** About these figures; absent until its code has loaded (on first opening). */
  about: AboutModel | undefined;
  /** Totals the publisher gave for the region or country shown (with a force chosen, its profile has them). */
  publishedTotals: PublishedTotalsModel | undefined;
}

export interface PageModel {
  place: PlaceModel;
  /** Whether the offence picker belongs on the page (the Home Office figures): known before the figures arrive, so that the controls do not move when they do. */
  offencePicker: boolean;
  notices: readonly UrlNotice[];
  content: ContentModel | undefined;
  /** The figures asked for could not be loaded: what, and why; the Home Office series asked for, named as the offence picker names it. */
  failure: { title: string; message: string; offence: { id: string; label: string } | undefined } | undefined;
  loading: boolean;
}

/** The reader's own words, as the state holds them. */
type ReaderWords = Pick<AppState, 'title' | 'subtitle' | 'note' | 'credit'>;

/** The state's manual breaks as one string: the parser gives a new array each time, the same breaks the same string. */
const breaksKey = (breaks: AppState['breaks']): string => (breaks ?? []).join(',');
const breaksOf = (key: string): number[] | undefined => (key === '' ? undefined : key.split(',').map(Number));

/**
 * The page model's slices, each a derivation remembered on its named
 * inputs (slice.ts): a slice computes again only when one of the inputs it
 * names changes.
 */
function pageSlices() {
  return {
    series: slice(
      (
        i: { dataset: Dataset; data: PageData; breaks: string } & Pick<
          AppState,
          'measure' | 'base' | 'classify' | 'classes' | 'scope' | 'palette' | 'scale' | 'region'
        >,
      ) =>
        seriesModel(i.dataset, i.data.forceTable, i.data.boundaries, i.data.population, {
          measure: i.measure,
          base: i.base,
          classify: i.classify,
          classes: i.classes,
          breaks: breaksOf(i.breaks),
          scope: i.scope,
          palette: i.palette,
          scale: i.scale,
          region: i.region,
        }),
    ),
    focus: slice(({ boundaries, region }: { boundaries: Boundaries; region: Region | undefined }) => (region ? regionFocus(boundaries, region) : undefined)),
    place: slice(({ region, force, scale, forceTable }: { forceTable: ForceTable } & Pick<AppState, 'region' | 'force' | 'scale'>) =>
      placeModel(region, force, scale, forceTable),
    ),
    controls: slice(
      (
        i: { model: SeriesModel; datasets: readonly DatasetChoice[]; notices: readonly UrlNotice[]; breaks: string; yearForBase: string | undefined } & Pick<
          AppState,
          'dataset' | 'measure' | 'classify' | 'classes' | 'scope' | 'view'
        >,
      ) =>
        controlsModel(
          {
            dataset: i.dataset,
            measure: i.measure,
            classify: i.classify,
            classes: i.classes,
            breaks: breaksOf(i.breaks),
            scope: i.scope,
            view: i.view,
            year: i.yearForBase,
          },
          i.model,
          i.datasets,
          i.notices,
        ),
    ),
    legend: slice(({ model, yearIndex, measure, scope }: { model: SeriesModel; yearIndex: number } & Pick<AppState, 'measure' | 'scope'>) =>
      legendModel({
        choropleth: model.choropleth,
        yearIndex,
        years: model.years,
        measure,
        title: model.measureLabel,
        method: model.classification.method,
        scope,
        scopeArea: model.classifiedArea,
      }),
    ),
    fills: slice(({ model, yearIndex }: { model: SeriesModel; yearIndex: number }) => model.choropleth.fillsFor(yearIndex)),
    map: slice(
      ({
        fills,
        selected,
        focus,
        view,
      }: {
        fills: ReadonlyMap<string, string | null>;
        selected: string | undefined;
        focus: RegionFocus | undefined;
        view: AppState['view'];
      }): MapModel => ({
        fills,
        selected,
        focus,
        hidden: stageOf(view) !== 'map',
        layout: view === 'tiles' ? 'tiles' : 'geographic',
      }),
    ),
    workAhead: slice(({ model, yearIndex, force }: { model: SeriesModel; yearIndex: number; force: string | undefined }): WorkAhead => {
      const shownYear = [yearIndex];
      const everyYear = yearsNearest(yearIndex, model.years.length);
      return (hasTime) => {
        // The chosen force's years first: its profile shows them all, and comes with the first idle moments.
        const chosen = force === undefined || model.significance.workAheadFor(force, everyYear, hasTime);
        return {
          shownYear: chosen && model.significance.workAhead(shownYear, hasTime),
          everyYear: chosen && model.significance.workAhead(everyYear, hasTime),
        };
      };
    }),
    table: slice(({ model, yearIndex, region, force, measure }: { model: SeriesModel; yearIndex: number } & Pick<AppState, 'region' | 'force' | 'measure'>) => {
      const forces = region ? model.joined.forces.filter((candidate) => candidate.region === region) : model.joined.forces;
      return tableModel(model, yearIndex, forces, region ? regionPhrase(region) : t().places.englandAndWales, force, measure);
    }),
    profile: slice(
      ({
        derive,
        model,
        yearIndex,
        data,
        force,
        measure,
      }: { derive: PageModules['profile']; model: SeriesModel; yearIndex: number; data: PageData } & Pick<AppState, 'force' | 'measure'>) => {
        const chosen = force ? data.forceTable.byCode.get(force) : undefined;
        return derive && chosen && model.joined.cells.has(chosen.code) ? derive(model, yearIndex, chosen, measure) : undefined;
      },
    ),
    header: slice(
      ({ model, yearIndex, region, words }: { model: SeriesModel; yearIndex: number; region: Region | undefined; words: ReaderWords }): HeaderModel => {
        const defaults = defaultHeader(model, yearIndex, region);
        return {
          title: words.title ?? defaults.title,
          subtitle: words.subtitle ?? defaults.subtitle,
          note: words.note,
          credit: words.credit,
        };
      },
    ),
    timeline: slice(({ years, index, playing }: TimelineModel): TimelineModel => ({ years, index, playing })),
    sourceLines: slice(({ attribution, measure }: { attribution: string; measure: AppState['measure'] }) => sourceLinesOf(attribution, measure)),
    published: slice(
      ({
        derive,
        model,
        region,
        force,
      }: { derive: AfterFirstMap['publishedTotalsModel'] | undefined; model: SeriesModel } & Pick<AppState, 'region' | 'force'>) =>
        force === undefined ? derive?.(model.joined, region) : undefined,
    ),
    about: slice(({ derive, model, catalog }: { derive: PageModules['about']; model: SeriesModel; catalog: OffenceCatalog | undefined }) =>
      derive?.(
        model.joined.dataset,
        model.joined.forces.length - model.joined.report.forcesWithoutFigures.length,
        model.joined.dataset.meta.offence && catalog ? { facts: catalog.release, notOffered: catalog.notOffered.length } : undefined,
      ),
    ),
    exported: slice(
      (
        i: {
          model: SeriesModel;
          yearIndex: number;
          boundaries: Boundaries;
          focus: RegionFocus | undefined;
          lines: readonly string[];
          words: ReaderWords;
          afterFirstMap: AfterFirstMap | undefined;
        } & Pick<AppState, 'measure' | 'scope' | 'region' | 'force' | 'pins'>,
      ) =>
        exportModel(
          i.model,
          i.yearIndex,
          { measure: i.measure, scope: i.scope, region: i.region, force: i.force, pins: i.pins, ...i.words },
          i.boundaries,
          i.focus,
          i.lines,
          i.afterFirstMap,
        ),
    ),
    editText: slice(
      ({
        model,
        yearIndex,
        region,
        words,
        pins,
        forceTable,
      }: { model: SeriesModel; yearIndex: number; words: ReaderWords; forceTable: ForceTable } & Pick<AppState, 'region' | 'pins'>) =>
        editTextModel({ ...words, pins }, defaultHeader(model, yearIndex, region), forceTable),
    ),
    description: slice(({ exported }: { exported: ExportModel }) => exported.afterFirstMap?.description(exported.yearIndex)),
    valueLabels: slice(({ exported }: { exported: ExportModel }) => exported.valueLabels(exported.yearIndex)),
    words: slice(({ title, subtitle, note, credit }: ReaderWords): ReaderWords => ({ title, subtitle, note, credit })),
    marker: slice(
      ({
        model,
        yearIndex,
        data,
        code,
        measure,
      }: {
        model: SeriesModel;
        yearIndex: number;
        data: PageData;
        code: string | undefined;
        measure: AppState['measure'];
      }) => {
        const force = code ? data.forceTable.byCode.get(code) : undefined;
        return force ? legendMarker(model.choropleth, yearIndex, measure, { code: force.code, label: forceShort(force) }) : undefined;
      },
    ),
    tooltip: slice(
      ({
        model,
        yearIndex,
        data,
        hovered,
        keyboard,
        measure,
        region,
      }: { model: SeriesModel; yearIndex: number; data: PageData } & Pick<Transient, 'hovered' | 'keyboard'> & Pick<AppState, 'measure' | 'region'>):
        TooltipSlice | undefined => {
        const code = hovered?.code ?? keyboard;
        const force = code ? data.forceTable.byCode.get(code) : undefined;
        if (!force) return undefined;
        return { model: tooltipModel(model, yearIndex, force, measure, region), point: hovered?.point, dismissable: hovered ? hovered.sticky : true };
      },
    ),
  };
}

/** A page model that remembers its slices between calls (see the module comment). */
export function createPageModel(): (input: PageInput) => PageModel {
  const slices = pageSlices();

  return (input) => {
    const { state, data, figures, transient } = input;
    const { measure, region, force, scope } = state;
    const page: PageModel = {
      place: slices.place({ region, force, scale: state.scale, forceTable: data.forceTable }),
      offencePicker: state.dataset === HOME_OFFICE,
      notices: input.notices,
      content: undefined,
      failure: undefined,
      loading: figures.status === 'loading',
    };
    if (figures.status === 'failed') {
      const choice = input.datasets.find((each) => each.id === figures.id);
      const title = choice ? choiceTitle(choice) : figures.id;
      const asked = state.dataset === HOME_OFFICE ? input.offenceCatalog?.offered.find((offence) => offence.id === state.offence) : undefined;
      return { ...page, failure: { title, message: figures.message, offence: asked && offenceLabel(asked) } };
    }
    if (figures.status === 'loading') return page;

    const breaks = breaksKey(state.breaks);
    const { classify, classes, base, palette, scale } = state;
    const model = slices.series({ dataset: figures.dataset, data, measure, base, classify, classes, breaks, scope, palette, scale, region });
    const yearIndex = yearIndexOf(model, state.year);
    const focus = slices.focus({ boundaries: data.boundaries, region });
    const words = slices.words({ title: state.title, subtitle: state.subtitle, note: state.note, credit: state.credit });
    const selected = force ? data.forceTable.byCode.get(force) : undefined;
    const hoveredCode = transient.hovered?.code;
    const card = slices.tooltip({ model, yearIndex, data, hovered: transient.hovered, keyboard: transient.keyboard, measure, region });
    const keyboardCard = transient.keyboard && !transient.hovered ? card?.model : undefined;
    const lines = slices.sourceLines({ attribution: datasetWords(figures.dataset.meta).attribution, measure });
    const { afterFirstMap } = input.modules;
    const exported = slices.exported({
      model,
      yearIndex,
      measure,
      scope,
      region,
      force,
      pins: state.pins,
      boundaries: data.boundaries,
      focus,
      lines,
      words,
      afterFirstMap,
    });
    return {
      ...page,
      content: {
        settled: !input.settling && afterFirstMap !== undefined,
        header: slices.header({ model, yearIndex, region, words }),
        controls: slices.controls({
          model,
          datasets: input.datasets,
          notices: input.notices,
          dataset: state.dataset,
          measure,
          classify,
          classes,
          breaks,
          scope,
          view: state.view,
          // Only a measure from a base year reads the year shown (to say when its base comes after it).
          yearForBase: measureMeta(measure).needsBaseYear ? state.year : undefined,
        }),
        timeline: slices.timeline({ years: model.years, index: yearIndex, playing: transient.playing }),
        map: slices.map({ fills: slices.fills({ model, yearIndex }), selected: force, focus, view: state.view }),
        stage: stageOf(state.view),
        // The year matters to the legend only when each year has classes of its own: otherwise it holds still, the same object, as the years play.
        legend: slices.legend({ model, yearIndex: scope === 'each-year' ? yearIndex : model.years.length - 1, measure, scope }),
        legendMarker: slices.marker({ model, yearIndex, data, code: hoveredCode ?? transient.keyboard ?? force, measure }),
        hovered: hoveredCode,
        keyboard: transient.keyboard,
        tooltip: card,
        table: input.settling && state.view !== 'table' ? undefined : slices.table({ model, yearIndex, region, force, measure }),
        workAhead: slices.workAhead({ model, yearIndex, force }),
        profile: slices.profile({ derive: input.modules.profile, model, yearIndex, data, force, measure }),
        announcement: announcement(model, yearIndex, state, selected && forceName(selected), transient, keyboardCard),
        sourceLines: lines,
        about: slices.about({ derive: input.modules.about, model, catalog: input.offenceCatalog }),
        publishedTotals: slices.published({ derive: afterFirstMap?.publishedTotalsModel, model, region, force }),
        export: exported,
        description: input.settling ? undefined : slices.description({ exported }),
        valueLabels: slices.valueLabels({ exported }),
        editText: slices.editText({ model, yearIndex, region, words, pins: state.pins, forceTable: data.forceTable }),
      },
    };
  };
}

/** Every year index of a series, the shown one first, then outwards from it, the later before the earlier at each distance. */
export function yearsNearest(yearIndex: number, yearCount: number): number[] {
  const order = [yearIndex];
  for (let distance = 1; order.length < yearCount; distance++) {
    if (yearIndex + distance < yearCount) order.push(yearIndex + distance);
    if (yearIndex - distance >= 0) order.push(yearIndex - distance);
  }
  return order;
}

/** The figures' own title and subtitle: what the reader's words replace. */
function defaultHeader(model: SeriesModel, yearIndex: number, region: Region | undefined): { title: string; subtitle: string } {
  return {
    title: datasetWords(model.joined.dataset.meta).title,
    subtitle: `${model.measureLabel}, ${model.years[yearIndex]}, ${region ? regionName(region) : t().places.englandAndWales}`,
  };
}

/**
 * What a screen reader hears once things settle: what the map shows, or,
 * as the arrow keys move across the map, the force the keyboard is on.
 */
function announcement(
  model: SeriesModel,
  yearIndex: number,
  state: Readonly<AppState>,
  selected: string | undefined,
  transient: Transient,
  keyboardCard: TooltipModel | undefined,
): { text: string; quiet: boolean } {
  if (keyboardCard) {
    const rank = keyboardCard.rank ? ` ${keyboardCard.rank}.` : '';
    return { text: t().announce.keyboard(keyboardCard.name, keyboardCard.region, keyboardCard.value, keyboardCard.year, rank), quiet: false };
  }
  return {
    text: t().announce.showing(model.measureLabel, model.years[yearIndex]!, state.region ? regionName(state.region) : t().places.englandAndWales, selected),
    quiet: transient.playing,
  };
}

/** The page model without memory between calls: for tests, and anything that needs one page. */
export function derivePage(input: PageInput): PageModel {
  return createPageModel()(input);
}

/** Where the figures, the population (for rates) and the boundaries come from, a line each. */
function sourceLinesOf(attribution: string, measure: AppState['measure']): readonly string[] {
  const words = t().sources;
  return [attribution, ...(measureMeta(measure).needsPopulation ? [words.population] : []), words.boundaries];
}

/** What stands in the map's place: the map (geographic or tiles), the table, or every year's map. */
function stageOf(view: AppState['view']): ContentModel['stage'] {
  return view === 'table' || view === 'years' ? view : 'map';
}
