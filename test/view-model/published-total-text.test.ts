import { describe, expect, it } from 'vitest';
import type { PublishedTotal } from '../../src/datasets/dataset';
import { publishedTotalText } from '../../src/view-model/published-total-text';

/** The dataset's sources: the totals here come from the first. */
const RELEASES = [{ release: 'NSPCC FOI Nov 2021', url: 'https://example.org/nov-2021' }];

const textOf = (comparison: Parameters<typeof publishedTotalText>[0]) => publishedTotalText(comparison, RELEASES);

const total = (change: Partial<PublishedTotal>): PublishedTotal => ({
  area: 'South West',
  firstYear: '2016/17',
  lastYear: '2020/21',
  value: 6852,
  lowerBound: false,
  codes: [],
  source: 0,
  ...change,
});

describe('publishedTotalText', () => {
  it('sets the published total beside what the figures here add up to', () => {
    expect(textOf({ total: total({}), sumOfFigures: 5156, forcesComplete: 2, forceCount: 5 })).toEqual({
      heading: 'South West, 2016/17 to 2020/21: 6,852',
      text: 'published (NSPCC FOI Nov 2021). The figures here for its 5 forces add up to 5,156; 2 of the 5 have a figure for every year of the period.',
    });
  });

  it('names the releases a sum is made of when they are not the total’s own (the North West’s 2016/17: Cheshire Nov 2021, Lancashire Feb 2023)', () => {
    const northWest = total({ area: 'North West excluding Cumbria', firstYear: '2016/17', lastYear: '2016/17', value: 2107 });
    const { text } = publishedTotalText(
      { total: northWest, sumOfFigures: 817, forcesComplete: 2, forceCount: 4, releasesSummed: ['NSPCC FOI Feb 2023', 'NSPCC FOI Nov 2021'] },
      [{ release: 'NSPCC FOI Feb 2023' }],
    );
    expect(text).toBe(
      'published (NSPCC FOI Feb 2023). The figures here for its 4 forces add up to 817, from the NSPCC FOI Feb 2023 and NSPCC FOI Nov 2021 releases; 2 of the 4 have a figure for every year of the period.',
    );
  });

  it('names the one release of a sum when it is not the total’s', () => {
    const { text } = textOf({ total: total({}), sumOfFigures: 370, forcesComplete: 0, forceCount: 5, releasesSummed: ['NSPCC FOI Mar 2024'] });
    expect(text).toContain('add up to 370, from the NSPCC FOI Mar 2024 release;');
  });

  it('agrees the verb with a count of one', () => {
    const { text } = textOf({
      total: total({ area: 'Avon and Somerset; Gloucestershire; Wiltshire', firstYear: '2017/18', lastYear: '2017/18', value: 662 }),
      sumOfFigures: 370,
      forcesComplete: 1,
      forceCount: 3,
    });
    expect(text).toBe('published (NSPCC FOI Nov 2021). The figures here for its 3 forces add up to 370; 1 of the 3 has a figure for every year of the period.');
  });

  it('says "more than" for a lower bound, and names a single year once', () => {
    const { heading } = textOf({
      total: total({ firstYear: '2021/22', lastYear: '2021/22', value: 2700, lowerBound: true }),
      sumOfFigures: 10,
      forcesComplete: 1,
      forceCount: 5,
    });
    expect(heading).toBe('South West, 2021/22: more than 2,700');
  });

  it('says no force has a figure, never that they add up to 0', () => {
    const { text } = textOf({ total: total({}), sumOfFigures: null, forcesComplete: 0, forceCount: 5 });
    expect(text).toBe('published (NSPCC FOI Nov 2021). None of its 5 forces has a figure here for that period.');
    expect(text).not.toMatch(/\b0\b/);
  });

  it('speaks of one force in the singular', () => {
    const wiltshire = total({ area: 'Wiltshire', value: 1329 });
    expect(textOf({ total: wiltshire, sumOfFigures: 300, forcesComplete: 0, forceCount: 1 }).text).toBe(
      'published (NSPCC FOI Nov 2021). The figures here for its force add up to 300; it does not have a figure for every year of the period.',
    );
    expect(textOf({ total: wiltshire, sumOfFigures: null, forcesComplete: 0, forceCount: 1 }).text).toBe(
      'published (NSPCC FOI Nov 2021). Its force has no figure here for that period.',
    );
  });
});
