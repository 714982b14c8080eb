import type { Force, ForceTable } from '../forces/force-table';
import type { AppState } from '../state/app-state';
import type { UrlNotice } from '../state/url-notices';
import type { UrlParamKey } from '../state/url-params';
import type { ForceFeature } from '../geography/boundaries';
import type { PageModel } from '../view-model/page-model';
import { Announcer } from '../views/announcer';
import type { MapFrame } from '../views/map-frame';
import { ControlsView } from '../views/controls-view';
import { FailureView } from '../views/failure-view';
import { ForceTableView } from '../views/force-table-view';
import { LegendView } from '../views/legend-view';
import { makeMapKeyboardStop, type MapKeyboardActions } from '../views/map-keyboard';
import { MapPanel } from '../views/map-panel';
import type { NoticesView } from '../views/notices-view';
import { OffencePicker } from '../views/offence-picker';
import type { SharedView } from '../views/share-view';
import { afterNextPaint } from '../views/after-paint';
import { el } from '../views/dom';
import { panelDialog } from '../views/panel-dialog';
import { ProfileSheetMark, revealInPanel, trackHeightAboveStage } from '../views/page-layout';
import { lazyView } from '../views/lazy-view';
import type { OffenceCatalog } from '../datasets/offence-catalog';
import { PlaceBarView } from '../views/place-bar-view';
import { StageView } from '../views/stage-view';
import { PublishedTotalsView } from '../views/published-totals-view';
import { TimelineView } from '../views/timeline-view';
import { TooltipView } from '../views/tooltip-view';
import type { PageElements } from './page-elements';
import type { EditTextView } from '../views/edit-text-view';
import { ValueLabelsView } from '../views/value-labels-view';
import type { EditTextModel } from '../view-model/edit-text-model';
import { t } from '../i18n/language';

/** What the reader can do on the page, as the explorer carries it out. */
export interface PageActions {
  change(patch: Partial<AppState>): void;
  changeText(params: Partial<Record<UrlParamKey, string>>): void;
  chooseForce(force: Force): void;
  select(code: string): void;
  seek(index: number): void;
  play(): void;
  pause(): void;
  dismissNotice(notice: UrlNotice): void;
  /** Closes a card that a tap or the keyboard opened. */
  dismissCard(): void;
  retry(datasetId: string): void;
  /** A Home Office series from the offence picker: asked for again if it failed before. */
  chooseOffence(offence: string): void;
  firstFrame(): void;
  keyboard: MapKeyboardActions;
  loadOffenceCatalog(): Promise<OffenceCatalog>;
  openAbout(): void;
  sharedView(): SharedView;
  /** The Download panel is opening: its body (elements.exports) is filled on the first opening, its code loaded then. */
  openDownload(): void;
}

/**
 * Every view of the page, mounted in its place, each given its slice of
 * the page model. A view whose slice is the same object as last time skips
 * its render, so that what the reader is doing (focus, typing, an open
 * picker) is left alone.
 */
export class PageViews {
  private readonly notices: ReturnType<typeof lazyView<readonly UrlNotice[], NoticesView>>;
  private readonly controls: ControlsView;
  private readonly place: PlaceBarView;
  private readonly timeline: TimelineView;
  readonly map: MapPanel;
  private readonly legend = new LegendView();
  private readonly tooltip: TooltipView;
  private readonly table: ForceTableView;
  private readonly profile;
  private readonly failure: FailureView;
  private readonly stage: StageView;
  /** The content last shown, for placing the card again after the map moves. */
  private shownContent: NonNullable<PageModel['content']> | undefined;
  private readonly announcer = new Announcer();
  private readonly about = lazyView(() => import('../views/about-view').then(({ AboutView }) => new AboutView()));
  /** The reader pressed "About these figures": the dialog opens once its account has been worked out. */
  private aboutWanted = false;
  private readonly publishedTotals = new PublishedTotalsView();
  private readonly profileSheet: ProfileSheetMark;
  /** The force whose profile was last brought into view in the side column. */
  private revealedForce: string | undefined;
  /** "Edit text": its dialog's code loads when the reader first opens it (not before: the first map does not wait for it). */
  private editText: EditTextView | undefined;
  private editTextModel: EditTextModel | undefined;
  /** The reader's note, under the subtitle, and credit, above the sources: text only, line breaks kept. */
  private readonly note = el('p', { id: 'map-note', class: 'map-note', hidden: true });
  private readonly credit = el('p', { id: 'map-credit', class: 'map-credit', hidden: true });
  private readonly valueLabels: ValueLabelsView;
  private readonly loadForceSearch: () => void;
  private forceSearch: Promise<void> | undefined;
  private shownValueLabels: readonly { code: string; text: string }[] | undefined;
  /** What the map shows, in words: the map's accessible description. */
  private readonly description = el('p', { id: 'map-description', class: 'visually-hidden' });

  constructor(
    private readonly elements: PageElements,
    private readonly mapRenderer: MapFrame,
    forceTable: ForceTable,
    /** Every force's boundary, for every year's map. */
    features: readonly ForceFeature[],
    actions: PageActions,
    reducedMotion: () => boolean,
  ) {
    // The notices' words load with the first notice: most links have none. Their live region is there from the start, so that a notice added later is announced.
    const noticesRegion = el('div', { class: 'notices', role: 'region', 'aria-label': t().notices.label, 'aria-live': 'polite', hidden: true });
    elements.notices.append(noticesRegion);
    this.notices = lazyView(() => import('../views/notices-view').then(({ NoticesView }) => new NoticesView(noticesRegion, actions.dismissNotice)));
    this.controls = new ControlsView(
      { change: actions.change, changeText: actions.changeText },
      new OffencePicker(actions.loadOffenceCatalog, actions.chooseOffence),
    );
    // The force search (with the places' Welsh names) loads once the first map is on screen, or the figures have failed,
    // into a slot that keeps its room: the first map does not wait for its bytes.
    const searchSlot = el('div', { class: 'force-search-slot' });
    this.place = new PlaceBarView({ go: actions.change }, searchSlot);
    this.loadForceSearch = () => {
      this.forceSearch ??= import('../views/force-search').then(({ ForceSearch }) =>
        searchSlot.replaceWith(new ForceSearch(forceTable, actions.chooseForce).element),
      );
      // A failed load leaves the slot empty and is asked for again if the figures fail.
      this.forceSearch.catch(() => (this.forceSearch = undefined));
    };
    const aboutButton = el('button', { type: 'button', id: 'about-button', class: 'header-button' }, [t().header.about]);
    aboutButton.addEventListener('click', () => {
      this.aboutWanted = true;
      actions.openAbout();
    });
    // The share panel's code loads when it first opens; it is filled in again at every opening, with the view as it stands.
    const shareBody = el('div');
    let fillShare: Promise<() => void> | undefined;
    const share = panelDialog('share', t().header.share, shareBody, () => {
      fillShare ??= import('../views/share-view').then(({ fillSharePanel }) => fillSharePanel(shareBody, actions.sharedView));
      void fillShare.then((fill) => fill());
    });
    elements.exports.hidden = false;
    const download = panelDialog('download', t().header.download, elements.exports, () => actions.openDownload());
    const editButton = el('button', { type: 'button', id: 'edit-text-button', class: 'header-button', 'aria-haspopup': 'dialog' }, [t().header.editText]);
    editButton.addEventListener('click', () => {
      void import('../views/edit-text-view').then(({ EditTextView }) => {
        this.editText ??= new EditTextView(actions.changeText);
        this.editText.render(this.editTextModel);
        this.editText.open(editButton);
      });
    });
    elements.headerActions.append(aboutButton, share.opener, download.opener, editButton);
    elements.subtitle.after(this.note);
    elements.sourceLine.before(this.credit);
    elements.mapPanel.append(this.description);
    this.skipToTable(actions);
    trackHeightAboveStage(elements.app, [elements.app.querySelector('.app-header'), elements.app.querySelector('.control-bar')]);
    this.profileSheet = new ProfileSheetMark(elements.profile);
    this.timeline = new TimelineView({ seek: actions.seek, play: actions.play, pause: actions.pause });
    // Once the map has moved (a glide to a region), the card is placed again beside its force.
    this.valueLabels = new ValueLabelsView(mapRenderer);
    this.map = new MapPanel(mapRenderer, elements.map, elements.mapPanel, {
      reducedMotion,
      onFirstFrame: () => {
        actions.firstFrame();
        afterNextPaint(() => {
          this.valueLabels.showLabels();
          this.loadForceSearch();
        });
      },
      onDrawn: () => {
        if (this.shownContent) this.showTooltip(this.shownContent);
        this.valueLabels.place();
      },
    });
    this.tooltip = new TooltipView(actions.dismissCard);
    this.table = new ForceTableView(actions.select);
    this.profile = lazyView(() =>
      import('../views/profile-view').then(({ ProfileView }) => {
        const view = new ProfileView(() => actions.change({ force: undefined }));
        elements.profile.append(view.element);
        return view;
      }),
    );
    this.failure = new FailureView(actions.retry);
    this.stage = new StageView(elements.stageView, this.table.element, elements.table, features, (year) => actions.change({ year, view: 'map' }));
    elements.controls.append(this.controls.element);
    elements.placeBar.append(this.place.element);
    elements.timeline.append(this.timeline.element, this.controls.viewSwitch);
    elements.legend.append(this.legend.element, this.controls.colourPopover);
    elements.map.append(this.valueLabels.element, this.tooltip.element);
    elements.mapPanel.append(makeMapKeyboardStop(elements.map, actions.keyboard));
    // What the map shows, then how to move about it.
    elements.map.setAttribute('aria-describedby', `${this.description.id} ${elements.map.getAttribute('aria-describedby') ?? ''}`.trim());
    elements.mapPanel.append(this.failure.element);
    elements.table.append(this.table.element);
    elements.publishedTotals.append(this.publishedTotals.element);
    document.body.append(this.announcer.element);
  }

  render(page: PageModel, datasetId: string): void {
    const { elements } = this;
    this.notices.render(page.notices.length > 0 ? page.notices : undefined);
    this.place.render(page.place);
    this.controls.showOffencePicker(page.offencePicker);
    // The profile's place is kept from the start when a force is chosen, so that it does not push the panel down when it arrives.
    elements.profile.classList.toggle('is-expected', page.place.force !== undefined);
    this.profileSheet.show(page.place.force !== undefined);
    this.revealProfile(page.place.force);
    this.failure.render(page.failure && { ...page.failure, id: datasetId });
    elements.app.setAttribute('aria-busy', String(page.loading));
    this.map.setLoading(page.loading);
    // Figures that could not be loaded: nothing drawn from others stays on screen under their name, in any view;
    // the failure and its Try again stand in the map's place.
    elements.app.classList.toggle('has-failed-figures', page.failure !== undefined);
    this.map.setFailed(page.failure !== undefined);
    if (page.failure) {
      this.loadForceSearch();
      elements.title.textContent = page.failure.title;
      elements.subtitle.textContent = t().failure.subtitle;
      // Nothing is drawn from any figures meanwhile: only the boundaries are to be credited, not the figures shown before.
      elements.sourceLine.textContent = t().sources.boundaries;
      if (page.failure.offence) this.controls.showOffence(page.failure.offence);
      this.stage.render('map', undefined);
    }
    const content = page.content;
    if (!content) return;
    this.shownContent = content;
    // For tests and tools: the table and the description are on the page, for the year shown.
    elements.app.toggleAttribute('data-settled', content.settled);
    // Written only when they change: a text written again is laid out and painted again.
    if (elements.title.textContent !== content.header.title) elements.title.textContent = content.header.title;
    if (elements.subtitle.textContent !== content.header.subtitle) elements.subtitle.textContent = content.header.subtitle;
    showText(this.note, content.header.note);
    showText(this.credit, content.header.credit);
    if (content.description !== undefined && this.description.textContent !== content.description) this.description.textContent = content.description;
    this.editTextModel = content.editText;
    if (content.valueLabels !== this.shownValueLabels) {
      this.shownValueLabels = content.valueLabels;
      this.valueLabels.render(content.valueLabels);
    }
    this.editText?.render(content.editText);
    elements.sourceLine.textContent = content.sourceLines.join(' ');
    this.controls.render(content.controls);
    this.timeline.render(content.timeline);
    this.legend.render(content.legend);
    this.legend.setMarker(content.legendMarker);
    if (content.table) this.table.render(content.table);
    this.stage.render(content.stage, content.export);
    this.profile.render(content.profile);
    this.about.render(content.about);
    if (this.aboutWanted && content.about) {
      this.aboutWanted = false;
      void this.about.loaded().then((view) => view.open());
    }
    this.publishedTotals.render(content.publishedTotals);
    // The map after every other view: fitting it to its frame measures the page, which is then laid out once, with all
    // the rest written, rather than once here and again for the frame.
    this.map.render(content.map);
    this.map.setHovered(content.hovered);
    this.map.setKeyboardFocus(content.keyboard);
    this.showTooltip(content);
    this.announcer.announce(content.announcement.text, { quiet: content.announcement.quiet });
  }

  /** A force newly chosen: its profile, not the place controls above it, fills the side column of a wide screen. */
  private revealProfile(force: string | undefined): void {
    if (force === this.revealedForce) return;
    this.revealedForce = force;
    const panel = this.elements.profile.parentElement;
    if (force !== undefined && panel) requestAnimationFrame(() => revealInPanel(panel, this.elements.profile));
  }

  /**
   * The skip link leads to the table; where the table is not on the page
   * (a wide screen, where it is a view in the map's place), it shows the
   * Table view and moves focus there.
   */
  private skipToTable(actions: PageActions): void {
    const link = document.querySelector<HTMLAnchorElement>('.skip-link');
    link?.addEventListener('click', (event) => {
      if (this.table.element.offsetParent !== null) return;
      event.preventDefault();
      actions.change({ view: 'table' });
      requestAnimationFrame(() => this.table.element.querySelector<HTMLElement>('.table-scroll')?.focus());
    });
  }

  /** The table as it stands on screen, for "Table (CSV)". */
  shownTable(): ReturnType<ForceTableView['shown']> {
    return this.table.shown();
  }

  /** The card beside the force it describes, never over it; the keyboard's stands by its force's middle. */
  private showTooltip(content: NonNullable<PageModel['content']>): void {
    const slice = content.tooltip;
    if (!slice) return this.tooltip.hide();
    const force = this.mapRenderer.screenBoxOf(slice.model.code);
    // A card a tap or a key opened belongs to its force, wherever the map has moved it; a hover's follows the pointer.
    const forceMiddle = force && { x: (force.left + force.right) / 2, y: (force.top + force.bottom) / 2 };
    const point = (slice.dismissable ? forceMiddle : slice.point) ?? slice.point ?? forceMiddle ?? { x: 0, y: 0 };
    this.tooltip.show(slice.model, {
      point,
      force,
      frame: { width: this.elements.map.clientWidth, height: this.elements.map.clientHeight },
      dismissable: slice.dismissable,
    });
  }
}

/** The reader's words as text only, or the element hidden when there are none. */
function showText(element: HTMLElement, text: string | undefined): void {
  element.hidden = text === undefined;
  if (element.textContent !== (text ?? '')) element.textContent = text ?? '';
}
