import type { UrlNotice } from '../state/url-notices';
import { noticeText } from '../view-model/notice-text';
import { el } from './dom';
import { messageNodes } from './message-nodes';
import { t } from '../i18n/language';

/** Dismissible notices about parts of the link that were not used. The link's text is shown as text, each piece in a <bdi>. */
export class NoticesView {
  readonly element = el('div', { class: 'notices', role: 'region', 'aria-label': t().notices.label, 'aria-live': 'polite' });

  constructor(private readonly onDismiss: (notice: UrlNotice) => void) {}

  private shown: readonly UrlNotice[] | undefined;

  render(notices: readonly UrlNotice[]): void {
    // The store tells on every change (every year while playing); the notices rarely change.
    if (notices === this.shown) return;
    this.shown = notices;
    this.element.hidden = notices.length === 0;
    this.element.replaceChildren(
      ...notices.map((notice) => {
        const dismiss = el('button', { type: 'button', class: 'notice-dismiss', 'aria-label': t().notices.dismiss(notice.param) }, ['×']);
        dismiss.addEventListener('click', () => this.onDismiss(notice));
        return el('p', { class: 'notice', 'data-param': notice.param }, [el('span', {}, messageNodes(noticeText(notice))), dismiss]);
      }),
    );
  }
}
