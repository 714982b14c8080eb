import type { AppState } from '../state/app-state';
import { el, labelled, setOptions } from './dom';

export interface ControlsModel {
  state: AppState;
  datasets: readonly { value: string; label: string }[];
  measures: readonly { value: string; label: string }[];
  years: readonly string[];
  /** The base year in force (the state's, or the dataset's first). */
  baseYear: string;
  methods: readonly { value: string; label: string }[];
  palettes: readonly { value: string; label: string }[];
  /** The palette in force (the state's, or the measure's default). */
  palette: string;
  /** Set when the manual breaks typed in cannot be used. */
  breaksError?: string;
}

/**
 * Pickers for what the map shows and how it is coloured. Each change is
 * handed up as a patch of the state; the URL then carries it, and the page
 * re-renders from there (one-way flow).
 */
export class ControlsView {
  readonly element: HTMLElement;
  readonly datasetSelect = el('select', { id: 'dataset-select' });
  private readonly measureSelect = el('select', { id: 'measure-select' });
  private readonly baseSelect = el('select', { id: 'base-select' });
  private readonly baseField: HTMLElement;
  private readonly methodSelect = el('select', { id: 'method-select' });
  private readonly classesSelect = el('select', { id: 'classes-select' });
  private readonly classesField: HTMLElement;
  private readonly breaksInput = el('input', { id: 'breaks-input', type: 'text', inputmode: 'decimal', placeholder: 'e.g. 100, 200, 400', 'aria-describedby': 'breaks-error' });
  private readonly breaksField: HTMLElement;
  private readonly breaksError = el('p', { id: 'breaks-error', class: 'field-error', role: 'alert' });
  private readonly eachYearCheckbox = el('input', { type: 'checkbox', id: 'each-year-checkbox' });
  private readonly paletteSelect = el('select', { id: 'palette-select' });

  constructor(onChange: (patch: Partial<AppState>) => void) {
    this.baseField = labelled('Change since', this.baseSelect);
    this.classesField = labelled('Classes', this.classesSelect);
    this.breaksField = el('div', { class: 'field' }, [el('label', { for: 'breaks-input', class: 'field-label' }, ['Breaks']), this.breaksInput, this.breaksError]);
    setOptions(this.classesSelect, [3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: String(n) })), '5');

    this.element = el('div', { class: 'controls' }, [
      el('div', { class: 'controls-what' }, [labelled('Figures', this.datasetSelect), labelled('Show', this.measureSelect), this.baseField]),
      el('details', { class: 'controls-colour' }, [
        el('summary', {}, ['Colours and classes']),
        el('div', { class: 'controls-colour-body' }, [
          labelled('Method', this.methodSelect),
          this.classesField,
          this.breaksField,
          labelled('Palette', this.paletteSelect),
          el('label', { class: 'field field-inline' }, [this.eachYearCheckbox, el('span', {}, ['Classify each year on its own (colours then differ in meaning between years)'])]),
        ]),
      ]),
    ]);

    this.datasetSelect.addEventListener('change', () => onChange({ dataset: this.datasetSelect.value, year: undefined, base: undefined }));
    this.measureSelect.addEventListener('change', () => onChange({ measure: this.measureSelect.value as AppState['measure'], palette: undefined }));
    this.baseSelect.addEventListener('change', () => onChange({ base: this.baseSelect.value }));
    this.methodSelect.addEventListener('change', () => onChange({ classify: this.methodSelect.value as AppState['classify'] }));
    this.classesSelect.addEventListener('change', () => onChange({ classes: Number(this.classesSelect.value) }));
    this.eachYearCheckbox.addEventListener('change', () => onChange({ scope: this.eachYearCheckbox.checked ? 'each-year' : 'all-years' }));
    this.paletteSelect.addEventListener('change', () => onChange({ palette: this.paletteSelect.value }));
    this.breaksInput.addEventListener('change', () => {
      const breaks = this.breaksInput.value.split(/[,;\s]+/).filter(Boolean).map(Number);
      onChange({ classify: 'manual', breaks });
    });
  }

  render(model: ControlsModel): void {
    const { state } = model;
    setOptions(this.datasetSelect, model.datasets, state.dataset);
    setOptions(this.measureSelect, model.measures, state.measure);
    setOptions(this.baseSelect, model.years.map((year) => ({ value: year, label: year })), model.baseYear);
    this.baseField.hidden = state.measure !== 'change-base';
    setOptions(this.methodSelect, model.methods, state.classify);
    this.classesSelect.value = String(state.classes);
    this.classesField.hidden = state.classify === 'manual';
    this.breaksField.hidden = state.classify !== 'manual';
    if (document.activeElement !== this.breaksInput) this.breaksInput.value = (state.breaks ?? []).join(', ');
    this.breaksError.textContent = model.breaksError ?? '';
    this.breaksInput.setAttribute('aria-invalid', String(Boolean(model.breaksError)));
    setOptions(this.paletteSelect, model.palettes, model.palette);
    this.eachYearCheckbox.checked = state.scope === 'each-year';
  }
}
