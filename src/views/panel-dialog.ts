import { t } from '../i18n/language';
import { el } from './dom';

/**
 * A panel that opens over the page from one button (Download, Share): a
 * modal <dialog> with a heading and a Close button. Escape, Close and a
 * click on the backdrop close it, and focus goes back to the button that
 * opened it. The button says that it opens a dialog, and whether it is open.
 */
export function panelDialog(id: string, heading: string, body: HTMLElement, onOpen?: () => void): { dialog: HTMLDialogElement; opener: HTMLButtonElement } {
  const headingId = `${id}-title`;
  const close = el('button', { type: 'button', class: 'panel-dialog-close', 'aria-label': t().page.close }, ['×']);
  const dialog = el('dialog', { id, class: 'panel-dialog', 'aria-labelledby': headingId }, [
    el('div', { class: 'panel-dialog-head' }, [el('h2', { id: headingId }, [heading]), close]),
    body,
  ]);
  body.classList.add('panel-dialog-body');
  const opener = el(
    'button',
    { type: 'button', class: 'header-button', id: `${id}-button`, 'aria-haspopup': 'dialog', 'aria-controls': id, 'aria-expanded': 'false' },
    [heading],
  );
  opener.addEventListener('click', () => {
    onOpen?.();
    if (!dialog.open) dialog.showModal();
    opener.setAttribute('aria-expanded', 'true');
  });
  close.addEventListener('click', () => dialog.close());
  // The dialog's box has no padding of its own, so a click on the dialog itself is a click on the backdrop.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    opener.setAttribute('aria-expanded', 'false');
    opener.focus();
  });
  document.body.append(dialog);
  return { dialog, opener };
}
