import type { MapModel } from '../view-model/page-model';
import type { MapFrame } from './map-frame';

/**
 * Gives the map its slice of the page: only what changed is passed on
 * (fills, selection, region focus), and the map element says whether what
 * it shows is drawn yet (data-state="busy" | "idle", which the browser
 * tests and the benchmark wait for): busy too while the figures asked for
 * are loading, the map still showing those before.
 */
export class MapPanel {
  private shown: MapModel | undefined;
  /** The model on screen: the last one whose drawing finished. */
  private drawn: MapModel | undefined;
  private loading = false;
  private drawnOnce = false;
  /** The figures asked for failed: the panel, with the failure and its Try again, is shown in every view. */
  private failed = false;

  constructor(
    private readonly map: Pick<MapFrame, 'setFills' | 'setSelected' | 'setFocus' | 'setHovered' | 'setKeyboardFocus' | 'setLayout' | 'whenDrawn'>,
    private readonly mapElement: HTMLElement,
    private readonly panel: HTMLElement,
    private readonly options: { reducedMotion: () => boolean; onFirstFrame: () => void; onDrawn?: () => void },
  ) {}

  render(model: MapModel): void {
    const shown = this.shown;
    if (model === shown) return;
    this.shown = model;
    if (model.fills !== shown?.fills) this.map.setFills(model.fills);
    if (model.layout !== shown?.layout) this.map.setLayout(model.layout);
    if (model.selected !== shown?.selected) this.map.setSelected(model.selected);
    if (!shown || model.focus !== shown.focus) {
      // A link opened fresh jumps to its region; only a change the reader makes flies there.
      this.map.setFocus(model.focus, this.drawnOnce && !this.options.reducedMotion());
    }
    this.showPanel();
    this.markBusyUntilDrawn();
  }

  /** Figures that failed are said in the map's place, in every view (the table or the years give it back). */
  setFailed(failed: boolean): void {
    this.failed = failed;
    this.showPanel();
  }

  private showPanel(): void {
    this.panel.hidden = !this.failed && (this.shown?.hidden ?? false);
  }

  setLoading(loading: boolean): void {
    this.loading = loading;
    if (loading) this.mapElement.setAttribute('data-state', 'busy');
    else if (this.shown && this.drawn === this.shown) this.mapElement.setAttribute('data-state', 'idle');
  }

  setHovered(code: string | undefined): void {
    this.map.setHovered(code);
  }

  setKeyboardFocus(code: string | undefined): void {
    this.map.setKeyboardFocus(code);
  }

  private markBusyUntilDrawn(): void {
    this.mapElement.setAttribute('data-state', 'busy');
    const drawing = this.shown;
    void this.map.whenDrawn().then(() => {
      // A later change is still being drawn.
      if (this.shown !== drawing) return;
      this.drawn = drawing;
      if (!this.drawnOnce) this.options.onFirstFrame();
      this.drawnOnce = true;
      this.options.onDrawn?.();
      if (!this.loading) this.mapElement.setAttribute('data-state', 'idle');
    });
  }
}
