import type { Direction } from '../geography/neighbours';
import { t } from '../i18n/language';
import { el } from './dom';

export interface MapKeyboardActions {
  move(direction: Direction): void;
  /** Enter or Space: choose the force the keyboard is on. */
  choose(): void;
  /** Escape: close a card, else go up a level (force → region → England and Wales). */
  back(): void;
  zoom(delta: number): void;
}

const DIRECTIONS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * The map as one stop for the keyboard: the arrow keys move from force to
 * neighbouring force, Enter chooses, Escape goes back up, + and − zoom.
 * The frame itself takes focus (not MapLibre's canvas inside it), so the
 * focus ring is drawn round the whole map and never clipped.
 */
export function makeMapKeyboardStop(frame: HTMLElement, actions: MapKeyboardActions): HTMLElement {
  const help = el('p', { id: 'map-keys', class: 'visually-hidden' }, [t().map.keys]);
  frame.tabIndex = 0;
  frame.setAttribute('role', 'application');
  frame.setAttribute('aria-roledescription', 'map');
  frame.setAttribute('aria-describedby', 'map-keys');
  frame.addEventListener('keydown', (event) => {
    if (event.target !== frame || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = DIRECTIONS[event.key];
    if (direction) actions.move(direction);
    else if (event.key === 'Enter' || event.key === ' ') actions.choose();
    else if (event.key === 'Escape') actions.back();
    else if (event.key === '+' || event.key === '=') actions.zoom(1);
    else if (event.key === '-' || event.key === '_') actions.zoom(-1);
    else return;
    event.preventDefault();
  });
  return help;
}
