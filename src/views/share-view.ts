import { shareLinks } from '../view-model/share-links';
import { panelWords } from '../i18n/panel-words';
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
  const words = panelWords().share;
  const link = el('input', { type: 'text', id: 'share-link', readonly: true, 'aria-label': words.link });
  const snippet = el('textarea', { id: 'share-embed', rows: 4, readonly: true, 'aria-label': words.code });
  const status = el('p', { class: 'share-status', role: 'status' });
  const copyButton = (label: string, field: HTMLInputElement | HTMLTextAreaElement) => {
    const button = el('button', { type: 'button' }, [label]);
    button.addEventListener('click', async () => {
      status.textContent = (await copy(field.value)) ? words.copied : words.copyYourself;
      field.select();
    });
    return button;
  };
  container.append(
    el('div', { class: 'share-body' }, [
      el('label', { for: 'share-link', class: 'field-label' }, [words.link]),
      el('div', { class: 'share-row' }, [link, copyButton(words.copyLink, link)]),
      el('label', { for: 'share-embed', class: 'field-label' }, [words.embed]),
      snippet,
      el('div', { class: 'share-row' }, [copyButton(words.copyCode, snippet), el('span', { class: 'field-note' }, [words.embedKeeps])]),
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
