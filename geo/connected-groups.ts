/** How many connected groups the members form, two members being joined when `adjacent` says so. */
export function countConnectedGroups<T>(members: readonly T[], adjacent: (a: T, b: T) => boolean): number {
  const unreached = new Set(members);
  let groups = 0;
  for (const start of members) {
    if (!unreached.delete(start)) continue;
    groups++;
    const queue = [start];
    for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
      for (const other of [...unreached]) {
        if (adjacent(current, other)) {
          unreached.delete(other);
          queue.push(other);
        }
      }
    }
  }
  return groups;
}
