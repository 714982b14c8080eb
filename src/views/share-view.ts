import { shareLinks } from '../view-model/share-links';
import { copyText } from './clipboard';
import { el } from './dom';

/** The view to share: its address and its title. */
export interface SharedView {
  href: string;
  title: string;
}

/**
 * Share: the link to this view, and the code to embed it in a page (a
 * chromeless view keeping the title, map, legend, years and source).
 * Builds the panel's body in its container and returns what fills it in,
 * to be called whenever the panel opens, so that it is always the view as
 * it stands.
 */
export function fillSharePanel(container: HTMLElement, view: () => SharedView, copy: (text: string) => Promise<boolean> = copyText): () => void {
  const link = el('input', { type: 'text', id: 'share-link', readonly: true, 'aria-label': 'Link to this view' });
  const snippet = el('textarea', { id: 'share-embed', rows: 4, readonly: true, 'aria-label': 'Code to embed this view' });
  const status = el('p', { class: 'share-status', role: 'status' });
  const copyButton = (label: string, field: HTMLInputElement | HTMLTextAreaElement) => {
    const button = el('button', { type: 'button' }, [label]);
    button.addEventListener('click', async () => {
      status.textContent = (await copy(field.value)) ? 'Copied.' : 'Select the text and copy it.';
      field.select();
    });
    return button;
  };
  container.append(
    el('div', { class: 'share-body' }, [
      el('label', { for: 'share-link', class: 'field-label' }, ['Link to this view']),
      el('div', { class: 'share-row' }, [link, copyButton('Copy link', link)]),
      el('label', { for: 'share-embed', class: 'field-label' }, ['Embed it in a page']),
      snippet,
      el('div', { class: 'share-row' }, [
        copyButton('Copy embed code', snippet),
        el('span', { class: 'field-note' }, ['The embedded map keeps the title, legend, years and source.']),
      ]),
      status,
    ]),
  );
  return () => {
    const { href, title } = view();
    const current = shareLinks(href, title);
    link.value = current.link;
    snippet.value = current.snippet;
    status.textContent = '';
  };
}
