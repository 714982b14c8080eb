import type { OffenceCatalog } from '../datasets/offence-catalog';
import { el } from './dom';
import type { OffencePickerPanel } from './offence-picker-panel';
import { pageLanguage, t } from '../i18n/language';

export interface OffencePickerModel {
  /** The offence shown now: its id and how the button names it. */
  id: string;
  label: string;
}

/**
 * Which Home Office offence the map shows: a button naming it, which opens
 * the picker's panel (its code and the catalogue load on first opening).
 */
export class OffencePicker {
  readonly element: HTMLElement;
  private readonly button = el('button', {
    type: 'button',
    id: 'offence-button',
    class: 'offence-button',
    'aria-expanded': 'false',
    'aria-controls': 'offence-panel',
  });
  private panel: Promise<OffencePickerPanel> | undefined;
  private model: OffencePickerModel | undefined;

  constructor(loadCatalog: () => Promise<OffenceCatalog>, onChoose: (id: string) => void) {
    this.element = el('div', { class: 'field offence-field' }, [
      el('span', { class: 'field-label', id: 'offence-label' }, [t().controls.offence]),
      this.button,
    ]);
    // Offence names stay as the Home Office publishes them, in English, marked as such in a Welsh page.
    if (pageLanguage() !== 'en') this.button.lang = 'en';
    this.button.setAttribute('aria-labelledby', 'offence-label offence-button');
    const close = (returnFocus: boolean) => {
      void this.panel?.then((panel) => (panel.element.hidden = true));
      this.button.setAttribute('aria-expanded', 'false');
      if (returnFocus) this.button.focus();
    };
    this.button.addEventListener('click', () => {
      if (this.button.getAttribute('aria-expanded') === 'true') return close(true);
      this.button.setAttribute('aria-expanded', 'true');
      this.panel ??= import('./offence-picker-panel').then(({ OffencePickerPanel }) => {
        const panel = new OffencePickerPanel(loadCatalog, onChoose, close);
        this.element.append(panel.element);
        return panel;
      });
      void this.panel.then((panel) => {
        panel.element.hidden = false;
        panel.current = this.model?.id;
        void panel.open();
      });
    });
    this.element.addEventListener('focusout', (event) => {
      if (this.button.getAttribute('aria-expanded') === 'true' && !this.element.contains(event.relatedTarget as Node | null)) close(false);
    });
  }

  render(model: OffencePickerModel): void {
    if (model.id === this.model?.id && model.label === this.model.label) return;
    this.model = model;
    this.button.textContent = model.label;
  }
}
