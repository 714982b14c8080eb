import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedTotal } from '../../src/datasets/dataset';
import { useLanguage } from '../../src/i18n/language';
import { publishedTotalText } from '../../src/view-model/published-total-text';
import { forceTable } from '../helpers';
import { plainPhrase, plainTotal } from './plain-totals';

/** The dataset's sources: the totals here come from the first. */
const RELEASES = [{ release: 'NSPCC FOI Nov 2021', url: 'https://example.org/nov-2021' }];

const forces = forceTable.forces;
const textOf = (comparison: Parameters<typeof publishedTotalText>[0]) => plainTotal(publishedTotalText(comparison, RELEASES, forces));

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
    const { text } = plainTotal(
      publishedTotalText(
        { total: northWest, sumOfFigures: 817, forcesComplete: 2, forceCount: 4, releasesSummed: ['NSPCC FOI Feb 2023', 'NSPCC FOI Nov 2021'] },
        [{ release: 'NSPCC FOI Feb 2023' }],
        forces,
      ),
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

  it('says a total for more than the map (the United Kingdom) is set beside no sum', () => {
    const uk = total({ area: 'United Kingdom', value: 107555 });
    expect(textOf({ total: uk, sumOfFigures: null, forcesComplete: 0, forceCount: 0, uncomparable: 'beyond-the-map' })).toEqual({
      heading: 'United Kingdom, 2016/17 to 2020/21: 107,555',
      text: 'published (NSPCC FOI Nov 2021), for the whole United Kingdom. This map shows England and Wales only, so no sum of its figures is set beside it.',
    });
  });

  it('says why a total whose forces the publisher did not list is set beside no sum', () => {
    const northWest = total({ area: 'North West', value: 11000, lowerBound: true });
    expect(textOf({ total: northWest, sumOfFigures: null, forcesComplete: 0, forceCount: 0, uncomparable: 'forces-not-listed' })).toEqual({
      heading: 'North West, 2016/17 to 2020/21: more than 11,000',
      text: 'published (NSPCC FOI Nov 2021). The publisher did not say which forces it covers, so no sum of the figures here is set beside it.',
    });
  });

  it('keeps the publisher’s own words apart: the release’s name, and an area the atlas has no name for', () => {
    const northWest = total({ area: 'North West excluding Cumbria', firstYear: '2016/17', lastYear: '2016/17', value: 2107 });
    const { heading, text } = publishedTotalText({ total: northWest, sumOfFigures: 817, forcesComplete: 2, forceCount: 4 }, RELEASES, forces);
    expect(heading).toEqual([{ en: 'North West excluding Cumbria' }, ', 2016/17: 2,107']);
    expect(text.slice(0, 3)).toEqual(['published (', { en: 'NSPCC FOI Nov 2021' }, ')']);
    expect(publishedTotalText({ total: total({}), sumOfFigures: 1, forcesComplete: 0, forceCount: 5 }, RELEASES, forces).heading[0]).toBe('South West');
  });
});

describe('publishedTotalText in Welsh', () => {
  beforeAll(() => useLanguage('cy', () => import('../../src/i18n/cy')));
  afterAll(() => useLanguage('en', () => import('../../src/i18n/cy')));

  it('names the region in Welsh and sets the sum beside the total', () => {
    expect(textOf({ total: total({}), sumOfFigures: 5156, forcesComplete: 2, forceCount: 5 })).toEqual({
      heading: 'De-orllewin Lloegr, 2016/17 i 2020/21: 6,852',
      text: 'a gyhoeddwyd (NSPCC FOI Nov 2021). Mae’r ffigurau yma ar gyfer ei 5 heddlu yn dod i gyfanswm o 5,156; mae gan 2 o’r 5 ffigur ar gyfer pob blwyddyn o’r cyfnod.',
    });
  });

  it('keeps the release names as published, marked as English, joined by "a", and "ac" before a vowel', () => {
    const northWest = total({ area: 'North West excluding Cumbria', firstYear: '2016/17', lastYear: '2016/17', value: 2107 });
    const { heading, text } = publishedTotalText(
      { total: northWest, sumOfFigures: 817, forcesComplete: 2, forceCount: 4, releasesSummed: ['NSPCC FOI Feb 2023', 'NSPCC FOI Nov 2021'] },
      [{ release: 'NSPCC FOI Feb 2023' }],
      forces,
    );
    expect(heading).toEqual([{ en: 'North West excluding Cumbria' }, ', 2016/17: 2,107']);
    expect(text).toContainEqual({ en: 'NSPCC FOI Nov 2021' });
    expect(plainPhrase(text)).toBe(
      'a gyhoeddwyd (NSPCC FOI Feb 2023). Mae’r ffigurau yma ar gyfer ei 4 heddlu yn dod i gyfanswm o 817, o’r datganiadau NSPCC FOI Feb 2023 a NSPCC FOI Nov 2021; mae gan 2 o’r 4 ffigur ar gyfer pob blwyddyn o’r cyfnod.',
    );
    const three = ['NSPCC FOI Sep 2018', 'NSPCC FOI Nov 2021', 'ONS mid-year estimates'];
    expect(textOf({ total: total({}), sumOfFigures: 370, forcesComplete: 0, forceCount: 5, releasesSummed: three }).text).toContain(
      'i gyfanswm o 370, o’r datganiadau NSPCC FOI Sep 2018, NSPCC FOI Nov 2021 ac ONS mid-year estimates;',
    );
    expect(textOf({ total: total({}), sumOfFigures: 370, forcesComplete: 0, forceCount: 5, releasesSummed: ['NSPCC FOI Mar 2024'] }).text).toContain(
      'i gyfanswm o 370, o’r datganiad NSPCC FOI Mar 2024;',
    );
  });

  it('speaks of one force in the singular, with and without a figure every year', () => {
    const wiltshire = total({ area: 'Wiltshire', value: 1329 });
    expect(textOf({ total: wiltshire, sumOfFigures: 300, forcesComplete: 0, forceCount: 1 })).toEqual({
      heading: 'Wiltshire, 2016/17 i 2020/21: 1,329',
      text: 'a gyhoeddwyd (NSPCC FOI Nov 2021). Mae’r ffigurau yma ar gyfer ei heddlu yn dod i gyfanswm o 300; nid oes ganddo ffigur ar gyfer pob blwyddyn o’r cyfnod.',
    });
    expect(textOf({ total: wiltshire, sumOfFigures: 1329, forcesComplete: 1, forceCount: 1 }).text).toContain(
      '; mae ganddo ffigur ar gyfer pob blwyddyn o’r cyfnod.',
    );
    expect(textOf({ total: wiltshire, sumOfFigures: null, forcesComplete: 0, forceCount: 1 }).text).toBe(
      'a gyhoeddwyd (NSPCC FOI Nov 2021). Nid oes gan ei heddlu ffigur yma ar gyfer y cyfnod hwnnw.',
    );
  });

  it('says none of several forces has a figure, never a sum of 0', () => {
    const { text } = textOf({ total: total({}), sumOfFigures: null, forcesComplete: 0, forceCount: 5 });
    expect(text).toBe('a gyhoeddwyd (NSPCC FOI Nov 2021). Nid oes gan yr un o’i 5 heddlu ffigur yma ar gyfer y cyfnod hwnnw.');
    expect(text).not.toMatch(/\b0\b/);
  });

  it('says "mwy na" for a lower bound, and names a single year once', () => {
    const { heading } = textOf({
      total: total({ firstYear: '2021/22', lastYear: '2021/22', value: 2700, lowerBound: true }),
      sumOfFigures: 10,
      forcesComplete: 1,
      forceCount: 5,
    });
    expect(heading).toBe('De-orllewin Lloegr, 2021/22: mwy na 2,700');
  });

  it('names the United Kingdom, England and Wales and the Welsh forces in Welsh, and says why no sum is set beside a total', () => {
    const uk = total({ area: 'United Kingdom', value: 107555 });
    expect(textOf({ total: uk, sumOfFigures: null, forcesComplete: 0, forceCount: 0, uncomparable: 'beyond-the-map' })).toEqual({
      heading: 'Y Deyrnas Unedig, 2016/17 i 2020/21: 107,555',
      text: 'a gyhoeddwyd (NSPCC FOI Nov 2021), ar gyfer y Deyrnas Unedig gyfan. Dim ond Cymru a Lloegr y mae’r map hwn yn eu dangos, felly ni roddir swm o’i ffigurau wrth ei ymyl.',
    });
    const northWest = total({ area: 'North West', value: 11000, lowerBound: true });
    expect(textOf({ total: northWest, sumOfFigures: null, forcesComplete: 0, forceCount: 0, uncomparable: 'forces-not-listed' })).toEqual({
      heading: 'Gogledd-orllewin Lloegr, 2016/17 i 2020/21: mwy na 11,000',
      text: 'a gyhoeddwyd (NSPCC FOI Nov 2021). Ni ddywedodd y cyhoeddwr pa heddluoedd y mae’n eu cwmpasu, felly ni roddir swm o’r ffigurau yma wrth ei ymyl.',
    });
    const headingOf = (area: string) =>
      textOf({ total: total({ area, firstYear: '2016/17', lastYear: '2016/17', value: 1437 }), sumOfFigures: 1, forcesComplete: 0, forceCount: 2 }).heading;
    expect(headingOf('Wales')).toBe('Cymru, 2016/17: 1,437');
    expect(headingOf('England and Wales')).toBe('Cymru a Lloegr, 2016/17: 1,437');
    expect(headingOf('Dyfed-Powys; Gwent')).toBe('Heddlu Dyfed-Powys; Heddlu Gwent, 2016/17: 1,437');
    expect(headingOf('Avon and Somerset; Gloucestershire; Wiltshire')).toBe('Avon and Somerset; Gloucestershire; Wiltshire, 2016/17: 1,437');
  });
});
