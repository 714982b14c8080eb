/** The most a slice of idle work runs: a slow phone (four times slower) still takes it in well under a long task's 50 ms. */
const SLICE_MS = 8;

/** A piece of work done a slice at a time; hasTime() is asked before each small step. True when nothing is left. */
export type SlicedWork = (hasTime: () => boolean) => boolean;

/**
 * Runs work in the browser's idle moments, a slice at a time, until it
 * says it is done, so that no task it runs grows long and a reader's
 * input is never kept waiting behind it. Given new work, it drops the old.
 */
export class IdleWork {
  private work: SlicedWork | undefined;
  private scheduled = false;

  /** whenIdle: runs a task in an idle moment, giving it hasTime() for its slice (the browser's, by default). */
  constructor(private readonly whenIdle: (task: (hasTime: () => boolean) => void) => void = whenBrowserIdle) {}

  run(work: SlicedWork): void {
    this.work = work;
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.whenIdle((hasTime) => {
      this.scheduled = false;
      const work = this.work;
      if (!work) return;
      if (!work(hasTime)) this.schedule();
      else if (this.work === work) this.work = undefined;
    });
  }
}

/** The task after what the browser is doing now, when it has a moment; its time is one slice, or less of the idle period. */
function whenBrowserIdle(task: (hasTime: () => boolean) => void): void {
  const sliceOf = (remaining: () => number) => {
    const end = performance.now() + SLICE_MS;
    return () => remaining() > 0 && performance.now() < end;
  };
  if ('requestIdleCallback' in globalThis) requestIdleCallback((deadline) => task(sliceOf(() => deadline.timeRemaining())));
  else setTimeout(() => task(sliceOf(() => 1)));
}
