import { REGIONS, type Force, type Region } from '../forces/force-table';
import type { AppState } from '../state/app-state';
import { el, labelled, setOptions } from './dom';

export interface PlaceBarModel {
  region: Region | undefined;
  force: Force | undefined;
  scale: AppState['scale'];
  /** Names and aliases offered while typing. */
  searchNames: readonly string[];
  searchError?: string;
}

export interface PlaceBarActions {
  go(patch: Partial<AppState>): void;
  search(text: string): void;
  copyLink(): Promise<boolean>;
}

/**
 * Where the map is: a breadcrumb back up (England and Wales › region ›
 * force), a region picker, force search and the share link.
 */
export class PlaceBarView {
  readonly element: HTMLElement;
  private readonly breadcrumb = el('nav', { class: 'breadcrumb', 'aria-label': 'Where you are' });
  private readonly regionSelect = el('select', { id: 'region-select' });
  private readonly scaleCheckbox = el('input', { type: 'checkbox', id: 'scale-checkbox' });
  private readonly scaleField: HTMLElement;
  private readonly searchInput = el('input', { type: 'search', id: 'force-search', list: 'force-names', autocomplete: 'off', placeholder: 'Force name', 'aria-describedby': 'search-error' });
  private readonly searchList = el('datalist', { id: 'force-names' });
  private readonly searchError = el('p', { id: 'search-error', class: 'field-error', role: 'alert' });
  private readonly copyStatus = el('span', { class: 'copy-status', role: 'status' });

  constructor(private readonly actions: PlaceBarActions) {
    setOptions(this.regionSelect, [{ value: '', label: 'England and Wales' }, ...REGIONS.map((region) => ({ value: region, label: region }))], '');
    this.regionSelect.addEventListener('change', () => actions.go({ region: (this.regionSelect.value || undefined) as Region | undefined, force: undefined }));
    this.scaleCheckbox.addEventListener('change', () => actions.go({ scale: this.scaleCheckbox.checked ? 'region' : 'national' }));
    this.scaleField = el('label', { class: 'field field-inline' }, [this.scaleCheckbox, el('span', {}, ['Colour scale for this region only'])]);
    const form = el('form', { class: 'search', role: 'search' }, [
      labelled('Find a force', this.searchInput),
      this.searchList,
      el('button', { type: 'submit' }, ['Go']),
      this.searchError,
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      actions.search(this.searchInput.value);
    });
    const copy = el('button', { type: 'button', class: 'copy-link' }, ['Copy link']);
    copy.addEventListener('click', async () => {
      const copied = await actions.copyLink();
      this.copyStatus.textContent = copied ? 'Link copied' : 'Copy the address bar to share this view';
      setTimeout(() => (this.copyStatus.textContent = ''), 4000);
    });
    this.element = el('div', { class: 'place-bar' }, [
      this.breadcrumb,
      el('div', { class: 'place-controls' }, [labelled('Region', this.regionSelect), this.scaleField, form, el('div', { class: 'copy' }, [copy, this.copyStatus])]),
    ]);
  }

  render(model: PlaceBarModel): void {
    const crumbs: HTMLElement[] = [this.crumb('England and Wales', model.region ? { region: undefined, force: undefined } : undefined)];
    if (model.region) crumbs.push(this.crumb(model.region, model.force ? { region: model.region, force: undefined } : undefined));
    if (model.force) crumbs.push(this.crumb(model.force.name, undefined));
    this.breadcrumb.replaceChildren(el('ol', {}, crumbs.map((crumb) => el('li', {}, [crumb]))));
    this.regionSelect.value = model.region ?? '';
    this.scaleField.hidden = !model.region;
    this.scaleCheckbox.checked = model.scale === 'region';
    if (this.searchList.childElementCount !== model.searchNames.length) {
      this.searchList.replaceChildren(...model.searchNames.map((name) => el('option', { value: name })));
    }
    this.searchError.textContent = model.searchError ?? '';
  }

  /** A link up the breadcrumb, or the current place (not a link). */
  private crumb(label: string, target: Partial<AppState> | undefined): HTMLElement {
    if (!target) return el('span', { 'aria-current': 'location' }, [label]);
    const button = el('button', { type: 'button', class: 'crumb-link' }, [label]);
    button.addEventListener('click', () => this.actions.go(target));
    return button;
  }
}
