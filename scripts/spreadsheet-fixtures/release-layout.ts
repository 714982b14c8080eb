import type { DelimitedRow } from '../../src/ingest/parse-delimited';
import type { OdsCell, OdsSheet } from './ods-writer';

/**
 * The Home Office open data table laid out as the Home Office releases it
 * as .ods: a cover sheet, a notes sheet, and one sheet per financial year
 * with a title line and a note line above the header (the GSS layout for
 * statistics in spreadsheets), and empty rows repeated below the table.
 * The figures are the CSV's, untouched; only the layout is the release's.
 */

export interface ReleaseLayoutOptions {
  /** The source's file name, said on the cover sheet. */
  sourceName: string;
  /** Keep only these rows (a small fixture). */
  keep?: (fields: readonly string[]) => boolean;
  /** Force names given a note marker, as the release marks forces whose figures have a note. */
  markedForces?: ReadonlyMap<string, number>;
  /** Sheets added after the years: a synthetic year for tests, never shipped. */
  extraSheets?: OdsSheet[];
}

/** A spreadsheet program leaves the rows of a sheet below its table empty: written as one row repeated. */
const TRAILING_EMPTY_ROWS = 1_048_000;

const numberOr = (text: string): OdsCell => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text);

/** Offence codes that are numbers are numbers in the release ("86", "37.2"); "4.10" stays text, as a number would read 4.1. */
function codeCell(code: string): OdsCell {
  if (!/^\d+(\.\d+)?$/.test(code)) return code;
  const value = Number(code);
  // The CSV's float noise ("37.200000000000003") is a number the release stores as 37.2.
  return String(value) === code || code.length > 12 ? value : code;
}

export function releaseSheets(table: readonly DelimitedRow[], options: ReleaseLayoutOptions): OdsSheet[] {
  const [header, ...body] = table;
  if (!header) throw new Error('the table is empty');
  const byYear = new Map<string, string[][]>();
  for (const row of body) {
    if (options.keep && !options.keep(row.fields)) continue;
    const year = row.fields[0] ?? '';
    const rows = byYear.get(year) ?? [];
    rows.push(row.fields);
    byYear.set(year, rows);
  }
  const notes = [...new Set(options.markedForces?.values() ?? [])].sort((a, b) => a - b);
  const cover: OdsSheet = {
    name: 'Cover_sheet',
    rows: [
      ['Police recorded crime and outcomes open data tables: police force area'],
      [
        `Laid out as the Home Office's .ods releases by scripts/make-spreadsheet-fixtures.ts, from ${options.sourceName}: the figures are the file's, unchanged.`,
      ],
      ['Source: Home Office, police recorded crime. Licensed under the Open Government Licence v3.0.'],
    ],
    trailingEmptyRows: TRAILING_EMPTY_ROWS,
  };
  const notesSheet: OdsSheet = {
    name: 'Notes',
    rows: [
      ['Notes'],
      ['This worksheet contains one table.'],
      ['Note number', 'Note text'],
      ...notes.map((note) => [
        `Note ${note}`,
        'A note marker as the release places them beside a force name (here placed by the fixture generator, to test that markers are stripped).',
      ]),
    ],
  };
  const years = [...byYear.keys()].sort();
  const yearSheets = years.map((year): OdsSheet => {
    const rows = byYear.get(year)!;
    return {
      name: year.replace('/', '-'),
      rows: (function* () {
        yield [`Police recorded crime by police force area, offence and financial quarter, ${year}`];
        yield ['This worksheet contains one table. Some cells refer to notes which can be found in the Notes worksheet.'];
        yield header.fields;
        for (const fields of rows) {
          const [financialYear = '', quarter = '', force = '', description = '', group = '', subgroup = '', code = '', offences = ''] = fields;
          const note = options.markedForces?.get(force);
          yield [
            financialYear,
            numberOr(quarter),
            note === undefined ? force : `${force} [Note ${note}]`,
            description,
            group,
            subgroup,
            codeCell(code),
            numberOr(offences),
          ];
        }
      })(),
      trailingEmptyRows: TRAILING_EMPTY_ROWS,
    };
  });
  return [cover, notesSheet, ...yearSheets, ...(options.extraSheets ?? [])];
}
