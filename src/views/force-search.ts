import type { Force, ForceTable } from '../forces/force-table';
import type { ForceMatch } from '../forces/search-forces';
import { forceSearchModel, optionLabel } from '../view-model/force-search-model';
import { el } from './dom';
import { messageNodes } from './message-nodes';
import './force-search.css';
import { t } from '../i18n/language';
import { forceName } from '../i18n/place-names';

/** WCAG 2.2 target size (minimum): every option and the box itself are at least this tall. */
const TARGET_HEIGHT = '24px';

let instances = 0;

/**
 * A search box for a police force area, as an ARIA combobox: a text box and
 * a listbox of ranked suggestions (searchForces). Arrow keys move through
 * them, Enter chooses (the first, when none is picked out), Escape closes
 * the list and, pressed again, clears the box; a click or a tap chooses.
 * When nothing matches it says so. Everything typed is shown as text.
 */
export class ForceSearch {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly listbox: HTMLUListElement;
  private readonly message: HTMLElement;
  private readonly ids: string;
  private options: ForceMatch[] = [];
  private active = -1;

  constructor(
    private readonly forceTable: ForceTable,
    private readonly onChoose: (force: Force) => void,
    label = t().place.findForce,
  ) {
    this.ids = `force-search-${++instances}`;
    this.input = el('input', {
      type: 'text',
      id: `${this.ids}-input`,
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${this.ids}-listbox`,
      autocomplete: 'off',
      spellcheck: 'false',
      class: 'force-search-input',
    });
    this.input.style.minHeight = TARGET_HEIGHT;
    this.listbox = el('ul', { id: `${this.ids}-listbox`, role: 'listbox', 'aria-label': t().place.forceAreas, class: 'force-search-list', hidden: true });
    this.message = el('p', { class: 'force-search-message', role: 'status' });
    this.element = el('div', { class: 'force-search' }, [
      el('label', { for: this.input.id, class: 'force-search-label' }, [label]),
      this.input,
      this.listbox,
      this.message,
    ]);

    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.element.addEventListener('focusout', (event) => {
      if (!this.element.contains(event.relatedTarget as Node | null)) this.close();
    });
    // A press on an option must not take the focus from the box before the click chooses it.
    this.listbox.addEventListener('mousedown', (event) => event.preventDefault());
    this.listbox.addEventListener('click', (event) => {
      const option = (event.target as Element | null)?.closest('[role="option"]');
      const index = option ? Number(option.getAttribute('data-index')) : -1;
      if (index >= 0) this.choose(index);
    });
  }

  private update(): void {
    const model = forceSearchModel(this.input.value, this.forceTable);
    this.options = model.options;
    this.active = -1;
    this.listbox.replaceChildren(
      ...model.options.map((match, index) => {
        const { name, note } = optionLabel(match);
        const option = el(
          'li',
          { role: 'option', id: `${this.ids}-option-${index}`, 'aria-selected': 'false', 'data-index': index, class: 'force-search-option' },
          [el('span', { class: 'force-search-name' }, [name]), note ? el('span', { class: 'force-search-note' }, [' (', el('bdi', {}, [note]), ')']) : null],
        );
        option.style.minHeight = TARGET_HEIGHT;
        return option;
      }),
    );
    this.message.replaceChildren(...messageNodes(model.message ?? ''));
    this.setOpen(model.options.length > 0);
    this.showActive();
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        this.setOpen(true);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
        this.showActive();
        return;
      }
      case 'Enter':
        if (count === 0) return;
        event.preventDefault();
        this.choose(this.active >= 0 ? this.active : 0);
        return;
      case 'Escape':
        event.preventDefault();
        if (!this.listbox.hidden) {
          this.close();
        } else {
          this.input.value = '';
          this.update();
        }
        return;
    }
  }

  private choose(index: number): void {
    const match = this.options[index];
    if (!match) return;
    this.input.value = forceName(match.force);
    this.close();
    this.onChoose(match.force);
  }

  private close(): void {
    this.active = -1;
    this.setOpen(false);
    this.showActive();
  }

  private setOpen(open: boolean): void {
    const shown = open && this.options.length > 0;
    this.listbox.hidden = !shown;
    this.input.setAttribute('aria-expanded', String(shown));
  }

  private showActive(): void {
    [...this.listbox.children].forEach((option, index) => option.setAttribute('aria-selected', String(index === this.active)));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.ids}-option-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }
}
