import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/datasets/dataset';
import { plainMessage } from '../../src/format/user-text';
import { HOME_OFFICE_COLUMNS } from '../../src/ingest/home-office-table';
import { importResultSchema, type ImportResult } from '../../src/ingest/import-result';
import { importTable, type ImportEnvironment, type ImportOptions } from '../../src/ingest/import-table';
import { ERROR_REASONS, MAX_LISTED_ERRORS, MAX_LISTED_NAMES, rowsRejected, type RowError } from '../../src/ingest/ingest-report';
import { forceTable } from '../helpers';

/** A fixed clock: the financial year 2026/27, so 2027/28 is the latest year an import takes. */
const TODAY = new Date('2026-11-29T12:00:00Z');

function imported(text: string, options: ImportOptions = {}, environment: Partial<ImportEnvironment> = {}): ImportResult {
  const outcome = importTable(text, options, { forces: forceTable, today: TODAY, ...environment });
  if (!outcome.ok) throw new Error(`expected an import, got: ${outcome.error}`);
  expect(outcome.report.rowsRead).toBe(outcome.report.rowsUsed + rowsRejected(outcome.report));
  expect(() => importResultSchema.parse(outcome)).not.toThrow();
  if (outcome.dataset) expect(() => datasetSchema.parse(outcome.dataset)).not.toThrow();
  return outcome;
}

const errorsOf = (result: ImportResult) => result.report.errors.map((error: RowError) => [error.line, error.reason, plainMessage(error.message)]);
const warningsOf = (result: ImportResult) => result.warnings.map(plainMessage);

describe('a bad cell is one rejected row, never the whole import (issue 15, item 5)', () => {
  it('rejects figures too large for any count, with their line and a plain reason', () => {
    const result = imported(
      [
        'force,year,value',
        'Dorset,2016/17,1',
        `Kent,2016/17,${'9'.repeat(309)}`,
        `Essex,2016/17,${'1'.repeat(1_000_000)}`,
        'Surrey,2016/17,2000000000000',
        'Sussex,2016/17,5',
        '',
      ].join('\n'),
    );
    expect(result.report.rowsUsed).toBe(2);
    expect(errorsOf(result)).toEqual([
      [3, 'too-large', `${'9'.repeat(59)}… is larger than any figure the map takes (1,000,000,000,000 at most)`],
      [4, 'too-large', `${'1'.repeat(59)}… is larger than any figure the map takes (1,000,000,000,000 at most)`],
      [5, 'too-large', '2000000000000 is larger than any figure the map takes (1,000,000,000,000 at most)'],
    ]);
    // The text kept to recognise a row by is cut short too: a megabyte of digits does not travel with the report.
    expect(result.report.errors[1]!.text!.length).toBeLessThanOrEqual(200);
  });

  it('rejects years such as 0000/01 and 0999/00 as rows, and imports the rest', () => {
    const result = imported('force,year,value\nDorset,0000/01,1\nKent,0999/00,2\nEssex,2016/17,3\n');
    expect(errorsOf(result)).toEqual([
      [2, 'year-out-of-range', '0000/01 is outside the years the map takes (1950/51 to 2027/28)'],
      [3, 'year-out-of-range', '0999/00 is outside the years the map takes (1950/51 to 2027/28)'],
    ]);
    expect(result.years).toEqual(['2016/17']);
  });

  it('rejects a wide table’s implausible year column cell by cell', () => {
    const result = imported('force,0999/00,2016/17\nDorset,1,2\n');
    expect(result.report.errors.map((error) => [error.line, error.column, error.reason])).toEqual([[2, '0999/00', 'year-out-of-range']]);
    expect(result.years).toEqual(['2016/17']);
  });
});

describe('implausible years (item 12)', () => {
  it('takes financial years from 1950/51 to the one after the current year, by the clock it is given', () => {
    const result = imported(
      'force,year,value\nDorset,1800/01,1\nDorset,1949/50,1\nDorset,1950/51,1\nDorset,2027/28,1\nDorset,2028/29,1\nDorset,2099/00,1\nDorset,9999/00,1\n',
    );
    expect(result.years).toEqual(['1950/51', '2027/28']);
    expect(result.report.errors.map((error) => error.line)).toEqual([2, 3, 6, 7, 8]);
    expect(new Set(result.report.errors.map((error) => error.reason))).toEqual(new Set(['year-out-of-range']));
    // A year later, 2028/29 is the year after the current one.
    expect(imported('force,year,value\nDorset,2028/29,1\n', {}, { today: new Date('2027-04-01T00:00:00Z') }).years).toEqual(['2028/29']);
  });

  it('leaves implausible years of a Home Office table out of its years, and rejects their rows', () => {
    const header = HOME_OFFICE_COLUMNS.join(',');
    const rows = [1, 2, 3, 4].flatMap((q) => [`2016/17,${q},Dorset,Obscene,G,S,86,${q}`, `9999/00,${q},Dorset,Obscene,G,S,86,${q}`]);
    const result = imported([header, ...rows].join('\n') + '\n', { offences: { codes: ['86'] } });
    expect(result.years).toEqual(['2016/17']);
    expect(result.report.errorCounts['year-out-of-range']).toBe(4);
    expect(result.dataset?.years).toEqual(['2016/17']);
  });
});

describe('an unterminated quote (item 6)', () => {
  const lines = [
    'force,year,value',
    'Dorset,2016/17,1',
    'Kent,"2016/17,2',
    ...Array.from(
      { length: 98 },
      (_, i) => `${forceTable.forces[i % 43]!.name},${2000 + Math.floor(i / 43)}/${String((1 + Math.floor(i / 43)) % 100).padStart(2, '0')},${i}`,
    ),
  ];

  it('reads every line after a stray quote, and says where the quote is', () => {
    const result = imported(`${lines.join('\n')}\n`);
    expect(result.dataRows).toBe(100);
    expect(result.report.rowsRead).toBe(100);
    expect(result.report.rowsUsed).toBe(99);
    expect(errorsOf(result)).toEqual([[3, 'bad-year', '""2016/17" is not a financial year such as 2016/17']]);
    expect(warningsOf(result)).toContain('line 3: a quote opens here and never closes; it was read as a plain character');
  });
});

describe('decimal figures and thousands separators (item 13)', () => {
  it('warns, with the lines, when a semicolon-separated file has figures such as 1.154', () => {
    const result = imported('force;year;value\nDorset;2016/17;1.154\nKent;2016/17;12.5\nEssex;2016/17;2.000.000\n');
    expect(result.observations.map((observation) => observation.value)).toEqual([1.154, 12.5]);
    expect(warningsOf(result)).toContain(
      'figures such as 1.154 (line 2) were read with a decimal point, but in semicolon-separated files "." often separates thousands (1.154 for 1154): check line 2',
    );
    expect(errorsOf(result)).toEqual([[4, 'non-numeric', '"2.000.000" is not a number']]);
  });

  it('says nothing of the kind for a comma-separated file', () => {
    expect(imported('force,year,value\nDorset,2016/17,1.154\n').warnings).toEqual([]);
  });
});

describe('a file cut short (item 14)', () => {
  it('warns that the last line may be incomplete when the file does not end with a line break', () => {
    const result = imported('force,year,value\nDorset,2016/17,86\nKent,2016/17,5');
    expect(warningsOf(result)).toEqual([
      'the file does not end with a line break, so its last line (line 3) may be incomplete: check it if the file was cut short',
    ]);
    expect(imported('force,year,value\nKent,2016/17,5\r\n').warnings).toEqual([]);
  });
});

describe('stray control characters (item 22)', () => {
  it('imports a small text file with two control characters, naming their lines', () => {
    const result = imported('force,year,value\nDorset,2016/17,1\nKent\u0001,2016/17,2\nEssex,2016/17,3\u0007\n');
    // A control character in a name breaks words as punctuation does: "Kent\u0001" is Kent.
    expect(result.report.rowsUsed).toBe(2);
    expect(warningsOf(result)).toContain(
      'lines 3 and 4 hold control characters, which text does not normally have: they were read as they are, and are shown as ⟨U+0001⟩ and the like',
    );
    expect(errorsOf(result)).toEqual([[4, 'non-numeric', '"3⟨U+0007⟩" is not a number']]);
  });

  it('still refuses a file full of them', () => {
    const outcome = importTable(`force,year,value\n${'\u0001\u0002\u0003\u0004abc'.repeat(20)}`, {}, { forces: forceTable });
    expect(outcome.ok).toBe(false);
  });
});

describe('hidden characters in names (item 11)', () => {
  it('reads "Dor\u200Dset" as Dorset, and says which line holds the hidden character, shown', () => {
    const result = imported('force,year,value\nDor\u200Dset,2016/17,1\n');
    expect(result.observations.map((observation) => observation.code)).toEqual(['E23000039']);
    expect(warningsOf(result)).toEqual([
      'line 2 holds invisible characters such as ⟨U+200D⟩: they are ignored in force names, and shown like that wherever a message repeats the text',
    ]);
  });

  it('shows a right-to-left override in an unknown name as an escape, isolated from the message', () => {
    const [error] = imported('force,year,value\nAt\u202Esitnal,2016/17,1\n').report.errors;
    expect(error?.message).toBe('unknown force "\u2068At⟨U+202E⟩sitnal\u2069"');
  });

  it('says nothing of a byte-order mark at the start', () => {
    expect(imported('\uFEFFforce,year,value\nDorset,2016/17,1\n').warnings).toEqual([]);
  });
});

describe('the file’s name in the dataset (item 11)', () => {
  it('shows hidden characters in it, for the title and source line to show as plain text', () => {
    const result = imported('force,year,value\nDorset,2016/17,1\n', { fileName: '\u202Evsc.serugif' });
    expect(result.dataset?.meta.source).toBe('Imported from your file ⟨U+202E⟩vsc.serugif');
    expect(result.dataset?.meta.definition).toBe('Figures from the file ⟨U+202E⟩vsc.serugif.');
  });
});

describe('a large error report (item 17)', () => {
  it('keeps exact counts per reason, the first errors in full, and the rows still add up', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? `Dorset,1800/01,${i}` : `Dorset,2016/17,x${i}`));
    const result = imported(`force,year,value\nDorset,2016/17,1\n${rows.join('\n')}\n`);
    expect(result.report.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(result.report.errors[0]?.line).toBe(3);
    expect(result.report.errorCounts).toMatchObject({ 'year-out-of-range': 2500, 'non-numeric': 2500 });
    expect(Object.keys(result.report.errorCounts).sort()).toEqual([...ERROR_REASONS].sort());
    expect(result.report.rowsRead).toBe(5001);
    expect(result.report.rowsUsed).toBe(1);
  });

  it('gives every error, in file order, to a listener, for the full list as CSV', () => {
    const seen: RowError[] = [];
    const rows = Array.from({ length: 3000 }, (_, i) => `Dorset,2016/17,x${i}`);
    imported(`force,year,value\n${rows.join('\n')}\n`, {}, { onError: (error) => seen.push(error) });
    expect(seen).toHaveLength(3000);
    expect(seen.at(-1)?.line).toBe(3001);
  });
});

describe('many distinct unknown force names (item 4)', () => {
  it('lists the names with most rows, up to a limit, and counts the rest, quickly', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `Area ${i},2016/17,1`);
    // "Area 7" has three rows, "Area 3" two: they come first.
    rows.push('Area 7,2017/18,1', 'Area 7,2018/19,1', 'Area 3,2017/18,1');
    const started = performance.now();
    const result = imported(`area,year,value\n${rows.join('\n')}\n`);
    const elapsed = performance.now() - started;
    expect(result.report.unknownNames).toHaveLength(MAX_LISTED_NAMES);
    expect(result.report.unknownNames.slice(0, 2).map((entry) => [entry.name, entry.lineCount])).toEqual([
      ['Area 7', 3],
      ['Area 3', 2],
    ]);
    expect(result.report.unknownNamesNotListed).toEqual({ names: 100_000 - MAX_LISTED_NAMES, lines: 100_003 - 3 - 2 - (MAX_LISTED_NAMES - 2) });
    expect(result.report.errorCounts['unknown-force']).toBe(100_003);
    expect(elapsed).toBeLessThan(4000);
  });

  it('offers suggestions as force codes for the reader to confirm, never as the mapping', () => {
    const result = imported('force,year,value\nHampshre,2016/17,1\nYorkshire,2016/17,2\nAtlantis,2016/17,3\nHants,2016/17,4\n');
    expect(result.report.unknownNames.map((entry) => [entry.name, entry.suggestions])).toEqual([
      ['Hampshre', ['E23000030']],
      ['Yorkshire', ['E23000009', 'E23000011', 'E23000010']],
      ['Atlantis', []],
    ]);
    // A listed short form is the force: Hants is Hampshire.
    expect(result.observations.map((observation) => observation.code)).toEqual(['E23000030']);
  });
});

describe('names mapped by hand (item 20)', () => {
  it('carries the mapping as pairs, so a name such as "__proto__" maps like any other', () => {
    const result = imported('force,year,value\n__proto__,2016/17,1\nconstructor,2016/17,2\n', {
      nameMapping: [
        ['__proto__', 'E23000039'],
        ['constructor', 'E23000032'],
      ],
    });
    expect(result.report.errors).toEqual([]);
    expect(result.observations.map((observation) => observation.code)).toEqual(['E23000039', 'E23000032']);
  });

  it('lists a name such as "__proto__" among the unknown names', () => {
    const result = imported('force,year,value\n__proto__,2016/17,1\n');
    expect(result.report.unknownNames.map((entry) => entry.name)).toEqual(['__proto__']);
    expect(importResultSchema.parse(structuredClone(result)).report.unknownNames[0]?.name).toBe('__proto__');
  });
});
