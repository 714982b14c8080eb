import { describe, expect, it } from 'vitest';
import { aboutCy } from '../../src/i18n/about-cy';
import { aboutEn } from '../../src/i18n/about-en';
import { cy, cyPageText } from '../../src/i18n/cy';
import { descriptionCy } from '../../src/i18n/description-cy';
import { descriptionEn } from '../../src/i18n/description-en';
import { importCy } from '../../src/i18n/import-cy';
import { importEn } from '../../src/i18n/import-en';
import { noticesCy } from '../../src/i18n/notices-cy';
import { noticesEn } from '../../src/i18n/notices-en';
import { panelsCy } from '../../src/i18n/panels-cy';
import { panelsEn } from '../../src/i18n/panels-en';
import { en } from '../../src/i18n/en';
import { profileCy } from '../../src/i18n/profile-cy';
import { profileEn } from '../../src/i18n/profile-en';
import { totalsCy } from '../../src/i18n/totals-cy';
import { totalsEn } from '../../src/i18n/totals-en';
import { readProjectFile } from '../helpers';

/**
 * The catalogue: the page's words, and the profile's, About panel's, map
 * description's, Download and Share panels', notices', publisher's totals'
 * and the import panel's and worker's, which load with them.
 */
const ENGLISH = {
  page: en,
  profile: profileEn,
  about: aboutEn,
  description: descriptionEn,
  panels: panelsEn,
  notices: noticesEn,
  import: importEn,
  totals: totalsEn,
};
const WELSH = {
  page: cy,
  profile: profileCy,
  about: aboutCy,
  description: descriptionCy,
  panels: panelsCy,
  notices: noticesCy,
  import: importCy,
  totals: totalsCy,
};

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

  it('has index.html’s own words (English there) in Welsh, each of them, and index.html still has each in English', () => {
    // index.html's texts, copied from it by hand: the page's English, which the English catalogue does not repeat.
    const english = {
      title: '<title>PFA Atlas: police figures across England and Wales</title>',
      description: 'content="Explore yearly police recorded crime and other figures for the 43 police force areas of England and Wales',
      loading: '>Loading the map…</h1>',
      skipToTable: '>Skip to the table of forces</a>',
      controls: 'aria-label="What the map shows"',
      map: 'aria-label="Map of the police force areas of England and Wales"',
      side: 'aria-label="The place shown"',
      table: 'aria-label="The figures as a table"',
      getTheData: '>Get the data</a>',
    };
    // index.html, and what build/embed-page.ts adds to it for the embeddable page.
    const html = readProjectFile('index.html') + readProjectFile('build/embed-page.ts');
    for (const text of Object.values(english)) expect(html).toContain(text);
    expect(Object.keys(cyPageText).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(cyPageText)) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
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

  it('mutates a Welsh place name after the words that cause it (soft after "i", aspirate after "na" and "â")', () => {
    expect(cy.comparison.higher('Cymru a Lloegr')).toBe('uwch na Chymru a Lloegr');
    expect(cy.comparison.lower('De-orllewin Lloegr')).toBe('is na De-orllewin Lloegr');
    expect(cy.comparison.similar('Cymru a Lloegr')).toBe('tebyg i Gymru a Lloegr');
    expect(cy.comparison.similar('De-orllewin Lloegr')).toBe('tebyg i Dde-orllewin Lloegr');
    expect(cy.comparison.similar('Gogledd-ddwyrain Lloegr')).toBe('tebyg i Ogledd-ddwyrain Lloegr');
    expect(cy.comparison.similar('Llundain')).toBe('tebyg i Lundain');
    expect(cy.comparison.similar('Swydd Efrog a’r Humber')).toBe('tebyg i Swydd Efrog a’r Humber');
    expect(profileCy.comparedWith('Cymru')).toBe('Cyfradd o’i chymharu â Chymru (yn ôl ei chyfwng hyder o 95%)');
    expect(en.comparison.similar('the South West')).toBe('similar to the South West');
  });
});
