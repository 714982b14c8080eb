export interface Rank {
  /** 1 is the highest value. Tied values share a rank ("1, 2, 2, 4"). */
  rank: number;
  /** How many forces have a value to rank. */
  of: number;
}

/**
 * Where one force's value stands among the others' that year. Forces with
 * no value are not ranked, and neither is a force without one.
 */
export function rankAmong(values: ReadonlyMap<string, number | null>, code: string): Rank | undefined {
  const own = values.get(code);
  if (own === null || own === undefined) return undefined;
  let higher = 0;
  let of = 0;
  for (const value of values.values()) {
    if (value === null) continue;
    of++;
    if (value > own) higher++;
  }
  return { rank: higher + 1, of };
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
