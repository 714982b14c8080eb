import { el } from './dom';

export interface LegendRow {
  color: string;
  label: string;
}

export interface LegendModel {
  title: string;
  rows: readonly LegendRow[];
  /** "not published" for counts, "not available" for derived measures. */
  missingLabel: string;
  /** Where the hovered or selected force sits: a row index, or 'missing'. */
  marker?: { row: number | 'missing'; text: string };
  /** Said under the rows: how the breaks were made. */
  note: string;
}

/** The legend: class swatches with their ranges, and a hatched key for missing figures. */
export class LegendView {
  readonly element = el('section', { class: 'legend', 'aria-label': 'Legend' });

  render(model: LegendModel): void {
    const rows = model.rows.map((row, index) => this.row(el('span', { class: 'swatch', style: `background:${row.color}` }), row.label, model.marker?.row === index ? model.marker.text : undefined));
    rows.push(this.row(el('span', { class: 'swatch swatch-missing' }), model.missingLabel, model.marker?.row === 'missing' ? model.marker.text : undefined));
    this.element.replaceChildren(
      el('h2', { class: 'legend-title' }, [model.title]),
      el('ul', { class: 'legend-rows' }, rows),
      el('p', { class: 'legend-note' }, [model.note]),
    );
  }

  private row(swatch: HTMLElement, label: string, marker: string | undefined): HTMLLIElement {
    return el('li', { class: marker ? 'legend-row is-marked' : 'legend-row' }, [
      swatch,
      el('span', { class: 'legend-label' }, [label]),
      marker ? el('span', { class: 'legend-marker' }, [`◀ ${marker}`]) : null,
    ]);
  }
}
