import type { ScreenBox } from './choropleth-map';
import { el, svgEl } from './dom';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface ScreenLabelPlacement {
  box: Rect;
  /** The middle of the force's box on screen, which a leader joins when the label is not over it. */
  anchor: [number, number];
  leader: boolean;
}

/** Room between a force and a label beside it, in CSS pixels. */
const GAP = 8;
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
];

/**
 * Where each label goes on the screen's map, in order (the chosen force's
 * first): over the middle of its force when that is clear of the labels
 * before it, else beside the force's box, further out as needed, always
 * inside the frame and clear of the others; a label away from its force
 * gets a leader line. Labels that find no free place are left out rather
 * than laid over another.
 */
export function placeScreenLabels(
  items: readonly { force: ScreenBox; width: number; height: number }[],
  frame: { width: number; height: number },
): (ScreenLabelPlacement | undefined)[] {
  const placed: Rect[] = [];
  const inside = (box: Rect) => box.x >= 0 && box.y >= 0 && box.x + box.width <= frame.width && box.y + box.height <= frame.height;
  const free = (box: Rect) =>
    !placed.some((other) => box.x < other.x + other.width && other.x < box.x + box.width && box.y < other.y + other.height && other.y < box.y + box.height);
  return items.map(({ force, width, height }) => {
    const anchor: [number, number] = [(force.left + force.right) / 2, (force.top + force.bottom) / 2];
    const over = { x: anchor[0] - width / 2, y: anchor[1] - height / 2, width, height };
    const beside = [1, 3, 6, 10].flatMap((reach) =>
      DIRECTIONS.map(([dx, dy]) => ({
        x: dx > 0 ? force.right + GAP * reach : dx < 0 ? force.left - GAP * reach - width : anchor[0] - width / 2,
        y: dy > 0 ? force.bottom + GAP * reach : dy < 0 ? force.top - GAP * reach - height : anchor[1] - height / 2,
        width,
        height,
      })),
    );
    const box = [over, ...beside].find((candidate) => inside(candidate) && free(candidate));
    if (!box) return undefined;
    placed.push(box);
    return { box, anchor, leader: box !== over };
  });
}

/**
 * The value labels on the screen's map: the chosen force and the forces the
 * reader pinned, each with its value, placed by placeScreenLabels over
 * whichever map is shown (geographic, zoomable or tiles), and placed again
 * whenever the map moves. Text only; the labels take no pointer events, so
 * the map under them stays in reach.
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
    const frame = { width: this.element.clientWidth, height: this.element.clientHeight };
    this.element.replaceChildren(this.leaders);
    this.leaders.replaceChildren();
    const shown = this.labels.flatMap((label) => {
      const force = this.screenBoxOf(label.code);
      if (!force) return [];
      const element = el('span', { class: 'value-label', 'data-code': label.code }, [label.text]);
      this.element.append(element);
      return [{ element, force, width: element.offsetWidth, height: element.offsetHeight }];
    });
    placeScreenLabels(shown, frame).forEach((placement, index) => {
      const { element } = shown[index]!;
      if (!placement) return element.remove();
      element.style.transform = `translate(${Math.round(placement.box.x)}px, ${Math.round(placement.box.y)}px)`;
      if (placement.leader) {
        const [x, y] = placement.anchor;
        const end = [
          Math.min(Math.max(x, placement.box.x), placement.box.x + placement.box.width),
          Math.min(Math.max(y, placement.box.y), placement.box.y + placement.box.height),
        ];
        this.leaders.append(svgEl('line', { x1: x, y1: y, x2: end[0], y2: end[1] }), svgEl('circle', { cx: x, cy: y, r: 2.5 }));
      }
    });
  }
}
