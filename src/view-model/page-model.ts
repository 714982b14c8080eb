/**
 * The page as data: one pure function from what the URL says (the state),
 * what has been loaded, and what is passing (the pointer, playing) to
 * everything the page and its exports show. No DOM, no store.
 *
 * It is made of slices, each remembered on its own inputs (memoLast), so
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
import type { UrlNotice } from '../state/url-params';
import { measureMeta } from '../model/measures';
import { publishedTotalsFor } from '../model/published-totals';
import type { aboutModel, AboutModel } from './about-model';
import { publishedTotalText, type PublishedTotalsModel } from './published-total-text';
import { controlsModel, offenceLabel, type ControlsModel, type DatasetChoice } from './controls-model';
import { exportModel, type ExportModel } from './export-model';
import type { LegendModel } from '../export/legend-block';
import { editTextModel, type EditTextModel } from './edit-text-model';
import { legendMarker, legendModel, type LegendMarker } from './legend-model';
import { memoLast } from './memo-last';
import { placeModel, type PlaceModel } from './place-model';
import type { profileModel, ProfileModel } from './profile-model';
import { regionPhrase, seriesModel, yearIndexOf, type SeriesModel } from './series-model';
import { tableModel, type ForceTableModel } from './table-model';
import { tooltipModel, type TooltipModel } from './tooltip-model';

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
 * figures), whose code loads on first use: until it has, their slices are
 * absent. Loaded code, given like loaded data.
 */
export interface PageModules {
  profile?: typeof profileModel;
  about?: typeof aboutModel;
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
  table: ForceTableModel;
  /** The chosen force's profile; absent until its code has loaded. */
  profile: ProfileModel | undefined;
  /** Said to screen readers once things settle; quiet while playing. */
  announcement: { text: string; quiet: boolean };
  sourceLines: readonly string[];
  export: ExportModel;
  /** The forces written on the map with their values: the chosen one, then the pinned ones. */
  valueLabels: readonly { code: string; text: string }[];
  /** The "Edit text" panel: the reader's words, the defaults they replace, and the forces pinned. */
  editText: EditTextModel;
  /** What the map shows, in words (mapDescription): the map's accessible description, and the alt text a reader can copy. */
  description: string;
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

/** A page model that remembers its slices between calls (see the module comment). */
export function createPageModel(): (input: PageInput) => PageModel {
  const series = memoLast(
    (
      dataset: Dataset,
      data: PageData,
      measure: AppState['measure'],
      base: string | undefined,
      classify: AppState['classify'],
      classes: number,
      breaks: string,
      scope: AppState['scope'],
      palette: string | undefined,
      scale: AppState['scale'],
      region: Region | undefined,
    ) =>
      seriesModel(dataset, data.forceTable, data.boundaries, data.population, {
        measure,
        base,
        classify,
        classes,
        breaks: breaks === '' ? undefined : breaks.split(',').map(Number),
        scope,
        palette,
        scale,
        region,
      }),
  );
  const focus = memoLast((boundaries: Boundaries, region: Region | undefined) => (region ? regionFocus(boundaries, region) : undefined));
  const place = memoLast(placeModel);
  const controls = memoLast(
    (
      model: SeriesModel,
      datasets: readonly DatasetChoice[],
      notices: readonly UrlNotice[],
      dataset: string,
      measure: AppState['measure'],
      classify: AppState['classify'],
      classes: number,
      breaks: string,
      scope: AppState['scope'],
      view: AppState['view'],
      yearForBase: string | undefined,
    ) =>
      controlsModel(
        { dataset, measure, classify, classes, breaks: breaks === '' ? undefined : breaks.split(',').map(Number), scope, view, year: yearForBase },
        model,
        datasets,
        notices,
      ),
  );
  // The year matters to the legend only when each year has classes of its own: otherwise it holds still, the same object, as the years play.
  const legend = memoLast((model: SeriesModel, yearIndex: number, measure: AppState['measure'], scope: AppState['scope']) =>
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
  );
  const fills = memoLast((model: SeriesModel, yearIndex: number) => model.choropleth.fillsFor(yearIndex));
  const map = memoLast(
    (
      fillsOfYear: ReadonlyMap<string, string | null>,
      selected: string | undefined,
      regionFocus: RegionFocus | undefined,
      view: AppState['view'],
    ): MapModel => ({
      fills: fillsOfYear,
      selected,
      focus: regionFocus,
      hidden: stageOf(view) !== 'map',
      layout: view === 'tiles' ? 'tiles' : 'geographic',
    }),
  );
  const table = memoLast((model: SeriesModel, yearIndex: number, region: Region | undefined, selected: string | undefined, measure: AppState['measure']) => {
    const forces = region ? model.joined.forces.filter((force) => force.region === region) : model.joined.forces;
    return tableModel(model, yearIndex, forces, region ? regionPhrase(region) : 'England and Wales', selected, measure);
  });
  const profile = memoLast(
    (derive: PageModules['profile'], model: SeriesModel, yearIndex: number, data: PageData, code: string | undefined, measure: AppState['measure']) => {
      const force = code ? data.forceTable.byCode.get(code) : undefined;
      return derive && force && model.joined.cells.has(force.code) ? derive(model, yearIndex, force, measure) : undefined;
    },
  );
  const header = memoLast(
    (
      model: SeriesModel,
      yearIndex: number,
      region: Region | undefined,
      title: string | undefined,
      subtitle: string | undefined,
      note: string | undefined,
      credit: string | undefined,
    ): HeaderModel => {
      const defaults = defaultHeader(model, yearIndex, region);
      return { title: title ?? defaults.title, subtitle: subtitle ?? defaults.subtitle, note, credit };
    },
  );
  const timeline = memoLast((years: readonly string[], index: number, playing: boolean): TimelineModel => ({ years, index, playing }));
  const sourceLines = memoLast(sourceLinesOf);
  const published = memoLast((model: SeriesModel, region: Region | undefined, force: string | undefined): PublishedTotalsModel | undefined => {
    if (force !== undefined) return undefined;
    const items = publishedTotalsFor(model.joined, { ...(region ? { region } : {}) }).map((comparison) =>
      publishedTotalText(comparison, model.joined.dataset.sources),
    );
    return items.length === 0 ? undefined : { heading: `Totals the publisher gave${region ? ` for ${regionPhrase(region)}` : ''}`, items };
  });
  const about = memoLast((derive: PageModules['about'], model: SeriesModel, catalog: OffenceCatalog | undefined) =>
    derive?.(
      model.joined.dataset,
      model.joined.forces.length - model.joined.report.forcesWithoutFigures.length,
      model.joined.dataset.meta.offence && catalog ? { facts: catalog.release, notOffered: catalog.notOffered.length } : undefined,
    ),
  );
  const exported = memoLast(
    (
      model: SeriesModel,
      yearIndex: number,
      measure: AppState['measure'],
      scope: AppState['scope'],
      region: Region | undefined,
      force: string | undefined,
      pins: readonly string[] | undefined,
      boundaries: Boundaries,
      regionFocus: RegionFocus | undefined,
      lines: readonly string[],
      words: ReaderWords,
    ) => exportModel(model, yearIndex, { measure, scope, region, force, pins, ...words }, boundaries, regionFocus, lines),
  );
  const editText = memoLast(
    (model: SeriesModel, yearIndex: number, region: Region | undefined, words: ReaderWords, pins: readonly string[] | undefined, forceTable: ForceTable) =>
      editTextModel({ ...words, pins }, defaultHeader(model, yearIndex, region), forceTable),
  );
  const description = memoLast((exportSlice: ExportModel) => exportSlice.picture(exportSlice.yearIndex).description);
  const valueLabels = memoLast((exportSlice: ExportModel) => exportSlice.picture(exportSlice.yearIndex).valueLabels ?? []);
  const readerWords = memoLast(
    (title: string | undefined, subtitle: string | undefined, note: string | undefined, credit: string | undefined): ReaderWords => ({
      title,
      subtitle,
      note,
      credit,
    }),
  );
  const marker = memoLast((model: SeriesModel, yearIndex: number, data: PageData, code: string | undefined, measure: AppState['measure']) => {
    const force = code ? data.forceTable.byCode.get(code) : undefined;
    return force ? legendMarker(model.choropleth, yearIndex, measure, { code: force.code, label: force.short }) : undefined;
  });
  const tooltip = memoLast(
    (
      model: SeriesModel,
      yearIndex: number,
      data: PageData,
      hovered: Transient['hovered'],
      keyboard: string | undefined,
      measure: AppState['measure'],
      region: Region | undefined,
    ): TooltipSlice | undefined => {
      const code = hovered?.code ?? keyboard;
      const force = code ? data.forceTable.byCode.get(code) : undefined;
      if (!force) return undefined;
      return { model: tooltipModel(model, yearIndex, force, measure, region), point: hovered?.point, dismissable: hovered ? hovered.sticky : true };
    },
  );

  return (input) => {
    const { state, data, figures, transient } = input;
    const page: PageModel = {
      place: place(state.region, state.force, state.scale, data.forceTable),
      offencePicker: state.dataset === HOME_OFFICE,
      notices: input.notices,
      content: undefined,
      failure: undefined,
      loading: figures.status === 'loading',
    };
    if (figures.status === 'failed') {
      const title = input.datasets.find((choice) => choice.id === figures.id)?.title ?? figures.id;
      const asked = state.dataset === HOME_OFFICE ? input.offenceCatalog?.offered.find((offence) => offence.id === state.offence) : undefined;
      return { ...page, failure: { title, message: figures.message, offence: asked && offenceLabel(asked) } };
    }
    if (figures.status === 'loading') return page;

    const model = series(
      figures.dataset,
      data,
      state.measure,
      state.base,
      state.classify,
      state.classes,
      (state.breaks ?? []).join(','),
      state.scope,
      state.palette,
      state.scale,
      state.region,
    );
    const yearIndex = yearIndexOf(model, state.year);
    const regionFocusNow = focus(data.boundaries, state.region);
    const headerNow = header(model, yearIndex, state.region, state.title, state.subtitle, state.note, state.credit);
    const selected = state.force ? data.forceTable.byCode.get(state.force) : undefined;
    const hoveredCode = transient.hovered?.code;
    const card = tooltip(model, yearIndex, data, transient.hovered, transient.keyboard, state.measure, state.region);
    const keyboardCard = transient.keyboard && !transient.hovered ? card?.model : undefined;
    const lines = sourceLines(figures.dataset.meta.attribution, state.measure);
    const words = readerWords(state.title, state.subtitle, state.note, state.credit);
    const exportNow = exported(
      model,
      yearIndex,
      state.measure,
      state.scope,
      state.region,
      state.force,
      state.pins,
      data.boundaries,
      regionFocusNow,
      lines,
      words,
    );
    return {
      ...page,
      content: {
        header: headerNow,
        // Only "change since a year" reads the year shown (to say when its base comes after it).
        controls: controls(
          model,
          input.datasets,
          input.notices,
          state.dataset,
          state.measure,
          state.classify,
          state.classes,
          (state.breaks ?? []).join(','),
          state.scope,
          state.view,
          state.measure === 'change-base' ? state.year : undefined,
        ),
        timeline: timeline(model.years, yearIndex, transient.playing),
        map: map(fills(model, yearIndex), state.force, regionFocusNow, state.view),
        stage: stageOf(state.view),
        legend: legend(model, state.scope === 'each-year' ? yearIndex : model.years.length - 1, state.measure, state.scope),
        legendMarker: marker(model, yearIndex, data, hoveredCode ?? transient.keyboard ?? state.force, state.measure),
        hovered: hoveredCode,
        keyboard: transient.keyboard,
        tooltip: card,
        table: table(model, yearIndex, state.region, state.force, state.measure),
        profile: profile(input.modules.profile, model, yearIndex, data, state.force, state.measure),
        announcement: announcement(model, yearIndex, state, selected?.name, transient, keyboardCard),
        sourceLines: lines,
        about: about(input.modules.about, model, input.offenceCatalog),
        publishedTotals: published(model, state.region, state.force),
        export: exportNow,
        description: description(exportNow),
        valueLabels: valueLabels(exportNow),
        editText: editText(model, yearIndex, state.region, words, state.pins, data.forceTable),
      },
    };
  };
}

/** The figures' own title and subtitle: what the reader's words replace. */
function defaultHeader(model: SeriesModel, yearIndex: number, region: Region | undefined): { title: string; subtitle: string } {
  return { title: model.joined.dataset.meta.title, subtitle: `${model.measureLabel}, ${model.years[yearIndex]}, ${region ?? 'England and Wales'}` };
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
    return { text: `${keyboardCard.name}, ${keyboardCard.region}: ${keyboardCard.value} in ${keyboardCard.year}.${rank} Enter to choose it.`, quiet: false };
  }
  return {
    text: `Showing ${model.measureLabel.toLowerCase()}, ${model.years[yearIndex]}, ${state.region ?? 'England and Wales'}${selected ? `, ${selected} selected` : ''}.`,
    quiet: transient.playing,
  };
}

/** The page model without memory between calls: for tests, and anything that needs one page. */
export function derivePage(input: PageInput): PageModel {
  return createPageModel()(input);
}

const ONS_ATTRIBUTION =
  'Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2022.';
const POPULATION_ATTRIBUTION = 'Population: ONS mid-year estimates, Open Government Licence v3.0.';

/** Where the figures, the population (for rates) and the boundaries come from, a line each. */
function sourceLinesOf(attribution: string, measure: AppState['measure']): readonly string[] {
  return [attribution, ...(measureMeta(measure).needsPopulation ? [POPULATION_ATTRIBUTION] : []), ONS_ATTRIBUTION];
}

/** What stands in the map's place: the map (geographic or tiles), the table, or every year's map. */
function stageOf(view: AppState['view']): ContentModel['stage'] {
  return view === 'table' || view === 'years' ? view : 'map';
}
