// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ForceTableColumn, ForceTableModel, ForceTableRow } from '../../src/view-model/table-model';
import { ForceTableView } from '../../src/views/force-table-view';
import { forceTable } from '../helpers';

const COLUMNS: ForceTableColumn[] = [
  { key: 'name', label: 'Force', numeric: false },
  { key: 'region', label: 'Region', numeric: false },
  { key: 'value', label: 'Number of offences', numeric: true },
  { key: 'rate', label: 'Per 100,000 people', numeric: true },
];

function row(code: string, name: string, value: number | null, rate: number | null, region = 'South West'): ForceTableRow {
  const cell = (number: number | null) => ({ text: number === null ? 'not published' : String(number), sort: number });
  return {
    code,
    release: value === null ? '' : code === 'C' ? 'Release two' : 'Release one',
    cells: {
      name: { text: name, sort: name.toLowerCase() },
      region: { text: region, sort: region.toLowerCase() },
      value: cell(value),
      count: cell(value),
      rate: cell(rate),
      interval: { text: 'not available', sort: null },
      rank: { text: '–', sort: null },
    },
  };
}

const ROWS = [row('A', 'Avon', 370, 21.4), row('D', 'Dorset', 212, 27.3), row('W', 'Wiltshire', null, null), row('C', 'Devon and Cornwall', 931, 52.1)];
const model = (change: Partial<ForceTableModel> = {}): ForceTableModel => ({
  caption: 'A caption',
  source: 'A publisher',
  columns: COLUMNS,
  rows: ROWS,
  selected: undefined,
  ...change,
});

const column = (view: ForceTableView, index: number) => [...view.element.querySelectorAll('tbody tr')].map((tr) => tr.children[index]!.textContent);
const sortBy = (view: ForceTableView, label: string) =>
  [...view.element.querySelectorAll<HTMLButtonElement>('thead button')].find((button) => button.textContent!.startsWith(label))!.click();

describe('ForceTableView', () => {
  it('sorts by the measure, highest first, with a missing figure last whichever the direction', () => {
    const view = new ForceTableView(() => undefined);
    view.render(model());
    expect(column(view, 0)).toEqual(['Devon and Cornwall', 'Avon', 'Dorset', 'Wiltshire']);
    expect(column(view, 2)).toEqual(['931', '370', '212', 'not published']);
    sortBy(view, 'Number of offences');
    expect(column(view, 0)).toEqual(['Dorset', 'Avon', 'Devon and Cornwall', 'Wiltshire']);
    expect(view.element.querySelector('th[aria-sort]')!.getAttribute('aria-sort')).toBe('ascending');
  });

  it('keeps its order when the column it was sorted by folds into the measure', () => {
    const view = new ForceTableView(() => undefined);
    view.render(model());
    sortBy(view, 'Per 100,000 people');
    expect(column(view, 0)).toEqual(['Devon and Cornwall', 'Dorset', 'Avon', 'Wiltshire']);
    const rateColumns: ForceTableColumn[] = [COLUMNS[0]!, COLUMNS[1]!, { key: 'value', label: 'Offences per 100,000 people', numeric: true }];
    view.render(model({ columns: rateColumns, rows: ROWS.map((r) => ({ ...r, cells: { ...r.cells, value: r.cells.rate } })) }));
    expect(view.element.querySelector('th[aria-sort] button')!.textContent).toContain('Offences per 100,000 people');
    expect(column(view, 0)).toEqual(['Devon and Cornwall', 'Dorset', 'Avon', 'Wiltshire']);
  });

  it('marks the selected force, selects a force from its row, and writes names as text', () => {
    const chosen: string[] = [];
    const view = new ForceTableView((code) => chosen.push(code));
    view.render(model({ selected: 'D', rows: [...ROWS, row('X', '<img src=x onerror=alert(1)>', 1, null, 'Nowhere')] }));
    expect(view.element.querySelector('tr.is-selected')!.getAttribute('data-code')).toBe('D');
    view.element.querySelector<HTMLButtonElement>('tr[data-code="A"] .row-link')!.click();
    expect(chosen).toEqual(['A']);
    expect(view.element.querySelector('img')).toBeNull();
    expect(view.element.querySelector('tr[data-code="X"] .row-link')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps keyboard focus on the row chosen when the table follows the choice (new selection, new figures, new order)', () => {
    const view = new ForceTableView(() => undefined);
    document.body.append(view.element);
    view.render(model());
    const dorset = view.element.querySelector<HTMLButtonElement>('tr[data-code="D"] .row-link')!;
    dorset.focus();
    // Dorset chosen; its figure now the largest, so its row moves to the top.
    view.render(model({ selected: 'D', rows: ROWS.map((r) => (r.code === 'D' ? row('D', 'Dorset', 2000, 30) : r)) }));
    expect(column(view, 0)[0]).toBe('Dorset');
    expect(document.activeElement).toBe(dorset);
    view.element.remove();
  });

  it('names its source in its caption, with each release its rows came in, once, and none for a row without a figure', () => {
    const view = new ForceTableView(() => undefined);
    view.render(model());
    expect(view.element.querySelector('caption')!.textContent).toBe('A caption. Source: A publisher (Release one; Release two)');
    view.render(model({ rows: [row('W', 'Wiltshire', null, null)] }));
    expect(view.element.querySelector('caption')!.textContent).toBe('A caption. Source: A publisher');
  });

  it('skips a render when its slice is the same object', () => {
    const view = new ForceTableView(() => undefined);
    const same = model();
    view.render(same);
    view.element.querySelector('caption')!.textContent = 'touched';
    view.render(same);
    expect(view.element.querySelector('caption')!.textContent).toBe('touched');
  });

  it('sorts the 43 forces by name, and by region, as a collator for English would', () => {
    const view = new ForceTableView(() => undefined);
    const rows = forceTable.forces.map((force, i) => row(force.code, force.name, i, null, force.region));
    view.render(model({ rows }));
    sortBy(view, 'Force');
    const collator = new Intl.Collator('en-GB');
    expect(column(view, 0)).toEqual(rows.map((r) => r.cells.name.text).sort(collator.compare));
    sortBy(view, 'Region');
    const regions = column(view, 1);
    expect(regions).toEqual([...regions].sort(collator.compare));
    expect(regions).toHaveLength(43);
  });
});
