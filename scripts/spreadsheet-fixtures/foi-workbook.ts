import type { DelimitedRow } from '../../src/ingest/parse-delimited';

/**
 * The NSPCC's freedom-of-information figures of one release as an FOI
 * reply's workbook lays them out: a cover sheet, then a wide table (a force
 * a row, a financial year a column) under a title merged across the table
 * and a note line; a figure the release did not publish is "[x]".
 */
const RELEASE = 'NSPCC FOI Nov 2021';

/**
 * The workbook: a cover sheet, then a table sheet for each release (Table_1,
 * Table_2…), as a reply that answers for several periods lays them out; each
 * table's years differ, so that the import reads the first and the reader
 * picks another.
 */
export async function foiWideWorkbook(table: readonly DelimitedRow[], releases: readonly string[] = [RELEASE]): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const workbook = XLSX.utils.book_new();
  const cover = XLSX.utils.aoa_to_sheet([
    ['Freedom of information reply: child abuse image offences'],
    [`Laid out by scripts/make-spreadsheet-fixtures.ts from the NSPCC figures of the ${releases.join(' and ')} release${releases.length > 1 ? 's' : ''}.`],
  ]);
  XLSX.utils.book_append_sheet(workbook, cover, 'Cover');
  releases.forEach((release, i) => {
    const rows = wideRows(table, release);
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: rows[2]!.length - 1 } }];
    XLSX.utils.book_append_sheet(workbook, sheet, `Table_${i + 1}`);
  });
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** One release's figures: a title merged across the table, a note line, the header, a force a row. */
function wideRows(table: readonly DelimitedRow[], release: string): (string | number)[][] {
  const [header, ...body] = table;
  if (!header) throw new Error('the NSPCC table is empty');
  const column = (name: string) => header.fields.indexOf(name);
  const [force, year, count, releaseColumn] = ['force', 'year', 'count', 'release'].map(column) as [number, number, number, number];
  const figures = new Map<string, Map<string, number>>();
  for (const { fields } of body) {
    if (fields[releaseColumn] !== release) continue;
    const byYear = figures.get(fields[force]!) ?? new Map<string, number>();
    byYear.set(fields[year]!, Number(fields[count]));
    figures.set(fields[force]!, byYear);
  }
  if (figures.size === 0) throw new Error(`the NSPCC table has no figures of the release "${release}"`);
  const years = [...new Set([...figures.values()].flatMap((byYear) => [...byYear.keys()]))].sort();
  return [
    [`Child abuse image offences recorded by police force, financial years ${years[0]} to ${years[years.length - 1]} (${release})`],
    ['Figures as the NSPCC published them from freedom-of-information replies; [x] means not published.'],
    ['Police force', ...years],
    ...[...figures.keys()].sort().map((name) => [name, ...years.map((y) => figures.get(name)!.get(y) ?? '[x]')]),
  ];
}
