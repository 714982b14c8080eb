// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { MeasureId } from '../../src/model/measures';
import { ForceTableView, type ForceTableModel, type ForceTableRow } from '../../src/views/force-table-view';
import { forceTable } from '../helpers';

const ROWS: ForceTableRow[] = [
  { code: 'A', name: 'Avon', region: 'South West', value: 370, count: 370, rate: 21.4, rank: 2 },
  { code: 'D', name: 'Dorset', region: 'South West', value: 212, count: 212, rate: 27.3, rank: 3 },
  { code: 'W', name: 'Wiltshire', region: 'South West', value: null, count: null, rate: null, rank: undefined },
  { code: 'C', name: 'Devon and Cornwall', region: 'South West', value: 931, count: 931, rate: 52.1, rank: 1 },
];
const HEADINGS: Record<MeasureId, string> = {
  count: 'Number of offences',
  rate: 'Offences per 100,000 people',
  'change-previous': 'Change from the year before',
  'change-base': 'Change since 2016/17',
};
const model = (measure: MeasureId, change: Partial<ForceTableModel> = {}): ForceTableModel => ({
  caption: 'A caption',
  measure,
  measureHeading: HEADINGS[measure],
  rows: ROWS,
  selected: undefined,
  ...change,
});

const headings = (view: ForceTableView) => [...view.element.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼]/g, '').trim());
const column = (view: ForceTableView, index: number) => [...view.element.querySelectorAll('tbody tr')].map((tr) => tr.children[index]!.textContent);
const sortBy = (view: ForceTableView, label: string) =>
  [...view.element.querySelectorAll<HTMLButtonElement>('thead button')].find((button) => button.textContent!.startsWith(label))!.click();

describe('ForceTableView', () => {
  it('shows the measure once: no second column repeating the count or the rate', () => {
    const view = new ForceTableView(() => undefined);
    view.render(model('count'));
    expect(headings(view)).toEqual(['Force', 'Region', 'Number of offences', 'Per 100,000 people', 'Rank']);
    view.render(model('rate'));
    expect(headings(view)).toEqual(['Force', 'Region', 'Offences per 100,000 people', 'Number', 'Rank']);
    view.render(model('change-previous'));
    expect(headings(view)).toEqual(['Force', 'Region', 'Change from the year before', 'Number', 'Per 100,000 people', 'Rank']);
  });

  it('sorts by the measure, highest first, with a missing figure last whichever the direction', () => {
    const view = new ForceTableView(() => undefined);
    view.render(model('count'));
    expect(column(view, 0)).toEqual(['Devon and Cornwall', 'Avon', 'Dorset', 'Wiltshire']);
    expect(column(view, 2)).toEqual(['931', '370', '212', 'not published']);
    sortBy(view, 'Number of offences');
    expect(column(view, 0)).toEqual(['Dorset', 'Avon', 'Devon and Cornwall', 'Wiltshire']);
    expect(view.element.querySelector('th[aria-sort]')!.getAttribute('aria-sort')).toBe('ascending');
  });

  it('keeps its order when the column it was sorted by folds into the measure', () => {
    const view = new ForceTableView(() => undefined);
    view.render(model('change-previous'));
    sortBy(view, 'Per 100,000 people');
    expect(column(view, 0)).toEqual(['Devon and Cornwall', 'Dorset', 'Avon', 'Wiltshire']);
    view.render(model('rate', { rows: ROWS.map((row) => ({ ...row, value: row.rate })) }));
    expect(view.element.querySelector('th[aria-sort] button')!.textContent).toContain('Offences per 100,000 people');
    expect(column(view, 0)).toEqual(['Devon and Cornwall', 'Dorset', 'Avon', 'Wiltshire']);
  });

  it('marks the selected force, selects a force from its row, and writes names as text', () => {
    const chosen: string[] = [];
    const view = new ForceTableView((code) => chosen.push(code));
    view.render(model('count', { selected: 'D', rows: [...ROWS, { code: 'X', name: '<img src=x onerror=alert(1)>', region: 'Nowhere', value: 1, count: 1, rate: null, rank: 5 }] }));
    expect(view.element.querySelector('tr.is-selected')!.getAttribute('data-code')).toBe('D');
    view.element.querySelector<HTMLButtonElement>('tr[data-code="A"] .row-link')!.click();
    expect(chosen).toEqual(['A']);
    expect(view.element.querySelector('img')).toBeNull();
    expect(view.element.querySelector('tr[data-code="X"] .row-link')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('sorts the 43 forces by name, and by region, as a collator for English would', () => {
    const view = new ForceTableView(() => undefined);
    const rows = forceTable.forces.map((force, i) => ({ code: force.code, name: force.name, region: force.region, value: i, count: i, rate: null, rank: undefined }));
    view.render(model('count', { rows }));
    sortBy(view, 'Force');
    const collator = new Intl.Collator('en-GB');
    expect(column(view, 0)).toEqual(rows.map((row) => row.name).sort(collator.compare));
    sortBy(view, 'Region');
    const regions = column(view, 1);
    expect(regions).toEqual([...regions].sort(collator.compare));
    expect(regions).toHaveLength(43);
  });
});
