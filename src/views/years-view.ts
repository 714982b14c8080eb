import type { ForceFeature } from '../geography/boundaries';
import { smallMultiplesGrid } from '../export/small-multiples';
import type { ExportModel } from '../view-model/export-model';
import { el } from './dom';
import { t } from '../i18n/language';

/**
 * Every year of the view at once (view=years): the grid the small
 * multiples export draws, fitted to the map's place, each year's map a
 * button that shows that year on the map. Drawn again when the view or
 * the room changes.
 */
export class YearsView {
  readonly element = el('div', { class: 'years-grid' });
  private model: ExportModel | undefined;
  private drawnFor: { model: ExportModel; width: number; height: number } | undefined;

  constructor(
    private readonly features: readonly ForceFeature[],
    private readonly showYear: (year: string) => void,
  ) {
    new ResizeObserver(() => this.draw()).observe(this.element);
  }

  render(model: ExportModel | undefined): void {
    this.model = model;
    this.draw();
  }

  private draw(): void {
    const { model } = this;
    const width = Math.floor(this.element.clientWidth);
    const height = Math.floor(this.element.clientHeight);
    if (!model || width < 100 || height < 100) return;
    if (this.drawnFor?.model === model && this.drawnFor.width === width && this.drawnFor.height === height) return;
    this.drawnFor = { model, width, height };
    // A pixel short of the room each way: the last column's frame is not lost under the border.
    const grid = smallMultiplesGrid(model, this.features, { width: width - 1, height: height - 1 });
    // Our own markup, every text in it escaped (escapeXml): parsed as SVG, never set as HTML.
    const svg = new DOMParser().parseFromString(grid.svg, 'image/svg+xml').documentElement;
    svg.setAttribute('aria-hidden', 'true');
    const current = model.years[model.yearIndex];
    const buttons = grid.cells.map((cell) => {
      const button = el('button', {
        type: 'button',
        class: 'years-cell',
        'aria-label': t().map.yearCell(cell.year),
        'aria-current': cell.year === current ? 'true' : undefined,
      });
      // Placed over its map (the grid's pixels are the page's): set as properties, which the style policy allows.
      Object.assign(button.style, { left: `${cell.x}px`, top: `${cell.y}px`, width: `${cell.width}px`, height: `${cell.height}px` });
      button.addEventListener('click', () => this.showYear(cell.year));
      return button;
    });
    const focused =
      document.activeElement instanceof HTMLElement && this.element.contains(document.activeElement) ? document.activeElement.getAttribute('aria-label') : null;
    this.element.replaceChildren(document.importNode(svg, true), ...buttons);
    // Drawn again (a resize, the next year): the keyboard stays on the year it was on.
    if (focused) buttons.find((button) => button.getAttribute('aria-label') === focused)?.focus();
  }
}
