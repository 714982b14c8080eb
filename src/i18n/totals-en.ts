import { formatCount } from '../format/format-number';

/** Words the publisher wrote (a release's name, an area as it named it), shown as published: in English, marked so inside Welsh. */
export interface AsPublished {
  en: string;
}

/** A sentence with the publisher's own words in it. */
export type Phrase = readonly (string | AsPublished)[];

/** "A, B and C": `and` is the word before the last item (Welsh "a" becomes "ac" before a vowel). */
export function listed(items: readonly string[], and: (next: string) => string): Phrase {
  return items.flatMap((item, index): Phrase => [...(index === 0 ? [] : [index === items.length - 1 ? ` ${and(item)} ` : ', ']), { en: item }]);
}

/**
 * The words of the totals a publisher gave (the panel for a region or
 * England and Wales, and the profile's list), in English. They load with
 * what shows them, after the first map; totals-cy.ts has exactly these
 * keys (checked by test/i18n/catalogue.test.ts). Numbers come in written
 * as both languages write them.
 */
export const totalsEn = {
  heading: (place: string | undefined) => (place ? `Totals the publisher gave for ${place}` : 'Totals the publisher gave'),
  /** The areas beyond the map the publisher gave totals for, by the publisher's name for them. */
  beyondTheMapNames: { 'United Kingdom': 'United Kingdom', 'Great Britain': 'Great Britain' } as Record<string, string>,
  total: (area: string | AsPublished, period: string, value: string, lowerBound: boolean): Phrase => [
    area,
    `, ${period}: ${lowerBound ? 'more than ' : ''}${value}`,
  ],
  period: (first: string, last: string) => (first === last ? first : `${first} to ${last}`),
  published: (release: string | undefined): Phrase => (release ? ['published (', { en: release }, ')'] : ['published']),
  beyondTheMap: (area: string) => `, for the whole ${area}. This map shows England and Wales only, so no sum of its figures is set beside it.`,
  forcesNotListed: '. The publisher did not say which forces it covers, so no sum of the figures here is set beside it.',
  noFigure: (forceCount: number) =>
    forceCount === 1 ? '. Its force has no figure here for that period.' : `. None of its ${formatCount(forceCount)} forces has a figure here for that period.`,
  /** The sum of the figures here; `releases` are named only when they are not all the total's own. */
  sum: (forceCount: number, sum: string, releases: readonly string[], complete: number): Phrase => [
    `. The figures here for its ${forceCount === 1 ? 'force' : `${formatCount(forceCount)} forces`} add up to ${sum}`,
    ...(releases.length === 0 ? [] : [', from the ', ...listed(releases, () => 'and'), ` release${releases.length === 1 ? '' : 's'}`]),
    `; ${
      forceCount === 1
        ? complete === 1
          ? 'it has a figure'
          : 'it does not have a figure'
        : `${complete} of the ${forceCount} ${complete === 1 ? 'has' : 'have'} a figure`
    } for every year of the period.`,
  ],
};

export type TotalsWords = typeof totalsEn;
