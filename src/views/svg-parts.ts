import { HATCH, HOVERED_OUTLINE, KEYBOARD_HALO, KEYBOARD_OUTLINE, SELECTED_OUTLINE } from '../scales/map-style';
import { svgEl } from './dom';

/** The "not published" hatch as an SVG pattern, in the user units of whatever it fills. */
export function hatchPattern(id: string): SVGPatternElement {
  return svgEl('pattern', { id, width: HATCH.size, height: HATCH.size, patternUnits: 'userSpaceOnUse' }, [
    svgEl('rect', { width: HATCH.size, height: HATCH.size, fill: HATCH.background }),
    svgEl('path', { d: HATCH.path, stroke: HATCH.lines, 'stroke-width': HATCH.lineWidth }),
  ]);
}

/** A line drawn over the map (hover, selection, keyboard, region): its width in screen pixels whatever the zoom. */
export function outlinePath(line: { color: string; width: number; dash?: readonly number[] }): SVGPathElement {
  return svgEl('path', {
    fill: 'none',
    stroke: line.color,
    'stroke-width': line.width,
    'stroke-linejoin': 'round',
    'stroke-dasharray': line.dash ? line.dash.map((dash) => dash * line.width).join(' ') : undefined,
    'pointer-events': 'none',
    'vector-effect': 'non-scaling-stroke',
  });
}

type MarkKind = 'hovered' | 'keyboard' | 'selected';
/** The keyboard's outline is drawn twice: its halo, then its dashed line on it. */
type Drawn = MarkKind | 'keyboard-halo';

/**
 * The hovered, keyboard and selected forces' outlines over an SVG map,
 * each the outline of one force (pathOf gives its path data), drawn again
 * when its force changes or the map is redrawn.
 */
export class MarkedOutlines {
  /** In drawing order: the selection on top. */
  readonly elements: SVGPathElement[];
  private readonly paths: Record<Drawn, SVGPathElement> = {
    hovered: outlinePath(HOVERED_OUTLINE),
    'keyboard-halo': outlinePath(KEYBOARD_HALO),
    keyboard: outlinePath(KEYBOARD_OUTLINE),
    selected: outlinePath(SELECTED_OUTLINE),
  };
  private readonly marked: Record<MarkKind, string | undefined> = { hovered: undefined, keyboard: undefined, selected: undefined };

  constructor(private readonly pathOf: (code: string) => string | undefined) {
    this.elements = [this.paths.hovered, this.paths['keyboard-halo'], this.paths.keyboard, this.paths.selected];
  }

  mark(kind: MarkKind, code: string | undefined): void {
    if (this.marked[kind] === code) return;
    this.marked[kind] = code;
    this.draw(kind);
  }

  redraw(): void {
    for (const kind of ['hovered', 'keyboard', 'selected'] as const) this.draw(kind);
  }

  private draw(kind: MarkKind): void {
    const code = this.marked[kind];
    const d = (code !== undefined && this.pathOf(code)) || '';
    this.paths[kind].setAttribute('d', d);
    if (kind === 'keyboard') this.paths['keyboard-halo'].setAttribute('d', d);
  }
}

/** Where a pointer event is, in the map's own pixels. */
export function pointIn(container: HTMLElement, event: MouseEvent): { x: number; y: number } {
  const box = container.getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
}

/** The colour a force's shape is drawn with; null where it is hatched as not published. */
export function drawnFill(shape: SVGElement): string | null {
  const fill = shape.getAttribute('fill');
  return fill?.startsWith('url(') ? null : fill;
}

/** The fill of the force's shape at a point of the page (an SVG map has no canvas to read). */
export function fillAt({ x, y }: { x: number; y: number }): string | null {
  const element = document.elementFromPoint(x, y);
  return element instanceof SVGPathElement && element.dataset['code'] ? element.getAttribute('fill') : null;
}
