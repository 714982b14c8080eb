import { describe, expect, it } from 'vitest';
import { aboutCy } from '../../src/i18n/about-cy';
import { aboutEn } from '../../src/i18n/about-en';
import { cy } from '../../src/i18n/cy';
import { en } from '../../src/i18n/en';

/** The catalogue: the page's words, and the About panel's, which load with the panel. */
const ENGLISH = { page: en, about: aboutEn };
const WELSH = { page: cy, about: aboutCy };

type Shape = { [key: string]: unknown };

/** Every message's path ("controls.views.map") with what it is: a string, or a function of so many arguments. */
function messagePaths(catalogue: Shape, prefix = ''): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') paths.set(path, value.trim() === '' ? 'empty string' : 'string');
    else if (typeof value === 'function') paths.set(path, `function of ${value.length}`);
    else if (value !== null && typeof value === 'object') for (const [inner, kind] of messagePaths(value as Shape, `${path}.`)) paths.set(inner, kind);
    else paths.set(path, typeof value);
  }
  return paths;
}

describe('the catalogue of messages', () => {
  it('has every message in both languages, of the same kind (a string, or a function of the same arguments)', () => {
    const english = messagePaths(ENGLISH);
    const welsh = messagePaths(WELSH);
    const missingInWelsh = [...english.keys()].filter((path) => !welsh.has(path));
    const missingInEnglish = [...welsh.keys()].filter((path) => !english.has(path));
    expect(missingInWelsh).toEqual([]);
    expect(missingInEnglish).toEqual([]);
    for (const [path, kind] of english) expect({ path, kind: welsh.get(path) }).toEqual({ path, kind });
  });

  it('has no empty message in either language', () => {
    const empty = [...messagePaths(ENGLISH), ...messagePaths(WELSH)].filter(([, kind]) => kind === 'empty string');
    expect(empty).toEqual([]);
  });

  it('writes the figures and years it is given into both languages alike', () => {
    expect(en.controls.scopes.latestYear('2022/23')).toBe('From 2022/23, for every year');
    expect(cy.controls.scopes.latestYear('2022/23')).toBe('O 2022/23, ar gyfer pob blwyddyn');
    expect(en.measures.rate({ unit: 'offences', ratePer: 1000 })).toBe('Offences per 1,000 people');
    expect(cy.measures.rate({ unit: 'offences', ratePer: 1000 })).toBe('Troseddau fesul 1,000 o bobl');
    expect(cy.measures.rate({ unit: 'offences', ratePer: 100000 })).toBe('Troseddau fesul 100,000 o bobl');
  });
});
