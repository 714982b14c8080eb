import type { ProfileModel } from '../view-model/profile-model';
import { el } from './dom';

/**
 * The selected force: its figures in words and a chart of every year
 * against its region and England and Wales. The chart (d3) is loaded on
 * first use; the first frame does not need it.
 */
export class ProfileView {
  readonly element = el('section', { class: 'profile', 'aria-labelledby': 'profile-title', hidden: true });
  private chart: Promise<typeof import('./profile-chart')> | undefined;
  private shown: ProfileModel | undefined;

  constructor(private readonly onClose: () => void) {}

  render(model: ProfileModel | undefined): void {
    if (model === this.shown) return;
    this.shown = model;
    if (!model) {
      this.element.hidden = true;
      this.element.replaceChildren();
      return;
    }
    const close = el('button', { type: 'button', class: 'profile-close', 'aria-label': `Close the profile of ${model.name}` }, ['×']);
    close.addEventListener('click', this.onClose);
    // On a phone the profile is a sheet over the map that starts as a strip, so that the map stays in view; it opens on demand.
    const more = el('button', { type: 'button', class: 'profile-more', 'aria-expanded': 'false', 'aria-controls': 'profile-body' }, ['More']);
    more.addEventListener('click', () => {
      const open = !this.element.classList.contains('is-open');
      this.element.classList.toggle('is-open', open);
      more.setAttribute('aria-expanded', String(open));
      more.textContent = open ? 'Less' : 'More';
    });
    const chartSlot = el('div', { class: 'profile-chart-slot' });
    this.element.classList.remove('is-open');
    this.element.replaceChildren(
      el('div', { class: 'profile-head' }, [el('h2', { id: 'profile-title' }, [model.name]), more, close]),
      el('p', { class: 'profile-region' }, [model.regionLine]),
      definitionList('profile-facts', model.facts),
      el('h3', {}, ['Beside its region and England and Wales']),
      definitionList('profile-facts profile-comparisons', model.comparisons),
      el('h3', {}, [model.chartTitle]),
      chartSlot,
      ...(model.publishedTotals.length === 0
        ? []
        : [
            el('h3', {}, ['Totals the publisher gave']),
            el('ul', { class: 'published-totals' }, model.publishedTotals.map(({ heading, text }) => el('li', {}, [el('strong', {}, [heading]), ` ${text}`]))),
          ]),
    );
    this.element.hidden = false;
    this.chart ??= import('./profile-chart');
    void this.chart.then(({ profileChart }) => {
      // A later profile has taken over meanwhile.
      if (this.shown !== model) return;
      chartSlot.replaceChildren(profileChart(model.chart), el('ul', { class: 'chart-key' }, model.chart.lines.map((line) => el('li', { class: line.className }, [line.label]))));
    });
  }
}

function definitionList(className: string, facts: readonly { term: string; value: string }[]): HTMLDListElement {
  return el('dl', { class: className }, facts.flatMap(({ term, value }) => [el('dt', {}, [term]), el('dd', {}, [value])]));
}
