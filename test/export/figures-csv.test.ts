import { describe, expect, it } from 'vitest';
import { FIGURES_CSV_HEADER, figuresCsv, type FigureCsvRow } from '../../src/export/figures-csv';
import { parseDelimited } from '../../src/ingest/parse-delimited';
import { MEASURES } from '../../src/model/measures';

const dorset: FigureCsvRow = {
  dataset: 'Obscene publications offences (Home Office code 86) recorded by police',
  offenceCode: '86',
  offenceName: 'Obscene publications etc',
  offenceGroup: 'Miscellaneous crimes against society',
  code: 'E23000039',
  name: 'Dorset',
  region: 'South West',
  year: '2016/17',
  count: 188,
  countUnit: 'offences',
  population: 767_297,
  populationMidYear: 2016,
  rate: (188 / 767_297) * 100_000,
  // 95% intervals, python3 scipy: chi2.ppf(0.025, 376) / 2 / 767297 * 1e5, chi2.ppf(0.975, 378) / 2 / 767297 * 1e5;
  // changes: (p / (1 - p) - 1) * 100 at beta.ppf(0.025, 188, n - 187) and beta.ppf(0.975, 189, n - 188), n = 188 + 81 (or + 24).
  rateInterval: { lower: 21.12423820487088, upper: 28.265371400982165 },
  rateUnit: 'per 100,000 people',
  comparedWithEnglandAndWales: 'higher than England and Wales',
  comparedWithRegion: 'similar to the South West',
  changeFromPrevious: ((188 - 81) / 81) * 100,
  changeFromPreviousInterval: { lower: 77.95133163362674, upper: 205.02290009606762 },
  changeFromBase: ((188 - 24) / 24) * 100,
  changeFromBaseInterval: { lower: 410.6901240595257, upper: 1153.2575328375203 },
  baseYear: '2012/13',
  changeUnit: 'per cent',
  note: '',
  source: 'Home Office, police recorded crime and outcomes open data tables (police force area)',
  release: 'Home Office open data tables, 19 October 2023',
  sourceUrl: 'https://www.gov.uk/government/statistics/police-recorded-crime-open-data-tables',
  licence: 'Open Government Licence v3.0',
};
const notPublished: FigureCsvRow = {
  ...dorset,
  code: 'E23000008',
  name: 'Cleveland',
  region: 'North East',
  year: '2012/13',
  count: null,
  population: 560_000,
  rate: null,
  rateInterval: undefined,
  comparedWithEnglandAndWales: '',
  comparedWithRegion: '',
  changeFromPrevious: null,
  changeFromPreviousInterval: undefined,
  changeFromBase: null,
  changeFromBaseInterval: undefined,
  note: 'count not published: the quarters sum to -3; so no rate or change',
};

const read = (csv: string) => parseDelimited(csv).map((record) => record.fields);

describe('figuresCsv', () => {
  const csv = figuresCsv([dorset, notPublished]);
  const [header, first, second] = read(csv);

  it('is one tidy table: a column a variable, units in columns of their own', () => {
    expect(header).toEqual([...FIGURES_CSV_HEADER]);
    expect(header).toEqual(
      expect.arrayContaining([
        'count',
        'count_unit',
        'population',
        'population_mid_year',
        'rate',
        'rate_unit',
        'change_from_previous_year',
        'change_from_base_year',
        'change_unit',
        'note',
        'source',
        'release',
        'licence',
      ]),
    );
  });

  it('names the dataset and the offence (code, name, group) on every row', () => {
    for (const row of [first!, second!]) {
      expect(row.slice(0, 4)).toEqual([
        'Obscene publications offences (Home Office code 86) recorded by police',
        '86',
        'Obscene publications etc',
        'Miscellaneous crimes against society',
      ]);
    }
  });

  it('writes Dorset’s 2016/17 as plain numbers with their units', () => {
    const field = (name: (typeof FIGURES_CSV_HEADER)[number]) => first![FIGURES_CSV_HEADER.indexOf(name)];
    expect(field('count')).toBe('188');
    expect(field('count_status')).toBe('published');
    expect(field('population')).toBe('767297');
    expect(field('population_mid_year')).toBe('2016');
    expect(field('rate')).toBe('24.502');
    expect(field('rate_unit')).toBe('per 100,000 people');
    expect(field('change_from_previous_year')).toBe('132.099');
    expect(field('change_from_base_year')).toBe('683.333');
    expect(field('change_unit')).toBe('per cent');
    expect(field('licence')).toBe('Open Government Licence v3.0');
  });

  it('writes each rate and change with the lower and upper ends of its 95% interval, and the comparisons in words', () => {
    const field = (name: (typeof FIGURES_CSV_HEADER)[number]) => first![FIGURES_CSV_HEADER.indexOf(name)];
    expect([field('rate_lower_95'), field('rate_upper_95')]).toEqual(['21.124', '28.265']);
    expect([field('change_from_previous_year_lower_95'), field('change_from_previous_year_upper_95')]).toEqual(['77.951', '205.023']);
    expect([field('change_from_base_year_lower_95'), field('change_from_base_year_upper_95')]).toEqual(['410.69', '1153.258']);
    expect(field('compared_with_england_and_wales')).toBe('higher than England and Wales');
    expect(field('compared_with_region')).toBe('similar to the South West');
    // No upper limit (a change from 0 has none) is an empty cell, not "Infinity".
    const open = read(figuresCsv([{ ...dorset, changeFromBaseInterval: { lower: -58.7, upper: Infinity } }]))[1]!;
    expect(open[FIGURES_CSV_HEADER.indexOf('change_from_base_year_upper_95')]).toBe('');
  });

  it('marks a count not published as such: an empty cell, never 0, and the reason in the note', () => {
    const field = (name: (typeof FIGURES_CSV_HEADER)[number]) => second![FIGURES_CSV_HEADER.indexOf(name)];
    expect([field('count'), field('count_status'), field('rate'), field('change_from_previous_year')]).toEqual(['', 'not published', '', '']);
    expect(field('note')).toBe('count not published: the quarters sum to -3; so no rate or change');
    expect(csv).not.toMatch(/,0,not published/);
  });

  it('keeps the file conventions of the table CSV: byte-order mark, CRLF after every line, quoting, formula guard', () => {
    expect(csv.startsWith('\uFEFFdataset,offence_code,offence_name,offence_group,force_code,force_name,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv).toContain(',"per 100,000 people",');
    const hostile = read(figuresCsv([{ ...dorset, name: '=HYPERLINK("http://x")', note: '+1 "quoted", and more' }]))[1]!;
    expect(hostile[FIGURES_CSV_HEADER.indexOf('force_name')]).toBe('\'=HYPERLINK("http://x")');
    expect(hostile[FIGURES_CSV_HEADER.indexOf('note')]).toBe('\'+1 "quoted", and more');
    // A semicolon-separated formula inside a name (issue 25, item 2): quoted, and the formula guarded.
    const semicolon = figuresCsv([{ ...dorset, name: "x;=cmd|'/C calc'!A0;y" }]).split('\r\n')[1]!;
    expect(semicolon).toContain(`,"x;'=cmd|'/C calc'!A0;y",`);
  });
});

describe('the figures CSV and the measure registry', () => {
  it('has every measure’s own columns, each measure’s together and in its order, none claimed by two', () => {
    const claimed = MEASURES.flatMap((measure) => measure.csvColumns);
    expect(new Set(claimed).size).toBe(claimed.length);
    for (const measure of MEASURES) {
      const start = FIGURES_CSV_HEADER.indexOf(measure.csvColumns[0] as (typeof FIGURES_CSV_HEADER)[number]);
      expect(start, measure.id).toBeGreaterThanOrEqual(0);
      expect(FIGURES_CSV_HEADER.slice(start, start + measure.csvColumns.length), measure.id).toEqual(measure.csvColumns);
    }
  });
});
