import { el } from './dom';

/**
 * Says changes to screen readers through a polite live region. Settles
 * before speaking, so that playing through the years is not read out year
 * by year: only where it stops.
 */
export class Announcer {
  readonly element = el('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true', id: 'announcer' });
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = '';

  announce(text: string, { quiet }: { quiet: boolean }): void {
    clearTimeout(this.timer);
    if (quiet || text === this.last) return;
    this.timer = setTimeout(() => {
      this.last = text;
      this.element.textContent = text;
    }, 600);
  }
}
