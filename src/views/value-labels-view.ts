import type { Box } from '../export/compose-picture';
import type { LabelRequest } from '../export/label-placement';
import type { ValueLabel } from '../export/map-layer';
import type { ChoroplethMap, ScreenBox } from './choropleth-map';
import { el, svgEl } from './dom';

type LabelPlacement = typeof import('../export/label-placement');

/** Room between a force and a label beside it, and between the list and the map's edge, in CSS pixels. */
const GAP = 8;

/**
 * The value labels on the screen's map: the chosen force and the forces the
 * reader pinned, each with its value, over whichever map is shown
 * (geographic, zoomable or tiles), placed by the exports' rule
 * (placeLabelsWithList: on the force where free, else beside it with a
 * leader that crosses no other label or leader), and placed again whenever
 * the map moves. On the tile map a label keeps off every tile's name, or
 * stands on its own tile in its name's place, the name then left out. A
 * labelled force out of view (outside the region in focus) or with no free
 * place is listed, with its value, under a heading saying what the list
 * holds, in the corner that hides least, as the exports do. Text only; the
 * labels take no pointer events, so the map under them stays in reach.
 */
export class ValueLabelsView {
  readonly element = el('div', { class: 'value-labels', 'aria-hidden': 'true' });
  private readonly leaders = svgEl('svg', { class: 'value-label-leaders' });
  private readonly list = el('div', { class: 'value-labels-list' });
  private labels: readonly ValueLabel[] = [];
  /** Whether labels were placed last time: what they left (labels, leaders, the list, covered names) is then cleared. */
  private placedAny = false;

  constructor(private readonly map: Pick<ChoroplethMap, 'screenBoxOf' | 'nameBoxesOf' | 'coverNames'>) {
    this.element.append(this.leaders);
  }

  /**
   * The placement rule, loaded with the first labels to show once the first map is on screen: the first map, even a
   * link's with a chosen force, does not wait for it (loading it, and measuring the page to place labels, made the
   * first drawing's task a third longer on the Dorset link).
   */
  private placement: LabelPlacement | undefined;
  private loading: Promise<void> | undefined;
  private firstMapShown = false;

  render(labels: readonly ValueLabel[]): void {
    this.labels = labels;
    this.loadPlacementWhenWanted();
    this.place();
  }

  /** The first map is on screen: labels may now be placed. */
  showLabels(): void {
    this.firstMapShown = true;
    this.loadPlacementWhenWanted();
  }

  private loadPlacementWhenWanted(): void {
    if (!this.firstMapShown || this.labels.length === 0) return;
    this.loading ??= import('../export/label-placement').then((placement) => {
      this.placement = placement;
      this.place();
    });
  }

  /** Places the labels again where the map now shows their forces. */
  place(): void {
    // No labels, none on screen: nothing to measure (measuring lays the page out in the middle of a year step).
    if (this.labels.length === 0 && !this.placedAny) return;
    this.placedAny = this.labels.length > 0;
    this.element.replaceChildren(this.leaders);
    this.leaders.replaceChildren();
    if (!this.placement) return this.map.coverNames?.(new Set());
    const frame = { x: 0, y: 0, width: this.element.clientWidth, height: this.element.clientHeight };
    const { placeLabelsWithList, quietestCorner, listHeading, fitsOnTile } = this.placement;
    const names = [...(this.map.nameBoxesOf?.() ?? new Map<string, ScreenBox>())].map(([code, box]) => ({ code, box: boxOf(box) }));
    const notShown: ValueLabel[] = [];
    const shown = this.labels.flatMap((label) => {
      const force = this.map.screenBoxOf(label.code);
      if (!force) {
        notShown.push(label);
        return [];
      }
      const element = el('span', { class: 'value-label', 'data-code': label.code }, [label.text]);
      this.element.append(element);
      const around = boxOf(force);
      const otherNames = names.filter((name) => name.code !== label.code).map((name) => name.box);
      const request: LabelRequest = {
        anchor: [around.x + around.width / 2, around.y + around.height / 2],
        around,
        width: element.offsetWidth,
        height: element.offsetHeight,
        // Where the map names its forces (the tiles), on its own tile only in its name's place, else clear of every name.
        ...(names.length > 0 ? { fitsOnAnchor: fitsOnTile(around, otherNames), avoid: names.map((name) => name.box) } : {}),
      };
      return [{ element, label, request }];
    });
    const listed = (indices: readonly number[]) => [...notShown, ...indices.map((index) => shown[index]!.label)];
    const heading = (indices: readonly number[]) =>
      listHeading(frame, [
        ...notShown.map(({ chosen }) => ({ anchor: undefined, chosen: chosen === true })),
        ...indices.map((index) => ({ anchor: shown[index]!.request.anchor, chosen: shown[index]!.label.chosen === true })),
      ]);
    const { placements, unplaced } = placeLabelsWithList(
      shown.map(({ request }) => request),
      frame,
      GAP,
      (indices, placed) =>
        this.showList(quietestCorner, heading(indices), listed(indices), frame, [
          ...placed.flatMap((placement) => (placement ? [placement.box] : [])),
          ...names.map((name) => name.box),
        ]),
      notShown.length > 0,
    );
    const covered = new Set<string>();
    placements.forEach((placement, index) => {
      const { element, label } = shown[index]!;
      if (!placement) return element.remove();
      element.style.transform = `translate(${Math.round(placement.box.x)}px, ${Math.round(placement.box.y)}px)`;
      if (placement.leaderEnd) {
        const [x, y] = placement.anchor;
        const [endX, endY] = placement.leaderEnd;
        this.leaders.append(svgEl('line', { x1: x, y1: y, x2: endX, y2: endY }), svgEl('circle', { cx: x, cy: y, r: 2.5 }));
      } else if (names.some((name) => name.code === label.code)) covered.add(label.code);
    });
    this.map.coverNames?.(covered);
    // Filled again with only the labels left off the map (the box measured for the list may have held more).
    if (listed(unplaced).length > 0) this.fillList(heading(unplaced), listed(unplaced));
    else this.list.remove();
  }

  /** The list holding these labels, in the corner of the map that hides least of the labels placed (and of the tiles' names): where it is. */
  private showList(quietestCorner: LabelPlacement['quietestCorner'], heading: string, labels: readonly ValueLabel[], frame: Box, avoid: readonly Box[]) {
    this.fillList(heading, labels);
    this.element.append(this.list);
    const box = quietestCorner(frame, { width: this.list.offsetWidth, height: this.list.offsetHeight }, GAP, avoid);
    this.list.style.transform = `translate(${Math.round(box.x)}px, ${Math.round(box.y)}px)`;
    return box;
  }

  private fillList(heading: string, labels: readonly ValueLabel[]): void {
    this.list.replaceChildren(el('strong', {}, [heading]), ...labels.map(({ text }) => el('span', {}, [text])));
  }
}

/** A box on the screen as the placement takes it. */
function boxOf({ left, top, right, bottom }: ScreenBox): Box {
  return { x: left, y: top, width: right - left, height: bottom - top };
}
