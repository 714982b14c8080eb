import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Observation } from '../../src/datasets/dataset';
import { FORCE_HEADERS, VALUE_HEADERS, YEAR_HEADERS } from '../../src/ingest/detect-shape';
import { HOME_OFFICE_COLUMNS } from '../../src/ingest/home-office-table';
import { importResultSchema, type ImportOutcome } from '../../src/ingest/import-result';
import { importTable, type ImportOptions } from '../../src/ingest/import-table';
import { rowsRejected } from '../../src/ingest/ingest-report';
import type { Delimiter } from '../../src/ingest/parse-delimited';
import { forceTable } from '../helpers';

/**
 * Whatever text comes in, importTable must not throw, and when it imports
 * it must account for every row: read = used + rejected, with each rejection
 * on a line the file has. For valid generated data, it must give back
 * exactly the figures generated.
 */

const RUNS = 150;

function importOf(text: string, options: ImportOptions = {}): ImportOutcome {
  return importTable(text, options, { forces: forceTable });
}

/** What every successful import must satisfy, whatever the input. */
function expectAccountedFor(outcome: ImportOutcome, text: string): void {
  if (!outcome.ok) {
    expect(outcome.error.length).toBeGreaterThan(0);
    return;
  }
  const { report } = outcome;
  expect(report.rowsRead).toBe(report.rowsUsed + rowsRejected(report));
  const perRow = outcome.shape === 'wide' ? (outcome.columns.years?.length ?? 0) : 1;
  expect(report.rowsRead).toBe(outcome.dataRows * perRow);
  const lines = (text.match(/\r\n|\n|\r/g) ?? []).length + 1;
  for (const error of report.errors) {
    expect(error.line).toBeGreaterThan(outcome.headerLine);
    expect(error.line).toBeLessThanOrEqual(lines);
  }
  if (outcome.shape !== 'home-office') expect(outcome.observations).toHaveLength(report.rowsUsed);
  expect(() => importResultSchema.parse(outcome)).not.toThrow();
}

// Text generators ---------------------------------------------------------

const trickyChar = fc.constantFrom(',', ';', '\t', '"', '\n', '\r', ' ', '\uFEFF', '[', 'x', ']', '.', '-', '/', '1', '7', 'é', '&');
const junkText = fc.string({ unit: fc.oneof(trickyChar, fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 })), maxLength: 14 });
const delimiterArb = fc.constantFrom<Delimiter>(',', ';', '\t');
const lineEndArb = fc.constantFrom('\n', '\r\n');

/** Loose spellings of a header name: case and padding change, the name does not. */
const spelled = (names: readonly string[]) =>
  fc.tuple(fc.constantFrom(...names), fc.constantFrom('lower', 'upper', 'title'), fc.constantFrom('', ' ')).map(([name, style, pad]) => {
    const cased = style === 'lower' ? name : style === 'upper' ? name.toUpperCase() : name.replace(/\b\w/g, (c) => c.toUpperCase());
    return `${pad}${cased}${pad}`;
  });

/** Names a force can go by in a file: its name, short name, aliases or code, in any case, sometimes with "Police". */
const forceNames = forceTable.forces.map((force) => ({ code: force.code, names: [force.name, force.short, force.code, ...force.aliases] }));
const forceArb = fc.constantFrom(...forceNames);
const nameOf = (force: (typeof forceNames)[number]) =>
  fc
    .tuple(fc.constantFrom(...force.names), fc.constantFrom('as is', 'upper', 'lower', 'police'))
    .map(([name, style]) => (style === 'upper' ? name.toUpperCase() : style === 'lower' ? name.toLowerCase() : style === 'police' ? `${name} Police` : name));

const START_YEARS = Array.from({ length: 12 }, (_, i) => 2012 + i);
const financialYear = (start: number) => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
const yearSpellings = (start: number) => [
  financialYear(start),
  `${start}-${String((start + 1) % 100).padStart(2, '0')}`,
  `${start}/${start + 1}`,
  `${start} to ${start + 1}`,
  `FY${financialYear(start)}`,
];
const yearTextOf = (start: number) => fc.constantFrom(...yearSpellings(start));

/** A figure and how a file might write it; null is a suppression marker. */
const figureArb = fc.oneof(
  fc.constantFrom(null),
  fc.nat({ max: 9_999_999 }),
  fc.nat({ max: 99_999 }).map((n) => n + 0.5),
);
const figureTextOf = (value: number | null) =>
  value === null
    ? fc.constantFrom('[x]', '..', '-', '', '[c]')
    : fc.constantFrom('plain', 'comma', 'space', 'padded').map((style) => {
        const comma = value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
        return style === 'plain' ? String(value) : style === 'comma' ? comma : style === 'space' ? comma.replace(/,/g, ' ') : ` ${value} `;
      });

/** Writes rows as a careful writer would (quoted when needed, sometimes always), with a BOM, blank lines and line ends of its choice. */
const layoutArb = fc.record({
  delimiter: delimiterArb,
  lineEnd: lineEndArb,
  bom: fc.boolean(),
  quoteAll: fc.boolean(),
  finalLineEnd: fc.boolean(),
  blankAfter: fc.array(fc.boolean(), { maxLength: 40 }),
});
type Layout = typeof layoutArb extends fc.Arbitrary<infer T> ? T : never;

function writeTable(rows: readonly (readonly string[])[], layout: Layout): string {
  return writeTableWithLines(rows, layout).text;
}

/** The text, and the line of the file each row starts on (quoted line breaks and blank lines included). */
function writeTableWithLines(rows: readonly (readonly string[])[], layout: Layout): { text: string; rowLines: number[] } {
  const field = (text: string) =>
    layout.quoteAll || text.includes(layout.delimiter) || /["\r\n]/.test(text) || text.startsWith('\uFEFF') ? `"${text.replace(/"/g, '""')}"` : text;
  const lines: string[] = [];
  const rowLines: number[] = [];
  let line = 1;
  rows.forEach((row, i) => {
    const written = row.map(field).join(layout.delimiter);
    rowLines.push(line);
    lines.push(written);
    line += (written.match(/\r\n|\n|\r/g) ?? []).length + 1;
    if (layout.blankAfter[i]) {
      lines.push('');
      line++;
    }
  });
  return { text: (layout.bom ? '\uFEFF' : '') + lines.join(layout.lineEnd) + (layout.finalLineEnd ? layout.lineEnd : ''), rowLines };
}

/** Cells that are nearly right: each kind of rejection, often enough to matter. */
const forceNearMiss = fc.oneof(
  fc.constantFrom('British Transport Police', 'Action Fraud', 'Financial Fraud Action UK', 'London', 'Police', ''),
  fc
    .tuple(fc.constantFrom(...forceTable.forces.map((force) => force.name)), fc.nat())
    .map(([name, i]) => name.slice(0, i % name.length) + name.slice((i % name.length) + 1)),
);
const yearNearMiss = fc.constantFrom('2016', '2016/18', '16/17', 'FY', '', '2016/17/18');
const valueNearMiss = fc.oneof(fc.integer({ min: -99_999, max: -1 }).map(String), fc.constantFrom('-1,234', 'abc', '1,5', '12a', '∞'));
const nearly = (good: fc.Arbitrary<string>, nearMiss: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: nearMiss }, { weight: 1, arbitrary: junkText });

/** Extra columns that name nothing the detector looks for. */
const extraHeader = fc.constantFrom('Note', 'Comment', 'Source', 'Extra 1', 'Region');

const tidyHeaderArb = fc
  .tuple(spelled(FORCE_HEADERS), spelled(YEAR_HEADERS), spelled(VALUE_HEADERS), fc.array(extraHeader, { maxLength: 2 }))
  .chain(([force, year, value, extras]) =>
    fc.shuffledSubarray([0, 1, 2, ...extras.map((_, i) => 3 + i)], { minLength: 3 + extras.length }).map((order) => {
      const names = [force, year, value, ...extras];
      return { names: order.map((i) => names[i]!), force: order.indexOf(0), year: order.indexOf(1), value: order.indexOf(2) };
    }),
  );

// Properties --------------------------------------------------------------

describe('importTable properties', () => {
  it('never throws on arbitrary text, and accounts for every row it imports', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: trickyChar, maxLength: 200 }),
      fc
        .tuple(
          fc.constantFrom('force,year,value\n', 'force;2016/17;2017-18\r\n', '\uFEFFpfa\tperiod\tcount\n', `${HOME_OFFICE_COLUMNS.join(',')}\n`),
          fc.string({ unit: trickyChar, maxLength: 300 }),
        )
        .map(([header, rest]) => header + rest),
    );
    fc.assert(
      fc.property(anyText, fc.constantFrom<ImportOptions>({}, { offences: { codes: ['86', '1'] } }, { delimiter: ';' }), (text, options) => {
        expectAccountedFor(importOf(text, options), text);
      }),
      { numRuns: 600 },
    );
  });

  it('never throws, and whatever it imports makes a valid dataset, for tables of extreme cells', () => {
    const yearCell = fc.oneof(
      fc.constantFrom(...START_YEARS).chain(yearTextOf),
      fc.constantFrom('0000/01', '0999/00', '1800/01', '1949/50', '1950/51', '2099/00', '9999/00', '0001/02'),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }))
        .map(([start, end]) => `${String(start).padStart(4, '0')}/${String(end).padStart(2, '0')}`),
    );
    const valueCell = fc.oneof(
      figureArb.chain(figureTextOf),
      fc.constantFrom(
        '9'.repeat(309),
        '1'.repeat(5000),
        '1e400',
        'Infinity',
        'NaN',
        '-0',
        '0.0',
        '1.154',
        '999999999999.99',
        '1000000000000',
        '1000000000001',
        '-1000000000001',
      ),
      fc.double().map(String),
      fc.stringMatching(/^-?\d{1,400}(\.\d{0,20})?$/),
    );
    const tidy = fc
      .array(fc.tuple(fc.oneof(forceArb.chain(nameOf), forceNearMiss), yearCell, valueCell), { minLength: 1, maxLength: 20 })
      .map((rows) => ['force,year,value', ...rows.map((fields) => fields.map((field) => `"${field.replace(/"/g, '""')}"`).join(','))].join('\n'));
    const wide = fc
      .tuple(
        fc.array(yearCell, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(forceArb.chain(nameOf), fc.array(valueCell, { minLength: 4, maxLength: 4 })), { minLength: 1, maxLength: 10 }),
      )
      .map(([years, rows]) =>
        [
          ['force', ...years].join(','),
          ...rows.map(([force, values]) => [force, ...values.slice(0, years.length)].map((field) => `"${field}"`).join(',')),
        ].join('\n'),
      );
    const homeOffice = fc
      .array(fc.tuple(yearCell, fc.integer({ min: 1, max: 4 }), forceArb.chain(nameOf), valueCell), { minLength: 1, maxLength: 20 })
      .map((rows) =>
        [
          HOME_OFFICE_COLUMNS.join(','),
          ...rows.map(([year, quarter, force, value]) => `"${year}",${quarter},"${force}","Obscene","G","S","86","${value}"`),
        ].join('\n'),
      );
    const today = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(fc.oneof(tidy, wide, homeOffice), today, (text, now) => {
        const outcome = importTable(text, { offences: { codes: ['86'] } }, { forces: forceTable, today: now });
        expectAccountedFor(outcome, text);
        if (outcome.ok && outcome.dataset) expect(datasetSchema.safeParse(outcome.dataset).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('accounts for every row of a tidy table with junk cells, on the lines they are on', () => {
    const rowArb = (width: number, header: { force: number; year: number; value: number }) =>
      fc
        .tuple(
          nearly(forceArb.chain(nameOf), forceNearMiss),
          nearly(fc.constantFrom(...START_YEARS).chain(yearTextOf), yearNearMiss),
          nearly(figureArb.chain(figureTextOf), valueNearMiss),
          fc.array(junkText, { minLength: width, maxLength: width }),
          fc.integer({ min: -2, max: 2 }),
        )
        .map(([force, year, value, rest, widthChange]) => {
          const fields = [...rest];
          fields[header.force] = force;
          fields[header.year] = year;
          fields[header.value] = value;
          // Some rows are cut short or run long, as hand-edited files do.
          return widthChange < 0
            ? fields.slice(0, Math.max(1, fields.length + widthChange))
            : [...fields, ...Array.from({ length: widthChange }, (_, i) => `spill${i}`)];
        })
        // A row of one empty field is a blank line, not a row.
        .filter((fields) => !(fields.length === 1 && fields[0] === ''));
    const tableArb = tidyHeaderArb.chain((header) =>
      fc.tuple(fc.constant(header), fc.array(rowArb(header.names.length, header), { minLength: 1, maxLength: 25 }), layoutArb),
    );
    fc.assert(
      fc.property(tableArb, ([header, rows, layout]) => {
        const { text, rowLines } = writeTableWithLines([header.names, ...rows], layout);
        const outcome = importOf(text);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.shape).toBe('tidy');
        expect(outcome.dataRows).toBe(rows.length);
        expectAccountedFor(outcome, text);
        // Each row is rejected at most once, on the line it starts on.
        const dataLines = new Set(rowLines.slice(1));
        const rejectedLines = outcome.report.errors.map((error) => error.line);
        expect(rejectedLines.every((line) => dataLines.has(line))).toBe(true);
        expect(new Set(rejectedLines).size).toBe(rejectedLines.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('accounts for every cell of a wide table with junk cells', () => {
    const tableArb = fc
      .tuple(
        spelled(FORCE_HEADERS),
        fc.uniqueArray(fc.constantFrom(...START_YEARS), { minLength: 1, maxLength: 5 }).chain((starts) => fc.tuple(...starts.map(yearTextOf))),
        layoutArb,
      )
      .chain(([forceHeader, yearHeaders, layout]) => {
        const cell = nearly(figureArb.chain(figureTextOf), valueNearMiss);
        const row = fc
          .tuple(nearly(forceArb.chain(nameOf), forceNearMiss), fc.array(cell, { minLength: 0, maxLength: yearHeaders.length + 2 }))
          .map(([force, cells]) => [force, ...cells])
          .filter((fields) => !(fields.length === 1 && fields[0] === ''));
        return fc.tuple(fc.constant<string[]>([forceHeader, ...yearHeaders]), fc.array(row, { minLength: 1, maxLength: 20 }), fc.constant(layout));
      });
    fc.assert(
      fc.property(tableArb, ([header, rows, layout]) => {
        const { text, rowLines } = writeTableWithLines([header, ...rows], layout);
        const outcome = importOf(text);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.shape).toBe('wide');
        expect(outcome.report.rowsRead).toBe(rows.length * (header.length - 1));
        expectAccountedFor(outcome, text);
        // Each cell is rejected at most once, with its row's line and its column's header.
        const dataLines = new Set(rowLines.slice(1));
        const yearHeaders = new Set(header.slice(1));
        const rejected = outcome.report.errors.map((error) => `${error.line} ${error.column}`);
        expect(outcome.report.errors.every((error) => dataLines.has(error.line) && yearHeaders.has(error.column ?? ''))).toBe(true);
        expect(new Set(rejected).size).toBe(rejected.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives back exactly the figures of valid tidy data, however it is written', () => {
    const figuresArb = fc.uniqueArray(fc.tuple(forceArb, fc.constantFrom(...START_YEARS), figureArb), {
      minLength: 1,
      maxLength: 30,
      selector: ([force, start]) => `${force.code} ${start}`,
    });
    const tableArb = fc
      .tuple(tidyHeaderArb, figuresArb, layoutArb)
      .chain(([header, figures, layout]) =>
        fc.tuple(
          fc.constant(header),
          fc.constant(figures),
          fc.tuple(...figures.map(([force, start, value]) => fc.tuple(nameOf(force), yearTextOf(start), figureTextOf(value)))),
          fc.constant(layout),
        ),
      );
    fc.assert(
      fc.property(tableArb, ([header, figures, written, layout]) => {
        const rows = written.map(([force, year, value]) => {
          const fields = header.names.map(() => '');
          fields[header.force] = force;
          fields[header.year] = year;
          fields[header.value] = value;
          return fields;
        });
        const outcome = importOf(writeTable([header.names, ...rows], layout));
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.report.errors).toEqual([]);
        expect(outcome.report.rowsUsed).toBe(figures.length);
        const expected: Observation[] = figures.map(([force, start, value]) => ({ code: force.code, year: financialYear(start), value, source: 0 }));
        expect(sorted(outcome.observations)).toEqual(sorted(expected));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives back exactly the figures of a valid wide table, however it is written', () => {
    const tableArb = fc
      .tuple(
        fc.uniqueArray(forceArb, { minLength: 1, maxLength: 10, selector: (force) => force.code }),
        fc.uniqueArray(fc.constantFrom(...START_YEARS), { minLength: 1, maxLength: 4 }),
        spelled(FORCE_HEADERS),
        layoutArb,
      )
      .chain(([forces, starts, forceHeader, layout]) =>
        fc.tuple(
          fc.constant(starts),
          fc.tuple(fc.constant(forceHeader), ...starts.map(yearTextOf)),
          fc.tuple(
            ...forces.map((force) =>
              fc.tuple(fc.constant(force.code), nameOf(force), fc.array(figureArb, { minLength: starts.length, maxLength: starts.length })),
            ),
          ),
          fc.constant(layout),
        ),
      )
      .chain(([starts, header, forces, layout]) =>
        fc.tuple(
          fc.constant(starts),
          fc.constant(header),
          fc.constant(forces),
          fc.tuple(...forces.map(([, , values]) => fc.tuple(...values.map(figureTextOf)))),
          fc.constant(layout),
        ),
      );
    fc.assert(
      fc.property(tableArb, ([starts, header, forces, cells, layout]) => {
        const rows = forces.map(([, name], i) => [name, ...cells[i]!]);
        const outcome = importOf(writeTable([header, ...rows], layout));
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.report.errors).toEqual([]);
        const expected = forces.flatMap(([code, , values]) => values.map((value, j) => ({ code, year: financialYear(starts[j]!), value, source: 0 })));
        expect(sorted(outcome.observations)).toEqual(sorted(expected));
      }),
      { numRuns: RUNS },
    );
  });
});

function sorted(observations: Observation[]): Observation[] {
  return [...observations].sort((a, b) => `${a.code} ${a.year}`.localeCompare(`${b.code} ${b.year}`));
}
