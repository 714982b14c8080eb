import type { OffenceCatalog } from '../datasets/offence-catalog';
import { searchOffences, type OffenceOption } from '../view-model/offence-search';
import { el } from './dom';
import { HTML_LANG, pageLanguage } from '../i18n/language';
import { panelWords } from '../i18n/panel-words';

/**
 * The offence picker's panel: a search box over every Home Office series
 * on offer, grouped as the Home Office groups them (all crime, each group,
 * its subgroups, its codes), with the series that are not mapped and why.
 * Keyboard: type to search, Up and Down to move, Enter to choose, Escape to
 * close. Its code and the catalogue load when the picker first opens.
 */
export class OffencePickerPanel {
  readonly element: HTMLElement;
  private readonly input = el('input', {
    type: 'search',
    id: 'offence-picker-search',
    role: 'combobox',
    'aria-expanded': 'true',
    'aria-controls': 'offence-options',
    'aria-autocomplete': 'list',
    autocomplete: 'off',
    placeholder: panelWords().offences.placeholder,
  });
  private readonly list = el('ul', { id: 'offence-options', role: 'listbox', class: 'offence-options', 'aria-label': panelWords().offences.list });
  private readonly notOffered = el('div', { class: 'offence-not-offered' });
  private readonly status = el('p', { class: 'offence-status', role: 'status' });
  private catalog: OffenceCatalog | undefined;
  private options: HTMLElement[] = [];
  private active = -1;
  /** The offence shown now, marked when the list opens. */
  current: string | undefined;

  constructor(
    private readonly loadCatalog: () => Promise<OffenceCatalog>,
    private readonly onChoose: (id: string) => void,
    /** Closes the panel (Escape, a choice), giving focus back to the button if asked. */
    private readonly close: (returnFocus: boolean) => void,
  ) {
    this.element = el('div', { id: 'offence-panel', class: 'offence-panel', role: 'dialog', 'aria-label': panelWords().offences.dialog }, [
      el('label', { for: 'offence-picker-search', class: 'field-label' }, [panelWords().offences.find]),
      this.input,
      this.status,
      this.list,
      this.notOffered,
    ]);
    this.input.addEventListener('input', () => this.fill());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
  }

  async open(): Promise<void> {
    this.input.focus();
    // The last search stays, selected: typing starts a new one, an arrow key goes on with it.
    this.input.select();
    if (!this.catalog) {
      this.status.textContent = panelWords().offences.loading;
      try {
        this.catalog = await this.loadCatalog();
        this.status.textContent = '';
      } catch (error) {
        this.status.textContent = panelWords().offences.failed(error instanceof Error ? error.message : String(error));
        return;
      }
    }
    this.fill();
  }

  private fill(): void {
    if (!this.catalog) return;
    const englishInWelsh = pageLanguage() === 'cy' ? HTML_LANG.en : undefined;
    const result = searchOffences(this.catalog, this.input.value);
    this.options = [];
    const groups = result.groups.map(({ group, options }) => {
      // Each option is counted in as it is made: its id is its place in the whole list, unique across the groups.
      const items = options.map((option) => {
        const item = this.option(option);
        this.options.push(item);
        return item;
      });
      return el('li', { role: 'presentation' }, [
        group ? el('p', { class: 'offence-group-name', 'aria-hidden': 'true', lang: englishInWelsh }, [group]) : null,
        // The Home Office's own names: English, and marked so in a Welsh page.
        el('ul', { role: 'group', 'aria-label': group || 'All crime', lang: englishInWelsh }, items),
      ]);
    });
    this.list.replaceChildren(...groups);
    const count = this.options.length;
    const words = panelWords().offences;
    this.status.textContent = count === 0 ? words.noMatch(this.input.value.trim()) : words.count(count);
    this.notOffered.replaceChildren(
      ...(result.notOffered.length === 0
        ? []
        : [
            el('p', { class: 'field-label' }, [words.notOnMap]),
            el(
              'ul',
              { lang: englishInWelsh },
              result.notOffered.map((entry) => el('li', {}, [el('strong', {}, [`${entry.name} (${entry.id})`]), `: ${entry.reason}.`])),
            ),
          ]),
    );
    const current = this.options.findIndex((option) => option.dataset['id'] === this.current);
    this.setActive(current >= 0 ? current : count > 0 ? 0 : -1);
  }

  private option(option: OffenceOption): HTMLElement {
    const item = el(
      'li',
      {
        role: 'option',
        id: `offence-option-${this.options.length}-${option.kind}`,
        class: `offence-option is-${option.kind}`,
        'data-id': option.id,
        'aria-selected': 'false',
      },
      [el('span', { class: 'offence-option-name' }, [option.name]), el('span', { class: 'offence-option-detail' }, [option.detail])],
    );
    // The pointer chooses without taking focus from the search box.
    item.addEventListener('mousedown', (event) => event.preventDefault());
    item.addEventListener('click', () => this.choose(option.id));
    return item;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.options.length > 0) this.setActive((this.active + (event.key === 'ArrowDown' ? 1 : -1) + this.options.length) % this.options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const id = this.options[this.active]?.dataset['id'];
      if (id) this.choose(id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.close(true);
    }
  }

  private setActive(index: number): void {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (!option) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  private choose(id: string): void {
    this.close(true);
    this.onChoose(id);
  }
}
