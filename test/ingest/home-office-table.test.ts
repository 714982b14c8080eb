import { describe, expect, it } from 'vitest';
import { createForceNameResolver } from '../../src/forces/resolve-force-name';
import {
  aggregateHomeOfficeTable,
  HOME_OFFICE_COLUMNS,
  isHomeOfficeHeader,
  listOffences,
  normaliseOffenceCode,
  selectOffences,
  sumHomeOfficeTable,
  yearFigure,
} from '../../src/ingest/home-office-table';
import { rowsRejected } from '../../src/ingest/ingest-report';
import { parseDelimited } from '../../src/ingest/parse-delimited';
import { forceTable } from '../helpers';

const resolver = createForceNameResolver(forceTable);
const HEADER = HOME_OFFICE_COLUMNS.map((column) => `"${column}"`).join(',');
const OBSCENE = '"Obscene publications etc","Miscellaneous crimes against society","Miscellaneous crimes against society"';
const FRAUD = '"Fraud offences recorded by Action Fraud","Fraud offences","Fraud: Action Fraud"';

/** Four quarters of one force, one offence. */
function year(yearText: string, force: string, offence: string, code: string, values: (number | string)[]): string[] {
  return values.map((value, i) => `"${yearText}",${i + 1},"${force}",${offence},"${code}",${value}`);
}

function table(lines: string[]) {
  return parseDelimited([HEADER, ...lines].join('\n'));
}

const only86 = selectOffences({ codes: ['86'] });

describe('normaliseOffenceCode and selectOffences', () => {
  it('takes the float noise off codes', () => {
    expect(normaliseOffenceCode('37.200000000000003')).toBe('37.2');
    expect(normaliseOffenceCode('4.5999999999999996')).toBe('4.6');
    expect(normaliseOffenceCode(' 86 ')).toBe('86');
    expect(normaliseOffenceCode('8L')).toBe('8L');
  });

  it('selects by normalised code, either way round, and by group', () => {
    const noisy = { code: '37.200000000000003', description: 'x', group: 'Sexual offences', subgroup: '' };
    expect(selectOffences({ codes: ['37.2'] })(noisy)).toBe(true);
    expect(selectOffences({ codes: ['37.200000000000003'] })({ ...noisy, code: '37.2' })).toBe(true);
    expect(selectOffences({ codes: ['37.1'] })(noisy)).toBe(false);
    expect(selectOffences({ groups: [' sexual OFFENCES '] })(noisy)).toBe(true);
    expect(selectOffences({ codes: ['af'] })({ ...noisy, code: 'AF' })).toBe(true);
    expect(selectOffences({})(noisy)).toBe(false);
  });
});

describe('listOffences', () => {
  it('lists each offence once, with normalised codes, skipping broken rows', () => {
    const rows = table([
      ...year('2016/17', 'Dorset', OBSCENE, '86', [1, 2, 3, 4]),
      ...year('2016/17', 'Kent', '"Sexual grooming","Sexual offences","Other sexual offences"', '37.200000000000003', [1, 1, 1, 1]),
      '"2016/17",1,"Kent"',
    ]);
    expect(listOffences(rows)).toEqual([
      { code: '86', description: 'Obscene publications etc', group: 'Miscellaneous crimes against society', subgroup: 'Miscellaneous crimes against society' },
      { code: '37.2', description: 'Sexual grooming', group: 'Sexual offences', subgroup: 'Other sexual offences' },
    ]);
  });
});

describe('aggregateHomeOfficeTable', () => {
  it('recognises its header', () => {
    expect(isHomeOfficeHeader(parseDelimited(HEADER)[0]!.fields)).toBe(true);
  });

  it('sums quarters into financial years, negative adjustments included', () => {
    const rows = table([...year('2016/17', 'Dorset', OBSCENE, '86', [10, 20, -3, 5]), ...year('2016/17', 'Kent', OBSCENE, '86', [1, 1, 1, 1])]);
    const figures = aggregateHomeOfficeTable(rows, only86, resolver);
    expect(figures.observations).toEqual([
      { code: 'E23000039', year: '2016/17', value: 32, source: 0 },
      { code: 'E23000032', year: '2016/17', value: 4, source: 0 },
    ]);
    expect(figures.report.errors).toEqual([]);
  });

  it('shows a year whose quarters sum below zero as not published, with a note', () => {
    const figures = aggregateHomeOfficeTable(table(year('2016/17', 'Dorset', OBSCENE, '86', [0, -1, 0, 0])), only86, resolver);
    expect(figures.observations).toEqual([{ code: 'E23000039', year: '2016/17', value: null, source: 0, note: 'the quarters sum to -1' }]);
  });

  it('shows a year with a withheld quarter as not published', () => {
    const figures = aggregateHomeOfficeTable(table(year('2016/17', 'Dorset', OBSCENE, '86', [1, '[x]', 1, 1])), only86, resolver);
    expect(figures.observations).toEqual([{ code: 'E23000039', year: '2016/17', value: null, source: 0, note: '1 of 4 quarters not published' }]);
    expect(figures.report.notPublished).toBe(1);
    expect(figures.report.rowsUsed).toBe(4);
  });

  it('reports a year the table holds only some quarters of as partial, and leaves it out', () => {
    const rows = table([...year('2016/17', 'Dorset', OBSCENE, '86', [1, 1, 1, 1]), ...year('2017/18', 'Dorset', OBSCENE, '86', [5])]);
    const figures = aggregateHomeOfficeTable(rows, only86, resolver);
    expect(figures.years).toEqual(['2016/17']);
    expect(figures.partialYears).toEqual([{ year: '2017/18', quarters: 1 }]);
    expect(figures.observations.map((o) => o.year)).toEqual(['2016/17']);
  });

  it('sets aside offences not chosen and bodies with no area, and rejects the rest with a reason each', () => {
    const rows = table([
      ...year('2016/17', 'Dorset', OBSCENE, '86', [1, 1, 1, 1]),
      ...year('2016/17', 'Action Fraud', FRAUD, 'AF', [100]),
      `"2016/17",1,"British Transport Police",${OBSCENE},"86",3`,
      `"2016/17",1,"Dorest",${OBSCENE},"86",3`,
      `"2016",1,"Kent",${OBSCENE},"86",3`,
      `"2016/17",5,"Kent",${OBSCENE},"86",3`,
      `"2016/17",2,"Kent",${OBSCENE},"86",three`,
      `"2016/17",1,"Dorset",${OBSCENE},"86",9`,
      `"2016/17",1,"Kent",${OBSCENE}`,
      `"2016/17",1,"Kent",${OBSCENE},"86",1,154`,
    ]);
    const { report } = aggregateHomeOfficeTable(rows, only86, resolver);
    expect(report.errors.map((error) => [error.line, error.reason])).toEqual([
      [8, 'unknown-force'],
      [9, 'bad-year'],
      [10, 'bad-quarter'],
      [11, 'non-numeric'],
      [12, 'duplicate'],
      [13, 'too-few-fields'],
      [14, 'too-many-fields'],
    ]);
    expect(report.unknownNames).toEqual([{ name: 'Dorest', lineCount: 1, lines: [8], suggestions: ['E23000039'] }]);
    expect(report.setAside).toEqual({ 'no-area': 1, 'offence-not-selected': 1 });
    expect(report.noAreaBodies).toEqual({ 'British Transport Police': 1 });
    expect(report.rowsRead).toBe(13);
    expect(report.rowsRead).toBe(report.rowsUsed + rowsRejected(report));
  });

  it('reports progress while it sums a long table', () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `"2016/17",${(i % 4) + 1},"Dorset",${OBSCENE},"${i}",1`);
    const fractions: number[] = [];
    aggregateHomeOfficeTable(table(lines), only86, resolver, 0, { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('sumHomeOfficeTable', () => {
  const HARASSMENT_2012 = '"Harassment","Violence against the person","Violence without injury"';
  const HARASSMENT_2013 = '"Harassment","Violence against the person","Stalking and harassment"';

  it('feeds every series in one pass, each row counted under the subgroup it carries in its own year', () => {
    const rows = table([
      ...year('2012/13', 'Dorset', HARASSMENT_2012, '8L', [1, 2, 3, 4]),
      ...year('2013/14', 'Dorset', HARASSMENT_2013, '8L', [10, 20, 30, 40]),
      ...year('2013/14', 'Dorset', OBSCENE, '86', [5, 5, 5, 5]),
    ]);
    const { sums, report } = sumHomeOfficeTable(rows, (offence) => [offence.subgroup, `code ${offence.code}`], resolver);
    const value = (series: string, yearText: string) => sums.get(series)?.get(`E23000039|${yearText}`)?.value;
    expect(value('Violence without injury', '2012/13')).toBe(10);
    expect(value('Violence without injury', '2013/14')).toBeUndefined();
    expect(value('Stalking and harassment', '2013/14')).toBe(100);
    expect(value('code 8L', '2012/13')).toBe(10);
    expect(value('code 8L', '2013/14')).toBe(100);
    expect(value('code 86', '2013/14')).toBe(20);
    expect(report.rowsUsed).toBe(12);
  });

  it('sets aside a row that feeds no series', () => {
    const rows = table([...year('2016/17', 'Dorset', OBSCENE, '86', [1, 1, 1, 1]), ...year('2016/17', 'Kent', OBSCENE, '86', [1, 1, 1, 1])]);
    const { sums, report } = sumHomeOfficeTable(rows, (offence, yearText) => (yearText === '2016/17' ? [offence.code] : []), resolver);
    expect(report.setAside['offence-not-selected']).toBe(0);
    expect(sums.get('86')?.size).toBe(2);
    const none = sumHomeOfficeTable(rows, () => [], resolver);
    expect(none.report.setAside['offence-not-selected']).toBe(8);
    expect(none.sums.size).toBe(0);
  });
});

describe('yearFigure', () => {
  const whole = { code: 'E23000039', year: '2016/17', value: 12, quarters: 0b1111, unpublished: 0 };
  it('gives the sum of four published quarters, zero included', () => {
    expect(yearFigure(whole)).toEqual({ value: 12 });
    expect(yearFigure({ ...whole, value: 0 })).toEqual({ value: 0 });
  });

  it('gives not published, with the reason, for a missing or withheld quarter or a sum below zero', () => {
    expect(yearFigure({ ...whole, quarters: 0b1011 })).toEqual({ value: null, note: 'only 3 of 4 quarters published' });
    expect(yearFigure({ ...whole, unpublished: 2 })).toEqual({ value: null, note: '2 of 4 quarters not published' });
    expect(yearFigure({ ...whole, value: -3 })).toEqual({ value: null, note: 'the quarters sum to -3' });
  });
});
