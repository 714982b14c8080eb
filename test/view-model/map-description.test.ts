import { describe, expect, it } from 'vitest';
import { exportModelFor, nspcc } from '../export/picture-fixture';

const DORSET = 'E23000039';
const describeView = (...args: Parameters<typeof exportModelFor>) => {
  const model = exportModelFor(...args);
  return model.picture(model.yearIndex).description;
};

/*
 * Every figure below was worked out in python3 from the committed tables
 * (data/home-office/figures/miscellaneous-crimes-against-society.csv,
 * data/population.csv, data/nspcc-foi-figures.csv, data/forces.csv),
 * without the app's code: a rate is count / mid-year population × 100,000;
 * the England and Wales rate sums the counts and people of the forces with
 * both; a change is (this year − last year) / last year × 100.
 */
describe('mapDescription: one paragraph made from the figures shown', () => {
  it('code 86 rates in 2022/23: Cleveland highest (115.14), Hertfordshire lowest (41.67), England and Wales 67.19 over 42 forces, the City of London without a figure', () => {
    expect(describeView({})).toBe(
      'Map of offences per 100,000 people by police force area, England and Wales, 2022/23. ' +
        'Highest: Cleveland, 115.1 per 100,000 people. Lowest: Hertfordshire, 41.7 per 100,000 people. ' +
        'England and Wales: 67.2 per 100,000 people (the 42 forces with a figure). ' +
        '1 force has no figure: City of London.',
    );
  });

  it("the South West with Dorset chosen: Dorset's place among the region's 5 forces (5th, 43.43) and its change (341 from 364: −6.3%)", () => {
    expect(describeView({ region: 'South West', force: DORSET })).toBe(
      'Map of offences per 100,000 people by police force area, the South West, 2022/23. ' +
        'Highest: Gloucestershire, 90.6 per 100,000 people. Lowest: Dorset, 43.4 per 100,000 people. ' +
        'England and Wales: 67.2 per 100,000 people (the 42 forces with a figure). ' +
        'Dorset: 43.4 per 100,000 people, 5th highest of 5 forces with a figure. Offences down 6.3% from 2021/22. ' +
        'All 5 forces have a figure.',
    );
  });

  it('counts in 2016/17 (another measure, another year): the Metropolitan Police highest (1,409), the City of London lowest (4), a total of 18,834', () => {
    expect(describeView({ measure: 'count', year: '2016/17' })).toBe(
      'Map of number of offences by police force area, England and Wales, 2016/17. ' +
        'Highest: Metropolitan Police, 1,409 offences. Lowest: City of London, 4 offences. ' +
        'England and Wales: 18,834 offences in total. All 43 forces have a figure.',
    );
  });

  it('change from the previous year in Wales, 2016/17 (a rise: South Wales +91.7%, North Wales +33.0%; England and Wales 18,834 from 13,091, +43.9%)', () => {
    const text = describeView({ measure: 'change-previous', year: '2016/17', region: 'Wales', force: 'W15000002' });
    expect(text).toContain('Highest: South Wales, +91.7%. Lowest: North Wales, +33.0%.');
    expect(text).toContain('England and Wales: +43.9%.');
    // Gwent: 239 from 141, +69.5%, the 2nd of Wales's 4.
    expect(text).toContain('Gwent: +69.5%, 2nd highest of 4 forces with a figure. Offences up 69.5% from 2015/16.');
  });

  it('the NSPCC figures for 2020/21 in the South West (sparse): 3 forces without a figure, named; the total of the 6 forces that have one (3,137)', () => {
    expect(describeView({ region: 'South West', force: DORSET, year: '2020/21', measure: 'count' }, nspcc)).toBe(
      'Map of number of offences by police force area, the South West, 2020/21. ' +
        'Highest: Devon and Cornwall, 931 offences. Lowest: Dorset, 212 offences. ' +
        'England and Wales: 3,137 offences in total (the 6 forces with a figure). ' +
        'Dorset: 212 offences, 2nd highest of 2 forces with a figure. Offences down 6.2% from 2019/20. ' +
        '3 forces have no figure: Avon and Somerset, Gloucestershire and Wiltshire.',
    );
  });

  it('a force without a figure is said to have none, and no change is made up for it', () => {
    const text = describeView({ region: 'South West', force: 'E23000038', year: '2020/21', measure: 'count' }, nspcc);
    expect(text).toContain('Wiltshire: no figure. Offences: no change from the year before can be worked out.');
  });
});
