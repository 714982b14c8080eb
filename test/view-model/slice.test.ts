import { describe, expect, it } from 'vitest';
import { slice } from '../../src/view-model/slice';

/** A slice that counts how often it computes. */
function counted() {
  let calls = 0;
  const sum = slice(({ values, scale }: { values: readonly number[]; scale: number }) => {
    calls++;
    return { total: values.reduce((a, b) => a + b, 0) * scale };
  });
  return { sum, calls: () => calls };
}

describe('slice: a derivation remembered on its named inputs', () => {
  it('computes once while no input changes, and gives back the same object', () => {
    const { sum, calls } = counted();
    const values = [1, 2, 3];
    const first = sum({ values, scale: 2 });
    expect(first).toEqual({ total: 12 });
    // A new inputs object naming the same values, in another order: nothing changed.
    expect(sum({ scale: 2, values })).toBe(first);
    expect(calls()).toBe(1);
  });

  it('computes again when any one named input changes', () => {
    const { sum, calls } = counted();
    const values = [1, 2, 3];
    sum({ values, scale: 2 });
    expect(sum({ values, scale: 1000 })).toEqual({ total: 6000 });
    expect(calls()).toBe(2);
    // Equal contents are not the same input: inputs are compared by reference.
    expect(sum({ values: [1, 2, 3], scale: 1000 })).toEqual({ total: 6000 });
    expect(calls()).toBe(3);
  });

  it('remembers the last call only', () => {
    const { sum, calls } = counted();
    const values = [4];
    sum({ values, scale: 1 });
    sum({ values, scale: -1 });
    expect(sum({ values, scale: 1 })).toEqual({ total: 4 });
    expect(calls()).toBe(3);
  });

  it('tells undefined from a missing input', () => {
    let calls = 0;
    const pick = slice((inputs: { a?: number; b?: number }) => {
      calls++;
      return inputs.a ?? inputs.b;
    });
    pick({ a: undefined });
    pick({ b: undefined });
    expect(calls).toBe(2);
  });
});
