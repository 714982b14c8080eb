import { el } from './dom';

/** Space kept between a popover and the edges of the window, in CSS pixels. */
const EDGE = 8;

/**
 * A panel that floats over the page from a button (Colours and classes):
 * the `popover` attribute puts it in the top layer, closes it on Escape or
 * a click elsewhere, and gives focus back to the button. It opens under
 * its button, moved left as far as it must to stay inside the window, and
 * above the button when there is no room below.
 */
export function anchoredPopover(id: string, label: string, children: HTMLElement[]): HTMLElement {
  const panelId = `${id}-panel`;
  const panel = el('div', { id: panelId, class: 'anchored-popover', popover: 'auto', role: 'group', 'aria-label': label }, children);
  const opener = el('button', { type: 'button', id: `${id}-button`, class: 'popover-button', popovertarget: panelId, 'aria-expanded': 'false', 'aria-controls': panelId }, [label]);
  panel.addEventListener('toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    opener.setAttribute('aria-expanded', String(open));
    if (open) place(panel, opener.getBoundingClientRect());
  });
  return el('div', { class: 'popover-anchor' }, [opener, panel]);
}

function place(panel: HTMLElement, anchor: DOMRect): void {
  const width = Math.min(panel.offsetWidth, window.innerWidth - 2 * EDGE);
  const left = Math.max(EDGE, Math.min(anchor.left, window.innerWidth - width - EDGE));
  const roomBelow = window.innerHeight - anchor.bottom - EDGE;
  const top = panel.offsetHeight <= roomBelow || anchor.top < roomBelow ? anchor.bottom + 4 : Math.max(EDGE, anchor.top - 4 - panel.offsetHeight);
  panel.style.left = `${left}px`;
  panel.style.top = `${top}px`;
  panel.style.maxWidth = `${window.innerWidth - 2 * EDGE}px`;
  panel.style.maxHeight = `${window.innerHeight - top - EDGE}px`;
}
