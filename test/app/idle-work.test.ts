import { describe, expect, it } from 'vitest';
import { IdleWork } from '../../src/app/idle-work';

/** Idle moments run by hand: each gives its task `steps` answers of "yes, there is time". */
function idleMoments() {
  const queue: ((hasTime: () => boolean) => void)[] = [];
  return {
    whenIdle: (task: (hasTime: () => boolean) => void) => queue.push(task),
    pending: () => queue.length,
    runOne(steps: number) {
      const task = queue.shift()!;
      let left = steps;
      task(() => left-- > 0);
    },
  };
}

/** Work of `total` steps, each taken only when hasTime() says so; returns what it has done. */
function countedWork(total: number) {
  const done: number[] = [];
  return {
    done,
    work: (hasTime: () => boolean) => {
      while (done.length < total) {
        if (!hasTime()) return false;
        done.push(done.length);
      }
      return true;
    },
  };
}

describe('IdleWork: work done a slice at a time in idle moments', () => {
  it('runs nothing until an idle moment, then slices until the work says it is done', () => {
    const moments = idleMoments();
    const idle = new IdleWork(moments.whenIdle);
    const job = countedWork(7);
    idle.run(job.work);
    expect(job.done).toHaveLength(0);
    moments.runOne(3);
    expect(job.done).toHaveLength(3);
    expect(moments.pending()).toBe(1);
    moments.runOne(3);
    moments.runOne(3);
    expect(job.done).toHaveLength(7);
    // Done: no further moment is asked for.
    expect(moments.pending()).toBe(0);
  });

  it('asks for one idle moment at a time, however often it is given work', () => {
    const moments = idleMoments();
    const idle = new IdleWork(moments.whenIdle);
    const job = countedWork(2);
    idle.run(job.work);
    idle.run(job.work);
    idle.run(job.work);
    expect(moments.pending()).toBe(1);
  });

  it('given new work, drops the old: the next moment goes to the new', () => {
    const moments = idleMoments();
    const idle = new IdleWork(moments.whenIdle);
    const old = countedWork(10);
    const next = countedWork(2);
    idle.run(old.work);
    moments.runOne(4);
    idle.run(next.work);
    moments.runOne(4);
    expect(old.done).toHaveLength(4);
    expect(next.done).toHaveLength(2);
    expect(moments.pending()).toBe(0);
  });

  it('keeps asking while a moment gives no time at all', () => {
    const moments = idleMoments();
    const idle = new IdleWork(moments.whenIdle);
    const job = countedWork(1);
    idle.run(job.work);
    moments.runOne(0);
    expect(job.done).toHaveLength(0);
    expect(moments.pending()).toBe(1);
    moments.runOne(1);
    expect(job.done).toHaveLength(1);
  });
});
