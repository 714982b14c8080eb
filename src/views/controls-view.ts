import type { AppState } from '../state/app-state';
import { seriesSwitch } from '../state/series-switch';
import { typedBreaksProblem, type UrlParamKey } from '../state/url-params';
import type { ControlsModel } from '../view-model/controls-model';
import { el, labelled, setOptions } from './dom';
import { anchoredPopover } from './anchored-popover';
import { t } from '../i18n/language';

export interface ControlsActions {
  /** A change of the state, typed. */
  change(patch: Partial<AppState>): void;
  /** A change as the reader typed it, for the URL parser to read and to explain when it cannot. */
  changeText(params: Partial<Record<UrlParamKey, string>>): void;
}

/**
 * Pickers for what the map shows and how it is coloured. Each change is
 * handed up as a patch; the URL then carries it, and the page re-renders
 * from there (one-way flow).
 */
export class ControlsView {
  readonly element: HTMLElement;
  private readonly datasetSelect = el('select', { id: 'dataset-select' });
  private readonly measureSelect = el('select', { id: 'measure-select' });
  private readonly baseSelect = el('select', { id: 'base-select' });
  private readonly baseField: HTMLElement;
  private readonly baseNotice = el('p', { id: 'base-notice', class: 'field-note', role: 'status' });
  private readonly methodSelect = el('select', { id: 'method-select' });
  private readonly classesSelect = el('select', { id: 'classes-select' });
  private readonly classesField: HTMLElement;
  private readonly breaksInput = el('input', {
    id: 'breaks-input',
    type: 'text',
    inputmode: 'decimal',
    placeholder: t().controls.breaksPlaceholder,
    'aria-describedby': 'breaks-error',
  });
  private readonly breaksField: HTMLElement;
  private readonly breaksError = el('p', { id: 'breaks-error', class: 'field-error', role: 'alert' });
  private readonly scopeSelect = el('select', { id: 'scope-select' });
  private readonly paletteSelect = el('select', { id: 'palette-select' });
  private readonly viewButtons: Record<AppState['view'], HTMLButtonElement>;
  private shown: ControlsModel | undefined;
  /** Map, Tiles, Years or Table: placed by the page under the map, beside the years. */
  readonly viewSwitch: HTMLElement;
  /** Colours and classes: placed by the page with the legend it changes. */
  readonly colourPopover: HTMLElement;

  constructor(
    actions: ControlsActions,
    /** Which Home Office offence: shown while the Home Office figures are. */
    private readonly offencePicker: { element: HTMLElement; render(model: { id: string; label: string }): void },
  ) {
    // Hidden until a change since a year is shown: the default measure has no base year.
    this.baseField = el('div', { class: 'field-group', hidden: true }, [labelled(t().controls.changeSince, this.baseSelect), this.baseNotice]);
    this.classesField = labelled(t().controls.classes, this.classesSelect);
    this.breaksField = el('div', { class: 'field' }, [
      el('label', { for: 'breaks-input', class: 'field-label' }, [t().controls.breaks]),
      this.breaksInput,
      this.breaksError,
    ]);
    const viewButton = (view: AppState['view'], text: string, title?: string) =>
      el('button', { type: 'button', class: 'view-switch-button', 'data-view': view, title }, [text]);
    const { views, viewTitles } = t().controls;
    this.viewButtons = {
      map: viewButton('map', views.map),
      tiles: viewButton('tiles', views.tiles, viewTitles.tiles),
      years: viewButton('years', views.years, viewTitles.years),
      table: viewButton('table', views.table),
    };

    this.colourPopover = anchoredPopover('colours', t().controls.colours, [
      labelled(t().controls.method, this.methodSelect),
      this.classesField,
      this.breaksField,
      labelled(t().controls.breaksMade, this.scopeSelect),
      labelled(t().controls.palette, this.paletteSelect),
    ]);
    this.viewSwitch = el('div', { class: 'view-switch', role: 'group', 'aria-label': t().controls.showAs }, Object.values(this.viewButtons));
    this.element = el('div', { class: 'controls' }, [
      el('div', { class: 'controls-what' }, [
        labelled(t().controls.figures, this.datasetSelect),
        offencePicker.element,
        labelled(t().controls.show, this.measureSelect),
        this.baseField,
      ]),
    ]);

    this.datasetSelect.addEventListener('change', () => actions.change(seriesSwitch({ dataset: this.datasetSelect.value })));
    this.measureSelect.addEventListener('change', () => actions.change({ measure: this.measureSelect.value as AppState['measure'], palette: undefined }));
    this.baseSelect.addEventListener('change', () => actions.change({ base: this.baseSelect.value }));
    this.methodSelect.addEventListener('change', () => {
      const method = this.methodSelect.value as AppState['classify'];
      // Manual classes start from the breaks on the map now, which the reader then edits.
      if (method === 'manual') actions.change({ classify: 'manual', breaks: this.shown?.breaks.starting ?? [] });
      else actions.change({ classify: method });
    });
    this.classesSelect.addEventListener('change', () => actions.change({ classes: Number(this.classesSelect.value) }));
    this.scopeSelect.addEventListener('change', () => actions.change({ scope: this.scopeSelect.value as AppState['scope'] }));
    this.paletteSelect.addEventListener('change', () => actions.change({ palette: this.paletteSelect.value }));
    this.breaksInput.addEventListener('change', () => {
      // A comma that may be a thousands separator is said at the field, and nothing is applied until it is put right.
      const problem = typedBreaksProblem(this.breaksInput.value);
      if (problem) return this.showBreaksError(t().controls.ambiguousBreaks(problem));
      actions.changeText({ classify: 'manual', breaks: this.breaksInput.value });
    });
    for (const [view, button] of Object.entries(this.viewButtons)) {
      button.addEventListener('click', () => actions.change({ view: view as AppState['view'] }));
    }
  }

  private showBreaksError(error: string | undefined): void {
    this.breaksError.textContent = error ?? '';
    this.breaksInput.setAttribute('aria-invalid', String(Boolean(error)));
  }

  /** Shows or hides the offence picker before the figures arrive, so that the controls keep their places when they do. */
  showOffencePicker(shown: boolean): void {
    this.offencePicker.element.hidden = !shown;
  }

  /** The offence asked for, named while its figures cannot be had (render names it once they are drawn from). */
  showOffence(offence: { id: string; label: string }): void {
    this.offencePicker.render(offence);
    // The controls drawn before no longer stand: the next render draws them all.
    this.shown = undefined;
  }

  render(model: ControlsModel): void {
    if (model === this.shown) return;
    this.shown = model;
    setOptions(this.datasetSelect, model.datasets, model.dataset);
    this.showOffencePicker(model.offence !== undefined);
    if (model.offence) this.offencePicker.render(model.offence);
    setOptions(this.measureSelect, model.measures, model.measure);
    setOptions(this.baseSelect, model.base.years, model.base.value);
    this.baseField.hidden = !model.base.shown;
    this.baseNotice.textContent = model.base.notice ?? '';
    setOptions(this.methodSelect, model.methods, model.method);
    setOptions(this.classesSelect, model.classes.counts, model.classes.value);
    this.classesField.hidden = !model.classes.shown;
    this.breaksField.hidden = !model.breaks.shown;
    // What the reader typed stays while it is wrong, beside the reason, so that it can be mended.
    if (!model.breaks.error && document.activeElement !== this.breaksInput) this.breaksInput.value = model.breaks.text;
    this.showBreaksError(model.breaks.error);
    setOptions(this.scopeSelect, model.scopes, model.scope);
    setOptions(this.paletteSelect, model.palettes, model.palette);
    for (const [view, button] of Object.entries(this.viewButtons)) button.setAttribute('aria-pressed', String(view === model.view));
  }
}
