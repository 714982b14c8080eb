import { el } from './dom';
import { t } from '../i18n/language';

export interface FailureModel {
  /** The dataset that could not be loaded, by its id and title. */
  id: string;
  title: string;
  message: string;
}

/**
 * Says that the figures asked for could not be loaded, and offers to try
 * again. While it shows, no figures are drawn under that title.
 */
export class FailureView {
  readonly element = el('div', { class: 'error-panel', role: 'alert', hidden: true });
  private shown: FailureModel | undefined;

  constructor(private readonly onRetry: (id: string) => void) {}

  render(model: FailureModel | undefined): void {
    if (model?.id === this.shown?.id && model?.message === this.shown?.message) return;
    this.shown = model;
    this.element.hidden = !model;
    if (!model) {
      this.element.replaceChildren();
      return;
    }
    const retry = el('button', { type: 'button', class: 'failure-retry' }, [t().page.tryAgain]);
    retry.addEventListener('click', () => this.onRetry(model.id));
    this.element.replaceChildren(
      el('p', {}, [el('strong', {}, [t().failure.figures(model.title)])]),
      el('p', {}, [model.message]),
      el('p', {}, [t().failure.meanwhile]),
      retry,
    );
  }
}
