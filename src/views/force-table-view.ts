import {
  DEFAULT_TABLE_SORT,
  sortTableRows,
  type ForceTableColumn,
  type ForceTableColumnKey,
  type ForceTableModel,
  type ForceTableRow,
  type TableSort,
} from '../view-model/table-model';
import { t } from '../i18n/language';
import { aroundPublishersWords } from './publishers-words';
import { el } from './dom';
import type { ShownTable } from '../export/table-csv';

/**
 * The table alternative to the map: every force in view with the shown
 * year's figures, sortable by any column, in step with the map (the
 * selected force is marked, and choosing a row selects it on the map).
 *
 * Rows are kept per force and updated in place, so that keyboard focus on
 * a row survives a new year, a new selection or a new sort order.
 */
export class ForceTableView {
  readonly element = el('section', { class: 'force-table-section', 'aria-labelledby': 'force-table-caption' });
  private readonly caption = el('caption', { id: 'force-table-caption' });
  private readonly head = el('thead');
  private readonly body = el('tbody');
  private readonly rows = new Map<string, { element: HTMLTableRowElement; cells: HTMLElement[] }>();
  private sort: TableSort = DEFAULT_TABLE_SORT;
  private model: ForceTableModel | undefined;
  private columnsShown = '';

  constructor(private readonly onSelect: (code: string) => void) {
    this.element.append(
      el('div', { class: 'table-scroll', tabindex: 0, role: 'group', 'aria-labelledby': 'force-table-caption' }, [
        el('table', { id: 'force-table', class: 'force-table' }, [this.caption, this.head, this.body]),
      ]),
    );
  }

  render(model: ForceTableModel): void {
    if (model === this.model) return;
    this.model = model;
    this.caption.replaceChildren(el('span', { class: 'table-caption-text' }, [`${model.caption}. `, el('span', { class: 'table-source' }, sourceLine(model))]));
    // Sorted by a column the measure has folded away: the measure's own column sorts the same.
    if (!model.columns.some((column) => column.key === this.sort.key)) this.sort = { ...this.sort, key: 'value' };
    const columnsKey = model.columns.map((column) => `${column.key}:${column.label}`).join('|');
    if (columnsKey !== this.columnsShown) {
      this.columnsShown = columnsKey;
      for (const row of this.rows.values()) row.element.remove();
      this.rows.clear();
    }
    this.renderHead(model.columns);
    this.renderRows(model);
  }

  private renderHead(columns: readonly ForceTableColumn[]): void {
    this.head.replaceChildren(
      el(
        'tr',
        {},
        columns.map((column) => {
          const active = this.sort.key === column.key;
          const button = el('button', { type: 'button', class: 'sort-button', 'data-key': column.key }, [
            column.label,
            el('span', { 'aria-hidden': 'true' }, [active ? (this.sort.descending ? ' ▼' : ' ▲') : '']),
          ]);
          button.addEventListener('click', () => this.sortBy(column.key));
          return el(
            'th',
            {
              scope: 'col',
              class: column.numeric ? 'numeric' : undefined,
              'data-key': column.key,
              'aria-sort': active ? (this.sort.descending ? 'descending' : 'ascending') : undefined,
            },
            [button],
          );
        }),
      ),
    );
  }

  private renderRows(model: ForceTableModel): void {
    const focused =
      document.activeElement instanceof HTMLElement && this.body.contains(document.activeElement)
        ? document.activeElement.closest('tr')?.dataset['code']
        : undefined;
    const inView = new Set(model.rows.map((row) => row.code));
    for (const [code, row] of this.rows) {
      if (inView.has(code)) continue;
      row.element.remove();
      this.rows.delete(code);
    }
    for (const row of this.sorted(model.rows)) {
      const kept = this.rows.get(row.code) ?? this.makeRow(row.code, model.columns);
      model.columns.forEach((column, index) => {
        const cell = kept.cells[index]!;
        const text = row.cells[column.key].text;
        if (cell.textContent !== text) cell.textContent = text;
      });
      const selected = row.code === model.selected;
      kept.element.classList.toggle('is-selected', selected);
      if (selected) kept.element.setAttribute('aria-selected', 'true');
      else kept.element.removeAttribute('aria-selected');
      // In order; appending a row already in place moves nothing.
      if (this.body.lastElementChild !== kept.element) this.body.append(kept.element);
    }
    // Moving a focused row can drop its focus: give it back.
    if (focused && !this.body.contains(document.activeElement)) this.rows.get(focused)?.element.querySelector('button')?.focus();
  }

  private makeRow(code: string, columns: readonly ForceTableColumn[]): { element: HTMLTableRowElement; cells: HTMLElement[] } {
    const choose = el('button', { type: 'button', class: 'row-link' });
    choose.addEventListener('click', () => this.onSelect(code));
    // The first column, the force, heads its row.
    const cells = columns.map((column, index) => (index === 0 ? choose : el('td', { class: column.numeric ? 'numeric' : undefined, 'data-key': column.key })));
    const element = el('tr', { 'data-code': code }, [el('th', { scope: 'row' }, [choose]), ...cells.slice(1)]);
    const row = { element, cells };
    this.rows.set(code, row);
    return row;
  }

  private sortBy(key: ForceTableColumnKey): void {
    this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : key !== 'name' && key !== 'region' };
    if (!this.model) return;
    this.renderHead(this.model.columns);
    this.renderRows(this.model);
    this.head.querySelector<HTMLButtonElement>(`.sort-button[data-key="${key}"]`)?.focus();
  }

  /** The table as it stands on screen: its columns, its rows in the order shown, and its source (what "Table (CSV)" saves). */
  shown(): ShownTable | undefined {
    return this.model && { columns: this.model.columns, rows: this.sorted(this.model.rows), source: this.model.source };
  }

  private sorted(rows: readonly ForceTableRow[]): ForceTableRow[] {
    return sortTableRows(rows, this.sort);
  }
}

/** "Source: the publisher (each release the rows' figures came in)": the table names where its figures were published. */
function sourceLine(model: ForceTableModel): (string | HTMLElement)[] {
  const releases = [...new Set(model.rows.map((row) => row.release).filter((release) => release !== ''))];
  return aroundPublishersWords(t().tooltip.source, `${model.source}${releases.length > 0 ? ` (${releases.join('; ')})` : ''}`);
}
