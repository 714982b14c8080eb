import { describe, expect, it } from 'vitest';
import { seriesBreaks } from '../../data/home-office-datasets';
import type { CatalogueSeries } from '../../data/home-office-series';
import { datasetSchema } from '../../src/datasets/dataset';
import { offenceFileStem } from '../../src/datasets/offence-catalog';
import { readGeneratedJson } from '../helpers';
import { en } from '../../src/i18n/en';
import { cy } from '../../src/i18n/cy';

const YEARS = ['2015/16', '2016/17', '2017/18'];

/** A series of one force whose figures run from `firstYear` over `values`, one a year. */
function series(entry: Record<string, string>, firstYear: string, values: number[]): CatalogueSeries {
  const lastYear = YEARS[YEARS.indexOf(firstYear) + values.length - 1]!;
  return {
    entry: { ratePer: 100_000, firstYear, lastYear, ...entry } as Extract<CatalogueSeries, { figures: Map<string, unknown> }>['entry'],
    figures: new Map([['E23000001', values.map((value) => ({ value }))]]),
  };
}

const ALL = { id: 'all', kind: 'all', name: 'All police recorded crime, excluding fraud' };
const GROUP = { id: 'group:theft-offences', kind: 'group', name: 'Theft offences' };
const SUBGROUP = { id: 'subgroup:domestic-burglary', kind: 'subgroup', name: 'Domestic burglary', group: 'Theft offences' };
const code = (id: string, name: string) => ({ id, kind: 'code', name, code: id, group: 'Theft offences', subgroup: 'Domestic burglary' });

describe('seriesBreaks: a code that starts or stops within a series that counts it', () => {
  // Totals of 1,000 a year in the subgroup, 10,000 in the group and 100,000 in all crime.
  const containers = [
    series(ALL, '2015/16', [100_000, 100_000, 100_000]),
    series(GROUP, '2015/16', [10_000, 10_000, 10_000]),
    series(SUBGROUP, '2015/16', [1000, 1000, 1000]),
  ];

  it('breaks the subgroup, group and all crime where the code is 1% or more of each, naming the code and the years', () => {
    // 500 in 2017/18: 50% of the subgroup, 5% of the group, 0.5% of all crime.
    const breaks = seriesBreaks([...containers, series(code('28E', 'Burglary Residential'), '2017/18', [500])], YEARS);
    const broken = { kind: 'codes', after: '2016/17', next: '2017/18', stopped: [], started: [{ code: '28E', name: 'Burglary Residential' }] };
    expect(breaks.get('subgroup:domestic-burglary')).toEqual([broken]);
    expect(breaks.get('group:theft-offences')).toEqual([broken]);
    expect(breaks.has('all')).toBe(false);
    expect(breaks.has('28E')).toBe(false);
  });

  it('says where codes stop, and joins the codes of one year in one break', () => {
    const breaks = seriesBreaks(
      [
        ...containers,
        series(code('28A', 'Burglary in a dwelling'), '2015/16', [600, 600]),
        series(code('28B', 'Attempted burglary in a dwelling'), '2015/16', [100, 100]),
        series(code('28E', 'Burglary Residential'), '2017/18', [700]),
      ],
      YEARS,
    );
    const [found, ...others] = breaks.get('subgroup:domestic-burglary')!;
    expect(others).toEqual([]);
    expect(found).toEqual({
      kind: 'codes',
      after: '2016/17',
      next: '2017/18',
      stopped: [
        { code: '28A', name: 'Burglary in a dwelling' },
        { code: '28B', name: 'Attempted burglary in a dwelling' },
      ],
      started: [{ code: '28E', name: 'Burglary Residential' }],
    });
    expect(en.series.break(found!)).toBe(
      'codes 28A (Burglary in a dwelling) and 28B (Attempted burglary in a dwelling) have no figures after 2016/17, and code 28E (Burglary Residential) first has figures in 2017/18',
    );
    expect(cy.series.break(found!)).toBe(
      'nid oes gan godau 28A (Burglary in a dwelling) a 28B (Attempted burglary in a dwelling) ffigurau ar ôl 2016/17, ac mae gan god 28E (Burglary Residential) ffigurau am y tro cyntaf yn 2017/18',
    );
  });

  it('leaves alone a start or stop under 1% of the series: a year with none of a rare offence', () => {
    // 9 of the subgroup's 1,000 (0.9%) in its first year, then it stops after 5 of 1,000.
    const breaks = seriesBreaks(
      [...containers, series(code('28D', 'Attempted distraction burglary'), '2016/17', [9]), series(code('28C', 'Distraction burglary'), '2015/16', [10, 5])],
      YEARS,
    );
    expect(breaks.has('subgroup:domestic-burglary')).toBe(false);
  });

  it('breaks all crime for a code of another group, but not for one of the fraud group, which all crime leaves out', () => {
    const fraud = { id: 'group:fraud-offences', kind: 'group', name: 'Fraud offences' };
    const breaks = seriesBreaks(
      [
        series(ALL, '2015/16', [1000, 1000, 1000]),
        series(GROUP, '2015/16', [500, 500, 500]),
        series(fraud, '2015/16', [100, 100, 100]),
        series({ id: '53Z', kind: 'code', name: 'A fraud', code: '53Z', group: 'Fraud offences', subgroup: 'Fraud' }, '2017/18', [50]),
        series(code('28E', 'Burglary Residential'), '2016/17', [20, 20]),
      ],
      YEARS,
    );
    expect(breaks.get('group:fraud-offences')).toEqual([
      { kind: 'codes', after: '2016/17', next: '2017/18', stopped: [], started: [{ code: '53Z', name: 'A fraud' }] },
    ]);
    // 20 of 1,000 (2%) in 2016/17.
    expect(breaks.get('all')).toEqual([
      { kind: 'codes', after: '2015/16', next: '2016/17', stopped: [], started: [{ code: '28E', name: 'Burglary Residential' }] },
    ]);
  });
});

describe('seriesBreaks on the shipped Home Office series', () => {
  // The codes' first and last years and their shares of each series were worked out in python3 from
  // data/home-office/offences.csv and data/home-office/figures/*.csv (sums over the 43 forces).
  const breaksOf = (id: string) => datasetSchema.parse(readGeneratedJson(`offences/${offenceFileStem(id)}.json`)).meta.offence?.breaks ?? [];

  it('breaks domestic burglary after 2016/17, where the Home Office replaced its codes (28A–28C and 29 by 28E, 28F and 29A)', () => {
    const [found, ...others] = breaksOf('subgroup:domestic-burglary');
    expect(others).toEqual([]);
    expect(found?.after).toBe('2016/17');
    // 28D (0.2%), 28G (0.9%) and 28H (0.1%) are under 1% of the subgroup.
    expect(found?.kind === 'codes' && found.stopped.map(({ code }) => code)).toEqual(['28A', '28B', '28C', '29']);
    expect(found?.kind === 'codes' && found.started.map(({ code }) => code)).toEqual(['28E', '28F', '29A']);
  });

  it('breaks stalking and harassment where stalking (8Q), malicious communications (8R) and coercive control (8U) first have figures', () => {
    expect(breaksOf('subgroup:stalking-and-harassment').map(({ after }) => after)).toEqual(['2012/13', '2012/13', '2013/14', '2016/17', '2019/20']);
  });

  it('does not break homicide for infanticide (4.2), 1 offence in 2014/15 and 5 in 2021/22', () => {
    expect(breaksOf('subgroup:homicide').map(en.series.break).join(' ')).not.toContain('4.2 (Infanticide)');
  });
});
