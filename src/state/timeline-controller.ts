/**
 * Playing through the years, headless. The controller owns only whether
 * it plays and the ticking; the year itself belongs to its manager (the
 * page's state, which the URL carries), which the controller asks to show
 * the next year on each tick, as Our World in Data's grapher does. Time
 * comes from a TickSource, so tests drive it by hand and the app by
 * setInterval.
 */

/** Calls onTick every intervalMs until the returned stop is called. */
export interface TickSource {
  start(onTick: () => void, intervalMs: number): () => void;
}

const intervalTickSource: TickSource = {
  start(onTick, intervalMs) {
    const id = setInterval(onTick, intervalMs);
    return () => clearInterval(id);
  },
};

/** About one year a second: long enough to read the map before it changes. */
export const DEFAULT_INTERVAL_MS = 1000;

/** Whoever holds the year: how many years there are, which is shown, and how to show another. */
export interface TimelineManager {
  yearCount(): number;
  yearIndex(): number;
  showYear(index: number): void;
}

export interface TimelineOptions {
  intervalMs?: number;
  tickSource?: TickSource;
}

export class TimelineController {
  #playing = false;
  readonly #intervalMs: number;
  readonly #tickSource: TickSource;
  readonly #listeners = new Set<(playing: boolean) => void>();
  #stopTicks: (() => void) | undefined;

  constructor(
    private readonly manager: TimelineManager,
    options: TimelineOptions = {},
  ) {
    this.#intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    if (!(this.#intervalMs > 0)) throw new RangeError(`timeline: interval must be positive, not ${options.intervalMs}`);
    this.#tickSource = options.tickSource ?? intervalTickSource;
  }

  get playing(): boolean {
    return this.#playing;
  }

  /** Listens to play and pause; returns the call that stops listening. */
  subscribe(listener: (playing: boolean) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Plays from the year shown; from the last year it starts again at the first. A single year has nothing to play. */
  play(): void {
    const last = this.manager.yearCount() - 1;
    if (this.#playing || last < 1) return;
    this.#stopTicks = this.#tickSource.start(() => this.#tick(), this.#intervalMs);
    this.#setPlaying(true);
    if (this.manager.yearIndex() >= last) this.manager.showYear(0);
  }

  pause(): void {
    this.#stopTicks?.();
    this.#stopTicks = undefined;
    this.#setPlaying(false);
  }

  #tick(): void {
    // A timer may fire once more after it was stopped.
    if (!this.#playing) return;
    const next = this.manager.yearIndex() + 1;
    const last = this.manager.yearCount() - 1;
    if (next > last) {
      this.pause();
      return;
    }
    // Stopped first, so that whoever hears of the last year hears that playing has ended with it.
    if (next === last) this.pause();
    this.manager.showYear(next);
  }

  #setPlaying(playing: boolean): void {
    if (playing === this.#playing) return;
    this.#playing = playing;
    for (const listener of [...this.#listeners]) listener(playing);
  }
}
