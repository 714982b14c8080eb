/**
 * A slice of the page model: a derivation from named inputs that remembers
 * its last call. Called again with the same inputs (each compared with ===),
 * it returns the same result object; that identity is what lets a view see
 * that its slice has not changed and skip its render.
 *
 *   const legend = slice(({ model, yearIndex }: { model: SeriesModel; yearIndex: number }) => legendModel(...));
 *   legend({ model, yearIndex });
 */
export function slice<Inputs extends object, Result>(compute: (inputs: Inputs) => Result): (inputs: Inputs) => Result {
  let last: { inputs: Inputs; result: Result } | undefined;
  return (inputs) => {
    if (last && sameInputs(last.inputs, inputs)) return last.result;
    const result = compute(inputs);
    last = { inputs, result };
    return result;
  };
}

function sameInputs<Inputs extends object>(before: Inputs, now: Inputs): boolean {
  const names = Object.keys(now) as (keyof Inputs)[];
  return names.length === Object.keys(before).length && names.every((name) => name in before && before[name] === now[name]);
}
