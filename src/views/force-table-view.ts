import { formatCount, formatRate, formatValue, NOT_AVAILABLE, NOT_PUBLISHED } from '../format/format-number';
import type { MeasureId } from '../model/measures';
import { el } from './dom';

export interface ForceTableRow {
  code: string;
  name: string;
  region: string;
  value: number | null;
  count: number | null;
  rate: number | null;
  rank: number | undefined;
}

export interface ForceTableModel {
  caption: string;
  measure: MeasureId;
  measureHeading: string;
  rows: readonly ForceTableRow[];
  selected: string | undefined;
}

type SortKey = 'name' | 'region' | 'value' | 'count' | 'rate';

interface Column {
  key: SortKey;
  label: string;
  numeric: boolean;
  cell(row: ForceTableRow): string;
}

/**
 * The columns for a measure: the measure, then the count and the rate
 * beside it, except the one the measure already is (a count shown twice
 * only crowds a narrow screen).
 */
function columnsFor(model: ForceTableModel): Column[] {
  const columns: Column[] = [
    { key: 'name', label: 'Force', numeric: false, cell: (row) => row.name },
    { key: 'region', label: 'Region', numeric: false, cell: (row) => row.region },
    { key: 'value', label: model.measureHeading, numeric: true, cell: (row) => formatValue(row.value, model.measure) },
    { key: 'count', label: 'Number', numeric: true, cell: (row) => (row.count === null ? NOT_PUBLISHED : formatCount(row.count)) },
    { key: 'rate', label: 'Per 100,000 people', numeric: true, cell: (row) => (row.rate === null ? NOT_AVAILABLE : formatRate(row.rate)) },
  ];
  return columns.filter((column) => column.key !== model.measure);
}

/**
 * The table alternative to the map: every force in view with the shown
 * year's figures, sortable by any column, in step with the map (the
 * selected force is marked, and choosing a row selects it on the map).
 */
export class ForceTableView {
  readonly element = el('section', { class: 'force-table-section', 'aria-labelledby': 'force-table-caption' });
  private sort: { key: SortKey; descending: boolean } = { key: 'value', descending: true };
  private model: ForceTableModel | undefined;

  constructor(private readonly onSelect: (code: string) => void) {}

  render(model: ForceTableModel): void {
    this.model = model;
    const columns = columnsFor(model);
    // Sorted by a column the measure has folded away: the measure's own column sorts the same.
    if (!columns.some((column) => column.key === this.sort.key)) this.sort = { ...this.sort, key: 'value' };
    const header = el('tr', {}, [
      ...columns.map((column) => {
        const active = this.sort.key === column.key;
        const button = el('button', { type: 'button', class: 'sort-button' }, [column.label, el('span', { 'aria-hidden': 'true' }, [active ? (this.sort.descending ? ' ▼' : ' ▲') : ''])]);
        button.addEventListener('click', () => this.sortBy(column.key));
        return el('th', { scope: 'col', class: column.numeric ? 'numeric' : undefined, 'aria-sort': active ? (this.sort.descending ? 'descending' : 'ascending') : undefined }, [button]);
      }),
      el('th', { scope: 'col', class: 'numeric' }, ['Rank']),
    ]);
    const rows = this.sortedRows(model.rows).map((row) => {
      // The first column, the force, heads its row.
      const [nameColumn, ...others] = columns;
      const choose = el('button', { type: 'button', class: 'row-link' }, [nameColumn!.cell(row)]);
      choose.addEventListener('click', () => this.onSelect(row.code));
      return el('tr', { class: row.code === model.selected ? 'is-selected' : undefined, 'aria-selected': row.code === model.selected ? 'true' : undefined, 'data-code': row.code }, [
        el('th', { scope: 'row' }, [choose]),
        ...others.map((column) => el('td', { class: column.numeric ? 'numeric' : undefined }, [column.cell(row)])),
        el('td', { class: 'numeric' }, [row.rank === undefined ? '–' : String(row.rank)]),
      ]);
    });
    this.element.replaceChildren(
      el('div', { class: 'table-scroll', tabindex: 0, role: 'group', 'aria-labelledby': 'force-table-caption' }, [
        el('table', { id: 'force-table', class: 'force-table' }, [el('caption', { id: 'force-table-caption' }, [model.caption]), el('thead', {}, [header]), el('tbody', {}, rows)]),
      ]),
    );
  }

  private sortBy(key: SortKey): void {
    this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : key !== 'name' && key !== 'region' };
    if (this.model) this.render(this.model);
    this.element.querySelector<HTMLButtonElement>(`th[aria-sort] .sort-button`)?.focus();
  }

  /** Missing values sort last whichever the direction: they are not small numbers. */
  private sortedRows(rows: readonly ForceTableRow[]): ForceTableRow[] {
    const { key, descending } = this.sort;
    const direction = descending ? -1 : 1;
    return [...rows].sort((a, b) => {
      const x = a[key];
      const y = b[key];
      if (x === null || y === null) return x === y ? compareText(a.name, b.name) : x === null ? 1 : -1;
      const order = typeof x === 'string' ? compareText(x, y as string) : x - (y as number);
      return order * direction || compareText(a.name, b.name);
    });
  }
}

/**
 * Alphabetical order of force and region names, which are plain ASCII.
 * Not localeCompare: its first call loads the browser's collation data,
 * 17–55 ms in the middle of the first frame here (npm run bench).
 */
function compareText(first: string, second: string): number {
  const a = first.toLowerCase();
  const b = second.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}
