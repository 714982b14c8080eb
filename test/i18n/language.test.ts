import { afterEach, describe, expect, it } from 'vitest';
import { languageOfBrowser, pageLanguage, t, useLanguage } from '../../src/i18n/language';

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
