import { afterEach, describe, expect, it } from 'vitest';
import { compareNames, languageOfBrowser, pageLanguage, t, useLanguage as useLanguageWith } from '../../src/i18n/language';

/** As main.ts asks: the Welsh catalogue from its module. */
const useLanguage = (language: 'en' | 'cy') => useLanguageWith(language, () => import('../../src/i18n/cy'));

describe('the language of a first visit', () => {
  it('follows the first Welsh or English language the browser lists', () => {
    expect(languageOfBrowser(['cy-GB', 'en-GB'])).toBe('cy');
    expect(languageOfBrowser(['cy'])).toBe('cy');
    expect(languageOfBrowser(['en-GB', 'cy'])).toBe('en');
    // A language the atlas does not speak is passed over, not taken for English.
    expect(languageOfBrowser(['fr-FR', 'CY'])).toBe('cy');
    expect(languageOfBrowser(['de', 'fr'])).toBe('en');
    expect(languageOfBrowser([])).toBe('en');
  });
});

describe('the page language', () => {
  afterEach(() => useLanguage('en'));

  it('is English until Welsh is asked for, which loads the Welsh messages', async () => {
    expect(pageLanguage()).toBe('en');
    expect(t().header.share).toBe('Share');
    await useLanguage('cy');
    expect(pageLanguage()).toBe('cy');
    expect(t().header.share).toBe('Rhannu');
  });
});

describe('alphabetical order follows the language', () => {
  afterEach(() => useLanguage('en'));
  const sorted = (names: string[]) => [...names].sort(compareNames);

  it('in English, letter by letter, whatever the case', () => {
    expect(sorted(['lo', 'llan', 'Lyn'])).toEqual(['llan', 'lo', 'Lyn']);
    expect(sorted(['th', 'ty', 'ta'])).toEqual(['ta', 'th', 'ty']);
  });

  it('in Welsh, with ch, dd, ff, ng, ll, ph, rh and th as letters of their own', async () => {
    await useLanguage('cy');
    // The Welsh alphabet: a b c ch d dd e f ff g ng h i j l ll m n o p ph r rh s t th u w y.
    expect(sorted(['llan', 'lo', 'lyn'])).toEqual(['lo', 'lyn', 'llan']);
    expect(sorted(['ch', 'cy'])).toEqual(['cy', 'ch']);
    expect(sorted(['dd', 'dy', 'e'])).toEqual(['dy', 'dd', 'e']);
    expect(sorted(['ff', 'fy'])).toEqual(['fy', 'ff']);
    expect(sorted(['nu', 'ha', 'ng'])).toEqual(['ng', 'ha', 'nu']);
    expect(sorted(['ph', 'py'])).toEqual(['py', 'ph']);
    expect(sorted(['rh', 'ry', 's'])).toEqual(['ry', 'rh', 's']);
    expect(sorted(['th', 'ty', 'u'])).toEqual(['ty', 'th', 'u']);
    expect(sorted(['Heddlu Gwent', 'Heddlu Gogledd Cymru', 'Heddlu De Cymru', 'Heddlu Dyfed-Powys'])).toEqual([
      'Heddlu De Cymru',
      'Heddlu Dyfed-Powys',
      'Heddlu Gogledd Cymru',
      'Heddlu Gwent',
    ]);
  });
});
