import { plainMessage } from '../../src/format/user-text';
import { describe, expect, it } from 'vitest';
import { homeOfficeFiles, readHomeOfficeFiles } from '../../data/home-office-files';
import { compareOffenceCodes, deriveHomeOfficeSeries, type HomeOfficeData } from '../../data/home-office-series';
import { createForceNameResolver } from '../../src/forces/resolve-force-name';
import { HOME_OFFICE_COLUMNS } from '../../src/ingest/home-office-table';
import { parseDelimited } from '../../src/ingest/parse-delimited';
import { forceTable } from '../helpers';

const DORSET = 'E23000039';
const KENT = 'E23000032';
const FACTS = {
  source: 'Home Office',
  url: 'https://example.org/table',
  releaseDate: '2023-10-19',
  label: 'Home Office open data tables, 19 October 2023',
  licence: 'OGL',
};

const VIOLENCE = 'Violence against the person';
const THEFT = 'Theft offences';
const MISC = 'Miscellaneous crimes against society';
const FRAUD = 'Fraud offences';

/** A force's four quarters of one offence in one year (fewer when fewer values are given). */
function quarters(year: string, force: string, offence: [description: string, group: string, subgroup: string, code: string], values: number[]): string[] {
  return values.map((value, i) => [year, String(i + 1), force, ...offence, String(value)].map((field) => `"${field}"`).join(','));
}

/** 2012/13 and 2013/14 whole, 2014/15 with its first quarter only. */
const TABLE = [
  HOME_OFFICE_COLUMNS.join(','),
  // 86: Kent's 2012/13 quarters sum below zero, and Kent has no rows in 2013/14.
  ...quarters('2012/13', 'Dorset', ['Obscene publications etc', MISC, MISC, '86'], [10, 20, 30, 40]),
  ...quarters('2012/13', 'Kent', ['Obscene publications etc', MISC, MISC, '86'], [0, -1, 0, 0]),
  ...quarters('2013/14', 'Dorset', ['Obscene publications etc', MISC, MISC, '86'], [1, 2, 3, 4]),
  // 8L moved from Violence without injury to Stalking and harassment in 2013/14.
  ...quarters('2012/13', 'Dorset', ['Harassment', VIOLENCE, 'Violence without injury', '8L'], [1, 1, 1, 1]),
  ...quarters('2012/13', 'Kent', ['Harassment', VIOLENCE, 'Violence without injury', '8L'], [2, 2, 2, 2]),
  ...quarters('2013/14', 'Dorset', ['Harassment', VIOLENCE, 'Stalking and harassment', '8L'], [5, 5, 5, 5]),
  ...quarters('2013/14', 'Kent', ['Harassment', VIOLENCE, 'Stalking and harassment', '8L'], [6, 6, 6, 6]),
  // 28A counts offences in 2012/13 only, then becomes outcome only.
  ...quarters('2012/13', 'Dorset', ['Burglary in a dwelling', THEFT, 'Domestic burglary', '28A'], [3, 3, 3, 3]),
  ...quarters('2013/14', 'Dorset', ['Burglary in a dwelling (outcome only)', THEFT, 'Domestic burglary', '28A'], [0, 0, 0, 0]),
  ...quarters('2014/15', 'Dorset', ['Burglary in a dwelling (outcome only)', THEFT, 'Domestic burglary', '28A'], [0]),
  // 28I counts only in the partial year.
  ...quarters('2014/15', 'Dorset', ['Residential burglary of a home', THEFT, 'Domestic burglary', '28I'], [7]),
  // 12: outcomes only, never an offence in a year's total; Kent's quarters are corrected up and down within the year (as Cheshire's 2012/13 of code 65 are).
  ...quarters('2012/13', 'Dorset', ['Abandoning child under two years (outcomes only)', VIOLENCE, 'Violence without injury', '12'], [0, 0, 0, 0]),
  ...quarters('2012/13', 'Kent', ['Abandoning child under two years (outcomes only)', VIOLENCE, 'Violence without injury', '12'], [1, 0, -1, 0]),
  // Fraud: forces until 2012/13, then bodies with no area.
  ...quarters('2012/13', 'Dorset', ['Preserved other fraud', FRAUD, 'Fraud offences to 2012/13', '53B'], [4, 0, 0, 0]),
  ...quarters('2013/14', 'Action Fraud', ['Fraud offences recorded by Action Fraud', FRAUD, 'Fraud: Action Fraud', 'AF'], [100, 100, 100, 100]),
  ...quarters('2013/14', 'British Transport Police', ['Obscene publications etc', MISC, MISC, '86'], [9, 9, 9, 9]),
].join('\n');

const derive = () =>
  deriveHomeOfficeSeries(parseDelimited(TABLE), createForceNameResolver(forceTable), [KENT, DORSET], { path: '/sources/table.csv', facts: FACTS });
const entry = (data: HomeOfficeData, id: string) => data.series.find((series) => series.entry.id === id);
const figures = (data: HomeOfficeData, id: string, force: string) => entry(data, id)?.figures?.get(force);

describe('deriveHomeOfficeSeries', () => {
  const data = derive();

  it('records the release: its full and partial years, the bodies left out and their rows', () => {
    expect(data.release).toEqual({
      ...FACTS,
      table: { file: 'table.csv', rows: 58 },
      years: ['2012/13', '2013/14'],
      partialYears: [{ year: '2014/15', quarters: 1 }],
      leftOut: [
        { body: 'Action Fraud', rows: 4 },
        { body: 'British Transport Police', rows: 4 },
      ],
    });
  });

  it('sums quarters to years; a sum below zero, or a force with no rows, is not published, with the reason', () => {
    expect(figures(data, '86', DORSET)).toEqual([{ value: 100 }, { value: 10 }]);
    expect(figures(data, '86', KENT)).toEqual([
      { value: null, note: 'the quarters sum to -1' },
      { value: null, note: 'the table has no rows for this force and year' },
    ]);
  });

  it('counts each row under the subgroup it carries in its own year, and says where a code moved', () => {
    expect(figures(data, 'subgroup:violence-without-injury', KENT)).toEqual([{ value: 8 }]);
    expect(figures(data, 'subgroup:stalking-and-harassment', KENT)).toEqual([{ value: 24 }]);
    expect(figures(data, '8L', KENT)).toEqual([{ value: 8 }, { value: 24 }]);
    expect(entry(data, '8L')?.entry).toMatchObject({ subgroup: 'Stalking and harassment', note: 'counted under Violence without injury until 2012/13' });
    expect(entry(data, 'subgroup:stalking-and-harassment')?.entry).toMatchObject({ firstYear: '2013/14', lastYear: '2013/14' });
  });

  it('ends a series at its last year with an offence: 28A is named by its counting description and noted as outcomes only since', () => {
    expect(entry(data, '28A')?.entry).toMatchObject({
      name: 'Burglary in a dwelling',
      firstYear: '2012/13',
      lastYear: '2012/13',
      note: 'the Home Office has described it as outcomes only since 2013/14',
    });
    expect(figures(data, '28A', DORSET)).toEqual([{ value: 12 }]);
  });

  it('sums every offence but fraud into all, and fraud recorded by forces into its group', () => {
    expect(figures(data, 'all', DORSET)).toEqual([{ value: 100 + 4 + 12 }, { value: 10 + 20 }]);
    expect(figures(data, 'group:fraud-offences', DORSET)).toEqual([{ value: 4 }]);
    expect(entry(data, 'group:fraud-offences')?.entry).toMatchObject({
      firstYear: '2012/13',
      lastYear: '2012/13',
      note: 'leaves out what is recorded nationally, not by police force area: Fraud: Action Fraud',
    });
  });

  it('does not offer a series with no offence in any full year, and says why', () => {
    const reasons = Object.fromEntries(data.series.filter((series) => !series.figures).map(({ entry }) => [entry.id, 'reason' in entry ? entry.reason : '']));
    expect(reasons).toEqual({
      '12': { kind: 'outcomes-only' },
      '28I': { kind: 'part-year', year: '2014/15', quarters: 1 },
      'subgroup:fraud-action-fraud': { kind: 'recorded-nationally' },
      AF: { kind: 'recorded-nationally' },
    });
  });

  it("lists all, then the groups in the Home Office's order, each followed by its subgroups and their codes", () => {
    expect(data.series.map(({ entry }) => entry.id)).toEqual([
      'all',
      'group:violence-against-the-person',
      'subgroup:violence-without-injury',
      '12',
      'subgroup:stalking-and-harassment',
      '8L',
      'group:theft-offences',
      'subgroup:domestic-burglary',
      '28A',
      '28I',
      'group:miscellaneous-crimes-against-society',
      'subgroup:miscellaneous-crimes-against-society',
      '86',
      'group:fraud-offences',
      'subgroup:fraud-offences-to-2012-13',
      '53B',
      'subgroup:fraud-action-fraud',
      'AF',
    ]);
    expect(entry(data, 'all')?.entry).toMatchObject({ kind: 'all', ratePer: 1000 });
    expect(entry(data, 'group:theft-offences')?.entry).toMatchObject({ kind: 'group', ratePer: 1000 });
    expect(entry(data, '28A')?.entry).toMatchObject({ kind: 'code', code: '28A', group: THEFT, subgroup: 'Domestic burglary', ratePer: 100_000 });
  });

  it('stops at a row in error, naming the table and the line', () => {
    const broken = `${TABLE}\n"2012/13","1","Dorest","Obscene publications etc","${MISC}","${MISC}","86","1"`;
    let message = '';
    try {
      deriveHomeOfficeSeries(parseDelimited(broken), createForceNameResolver(forceTable), [DORSET], { path: '/sources/table.csv', facts: FACTS });
    } catch (error) {
      message = plainMessage((error as Error).message);
    }
    expect(message).toMatch(/^\/sources\/table\.csv: 1 row\(s\) in error:\n {2}line 60: unknown force "Dorest"/);
  });

  it('writes files that read back as the same series', () => {
    const files = homeOfficeFiles(data);
    expect(readHomeOfficeFiles((file) => files.get(file)!, [KENT, DORSET])).toEqual(data);
  });
});

describe('compareOffenceCodes', () => {
  it('orders codes by their number, then the part after the point as a number, then the letters', () => {
    expect(['104', '8L', '4.10', '37.2', 'AF', '5D', '4.2', '1/4.1/4.10/4.2', '1', '4.1', '8Q'].sort(compareOffenceCodes)).toEqual([
      '1',
      '1/4.1/4.10/4.2',
      '4.1',
      '4.2',
      '4.10',
      '5D',
      '8L',
      '8Q',
      '37.2',
      '104',
      'AF',
    ]);
  });
});
