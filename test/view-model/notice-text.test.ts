import { afterEach, describe, expect, it } from 'vitest';
import { ISOLATE_END, ISOLATE_START, plainMessage } from '../../src/format/user-text';
import { useLanguage } from '../../src/i18n/language';
import type { NoticeReason, UrlNotice } from '../../src/state/url-notices';
import { noticeText } from '../../src/view-model/notice-text';

const welsh = () => useLanguage('cy', () => import('../../src/i18n/cy'));
const english = () => useLanguage('en', () => import('../../src/i18n/cy'));
const plain = (notice: UrlNotice) => plainMessage(noticeText(notice));

/** One notice of every kind, with what the page writes for it in each language (written out by hand, not from the catalogues). */
const EVERY_KIND: { param: string; raw: string; reason: NoticeReason; en: string; cy: string }[] = [
  {
    param: 'measure',
    raw: 'ratee',
    reason: { kind: 'one-of', key: 'measure', values: ['count', 'rate'] },
    en: 'Ignored "measure=ratee": measure must be one of count, rate.',
    cy: 'Anwybyddwyd "measure=ratee": rhaid i measure fod yn un o count, rate.',
  },
  {
    param: 'dataset',
    raw: 'NSPCC FOI',
    reason: { kind: 'dataset-id' },
    en: 'Ignored "dataset=NSPCC FOI": dataset must be a dataset id such as home-office or nspcc-foi (lower-case letters, digits and hyphens).',
    cy: 'Anwybyddwyd "dataset=NSPCC FOI": rhaid i dataset fod yn ddynodwr set ddata fel home-office neu nspcc-foi (llythrennau bach, digidau a chysylltnodau).',
  },
  {
    param: 'offence',
    raw: 'x',
    reason: { kind: 'offence-id' },
    en: 'Ignored "offence=x": offence must be a Home Office offence code such as 86 or 8Q, a group such as group:sexual-offences, a subgroup such as subgroup:rape-offences, or all.',
    cy: 'Anwybyddwyd "offence=x": rhaid i offence fod yn god trosedd y Swyddfa Gartref fel 86 neu 8Q, yn grŵp fel group:sexual-offences, yn is-grŵp fel subgroup:rape-offences, neu’n all.',
  },
  {
    param: 'base',
    raw: '2016',
    reason: { kind: 'financial-year', key: 'base' },
    en: 'Ignored "base=2016": base must be a financial year such as 2016-17.',
    cy: 'Anwybyddwyd "base=2016": rhaid i base fod yn flwyddyn ariannol fel 2016-17.',
  },
  {
    param: 'classes',
    raw: '9',
    reason: { kind: 'classes', min: 3, max: 7 },
    en: 'Ignored "classes=9": classes must be a whole number from 3 to 7.',
    cy: 'Anwybyddwyd "classes=9": rhaid i classes fod yn rhif cyfan o 3 i 7.',
  },
  {
    param: 'breaks',
    raw: '1,2,3,4,5,6,7',
    reason: { kind: 'breaks-count', min: 1, max: 6, count: 7 },
    en: 'Ignored "breaks=1,2,3,4,5,6,7": breaks can hold 1 to 6 numbers (for up to 7 classes), not 7.',
    cy: 'Anwybyddwyd "breaks=1,2,3,4,5,6,7": gall breaks gynnwys 1 i 6 rhif (ar gyfer hyd at 7 dosbarth), nid 7.',
  },
  {
    param: 'breaks',
    raw: '1,,3',
    reason: { kind: 'breaks-empty' },
    en: 'Ignored "breaks=1,,3": breaks must be numbers separated by commas, such as 100,200,400, with none left empty.',
    cy: 'Anwybyddwyd "breaks=1,,3": rhaid i breaks fod yn rhifau wedi’u gwahanu gan atalnodau, fel 100,200,400, heb adael yr un yn wag.',
  },
  {
    param: 'breaks',
    raw: '1,abc',
    reason: { kind: 'breaks-not-number', part: 'abc' },
    en: 'Ignored "breaks=1,abc": breaks must be numbers separated by commas, such as 100,200,400; "abc" is not a number.',
    cy: 'Anwybyddwyd "breaks=1,abc": rhaid i breaks fod yn rhifau wedi’u gwahanu gan atalnodau, fel 100,200,400; nid yw "abc" yn rhif.',
  },
  {
    param: 'breaks',
    raw: '80,20',
    reason: { kind: 'breaks-not-rising', before: '80', after: '20' },
    en: 'Ignored "breaks=80,20": breaks must rise from left to right, such as 100,200,400; 20 does not come after 80.',
    cy: 'Anwybyddwyd "breaks=80,20": rhaid i breaks godi o’r chwith i’r dde, fel 100,200,400; nid yw 20 yn dod ar ôl 80.',
  },
  {
    param: 'palette',
    raw: 'Blues!',
    reason: { kind: 'palette-id' },
    en: 'Ignored "palette=Blues!": palette must be a palette id (lower-case letters, digits and hyphens).',
    cy: 'Anwybyddwyd "palette=Blues!": rhaid i palette fod yn ddynodwr palet (llythrennau bach, digidau a chysylltnodau).',
  },
  {
    param: 'palette',
    raw: 'blues',
    reason: { kind: 'no-palettes' },
    en: 'Ignored "palette=blues": palette cannot be chosen: no palettes are available.',
    cy: 'Anwybyddwyd "palette=blues": nid oes modd dewis palette: nid oes paletau ar gael.',
  },
  {
    param: 'force',
    raw: 'dorest',
    reason: { kind: 'force', count: 43, example: { slug: 'avon-and-somerset', code: 'E23000036' }, suggestion: 'dorset' },
    en: 'Ignored "force=dorest": force must name one of the 43 police force areas of England and Wales, such as avon-and-somerset or E23000036. Did you mean dorset?',
    cy: 'Anwybyddwyd "force=dorest": rhaid i force enwi un o’r 43 ardal heddlu yng Nghymru a Lloegr, fel avon-and-somerset neu E23000036. Oeddech chi’n golygu dorset?',
  },
  {
    param: 'force',
    raw: 'narnia',
    reason: { kind: 'force', count: 0 },
    en: 'Ignored "force=narnia": force must name one of the 0 police force areas of England and Wales.',
    cy: 'Anwybyddwyd "force=narnia": rhaid i force enwi un o’r 0 ardal heddlu yng Nghymru a Lloegr.',
  },
  {
    param: 'force',
    raw: 'btp',
    reason: { kind: 'force-no-area', count: 43, body: 'British Transport Police' },
    en: 'Ignored "force=btp": force must name one of the 43 police force areas of England and Wales; British Transport Police polices no area on this map.',
    cy: 'Anwybyddwyd "force=btp": rhaid i force enwi un o’r 43 ardal heddlu yng Nghymru a Lloegr; nid yw British Transport Police yn plismona unrhyw ardal ar y map hwn.',
  },
  {
    param: 'pins',
    raw: 'dorset,atlantis',
    reason: { kind: 'pins-not-force', max: 5, example: 'avon-and-somerset', part: 'atlantis' },
    en: 'Ignored "pins=dorset,atlantis": pins must name up to 5 police force areas, separated by commas, such as avon-and-somerset; "atlantis" is not one.',
    cy: 'Anwybyddwyd "pins=dorset,atlantis": rhaid i pins enwi hyd at 5 ardal heddlu, wedi’u gwahanu gan atalnodau, fel avon-and-somerset; nid yw "atlantis" yn un ohonynt.',
  },
  {
    param: 'pins',
    raw: 'a,b,c,d,e,f',
    reason: { kind: 'pins-too-many', max: 5, count: 6 },
    en: 'Ignored "pins=a,b,c,d,e,f": pins must name up to 5 police force areas, separated by commas, not 6.',
    cy: 'Anwybyddwyd "pins=a,b,c,d,e,f": rhaid i pins enwi hyd at 5 ardal heddlu, wedi’u gwahanu gan atalnodau, nid 6.',
  },
  {
    param: 'title',
    raw: 'x',
    reason: { kind: 'text-too-long', key: 'title', limit: 120, length: 121 },
    en: 'Ignored "title=x": title can be at most 120 characters long; this one has 121.',
    cy: 'Anwybyddwyd "title=x": gall title fod yn 120 nod o hyd ar y mwyaf; mae gan hwn 121.',
  },
  {
    param: 'region',
    raw: 'london',
    reason: { kind: 'region-of-force', force: { code: 'E23000039', name: 'Dorset' }, forceRegion: 'South West', asked: 'London' },
    en: 'Ignored "region=london": the force Dorset is in the South West region, not the London region, and a chosen force decides the region.',
    cy: 'Anwybyddwyd "region=london": mae Dorset yn rhanbarth De-orllewin Lloegr, nid yn rhanbarth Llundain, ac mae heddlu a ddewiswyd yn penderfynu’r rhanbarth.',
  },
  {
    param: 'region',
    raw: 'south-west',
    // A Welsh force by its Welsh name, and Wales as a place of its own, not "the Wales region".
    reason: { kind: 'region-of-force', force: { code: 'W15000002', name: 'Gwent' }, forceRegion: 'Wales', asked: 'South West' },
    en: 'Ignored "region=south-west": the force Gwent is in Wales, not the South West region, and a chosen force decides the region.',
    cy: 'Anwybyddwyd "region=south-west": mae Heddlu Gwent yng Nghymru, nid yn rhanbarth De-orllewin Lloegr, ac mae heddlu a ddewiswyd yn penderfynu’r rhanbarth.',
  },
  {
    param: 'classify',
    raw: 'manual',
    reason: { kind: 'manual-needs-breaks', breaksInvalid: true },
    en: 'Ignored "classify=manual": manual classes need valid breaks, such as breaks=100,200,400.',
    cy: 'Anwybyddwyd "classify=manual": mae angen breaks dilys ar doriadau â llaw, fel breaks=100,200,400.',
  },
  {
    param: 'classify',
    raw: 'manual',
    reason: { kind: 'manual-needs-breaks', breaksInvalid: false },
    en: 'Ignored "classify=manual": manual classes need breaks, such as breaks=100,200,400.',
    cy: 'Anwybyddwyd "classify=manual": mae angen breaks ar doriadau â llaw, fel breaks=100,200,400.',
  },
  {
    param: 'measure',
    raw: 'count',
    reason: { kind: 'repeated', key: 'measure', first: 'rate' },
    en: 'Ignored "measure=count": measure is given more than once, and the first, "rate", counts.',
    cy: 'Anwybyddwyd "measure=count": rhoddir measure fwy nag unwaith, a’r cyntaf, "rate", sy’n cyfrif.',
  },
  {
    param: 'year',
    raw: '2019-20',
    reason: { kind: 'repeated', key: 'year', first: ' ' },
    en: 'Ignored "year=2019-20": year is given more than once, and the first, which is empty, counts.',
    cy: 'Anwybyddwyd "year=2019-20": rhoddir year fwy nag unwaith, a’r cyntaf, sy’n wag, sy’n cyfrif.',
  },
  {
    param: 'mesure',
    raw: 'rate',
    reason: { kind: 'misspelt', name: 'mesure', meant: 'measure' },
    en: 'Ignored "mesure=rate": there is no parameter "mesure"; did you mean measure?',
    cy: 'Anwybyddwyd "mesure=rate": nid oes paramedr "mesure"; oeddech chi’n golygu measure?',
  },
  {
    param: 'dataset',
    raw: 'import-3',
    reason: { kind: 'dataset-missing', why: 'quota', fallback: 'home-office' },
    en: 'Ignored "dataset=import-3": figures imported earlier in this tab could not be kept, because the browser\'s storage for this tab was full, so home-office is shown.',
    cy: 'Anwybyddwyd "dataset=import-3": nid oedd modd cadw’r ffigurau a fewnforiwyd yn gynharach yn y tab hwn, gan fod storfa’r porwr ar gyfer y tab hwn yn llawn, felly dangosir home-office.',
  },
  {
    param: 'dataset',
    raw: 'nope',
    reason: { kind: 'dataset-missing', why: 'no-such-dataset', fallback: 'home-office' },
    en: 'Ignored "dataset=nope": there is no such dataset here, so home-office is shown.',
    cy: 'Anwybyddwyd "dataset=nope": nid oes set ddata o’r fath yma, felly dangosir home-office.',
  },
  {
    param: 'offence',
    raw: '999',
    reason: { kind: 'offence-unknown', offence: '999', shown: { name: 'Obscene publications etc', id: '86' } },
    en: 'Ignored "offence=999": the Home Office table has no offence "999"; choose one from the offence picker. Obscene publications etc (code 86) is shown.',
    cy: 'Anwybyddwyd "offence=999": nid oes trosedd "999" yn nhabl y Swyddfa Gartref; dewiswch un yn y dewisydd troseddau. Dangosir Obscene publications etc (cod 86).',
  },
  {
    param: 'year',
    raw: '2023-24',
    reason: { kind: 'year-missing', year: '2023/24', quarters: 1, shown: { year: '2022/23', opening: false } },
    en: 'Ignored "year=2023-24": 2023/24 is left out: only April to June published in this release, so the latest year, 2022/23, is shown.',
    cy: 'Anwybyddwyd "year=2023-24": gadawyd 2023/24 allan: Ebrill i Fehefin yn unig a gyhoeddwyd yn y datganiad hwn, felly dangosir y flwyddyn ddiweddaraf, 2022/23.',
  },
  {
    param: 'year',
    raw: '2012-13',
    reason: { kind: 'year-missing', year: '2012/13', shown: { year: '2017/18', opening: true } },
    en: 'Ignored "year=2012-13": this dataset has no figures for 2012/13, so 2017/18, the latest year with figures for most forces, is shown.',
    cy: 'Anwybyddwyd "year=2012-13": nid oes gan y set ddata hon ffigurau ar gyfer 2012/13, felly dangosir 2017/18, y flwyddyn ddiweddaraf â ffigurau ar gyfer y rhan fwyaf o heddluoedd.',
  },
  {
    param: 'year',
    raw: '2016-17',
    reason: { kind: 'year-missing', year: '2016/17' },
    en: 'Ignored "year=2016-17": this dataset has no figures for 2016/17, so no year is shown.',
    cy: 'Anwybyddwyd "year=2016-17": nid oes gan y set ddata hon ffigurau ar gyfer 2016/17, felly ni ddangosir unrhyw flwyddyn.',
  },
  {
    param: 'base',
    raw: '2040-41',
    reason: { kind: 'base-missing', base: '2040/41', first: '2012/13' },
    en: 'Ignored "base=2040-41": this dataset has no figures for 2040/41, so change is measured from its first year, 2012/13.',
    cy: 'Anwybyddwyd "base=2040-41": nid oes gan y set ddata hon ffigurau ar gyfer 2040/41, felly mesurir newid o’i blwyddyn gyntaf, 2012/13.',
  },
  {
    param: 'base',
    raw: '2040-41',
    reason: { kind: 'base-missing', base: '2040/41' },
    en: 'Ignored "base=2040-41": this dataset has no figures for 2040/41, so there is no year to compare with.',
    cy: 'Anwybyddwyd "base=2040-41": nid oes gan y set ddata hon ffigurau ar gyfer 2040/41, felly nid oes blwyddyn i gymharu â hi.',
  },
  {
    param: 'lang',
    raw: 'x',
    reason: { kind: 'not-valid', key: 'lang' },
    en: 'Ignored "lang=x": lang is not valid.',
    cy: 'Anwybyddwyd "lang=x": nid yw lang yn ddilys.',
  },
];

describe('noticeText: a notice in the page’s language', () => {
  afterEach(english);

  it.each(EVERY_KIND)('writes $reason.kind in English', (notice) => {
    expect(plain(notice)).toBe(notice.en);
  });

  it.each(EVERY_KIND)('writes $reason.kind in Welsh', async (notice) => {
    await welsh();
    expect(plain(notice)).toBe(notice.cy);
  });

  it('has an example of every kind of reason', () => {
    const kinds = new Set(EVERY_KIND.map(({ reason }) => reason.kind));
    // offence-not-offered carries the catalogue's own reason; tested below.
    expect([...kinds, 'offence-not-offered'].sort()).toEqual(
      [
        'base-missing',
        'breaks-count',
        'breaks-empty',
        'breaks-not-number',
        'breaks-not-rising',
        'classes',
        'dataset-id',
        'dataset-missing',
        'financial-year',
        'force',
        'force-no-area',
        'manual-needs-breaks',
        'misspelt',
        'no-palettes',
        'not-valid',
        'offence-id',
        'offence-not-offered',
        'offence-unknown',
        'one-of',
        'palette-id',
        'pins-not-force',
        'pins-too-many',
        'region-of-force',
        'repeated',
        'text-too-long',
        'year-missing',
      ].sort(),
    );
  });

  it('isolates and shortens the link’s text, keeping the notice’s own words apart from it', () => {
    const long = 'y'.repeat(100);
    const text = noticeText({ param: long, raw: long, reason: { kind: 'breaks-not-number', part: `${'z'.repeat(70)}` } });
    const shown = `${ISOLATE_START}${'y'.repeat(59)}…${ISOLATE_END}`;
    expect(text).toBe(
      `Ignored "${shown}=${shown}": breaks must be numbers separated by commas, such as 100,200,400; "${ISOLATE_START}${'z'.repeat(59)}…${ISOLATE_END}" is not a number.`,
    );
    // Sixty characters are kept whole.
    expect(noticeText({ param: 'x', raw: 'x'.repeat(60), reason: { kind: 'not-valid', key: 'x' } })).toContain(
      `=${ISOLATE_START}${'x'.repeat(60)}${ISOLATE_END}"`,
    );
  });

  it('counts what was not named one by one, in either language', async () => {
    const more = (unknown: number, repeated: number): UrlNotice => ({ param: 'more parameters', raw: '', reason: { kind: 'more', unknown, repeated } });
    expect(plain(more(13_995, 0))).toBe('And 13,995 more parameters were not recognised.');
    expect(plain(more(1, 0))).toBe('And 1 more parameter was not recognised.');
    expect(plain(more(0, 2))).toBe('And 2 more parameters were given more than once.');
    expect(plain(more(3, 1))).toBe('And 3 more parameters were not recognised, and 1 more was given more than once.');
    await welsh();
    expect(plain(more(13_995, 0))).toBe('Hefyd: 13,995 paramedr arall heb eu hadnabod.');
    expect(plain(more(1, 0))).toBe('Hefyd: 1 paramedr arall heb ei adnabod.');
    expect(plain(more(0, 2))).toBe('Hefyd: 2 paramedr arall wedi’u rhoi fwy nag unwaith.');
    expect(plain(more(3, 1))).toBe('Hefyd: 3 paramedr arall heb eu hadnabod; 1 arall wedi’i roi fwy nag unwaith.');
  });
});
