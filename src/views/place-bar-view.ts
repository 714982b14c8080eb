import { REGIONS, type Region } from '../forces/force-table';
import type { AppState } from '../state/app-state';
import type { PlaceModel } from '../view-model/place-model';
import { el, labelled, setOptions } from './dom';
import { t } from '../i18n/language';
import { regionName } from '../i18n/place-names';

export interface PlaceBarActions {
  go(patch: Partial<AppState>): void;
}

/**
 * Where the map is: a breadcrumb back up (England and Wales › region ›
 * force), a region picker, the region's own colour scale and force search.
 */
export class PlaceBarView {
  readonly element: HTMLElement;
  private readonly breadcrumb = el('nav', { class: 'breadcrumb', 'aria-label': t().place.whereYouAre });
  private readonly regionSelect = el('select', { id: 'region-select' });
  private readonly scaleCheckbox = el('input', { type: 'checkbox', id: 'scale-checkbox' });
  private readonly scaleField: HTMLElement;
  private shown: PlaceModel | undefined;

  constructor(
    private readonly actions: PlaceBarActions,
    /** The force search, made elsewhere. */
    search: HTMLElement,
  ) {
    const words = t().place;
    setOptions(
      this.regionSelect,
      [{ value: '', label: t().places.englandAndWales }, ...REGIONS.map((region) => ({ value: region, label: regionName(region) }))],
      '',
    );
    this.regionSelect.addEventListener('change', () => actions.go({ region: (this.regionSelect.value || undefined) as Region | undefined, force: undefined }));
    this.scaleCheckbox.addEventListener('change', () => actions.go({ scale: this.scaleCheckbox.checked ? 'region' : 'national' }));
    this.scaleField = el('label', { class: 'field field-inline' }, [this.scaleCheckbox, el('span', {}, [words.regionScale])]);
    this.element = el('div', { class: 'place-bar' }, [
      this.breadcrumb,
      el('div', { class: 'place-controls' }, [labelled(words.region, this.regionSelect), this.scaleField, search]),
    ]);
  }

  render(model: PlaceModel): void {
    if (model === this.shown) return;
    this.shown = model;
    const crumbs = model.crumbs.map((crumb) => {
      if (!crumb.target) return el('span', { 'aria-current': 'location' }, [crumb.label]);
      const button = el('button', { type: 'button', class: 'crumb-link' }, [crumb.label]);
      const target = crumb.target;
      button.addEventListener('click', () => this.actions.go(target));
      return button;
    });
    this.breadcrumb.replaceChildren(
      el(
        'ol',
        {},
        crumbs.map((crumb) => el('li', {}, [crumb])),
      ),
    );
    this.regionSelect.value = model.region ?? '';
    this.scaleField.hidden = model.scale === undefined;
    this.scaleCheckbox.checked = model.scale === 'region';
  }
}
