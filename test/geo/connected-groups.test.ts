import { describe, expect, it } from 'vitest';
import { countConnectedGroups } from '../../geo/connected-groups';

/** Numbers joined when they differ by one: runs of consecutive numbers are the groups. */
const differByOne = (a: number, b: number) => Math.abs(a - b) === 1;

describe('countConnectedGroups', () => {
  it('counts no groups among no members and one for a single member', () => {
    expect(countConnectedGroups([], differByOne)).toBe(0);
    expect(countConnectedGroups([7], differByOne)).toBe(1);
  });

  it('counts runs, in whatever order the members come', () => {
    expect(countConnectedGroups([1, 2, 3, 5, 6, 9], differByOne)).toBe(3);
    expect(countConnectedGroups([3, 9, 1, 6, 2, 5], differByOne)).toBe(3);
  });

  it('joins members through others, not only directly: a chain listed end first is one group', () => {
    expect(countConnectedGroups([1, 5, 4, 3, 2], differByOne)).toBe(1);
  });
});
