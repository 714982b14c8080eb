/**
 * What the stylesheet cannot know by itself: how tall the header and the
 * controls are (they wrap with the title's length and the screen's width),
 * so that on a screen that scrolls the map is as tall as the first screen
 * leaves it, and whether the profile is a side panel or a sheet.
 */

/** Keeps --above-stage on the page: the height of what stands above the map. */
export function trackHeightAboveStage(page: HTMLElement, above: readonly (Element | null)[]): void {
  const parts = above.filter((part): part is Element => part !== null);
  const measure = () => {
    const height = parts.reduce((sum, part) => sum + part.getBoundingClientRect().height, 0);
    page.style.setProperty('--above-stage', `${Math.ceil(height)}px`);
  };
  // Not measured now, which would lay the page out before it is built: the observer's first call comes with the first layout, before the first paint.
  const observer = new ResizeObserver(measure);
  for (const part of parts) observer.observe(part);
}

/**
 * Scrolls a panel that scrolls on its own (the side column of a wide screen)
 * so that `target` starts at its top; where the panel does not scroll (the
 * page does), nothing moves, so the map is never scrolled out of view.
 */
export function revealInPanel(panel: HTMLElement, target: HTMLElement): void {
  const { overflowY } = getComputedStyle(panel);
  if (overflowY !== 'auto' && overflowY !== 'scroll') return;
  if (panel.scrollHeight <= panel.clientHeight) return;
  panel.scrollTop += target.getBoundingClientRect().top - panel.getBoundingClientRect().top;
}

/** Where the profile opens as a sheet over the page (app.css), it is marked as the dialog it then is. */
const SHEET_QUERY = '(max-width: 760px)';

/** Marks the profile as the dialog it is where it opens as a sheet over the page (app.css), while a force is chosen. */
export class ProfileSheetMark {
  private shown = false;

  constructor(
    private readonly profile: HTMLElement,
    private readonly query: MediaQueryList = matchMedia(SHEET_QUERY),
  ) {
    query.addEventListener('change', () => this.mark());
  }

  show(shown: boolean): void {
    if (shown === this.shown) return;
    this.shown = shown;
    this.mark();
  }

  private mark(): void {
    if (this.shown && this.query.matches) {
      this.profile.setAttribute('role', 'dialog');
      this.profile.setAttribute('aria-modal', 'false');
      this.profile.setAttribute('aria-labelledby', 'profile-title');
    } else {
      for (const name of ['role', 'aria-modal', 'aria-labelledby']) this.profile.removeAttribute(name);
    }
  }
}
