/**
 * The year slider's logic without the slider: which year is shown, and
 * playing through the years one a tick. Time comes from a TickSource, so
 * tests drive it by hand and the app by setInterval.
 */

/** Calls onTick every intervalMs until the returned stop is called. */
export interface TickSource {
  start(onTick: () => void, intervalMs: number): () => void;
}

export const intervalTickSource: TickSource = {
  start(onTick, intervalMs) {
    const id = setInterval(onTick, intervalMs);
    return () => clearInterval(id);
  },
};

/** About one year a second: long enough to read the map before it changes. */
export const DEFAULT_INTERVAL_MS = 1000;

export interface TimelineState {
  years: readonly string[];
  index: number;
  playing: boolean;
  /** Wrap to the first year after the last, rather than stop. */
  loop: boolean;
  /**
   * The reader asked for less motion (prefers-reduced-motion): playing
   * still steps, but the view should change colours at once, not fade.
   */
  reducedMotion: boolean;
}

export interface TimelineOptions {
  years: readonly string[];
  /** Where to start; clamped to the years. Default: the first year. */
  index?: number;
  intervalMs?: number;
  loop?: boolean;
  reducedMotion?: boolean;
  tickSource?: TickSource;
}

export type TimelineListener = (state: Readonly<TimelineState>) => void;

export class TimelineController {
  #state: TimelineState;
  readonly #intervalMs: number;
  readonly #tickSource: TickSource;
  readonly #listeners = new Set<TimelineListener>();
  #stopTicks: (() => void) | undefined;

  constructor(options: TimelineOptions) {
    checkYears(options.years);
    this.#intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    if (!(this.#intervalMs > 0)) throw new RangeError(`timeline: interval must be positive, not ${options.intervalMs}`);
    this.#tickSource = options.tickSource ?? intervalTickSource;
    this.#state = {
      years: [...options.years],
      index: clampIndex(options.index ?? 0, options.years.length),
      playing: false,
      loop: options.loop ?? false,
      reducedMotion: options.reducedMotion ?? false,
    };
  }

  get state(): Readonly<TimelineState> {
    return this.#state;
  }

  /** The year shown. */
  get year(): string {
    return this.#state.years[this.#state.index]!;
  }

  get lastIndex(): number {
    return this.#state.years.length - 1;
  }

  /** Listens to every change; returns the call that stops listening. */
  subscribe(listener: TimelineListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Plays from the year shown; from the last year (when not looping) it
   * starts again at the first. A single year has nothing to play.
   */
  play(): void {
    if (this.#state.playing || this.lastIndex === 0) return;
    const restart = this.#state.index === this.lastIndex && !this.#state.loop;
    this.#stopTicks = this.#tickSource.start(() => this.#tick(), this.#intervalMs);
    this.#update({ playing: true, ...(restart ? { index: 0 } : {}) });
  }

  pause(): void {
    this.#haltTicks();
    this.#update({ playing: false });
  }

  toggle(): void {
    if (this.#state.playing) this.pause();
    else this.play();
  }

  /**
   * Moves by delta years, stopping at the first and last (never wrapping,
   * even when looping). Like every move the reader makes, it pauses.
   */
  step(delta: number): void {
    this.seek(this.#state.index + delta);
  }

  /** Shows the year at index, clamped to the years; pauses. */
  seek(index: number): void {
    if (Number.isNaN(index)) throw new RangeError('timeline: seek needs a number, not NaN');
    this.#haltTicks();
    this.#update({ index: clampIndex(index, this.#state.years.length), playing: false });
  }

  /** Shows the named year; false (and nothing changes) when it is not one of the years. */
  seekYear(year: string): boolean {
    const index = this.#state.years.indexOf(year);
    if (index < 0) return false;
    this.seek(index);
    return true;
  }

  home(): void {
    this.seek(0);
  }

  end(): void {
    this.seek(this.lastIndex);
  }

  setLoop(loop: boolean): void {
    this.#update({ loop });
  }

  setReducedMotion(reducedMotion: boolean): void {
    this.#update({ reducedMotion });
  }

  /**
   * New years (another dataset): keeps the year shown when the new years
   * have it, else shows the last year. Pauses.
   */
  setYears(years: readonly string[]): void {
    checkYears(years);
    const kept = years.indexOf(this.year);
    this.#haltTicks();
    this.#update({ years: [...years], index: kept >= 0 ? kept : years.length - 1, playing: false });
  }

  /** Stops the ticks and forgets the listeners. */
  dispose(): void {
    this.#haltTicks();
    this.#state = { ...this.#state, playing: false };
    this.#listeners.clear();
  }

  #tick(): void {
    // A timer may fire once more after it was stopped.
    if (!this.#state.playing) return;
    const { index, loop } = this.#state;
    if (index < this.lastIndex) {
      const next = index + 1;
      const stopsHere = next === this.lastIndex && !loop;
      if (stopsHere) this.#haltTicks();
      this.#update({ index: next, playing: !stopsHere });
    } else if (loop) {
      this.#update({ index: 0 });
    } else {
      // Looping was switched off while the last year showed.
      this.pause();
    }
  }

  #haltTicks(): void {
    this.#stopTicks?.();
    this.#stopTicks = undefined;
  }

  #update(change: Partial<TimelineState>): void {
    const next = { ...this.#state, ...change };
    const changed = (Object.keys(change) as (keyof TimelineState)[]).some((key) => next[key] !== this.#state[key]);
    if (!changed) return;
    this.#state = next;
    for (const listener of [...this.#listeners]) listener(next);
  }
}

export function createTimelineController(options: TimelineOptions): TimelineController {
  return new TimelineController(options);
}

function checkYears(years: readonly string[]): void {
  if (years.length === 0) throw new RangeError('timeline: needs at least one year');
}

function clampIndex(index: number, length: number): number {
  return Math.min(length - 1, Math.max(0, Math.round(index)));
}
