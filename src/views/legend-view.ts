import type { LegendModel } from '../export/legend-block';
import type { LegendMarker } from '../view-model/legend-model';
import { el } from './dom';
import { t } from '../i18n/language';

/**
 * The legend: class swatches with their ranges, a hatched key for missing
 * figures, and a marker beside the class of the hovered or selected force.
 * The rows are rebuilt only when the classes change; the marker moves on
 * its own, as the pointer does.
 */
export class LegendView {
  readonly element = el('section', { class: 'legend', 'aria-label': t().legend.label });
  private shown: LegendModel | undefined;
  private rows: HTMLLIElement[] = [];
  private marker: LegendMarker | undefined;

  render(model: LegendModel): void {
    if (model === this.shown) return;
    this.shown = model;
    this.rows = model.rows.map((row) => {
      const swatch = el('span', { class: 'swatch' });
      // CSSOM, not a style attribute: the page's policy allows no inline styles.
      swatch.style.backgroundColor = row.color;
      return this.row(swatch, row.label);
    });
    this.rows.push(this.row(el('span', { class: 'swatch swatch-missing' }), model.missingLabel));
    this.element.replaceChildren(
      el('h2', { class: 'legend-title' }, [model.title]),
      el('ul', { class: 'legend-rows' }, this.rows),
      el('p', { class: 'legend-note' }, [model.note]),
    );
    this.placeMarker(this.marker);
  }

  setMarker(marker: LegendMarker | undefined): void {
    if (marker === this.marker) return;
    this.marker = marker;
    this.placeMarker(marker);
  }

  private placeMarker(marker: LegendMarker | undefined): void {
    const at = marker === undefined ? -1 : marker.row === 'missing' ? this.rows.length - 1 : marker.row;
    this.rows.forEach((row, index) => {
      row.classList.toggle('is-marked', index === at);
      row.querySelector('.legend-marker')!.textContent = index === at && marker ? `◀ ${marker.text}` : '';
    });
  }

  private row(swatch: HTMLElement, label: string): HTMLLIElement {
    return el('li', { class: 'legend-row' }, [swatch, el('span', { class: 'legend-label' }, [label]), el('span', { class: 'legend-marker' })]);
  }
}
