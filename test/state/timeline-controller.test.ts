import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVAL_MS, TimelineController, type TickSource, type TimelineManager } from '../../src/state/timeline-controller';

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

/** The owner of the year, as the page's state is: the controller only asks it to show one. */
class Years implements TimelineManager {
  readonly shown: number[] = [];
  constructor(
    public count: number,
    public index: number,
  ) {}
  yearCount = () => this.count;
  yearIndex = () => this.index;
  showYear = (index: number) => {
    this.index = index;
    this.shown.push(index);
  };
}

function setUp(count = 5, index = 0) {
  const ticks = new FakeTicks();
  const years = new Years(count, index);
  const timeline = new TimelineController(years, { tickSource: ticks });
  const heard: boolean[] = [];
  timeline.subscribe((playing) => heard.push(playing));
  return { ticks, years, timeline, heard };
}

describe('playing through the years', () => {
  it('asks its owner for the next year on each tick, about a second apart', () => {
    const { ticks, years, timeline } = setUp(5, 1);
    timeline.play();
    expect(ticks.intervals).toEqual([DEFAULT_INTERVAL_MS]);
    ticks.tick(2);
    expect(years.shown).toEqual([2, 3]);
    expect(timeline.playing).toBe(true);
  });

  it('stops at the last year, and says it stopped before that year is shown', () => {
    const { ticks, years, timeline, heard } = setUp(3, 0);
    const playingWhenShown: boolean[] = [];
    years.showYear = (index) => {
      years.index = index;
      playingWhenShown.push(timeline.playing);
    };
    timeline.play();
    ticks.tick(5);
    expect(years.index).toBe(2);
    expect(playingWhenShown).toEqual([true, false]);
    expect(heard).toEqual([true, false]);
    expect(ticks.running.size).toBe(0);
  });

  it('starts again at the first year when played from the last', () => {
    const { ticks, years, timeline } = setUp(4, 3);
    timeline.play();
    expect(years.shown).toEqual([0]);
    ticks.tick();
    expect(years.shown).toEqual([0, 1]);
  });

  it('follows the year its owner shows: a year the reader chose meanwhile is where the next tick goes on from', () => {
    const { ticks, years, timeline } = setUp(10, 0);
    timeline.play();
    ticks.tick();
    years.index = 6;
    ticks.tick();
    expect(years.shown).toEqual([1, 7]);
  });

  it('has nothing to play with one year, or none', () => {
    for (const count of [0, 1]) {
      const { ticks, timeline, heard } = setUp(count, 0);
      timeline.play();
      expect(timeline.playing).toBe(false);
      expect(ticks.running.size).toBe(0);
      expect(heard).toEqual([]);
    }
  });
});

describe('pausing', () => {
  it('stops the ticks, and a timer that fires once more changes nothing', () => {
    const { ticks, years, timeline, heard } = setUp(5, 0);
    timeline.play();
    timeline.pause();
    expect(ticks.running.size).toBe(0);
    ticks.everCallback[0]!();
    expect(years.shown).toEqual([]);
    expect(heard).toEqual([true, false]);
  });

  it('plays once however often play is pressed, and tells listeners only of changes', () => {
    const { ticks, timeline, heard } = setUp(5, 0);
    timeline.play();
    timeline.play();
    timeline.pause();
    timeline.pause();
    expect(ticks.intervals).toHaveLength(1);
    expect(heard).toEqual([true, false]);
  });

  it('stops telling a listener that has unsubscribed', () => {
    const { timeline } = setUp(5, 0);
    const heard: boolean[] = [];
    const stop = timeline.subscribe((playing) => heard.push(playing));
    timeline.play();
    stop();
    timeline.pause();
    expect(heard).toEqual([true]);
  });
});

describe('options', () => {
  it('refuses an interval that is not positive', () => {
    expect(() => new TimelineController(new Years(3, 0), { intervalMs: 0 })).toThrow(RangeError);
    expect(() => new TimelineController(new Years(3, 0), { intervalMs: Number.NaN })).toThrow(RangeError);
  });

  it('ticks at the interval asked for', () => {
    const ticks = new FakeTicks();
    new TimelineController(new Years(3, 0), { tickSource: ticks, intervalMs: 250 }).play();
    expect(ticks.intervals).toEqual([250]);
  });
});
