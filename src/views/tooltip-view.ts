import type { TooltipModel } from '../view-model/tooltip-model';
import { el } from './dom';
import { sparkline } from './sparkline';

/** Hover (or tap) card for one force, placed beside the pointer inside the map. */
export class TooltipView {
  readonly element = el('div', { class: 'tooltip', role: 'status', 'aria-live': 'off', hidden: true });

  show(model: TooltipModel, point: { x: number; y: number }, bounds: { width: number; height: number }): void {
    const parts: (Node | null)[] = [
      el('p', { class: 'tooltip-name' }, [model.name]),
      el('p', { class: 'tooltip-region' }, [model.region]),
      el('p', { class: 'tooltip-value' }, [el('strong', {}, [model.value]), ` in ${model.year}`]),
      model.rank ? el('p', { class: 'tooltip-rank' }, [model.rank]) : null,
      sparkline(model.series, model.yearIndex),
      model.note ? el('p', { class: 'tooltip-note' }, [model.note]) : null,
      model.source ? el('p', { class: 'tooltip-source' }, [`Source: ${model.source}`]) : null,
    ];
    this.element.replaceChildren(...parts.filter((part): part is Node => part !== null));
    this.element.hidden = false;
    // Keep the card inside the map: flip it to the other side of the pointer near an edge.
    const width = this.element.offsetWidth;
    const height = this.element.offsetHeight;
    const left = point.x + 16 + width > bounds.width ? Math.max(4, point.x - 16 - width) : point.x + 16;
    const top = Math.min(Math.max(4, point.y - height / 2), Math.max(4, bounds.height - height - 4));
    this.element.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
