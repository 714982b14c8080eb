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
  const opener = el(
    'button',
    { type: 'button', id: `${id}-button`, class: 'popover-button', popovertarget: panelId, 'aria-expanded': 'false', 'aria-controls': panelId },
    [label],
  );
  panel.addEventListener('toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    opener.setAttribute('aria-expanded', String(open));
    if (open) place(panel, opener.getBoundingClientRect());
  });
  return el('div', { class: 'popover-anchor' }, [opener, panel]);
}

interface Box {
  left: number;
  top: number;
  bottom: number;
}

/**
 * Where the panel goes: under its button and level with its left edge,
 * moved left as far as it must to stay inside the window; above the button
 * when it does not fit below and there is more room above.
 */
export function popoverPosition(
  anchor: Box,
  panel: { width: number; height: number },
  window: { width: number; height: number },
): { left: number; top: number; maxWidth: number; maxHeight: number } {
  const maxWidth = window.width - 2 * EDGE;
  const width = Math.min(panel.width, maxWidth);
  const left = Math.max(EDGE, Math.min(anchor.left, window.width - width - EDGE));
  const roomBelow = window.height - anchor.bottom - 4 - EDGE;
  const roomAbove = anchor.top - 4 - EDGE;
  const below = panel.height <= roomBelow || roomBelow >= roomAbove;
  const top = below ? anchor.bottom + 4 : Math.max(EDGE, anchor.top - 4 - panel.height);
  return { left, top, maxWidth, maxHeight: below ? roomBelow : roomAbove };
}

function place(panel: HTMLElement, anchor: DOMRect): void {
  const position = popoverPosition(anchor, { width: panel.offsetWidth, height: panel.offsetHeight }, { width: window.innerWidth, height: window.innerHeight });
  panel.style.left = `${position.left}px`;
  panel.style.top = `${position.top}px`;
  panel.style.maxWidth = `${position.maxWidth}px`;
  panel.style.maxHeight = `${position.maxHeight}px`;
}
