import type { TooltipModel } from '../view-model/tooltip-model';
import type { ScreenBox } from './choropleth-map';
import { aroundPublishersWords } from './publishers-words';
import { el } from './dom';
import { sparkline } from './sparkline';
import { placeTooltip } from './tooltip-placement';
import { t } from '../i18n/language';
import { capitalised } from '../format/capitalised';

/**
 * The card for one force under the pointer, a tap or the keyboard, placed
 * in the map clear of the force it describes. A card that came with a tap
 * or a key stays until dismissed (×, Escape), so it carries a close button.
 */
export class TooltipView {
  readonly element = el('div', { class: 'tooltip', role: 'status', 'aria-live': 'off', hidden: true });
  private shown: TooltipModel | undefined;

  constructor(private readonly onDismiss: () => void) {}

  show(
    model: TooltipModel,
    place: { point: { x: number; y: number }; force: ScreenBox | undefined; frame: { width: number; height: number }; dismissable: boolean },
  ): void {
    if (model !== this.shown) {
      this.shown = model;
      const close = el('button', { type: 'button', class: 'tooltip-close', 'aria-label': t().tooltip.close(model.name) }, ['×']);
      close.addEventListener('click', this.onDismiss);
      const parts: (Node | null)[] = [
        el('p', { class: 'tooltip-name' }, [model.name]),
        el('p', { class: 'tooltip-region' }, [model.region]),
        el('p', { class: 'tooltip-value' }, [el('strong', {}, [model.value]), t().tooltip.inYear(model.year)]),
        model.interval ? el('p', { class: 'tooltip-interval' }, [model.interval]) : null,
        model.comparison ? el('p', { class: 'tooltip-comparison' }, [capitalised(model.comparison)]) : null,
        ...model.cautions.map((caution) => el('p', { class: 'tooltip-caution' }, [capitalised(caution)])),
        model.rank ? el('p', { class: 'tooltip-rank' }, [model.rank]) : null,
        sparkline(model.series, model.yearIndex),
        model.note ? el('p', { class: 'tooltip-note' }, [model.note]) : null,
        model.source ? el('p', { class: 'tooltip-source' }, aroundPublishersWords(t().tooltip.source, model.source)) : null,
        close,
      ];
      this.element.replaceChildren(...parts.filter((part): part is Node => part !== null));
    }
    this.element.classList.toggle('is-dismissable', place.dismissable);
    this.element.hidden = false;
    const { left, top } = placeTooltip({ width: this.element.offsetWidth, height: this.element.offsetHeight }, place.force, place.point, place.frame);
    this.element.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  hide(): void {
    this.shown = undefined;
    this.element.hidden = true;
  }
}
