/**
 * Imported datasets are numbered: "import-1", "import-2". Numbers are
 * written plainly (no leading zero) and kept below a billion, so that every
 * id is a safe integer and reads back as the id it was; a kept id of any
 * other form is not ours.
 */
const IMPORT_ID = /^import-([1-9]\d{0,8})$/;
const LARGEST_NUMBER = 999_999_999;

export function isImportId(id: string): boolean {
  return IMPORT_ID.test(id);
}

/** The next id after those taken; the smallest free one if the numbers have run out. */
export function nextImportId(taken: Iterable<string>): string {
  const numbers = new Set<number>();
  for (const id of taken) {
    const match = IMPORT_ID.exec(id);
    if (match) numbers.add(Number(match[1]));
  }
  const next = Math.max(0, ...numbers) + 1;
  if (next <= LARGEST_NUMBER) return `import-${next}`;
  let free = 1;
  while (numbers.has(free)) free++;
  return `import-${free}`;
}
