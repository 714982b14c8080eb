// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Force } from '../../src/forces/force-table';
import { plainMessage } from '../../src/format/user-text';
import { forceSearchModel, optionLabel } from '../../src/view-model/force-search-model';
import { ForceSearch } from '../../src/views/force-search';
import { forceTable } from '../helpers';

describe('forceSearchModel (pure)', () => {
  const names = (query: string) => forceSearchModel(query, forceTable).options.map((match) => match.force.name);

  it('offers the ranked matches of searchForces, a few at a time', () => {
    // Hampshire by its short form; Northamptonshire has "hants" inside "Northants".
    expect(names('Hants')).toEqual(['Hampshire', 'Northamptonshire']);
    expect(names('Yorks')).toEqual(['North Yorkshire', 'South Yorkshire', 'West Yorkshire']);
    expect(forceSearchModel('d', forceTable, 3).options).toHaveLength(3);
  });

  it('says plainly when nothing matches, with the query as user text', () => {
    const model = forceSearchModel('Atlantis', forceTable);
    expect(model.options).toEqual([]);
    expect(plainMessage(model.message!)).toBe('No police force area matches "Atlantis"');
    expect(model.message).toContain('\u2068Atlantis\u2069');
  });

  it('says when the query names a body that polices no area of the map', () => {
    expect(forceSearchModel('British Transport Police', forceTable).message).toBe('British Transport Police polices no area of this map');
    expect(forceSearchModel('BTP', forceTable).message).toBe('British Transport Police polices no area of this map');
  });

  it('shows nothing, and says nothing, for an empty query', () => {
    expect(forceSearchModel('  ', forceTable)).toEqual({ options: [], message: undefined });
  });

  it('labels an option with the short form or region it was found by', () => {
    const [hants] = forceSearchModel('Hants', forceTable).options;
    expect(optionLabel(hants!)).toEqual({ name: 'Hampshire', note: 'Hants' });
    const [city] = forceSearchModel('London', forceTable).options;
    expect(optionLabel(city!)).toEqual({ name: 'City of London', note: 'London' });
    const [dorset] = forceSearchModel('Dorest', forceTable).options;
    expect(optionLabel(dorset!)).toEqual({ name: 'Dorset', note: undefined });
  });
});

/** A search box in a document, with what it chose. */
function setUp() {
  const chosen: Force[] = [];
  const search = new ForceSearch(forceTable, (force) => chosen.push(force));
  document.body.replaceChildren(search.element);
  const input = search.element.querySelector<HTMLInputElement>('input')!;
  const listbox = search.element.querySelector<HTMLElement>('[role="listbox"]')!;
  const type = (text: string) => {
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const press = (key: string) => input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const active = () => {
    const id = input.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id)?.querySelector('.force-search-name')?.textContent : undefined;
  };
  return { chosen, search, input, listbox, type, press, options, active };
}

describe('ForceSearch (a combobox in a document)', () => {
  it('is a labelled ARIA combobox controlling a listbox', () => {
    const { input, listbox, search } = setUp();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(search.element.querySelector(`label[for="${input.id}"]`)?.textContent).toBeTruthy();
  });

  it('lists ranked suggestions as the reader types, and moves through them with the arrow keys', () => {
    const { type, press, options, active, input } = setUp();
    type('Yorks');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(options().map((option) => option.querySelector('.force-search-name')?.textContent)).toEqual([
      'North Yorkshire',
      'South Yorkshire',
      'West Yorkshire',
    ]);
    expect(active()).toBeUndefined();
    press('ArrowDown');
    expect(active()).toBe('North Yorkshire');
    press('ArrowDown');
    press('ArrowDown');
    expect(active()).toBe('West Yorkshire');
    press('ArrowDown');
    expect(active()).toBe('North Yorkshire');
    press('ArrowUp');
    expect(active()).toBe('West Yorkshire');
    expect(options().filter((option) => option.getAttribute('aria-selected') === 'true')).toHaveLength(1);
  });

  it('chooses the active option with Enter, and hands it over', () => {
    const { type, press, chosen, input } = setUp();
    type('Yorks');
    press('ArrowDown');
    press('ArrowDown');
    press('Enter');
    expect(chosen.map((force) => force.name)).toEqual(['South Yorkshire']);
    expect(input.value).toBe('South Yorkshire');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('chooses the first suggestion with Enter when none is active', () => {
    const { type, press, chosen } = setUp();
    type('Hants');
    press('Enter');
    expect(chosen.map((force) => force.name)).toEqual(['Hampshire']);
  });

  it('closes with Escape, keeping the text; a second Escape clears it', () => {
    const { type, press, input, listbox } = setUp();
    type('Dor');
    press('Escape');
    expect(listbox.hidden).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('Dor');
    press('Escape');
    expect(input.value).toBe('');
  });

  it('chooses an option on a click or a tap', () => {
    const { type, options, chosen } = setUp();
    type('Dorset');
    options()[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(chosen.map((force) => force.name)).toEqual(['Dorset']);
  });

  it('says when nothing matches, the query shown as text in a <bdi>', () => {
    const { type, search, options, press, chosen } = setUp();
    type('<img src=x onerror=alert(1)>');
    expect(options()).toHaveLength(0);
    const message = search.element.querySelector('.force-search-message')!;
    expect(message.textContent).toBe('No police force area matches "<img src=x onerror=alert(1)>"');
    expect(message.querySelector('bdi')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(search.element.querySelector('img')).toBeNull();
    press('Enter');
    expect(chosen).toEqual([]);
  });

  it('says so for a body with no area on the map', () => {
    const { type, search } = setUp();
    type('British Transport Police');
    expect(search.element.querySelector('.force-search-message')?.textContent).toBe('British Transport Police polices no area of this map');
  });

  it('gives every option a target at least 24 px tall', () => {
    const { type, options } = setUp();
    type('d');
    // The rule is in force-search.css; the component sets it on the element too, so it holds wherever the styles load.
    expect(options().every((option) => option.style.minHeight === '24px')).toBe(true);
  });
});
