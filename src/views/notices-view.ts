import type { UrlNotice } from '../state/url-notices';
import { noticeText } from '../view-model/notice-text';
import { noticeWords } from '../i18n/notice-words';
import { el } from './dom';
import { messageNodes } from './message-nodes';

/**
 * Dismissible notices about parts of the link that were not used, in
 * their live region (made by the page, so that it is there before the
 * first notice). The link's text is shown as text, each piece in a <bdi>.
 */
export class NoticesView {
  constructor(
    readonly element: HTMLElement,
    private readonly onDismiss: (notice: UrlNotice) => void,
  ) {}

  private shown: readonly UrlNotice[] | undefined;

  /** The notices, or undefined when there are none. */
  render(notices: readonly UrlNotice[] | undefined): void {
    // The store tells on every change (every year while playing); the notices rarely change.
    if (notices === this.shown) return;
    this.shown = notices;
    this.element.hidden = notices === undefined;
    this.element.replaceChildren(
      ...(notices ?? []).map((notice) => {
        const dismiss = el('button', { type: 'button', class: 'notice-dismiss', 'aria-label': noticeWords().dismiss(notice.param) }, ['×']);
        dismiss.addEventListener('click', () => this.onDismiss(notice));
        return el('p', { class: 'notice', 'data-param': notice.param }, [el('span', {}, messageNodes(noticeText(notice))), dismiss]);
      }),
    );
  }
}
