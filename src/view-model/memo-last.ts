/**
 * Remembers the last call: called again with the same arguments (compared
 * with ===), it returns the same result object. That identity is what
 * lets a view see that its slice has not changed and skip its render.
 */
export function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => arg === args[i])) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
