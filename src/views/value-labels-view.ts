import { placeLabels } from '../export/label-placement';
import type { ScreenBox } from './choropleth-map';
import { el, svgEl } from './dom';

/** Room between a force and a label beside it, in CSS pixels. */
const GAP = 8;

/**
 * The value labels on the screen's map: the chosen force and the forces the
 * reader pinned, each with its value, over whichever map is shown
 * (geographic, zoomable or tiles), placed by the exports' rule
 * (placeLabels: on the force where free, else beside it with a leader that
 * crosses no other label or leader), and placed again whenever the map
 * moves. A label with no free place is left out rather than laid over
 * another. Text only; the labels take no pointer events, so the map under
 * them stays in reach.
 */
export class ValueLabelsView {
  readonly element = el('div', { class: 'value-labels', 'aria-hidden': 'true' });
  private readonly leaders = svgEl('svg', { class: 'value-label-leaders' });
  private labels: readonly { code: string; text: string }[] = [];

  constructor(private readonly screenBoxOf: (code: string) => ScreenBox | undefined) {
    this.element.append(this.leaders);
  }

  render(labels: readonly { code: string; text: string }[]): void {
    this.labels = labels;
    this.place();
  }

  /** Places the labels again where the map now shows their forces. */
  place(): void {
    const frame = { x: 0, y: 0, width: this.element.clientWidth, height: this.element.clientHeight };
    this.element.replaceChildren(this.leaders);
    this.leaders.replaceChildren();
    const shown = this.labels.flatMap((label) => {
      const force = this.screenBoxOf(label.code);
      if (!force) return [];
      const element = el('span', { class: 'value-label', 'data-code': label.code }, [label.text]);
      this.element.append(element);
      const around = { x: force.left, y: force.top, width: force.right - force.left, height: force.bottom - force.top };
      return [
        {
          element,
          request: {
            anchor: [around.x + around.width / 2, around.y + around.height / 2] as const,
            around,
            width: element.offsetWidth,
            height: element.offsetHeight,
          },
        },
      ];
    });
    placeLabels(
      shown.map(({ request }) => request),
      frame,
      GAP,
    ).forEach((placement, index) => {
      const { element } = shown[index]!;
      if (!placement) return element.remove();
      element.style.transform = `translate(${Math.round(placement.box.x)}px, ${Math.round(placement.box.y)}px)`;
      if (placement.leaderEnd) {
        const [x, y] = placement.anchor;
        const [endX, endY] = placement.leaderEnd;
        this.leaders.append(svgEl('line', { x1: x, y1: y, x2: endX, y2: endY }), svgEl('circle', { cx: x, cy: y, r: 2.5 }));
      }
    });
  }
}
