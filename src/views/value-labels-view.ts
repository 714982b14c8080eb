import type { LabelRequest } from '../export/label-placement';

type LabelPlacement = typeof import('../export/label-placement');
import type { ScreenBox } from './choropleth-map';
import { el, svgEl } from './dom';

/** Room between a force and a label beside it, and between the list and the map's edge, in CSS pixels. */
const GAP = 8;

/**
 * The value labels on the screen's map: the chosen force and the forces the
 * reader pinned, each with its value, over whichever map is shown
 * (geographic, zoomable or tiles), placed by the exports' rule
 * (placeLabelsWithList: on the force where free, else beside it with a
 * leader that crosses no other label or leader), and placed again whenever
 * the map moves. A labelled force out of view (outside the region in
 * focus) or with no free place is listed, with its value, under "Also
 * pinned" in the corner that hides least, as the exports do. Text only; the
 * labels take no pointer events, so the map under them stays in reach.
 */
export class ValueLabelsView {
  readonly element = el('div', { class: 'value-labels', 'aria-hidden': 'true' });
  private readonly leaders = svgEl('svg', { class: 'value-label-leaders' });
  private readonly list = el('div', { class: 'value-labels-list' });
  private labels: readonly { code: string; text: string }[] = [];

  constructor(private readonly screenBoxOf: (code: string) => ScreenBox | undefined) {
    this.element.append(this.leaders);
  }

  /** The placement rule, loaded with the first labels to show: the first map, with none, does not wait for it. */
  private placement: LabelPlacement | undefined;
  private loading: Promise<void> | undefined;

  render(labels: readonly { code: string; text: string }[]): void {
    this.labels = labels;
    if (labels.length > 0) {
      this.loading ??= import('../export/label-placement').then((placement) => {
        this.placement = placement;
        this.place();
      });
    }
    this.place();
  }

  /** Places the labels again where the map now shows their forces. */
  place(): void {
    const frame = { x: 0, y: 0, width: this.element.clientWidth, height: this.element.clientHeight };
    this.element.replaceChildren(this.leaders);
    this.leaders.replaceChildren();
    if (!this.placement) return;
    const { placeLabelsWithList, quietestCorner } = this.placement;
    const notShown: string[] = [];
    const shown = this.labels.flatMap((label) => {
      const force = this.screenBoxOf(label.code);
      if (!force) {
        notShown.push(label.text);
        return [];
      }
      const element = el('span', { class: 'value-label', 'data-code': label.code }, [label.text]);
      this.element.append(element);
      const around = { x: force.left, y: force.top, width: force.right - force.left, height: force.bottom - force.top };
      const request: LabelRequest = {
        anchor: [around.x + around.width / 2, around.y + around.height / 2],
        around,
        width: element.offsetWidth,
        height: element.offsetHeight,
      };
      return [{ element, text: label.text, request }];
    });
    const { placements, unplaced } = placeLabelsWithList(
      shown.map(({ request }) => request),
      frame,
      GAP,
      (listed, placed) =>
        this.showList(
          quietestCorner,
          [...notShown, ...listed.map((index) => shown[index]!.text)],
          frame,
          placed.flatMap((placement) => (placement ? [placement.box] : [])),
        ),
      notShown.length > 0,
    );
    placements.forEach((placement, index) => {
      const { element } = shown[index]!;
      if (!placement) return element.remove();
      element.style.transform = `translate(${Math.round(placement.box.x)}px, ${Math.round(placement.box.y)}px)`;
      if (placement.leaderEnd) {
        const [x, y] = placement.anchor;
        const [endX, endY] = placement.leaderEnd;
        this.leaders.append(svgEl('line', { x1: x, y1: y, x2: endX, y2: endY }), svgEl('circle', { cx: x, cy: y, r: 2.5 }));
      }
    });
    const listed = [...notShown, ...unplaced.map((index) => shown[index]!.text)];
    // Filled again with only the labels left off the map (the box measured for the list may have held more).
    if (listed.length > 0) this.list.replaceChildren(el('strong', {}, ['Also pinned']), ...listed.map((text) => el('span', {}, [text])));
    else this.list.remove();
  }

  /** The list holding these labels, in the corner of the map that hides least of the labels placed: where it is. */
  private showList(
    quietestCorner: LabelPlacement['quietestCorner'],
    texts: readonly string[],
    frame: { x: number; y: number; width: number; height: number },
    avoid: readonly { x: number; y: number; width: number; height: number }[],
  ) {
    this.list.replaceChildren(el('strong', {}, ['Also pinned']), ...texts.map((text) => el('span', {}, [text])));
    this.element.append(this.list);
    const box = quietestCorner(frame, { width: this.list.offsetWidth, height: this.list.offsetHeight }, GAP, avoid);
    this.list.style.transform = `translate(${Math.round(box.x)}px, ${Math.round(box.y)}px)`;
    return box;
  }
}
