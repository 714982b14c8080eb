import type { PublishedTotalsModel } from '../view-model/published-total-text';
import { el } from './dom';

/** Totals a publisher gave for the place shown (a region, England and Wales), each set beside what the figures here add up to. */
export class PublishedTotalsView {
  readonly element = el('section', { class: 'published-totals-panel', 'aria-labelledby': 'published-totals-title', hidden: true });
  private shown: PublishedTotalsModel | undefined;

  render(model: PublishedTotalsModel | undefined): void {
    if (model === this.shown) return;
    this.shown = model;
    this.element.hidden = !model;
    this.element.replaceChildren(
      ...(model
        ? [
            el('h2', { id: 'published-totals-title' }, [model.heading]),
            el(
              'ul',
              { class: 'published-totals' },
              model.items.map(({ heading, text }) => el('li', {}, [el('strong', {}, [heading]), ` ${text}`])),
            ),
          ]
        : []),
    );
  }
}
