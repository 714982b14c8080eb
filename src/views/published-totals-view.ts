import type { PublishedTotalsModel, PublishedTotalText } from '../view-model/published-total-text';
import { el } from './dom';
import { phraseNodes } from './publishers-words';

/** Totals a publisher gave for the place shown (a region, England and Wales), each set beside what the figures here add up to. */
export class PublishedTotalsView {
  readonly element = el('section', { class: 'published-totals-panel', 'aria-labelledby': 'published-totals-title', hidden: true });
  private shown: PublishedTotalsModel | undefined;

  render(model: PublishedTotalsModel | undefined): void {
    if (model === this.shown) return;
    this.shown = model;
    this.element.hidden = !model;
    this.element.replaceChildren(...(model ? [el('h2', { id: 'published-totals-title' }, [model.heading]), publishedTotalsList(model.items)] : []));
  }
}

/** The totals as a list, here and in a force's profile: each total's heading in bold, then what the figures here make of it. */
export function publishedTotalsList(items: readonly PublishedTotalText[]): HTMLUListElement {
  return el(
    'ul',
    { class: 'published-totals' },
    items.map(({ heading, text }) => el('li', {}, [el('strong', {}, phraseNodes(heading)), ' ', ...phraseNodes(text)])),
  );
}
