/** A region change glides this long unless the reader asked for less motion. */
const GLIDE_MS = 450;

/**
 * The move of an SVG map's content from the old view to the new: drawn at
 * the new view at once, set back by a scale and a shift, then eased into
 * place. A new glide cancels the one running.
 */
export class Glide {
  private animation: Animation | undefined;

  /** shift and scale: where the old view drew what the new view draws at the origin, and how much larger. */
  from(element: Element, shift: readonly [number, number], scale: number): void {
    this.animation?.cancel();
    this.animation = element.animate([{ transform: `translate(${shift[0]}px, ${shift[1]}px) scale(${scale})` }, { transform: 'none' }], {
      duration: GLIDE_MS,
      easing: 'ease-in-out',
    });
  }

  moving(): boolean {
    return this.animation?.playState === 'running';
  }

  /** Once the glide (if any) has ended and the next frame is drawn. */
  whenDone(): Promise<void> {
    const ended = this.animation?.finished.catch(() => undefined) ?? Promise.resolve();
    return ended.then(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  }
}
