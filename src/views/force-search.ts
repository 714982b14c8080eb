import type { Force, ForceTable } from '../forces/force-table';
import { createForceNameResolver } from '../forces/resolve-force-name';
import { el, labelled } from './dom';

/** Finds a force by any of its names; says why when none fits. */
export class ForceSearch {
  readonly element: HTMLElement;

  constructor(forceTable: ForceTable, onChoose: (force: Force) => void) {
    const resolver = createForceNameResolver(forceTable);
    const input = el('input', { type: 'search', id: 'force-search', list: 'force-names', autocomplete: 'off', placeholder: 'Force name', 'aria-describedby': 'search-error' });
    const names = el('datalist', { id: 'force-names' }, forceTable.forces.flatMap((force) => [force.name, ...force.aliases]).map((name) => el('option', { value: name })));
    const message = el('p', { id: 'search-error', class: 'field-error', role: 'alert' });
    const form = el('form', { class: 'search', role: 'search' }, [labelled('Find a force', input), names, el('button', { type: 'submit' }, ['Go']), message]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = input.value;
      const found = resolver.resolve(text);
      if (found.kind === 'force') {
        message.textContent = '';
        onChoose(found.force);
        return;
      }
      const suggestion = found.kind === 'unknown' && found.suggestion ? ` Did you mean ${found.suggestion.name}?` : '';
      message.textContent = found.kind === 'no-area' ? `${found.body} polices no area of this map.` : `No force is called "${text}".${suggestion}`;
    });
    this.element = form;
  }
}
