import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_INTERVAL_MS,
  TimelineController,
  createTimelineController,
  type TickSource,
  type TimelineOptions,
  type TimelineState,
} from '../../src/state/timeline-controller';

/** Time by hand: tick() fires every running timer once. */
class FakeTicks implements TickSource {
  readonly running = new Map<number, () => void>();
  readonly intervals: number[] = [];
  /** Every callback ever handed over, stopped or not: to fire a stale one. */
  readonly everCallback: (() => void)[] = [];
  #next = 0;

  start(onTick: () => void, intervalMs: number): () => void {
    const id = this.#next++;
    this.running.set(id, onTick);
    this.intervals.push(intervalMs);
    this.everCallback.push(onTick);
    return () => this.running.delete(id);
  }

  tick(times = 1): void {
    for (let i = 0; i < times; i++) for (const onTick of [...this.running.values()]) onTick();
  }
}

const YEARS = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'];

function setUp(options: Partial<TimelineOptions> = {}) {
  const ticks = new FakeTicks();
  const timeline = new TimelineController({ years: YEARS, tickSource: ticks, ...options });
  const seen: TimelineState[] = [];
  timeline.subscribe((state) => seen.push({ ...state }));
  return { ticks, timeline, seen };
}

describe('the timeline at rest', () => {
  it('starts paused at the first year, or at the index given (clamped)', () => {
    expect(setUp().timeline.state).toMatchObject({ index: 0, playing: false, loop: false, reducedMotion: false });
    expect(setUp().timeline.year).toBe('2016/17');
    expect(setUp({ index: 3 }).timeline.year).toBe('2019/20');
    expect(setUp({ index: 40 }).timeline.state.index).toBe(4);
    expect(setUp({ index: -2 }).timeline.state.index).toBe(0);
  });

  it('refuses no years and a non-positive interval', () => {
    expect(() => createTimelineController({ years: [] })).toThrow(/at least one year/);
    expect(() => createTimelineController({ years: YEARS, intervalMs: 0 })).toThrow(RangeError);
  });
});

describe('playing', () => {
  it('steps one year a tick, about a second apart', () => {
    const { ticks, timeline } = setUp();
    timeline.play();
    expect(ticks.intervals).toEqual([DEFAULT_INTERVAL_MS]);
    expect(DEFAULT_INTERVAL_MS).toBeGreaterThanOrEqual(500);
    expect(DEFAULT_INTERVAL_MS).toBeLessThanOrEqual(2000);
    ticks.tick(3);
    expect(timeline.state).toMatchObject({ index: 3, playing: true });
    expect(timeline.year).toBe('2019/20');
  });

  it('stops at the last year, and its timer with it', () => {
    const { ticks, timeline } = setUp({ index: 2 });
    timeline.play();
    ticks.tick(2);
    expect(timeline.state).toMatchObject({ index: 4, playing: false });
    expect(ticks.running.size).toBe(0);
    ticks.tick(5);
    expect(timeline.state.index).toBe(4);
  });

  it('starts again from the first year when played from the last, in one change', () => {
    const { ticks, timeline, seen } = setUp({ index: 4 });
    timeline.play();
    expect(seen).toEqual([expect.objectContaining({ index: 0, playing: true })]);
    ticks.tick();
    expect(timeline.state.index).toBe(1);
  });

  it('loops when asked: from the last year back to the first, still playing', () => {
    const { ticks, timeline } = setUp({ loop: true, index: 3 });
    timeline.play();
    ticks.tick();
    expect(timeline.state).toMatchObject({ index: 4, playing: true });
    ticks.tick();
    expect(timeline.state).toMatchObject({ index: 0, playing: true });
    ticks.tick(7);
    expect(timeline.state.index).toBe(2);
    expect(ticks.running.size).toBe(1);
  });

  it('looping plays on from the last year rather than jumping back at once', () => {
    const { ticks, timeline } = setUp({ loop: true, index: 4 });
    timeline.play();
    expect(timeline.state.index).toBe(4);
    ticks.tick();
    expect(timeline.state.index).toBe(0);
  });

  it('stops at the last year if looping is switched off on the way', () => {
    const { ticks, timeline } = setUp({ loop: true, index: 4 });
    timeline.play();
    timeline.setLoop(false);
    ticks.tick();
    expect(timeline.state).toMatchObject({ index: 4, playing: false });
    expect(ticks.running.size).toBe(0);
  });

  it('has nothing to play with one year', () => {
    const ticks = new FakeTicks();
    const timeline = new TimelineController({ years: ['2016/17'], tickSource: ticks });
    timeline.play();
    expect(timeline.state.playing).toBe(false);
    expect(ticks.running.size).toBe(0);
  });

  it('starts one timer however often play is pressed', () => {
    const { ticks, timeline } = setUp();
    timeline.play();
    timeline.play();
    expect(ticks.running.size).toBe(1);
    ticks.tick();
    expect(timeline.state.index).toBe(1);
  });
});

describe('pausing', () => {
  it('stops the ticks; a tick already on its way changes nothing', () => {
    const { ticks, timeline } = setUp();
    timeline.play();
    ticks.tick();
    timeline.pause();
    expect(timeline.state).toMatchObject({ index: 1, playing: false });
    expect(ticks.running.size).toBe(0);
    ticks.everCallback[0]!();
    expect(timeline.state.index).toBe(1);
  });

  it('toggles between playing and paused', () => {
    const { ticks, timeline } = setUp();
    timeline.toggle();
    expect(timeline.state.playing).toBe(true);
    timeline.toggle();
    expect(timeline.state.playing).toBe(false);
    expect(ticks.running.size).toBe(0);
  });
});

describe('moving by hand', () => {
  it('seeks to an index, clamped and rounded', () => {
    const { timeline } = setUp();
    timeline.seek(99);
    expect(timeline.state.index).toBe(4);
    timeline.seek(-5);
    expect(timeline.state.index).toBe(0);
    timeline.seek(1.6);
    expect(timeline.state.index).toBe(2);
    expect(() => timeline.seek(Number.NaN)).toThrow(RangeError);
  });

  it('steps by one and stops at either end, never wrapping even when looping', () => {
    const { timeline, seen } = setUp({ loop: true });
    timeline.step(-1);
    expect(timeline.state.index).toBe(0);
    expect(seen).toEqual([]);
    timeline.step(+1);
    expect(timeline.state.index).toBe(1);
    timeline.end();
    timeline.step(+1);
    expect(timeline.state.index).toBe(4);
    timeline.home();
    expect(timeline.state.index).toBe(0);
  });

  it('pauses playing when the reader moves', () => {
    for (const move of [(t: TimelineController) => t.step(1), (t: TimelineController) => t.seek(3), (t: TimelineController) => t.home(), (t: TimelineController) => t.end()]) {
      const { ticks, timeline } = setUp({ index: 1 });
      timeline.play();
      move(timeline);
      expect(timeline.state.playing).toBe(false);
      expect(ticks.running.size).toBe(0);
    }
  });

  it('seeks to a year by name, and ignores one it does not have', () => {
    const { timeline } = setUp();
    expect(timeline.seekYear('2019/20')).toBe(true);
    expect(timeline.state.index).toBe(3);
    expect(timeline.seekYear('2030/31')).toBe(false);
    expect(timeline.state.index).toBe(3);
  });
});

describe('listeners', () => {
  it('hear every change, and nothing when nothing changed', () => {
    const { ticks, timeline, seen } = setUp();
    timeline.play();
    ticks.tick(2);
    timeline.pause();
    timeline.pause();
    timeline.seek(2);
    expect(seen.map(({ index, playing }) => [index, playing])).toEqual([
      [0, true],
      [1, true],
      [2, true],
      [2, false],
    ]);
  });

  it('stop hearing once unsubscribed, or when the timeline is disposed', () => {
    const { ticks, timeline } = setUp();
    const heard: number[] = [];
    const unsubscribe = timeline.subscribe((state) => heard.push(state.index));
    timeline.step(1);
    unsubscribe();
    timeline.step(1);
    expect(heard).toEqual([1]);

    const other: number[] = [];
    timeline.subscribe((state) => other.push(state.index));
    timeline.play();
    expect(other).toEqual([2]);
    timeline.dispose();
    ticks.tick();
    timeline.step(-1);
    expect(ticks.running.size).toBe(0);
    expect(other).toEqual([2]);
  });
});

describe('reduced motion', () => {
  it('still steps through the years, and tells the view not to animate', () => {
    const { ticks, timeline, seen } = setUp({ reducedMotion: true });
    timeline.play();
    ticks.tick(2);
    expect(timeline.state.index).toBe(2);
    expect(seen.every((state) => state.reducedMotion)).toBe(true);
    timeline.setReducedMotion(false);
    expect(seen.at(-1)).toMatchObject({ reducedMotion: false, index: 2, playing: true });
  });
});

describe('new years (another dataset)', () => {
  it('keeps the year shown when the new years have it, else shows the last; pauses', () => {
    const { timeline } = setUp({ index: 2 });
    timeline.play();
    timeline.setYears(['2017/18', '2018/19', '2019/20']);
    expect(timeline.year).toBe('2018/19');
    expect(timeline.state.playing).toBe(false);
    timeline.setYears(['2021/22', '2022/23']);
    expect(timeline.year).toBe('2022/23');
    expect(() => timeline.setYears([])).toThrow(RangeError);
  });
});

describe('any sequence of commands', () => {
  it('keeps the index on a year, and runs a timer exactly while playing', () => {
    const command = fc.oneof(
      fc.constant((t: TimelineController) => t.play()),
      fc.constant((t: TimelineController) => t.pause()),
      fc.constant((t: TimelineController) => t.toggle()),
      fc.constant((t: TimelineController) => t.home()),
      fc.constant((t: TimelineController) => t.end()),
      fc.integer({ min: -3, max: 3 }).map((delta) => (t: TimelineController) => t.step(delta)),
      fc.integer({ min: -10, max: 10 }).map((index) => (t: TimelineController) => t.seek(index)),
      fc.boolean().map((loop) => (t: TimelineController) => t.setLoop(loop)),
      fc.constant('tick' as const),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), fc.boolean(), (commands, loop) => {
        const { ticks, timeline } = setUp({ loop });
        for (const run of commands) {
          if (run === 'tick') ticks.tick();
          else run(timeline);
          const { index, playing } = timeline.state;
          expect(Number.isInteger(index) && index >= 0 && index < YEARS.length).toBe(true);
          expect(ticks.running.size).toBe(playing ? 1 : 0);
        }
      }),
    );
  });
});

describe('the real clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moves a year a second by default', () => {
    vi.useFakeTimers();
    const timeline = createTimelineController({ years: YEARS });
    timeline.play();
    vi.advanceTimersByTime(999);
    expect(timeline.state.index).toBe(0);
    vi.advanceTimersByTime(1);
    expect(timeline.state.index).toBe(1);
    timeline.pause();
    vi.advanceTimersByTime(5000);
    expect(timeline.state.index).toBe(1);
    timeline.dispose();
  });
});
