import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/forces/force-table';
import { BREAK_SCOPES, CLASSIFY_METHODS, COLOUR_SCALES, LANGUAGES, MEASURES, VIEWS } from '../../src/state/app-state';
import {
  DEFAULT_STATE,
  URL_PARAM_KEYS,
  forceSlug,
  parseUrlState,
  regionFromSlug,
  regionSlug,
  resolveStateForDataset,
  serialiseUrlState,
  type AppState,
  type UrlParamKey,
} from '../../src/state/url-state';
import { forceTable } from '../helpers';
import { withPlainMessages } from './plain-messages';

const PALETTES = ['blues', 'greens', 'purple-red', 'red-blue'] as const;
const context = { forceTable, paletteIds: PALETTES };
/** Parsed, with the messages' isolates around user text dropped (test/state/url-notices.test.ts checks those). */
const parse = (search: string) => withPlainMessages(parseUrlState(search, context));
const serialise = (state: AppState) => serialiseUrlState(state, forceTable);
const stateWith = (change: Partial<AppState>): AppState => ({ ...DEFAULT_STATE, ...change });
/** A query string with each value encoded as a browser would. */
const query = (entries: [string, string][]) => `?${new URLSearchParams(entries).toString()}`;

describe('the module API', () => {
  it('exports the slug helpers alongside the parser', () => {
    expect(regionSlug('South West')).toBe('south-west');
    expect(regionFromSlug('south-west')).toBe('South West');
    expect(forceSlug(forceTable.byCode.get('E23000039')!)).toBe('dorset');
    expect(typeof resolveStateForDataset).toBe('function');
  });
});

describe('parseUrlState: an empty link', () => {
  it.each(['', '?', '?&', '&&'])('%j gives the defaults, every parameter missing, no notices', (search) => {
    const parsed = parse(search);
    expect(parsed.state).toStrictEqual({ ...DEFAULT_STATE });
    expect(parsed.notices).toEqual([]);
    expect(parsed.unknownParams).toEqual([]);
    for (const key of URL_PARAM_KEYS) expect(parsed.params[key]).toEqual({ status: 'missing' });
  });

  it('treats an empty or blank value as missing, silently', () => {
    const parsed = parse('?measure=&year=&force=%20&classes=+');
    expect(parsed.state).toEqual(DEFAULT_STATE);
    expect(parsed.notices).toEqual([]);
    expect(parsed.params.measure).toEqual({ status: 'missing' });
    expect(parsed.params.force).toEqual({ status: 'missing' });
  });

  it('reads the query with or without its "?"', () => {
    expect(parse('measure=rate').state.measure).toBe('rate');
    expect(parse('?measure=rate').state.measure).toBe('rate');
  });
});

describe('parseUrlState: links from before the offence parameter', () => {
  it('reads dataset=ho-code-86 as the Home Office figures for offence 86, and writes it the new way', () => {
    const parsed = parse('?dataset=ho-code-86&year=2016-17');
    expect(parsed.state).toMatchObject({ dataset: 'home-office', offence: '86' });
    expect(parsed.notices).toEqual([]);
    expect(serialise(parsed.state)).toBe('?year=2016-17');
    expect(parse('?dataset=ho-code-8q').state).toMatchObject({ dataset: 'home-office', offence: '8Q' });
  });

  it('lets an offence in the same link decide', () => {
    expect(parse('?dataset=ho-code-86&offence=all').state).toMatchObject({ dataset: 'home-office', offence: 'all' });
  });
});

describe('parseUrlState: valid parameters', () => {
  const cases: [string, UrlParamKey, unknown][] = [
    ['dataset=nspcc-foi', 'dataset', 'nspcc-foi'],
    ['dataset=home-office', 'dataset', 'home-office'],
    ['offence=8q', 'offence', '8Q'],
    ['offence=Group:Sexual-Offences', 'offence', 'group:sexual-offences'],
    ['offence=37.2', 'offence', '37.2'],
    ['offence=ALL', 'offence', 'all'],
    ['dataset=import-1', 'dataset', 'import-1'],
    ['dataset=NSPCC-FOI', 'dataset', 'nspcc-foi'],
    ['year=2016-17', 'year', '2016/17'],
    ['year=2016/17', 'year', '2016/17'],
    ['year=2016%2F17', 'year', '2016/17'],
    ['year=1999-00', 'year', '1999/00'],
    ['base=2018-19', 'base', '2018/19'],
    ['lang=cy', 'lang', 'cy'],
    ['lang=EN', 'lang', 'en'],
    ['base=2018/19', 'base', '2018/19'],
    ...MEASURES.map((measure): [string, UrlParamKey, unknown] => [`measure=${measure}`, 'measure', measure]),
    ['measure=RATE', 'measure', 'rate'],
    ['measure=%20rate%20', 'measure', 'rate'],
    ...CLASSIFY_METHODS.map((method): [string, UrlParamKey, unknown] => [`classify=${method}&breaks=1`, 'classify', method]),
    ['classes=3', 'classes', 3],
    ['classes=7', 'classes', 7],
    ['classes=05', 'classes', 5],
    ['breaks=100,200,400', 'breaks', [100, 200, 400]],
    ['breaks=100%2C200%2C400', 'breaks', [100, 200, 400]],
    ['breaks=5', 'breaks', [5]],
    ['breaks=-10,-0,0.5,1e3', 'breaks', [-10, 0, 0.5, 1000]],
    ['breaks=1,2,3,4,5,6', 'breaks', [1, 2, 3, 4, 5, 6]],
    ['breaks=%201%20,%202', 'breaks', [1, 2]],
    ...BREAK_SCOPES.map((scope): [string, UrlParamKey, unknown] => [`scope=${scope}`, 'scope', scope]),
    ...PALETTES.map((palette): [string, UrlParamKey, unknown] => [`palette=${palette}`, 'palette', palette]),
    ['palette=Blues', 'palette', 'blues'],
    ...COLOUR_SCALES.map((scale): [string, UrlParamKey, unknown] => [`scale=${scale}`, 'scale', scale]),
    ...REGIONS.map((region): [string, UrlParamKey, unknown] => [`region=${regionSlug(region)}`, 'region', region]),
    ['region=South%20West', 'region', 'South West'],
    ['region=yorkshire-and-the-humber', 'region', 'Yorkshire and The Humber'],
    ['force=E23000039', 'force', 'E23000039'],
    ['force=e23000039', 'force', 'E23000039'],
    ['force=dorset', 'force', 'E23000039'],
    ['force=devon-and-cornwall', 'force', 'E23000035'],
    ['force=city-of-london', 'force', 'E23000034'],
    ['force=W15000002', 'force', 'W15000002'],
    ['force=Dorset%20Police', 'force', 'E23000039'],
    ['force=met-police', 'force', 'E23000001'],
    ...VIEWS.map((view): [string, UrlParamKey, unknown] => [`view=${view}`, 'view', view]),
  ];

  it.each(cases)('?%s sets %s', (search, key, value) => {
    const parsed = parse(`?${search}`);
    expect(parsed.params[key]).toEqual({ status: 'valid', value });
    expect(parsed.state[key]).toEqual(value);
    expect(parsed.notices).toEqual([]);
  });

  it('reads every parameter at once', () => {
    const parsed = parse(
      '?dataset=nspcc-foi&offence=subgroup:rape-offences&year=2021-22&measure=change-base&base=2017-18&classify=manual&classes=4&breaks=10,20,40' +
        '&scope=each-year&palette=greens&scale=region&region=wales&force=gwent&pins=dyfed-powys&view=table&title=T&subtitle=S&note=N&credit=C&lang=cy',
    );
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toStrictEqual({
      dataset: 'nspcc-foi',
      offence: 'subgroup:rape-offences',
      year: '2021/22',
      measure: 'change-base',
      base: '2017/18',
      classify: 'manual',
      classes: 4,
      breaks: [10, 20, 40],
      scope: 'each-year',
      palette: 'greens',
      region: 'Wales',
      force: 'W15000002',
      scale: 'region',
      view: 'table',
      pins: ['W15000004'],
      title: 'T',
      subtitle: 'S',
      note: 'N',
      credit: 'C',
      lang: 'cy',
    });
    for (const key of URL_PARAM_KEYS) expect(parsed.params[key].status).toBe('valid');
  });
});

describe('parseUrlState: invalid parameters fall back to the default, with a notice', () => {
  const regionSlugs = REGIONS.map(regionSlug).join(', ');
  const forceMust = 'force must name one of the 43 police force areas of England and Wales, such as cleveland or E23000013';
  const cases: [UrlParamKey, string, string][] = [
    ['dataset', 'Ho_Code 86', 'dataset must be a dataset id such as home-office or nspcc-foi (lower-case letters, digits and hyphens).'],
    ['dataset', '../../etc/passwd', 'dataset must be a dataset id such as home-office or nspcc-foi (lower-case letters, digits and hyphens).'],
    [
      'offence',
      'burglary!',
      'offence must be a Home Office offence code such as 86 or 8Q, a group such as group:sexual-offences, a subgroup such as subgroup:rape-offences, or all.',
    ],
    [
      'offence',
      'group:',
      'offence must be a Home Office offence code such as 86 or 8Q, a group such as group:sexual-offences, a subgroup such as subgroup:rape-offences, or all.',
    ],
    ['year', '2016', 'year must be a financial year such as 2016-17.'],
    ['year', '2016-18', 'year must be a financial year such as 2016-17.'],
    ['year', 'latest', 'year must be a financial year such as 2016-17.'],
    ['base', '17-18', 'base must be a financial year such as 2016-17.'],
    ['measure', 'ratee', 'measure must be one of count, rate, change-previous, change-base, compared.'],
    ['measure', 'rate,count', 'measure must be one of count, rate, change-previous, change-base, compared.'],
    ['lang', 'fr', 'lang must be one of en, cy.'],
    ['lang', 'welsh', 'lang must be one of en, cy.'],
    ['classify', 'jenks', 'classify must be one of quantile, equal-interval, natural-breaks, manual.'],
    ['classes', '2', 'classes must be a whole number from 3 to 7.'],
    ['classes', '8', 'classes must be a whole number from 3 to 7.'],
    ['classes', '4.5', 'classes must be a whole number from 3 to 7.'],
    ['classes', '-5', 'classes must be a whole number from 3 to 7.'],
    ['classes', 'five', 'classes must be a whole number from 3 to 7.'],
    ['classes', '1e1', 'classes must be a whole number from 3 to 7.'],
    ['breaks', 'abc', 'breaks must be numbers separated by commas, such as 100,200,400; "abc" is not a number.'],
    ['breaks', '100,2OO', 'breaks must be numbers separated by commas, such as 100,200,400; "2OO" is not a number.'],
    ['breaks', '0x10', 'breaks must be numbers separated by commas, such as 100,200,400; "0x10" is not a number.'],
    ['breaks', 'Infinity', 'breaks must be numbers separated by commas, such as 100,200,400; "Infinity" is not a number.'],
    ['breaks', '1e400', 'breaks must be numbers separated by commas, such as 100,200,400; "1e400" is not a number.'],
    ['breaks', '100,,200', 'breaks must be numbers separated by commas, such as 100,200,400, with none left empty.'],
    ['breaks', '100,', 'breaks must be numbers separated by commas, such as 100,200,400, with none left empty.'],
    ['breaks', '200,100', 'breaks must rise from left to right, such as 100,200,400; 100 does not come after 200.'],
    ['breaks', '100,100', 'breaks must rise from left to right, such as 100,200,400; 100 does not come after 100.'],
    ['breaks', '0,-0', 'breaks must rise from left to right, such as 100,200,400; -0 does not come after 0.'],
    ['breaks', '1,2,3,4,5,6,7', 'breaks can hold 1 to 6 numbers (for up to 7 classes), not 7.'],
    ['scope', 'yearly', 'scope must be one of latest-year, all-years, each-year.'],
    ['palette', 'Blues!', 'palette must be a palette id (lower-case letters, digits and hyphens).'],
    ['palette', 'viridis', 'palette must be one of blues, greens, purple-red, red-blue.'],
    ['scale', 'local', 'scale must be one of national, region.'],
    ['region', 'scotland', `region must be one of ${regionSlugs}.`],
    ['region', 'england', `region must be one of ${regionSlugs}.`],
    ['force', 'dorsett', `${forceMust}. Did you mean dorset?`],
    ['force', 'devon-and-cornwal', `${forceMust}. Did you mean devon-and-cornwall?`],
    ['force', 'E23000099', `${forceMust}.`],
    ['force', 'atlantis', `${forceMust}.`],
    ['force', 'Devon Cornwall', `${forceMust}. Did you mean devon-and-cornwall?`],
    ['force', 'gloucestershre', `${forceMust}. Did you mean gloucestershire?`],
    ['force', 'british-transport-police', `${forceMust}; British Transport Police polices no area on this map.`],
    ['force', 'Police Scotland', `${forceMust}; Police Scotland polices no area on this map.`],
    ['view', 'chart', 'view must be one of map, tiles, years, table.'],
  ];

  it.each(cases)('%s=%s', (param, raw, reason) => {
    const parsed = parse(query([[param, raw]]));
    const message = `Ignored "${param}=${raw}": ${reason}`;
    expect(parsed.params[param]).toEqual({ status: 'invalid', raw, message });
    expect(parsed.notices).toEqual([{ param, raw, message }]);
    expect(parsed.state).toStrictEqual({ ...DEFAULT_STATE });
  });

  it('gives the example message for a misspelt measure', () => {
    expect(parse('?measure=ratee').notices[0]?.message).toBe(
      'Ignored "measure=ratee": measure must be one of count, rate, change-previous, change-base, compared.',
    );
  });

  it('keeps the valid parameters beside the invalid ones, and reports in key order', () => {
    const parsed = parse('?view=chart&measure=rate&classes=9&region=wales&year=soon');
    expect(parsed.state).toStrictEqual({ ...DEFAULT_STATE, measure: 'rate', region: 'Wales' });
    expect(parsed.notices.map((notice) => notice.param)).toEqual(['year', 'classes', 'view']);
  });

  it('tells palettes apart only by the list it is given', () => {
    expect(parseUrlState('?palette=viridis', { forceTable, paletteIds: ['viridis'] }).state.palette).toBe('viridis');
    expect(withPlainMessages(parseUrlState('?palette=blues', { forceTable, paletteIds: [] })).notices[0]?.message).toBe(
      'Ignored "palette=blues": palette cannot be chosen: no palettes are available.',
    );
  });
});

describe('parseUrlState: junk in the link', () => {
  const junk = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "javascript:alert('x')", '&amp;<b>bold</b>&#x3C;', '💥 ünïcödé'];

  it.each(junk)('carries %j verbatim in raw and in the message, for the view to show as text', (text) => {
    for (const key of ['force', 'measure', 'region', 'palette', 'breaks'] as const) {
      const parsed = parse(query([[key, text]]));
      expect(parsed.params[key].status).toBe('invalid');
      expect(parsed.notices).toHaveLength(1);
      expect(parsed.notices[0]?.raw).toBe(text);
      expect(parsed.notices[0]?.message.startsWith(`Ignored "${key}=${text}": ${key} `)).toBe(true);
      expect(parsed.state).toStrictEqual({ ...DEFAULT_STATE });
    }
  });

  it('reads the Dorset-style XSS probe written by hand, unencoded', () => {
    const parsed = parse('?force=<img src=x onerror=alert(1)>');
    expect(parsed.notices).toEqual([
      {
        param: 'force',
        raw: '<img src=x onerror=alert(1)>',
        message:
          'Ignored "force=<img src=x onerror=alert(1)>": force must name one of the 43 police force areas of England and Wales, such as cleveland or E23000013.',
      },
    ]);
  });

  it('shortens very long values in the message but keeps them whole in raw', () => {
    const long = `<svg onload=alert(1)>${'x'.repeat(5000)}`;
    const notice = parse(query([['measure', long]])).notices[0]!;
    expect(notice.raw).toBe(long);
    expect(notice.message.length).toBeLessThan(200);
    expect(notice.message).toContain('"measure=<svg onload=alert(1)>xxx');
    expect(notice.message).toContain('…"');
  });

  it('does not throw on malformed percent escapes', () => {
    const parsed = parse('?measure=%E0%A4%A&force=%&year=%ZZ');
    expect(parsed.state).toStrictEqual({ ...DEFAULT_STATE });
    expect(parsed.notices.map((notice) => notice.param)).toEqual(['year', 'measure', 'force']);
  });
});

describe('parseUrlState: repeated parameters (the first wins)', () => {
  it('uses the first and reports a later one that differs', () => {
    const parsed = parse('?measure=rate&view=table&measure=count');
    expect(parsed.state.measure).toBe('rate');
    expect(parsed.params.measure).toEqual({ status: 'valid', value: 'rate' });
    expect(parsed.notices).toEqual([
      {
        param: 'measure',
        raw: 'count',
        message: 'Ignored "measure=count": measure is given more than once, and the first, "rate", counts.',
      },
    ]);
  });

  it('says nothing about exact copies', () => {
    const parsed = parse('?measure=rate&measure=rate');
    expect(parsed.state.measure).toBe('rate');
    expect(parsed.notices).toEqual([]);
  });

  it('keeps the first even when it is invalid, reporting both', () => {
    const parsed = parse('?measure=ratee&measure=count');
    expect(parsed.state.measure).toBe(DEFAULT_STATE.measure);
    expect(parsed.notices.map((notice) => notice.raw)).toEqual(['ratee', 'count']);
  });

  it('keeps the first even when it is empty', () => {
    const parsed = parse('?year=&year=2019-20');
    expect(parsed.state.year).toBeUndefined();
    expect(parsed.params.year).toEqual({ status: 'missing' });
    expect(parsed.notices[0]?.message).toBe('Ignored "year=2019-20": year is given more than once, and the first, which is empty, counts.');
  });

  it('reports every later copy', () => {
    const parsed = parse('?force=dorset&force=kent&force=essex');
    expect(parsed.state.force).toBe('E23000039');
    expect(parsed.notices.map((notice) => notice.raw)).toEqual(['kent', 'essex']);
  });
});

describe('parseUrlState: unknown parameters are ignored', () => {
  it('silently when they are not ours (tracking and the like), listing them', () => {
    const parsed = parse('?utm_source=newsletter&measure=rate&fbclid=abc&utm_source=again&x=1');
    expect(parsed.state).toStrictEqual({ ...DEFAULT_STATE, measure: 'rate' });
    expect(parsed.notices).toEqual([]);
    expect(parsed.unknownParams).toEqual(['utm_source', 'fbclid', 'x']);
  });

  it.each([
    ['mesure', 'rate', 'measure'],
    ['pallete', 'blues', 'palette'],
    ['Measure', 'rate', 'measure'],
    ['yaer', '2019-20', 'year'],
    ['regoin', 'wales', 'region'],
    ['classs', '4', 'classes'],
  ])('with a notice when %s looks like a misspelt parameter', (param, raw, meant) => {
    const parsed = parse(query([[param, raw]]));
    expect(parsed.state).toStrictEqual({ ...DEFAULT_STATE });
    expect(parsed.unknownParams).toEqual([param]);
    expect(parsed.notices).toEqual([{ param, raw, message: `Ignored "${param}=${raw}": there is no parameter "${param}"; did you mean ${meant}?` }]);
  });
});

describe('parseUrlState: force and region', () => {
  it('reads the Dorset story link', () => {
    const parsed = parse('?dataset=nspcc-foi&region=south-west&force=dorset');
    expect(parsed.state).toStrictEqual({ ...DEFAULT_STATE, dataset: 'nspcc-foi', region: 'South West', force: 'E23000039' });
    expect(parsed.params.region).toEqual({ status: 'valid', value: 'South West' });
    expect(parsed.params.force).toEqual({ status: 'valid', value: 'E23000039' });
    expect(parsed.notices).toEqual([]);
  });

  it('takes the region from the force when no region is given', () => {
    const parsed = parse('?force=city-of-london');
    expect(parsed.state).toMatchObject({ region: 'London', force: 'E23000034' });
    expect(parsed.params.region).toEqual({ status: 'missing' });
    expect(parsed.notices).toEqual([]);
  });

  it('lets the force win when the two disagree, and says so', () => {
    const parsed = parse('?region=london&force=dorset');
    expect(parsed.state).toMatchObject({ region: 'South West', force: 'E23000039' });
    const message = 'Ignored "region=london": the force Dorset is in the South West region, not the London region, and a chosen force decides the region.';
    expect(parsed.params.region).toEqual({ status: 'invalid', raw: 'london', message });
    expect(parsed.notices).toEqual([{ param: 'region', raw: 'london', message }]);
  });

  it('names Wales as Wales', () => {
    expect(parse('?region=south-west&force=gwent').notices[0]?.message).toBe(
      'Ignored "region=south-west": the force Gwent is in Wales, not the South West region, and a chosen force decides the region.',
    );
  });

  it('takes the region from the force when the region is junk', () => {
    const parsed = parse('?region=mordor&force=dorset');
    expect(parsed.state.region).toBe('South West');
    expect(parsed.notices.map((notice) => notice.param)).toEqual(['region']);
  });

  it('keeps a valid region when the force is junk', () => {
    const parsed = parse('?region=wales&force=dorsett');
    expect(parsed.state).toMatchObject({ region: 'Wales', force: undefined });
    expect(parsed.notices.map((notice) => notice.param)).toEqual(['force']);
  });
});

describe('parseUrlState: classification', () => {
  it('falls back from manual classes without breaks', () => {
    const parsed = parse('?classify=manual');
    expect(parsed.state.classify).toBe('quantile');
    expect(parsed.notices).toEqual([
      {
        param: 'classify',
        raw: 'manual',
        message: 'Ignored "classify=manual": manual classes need breaks, such as breaks=100,200,400.',
      },
    ]);
  });

  it('falls back from manual classes with bad breaks, reporting both', () => {
    const parsed = parse('?classify=manual&breaks=3,2,1');
    expect(parsed.state).toMatchObject({ classify: 'quantile', breaks: undefined });
    expect(parsed.notices.map((notice) => notice.param)).toEqual(['classify', 'breaks']);
    expect(parsed.notices[0]?.message).toBe('Ignored "classify=manual": manual classes need valid breaks, such as breaks=100,200,400.');
  });

  it('keeps breaks and a base year that the chosen method and measure do not use', () => {
    const parsed = parse('?breaks=1,2&base=2017-18');
    expect(parsed.state).toMatchObject({ classify: 'quantile', breaks: [1, 2], measure: 'rate', base: '2017/18' });
    expect(parsed.notices).toEqual([]);
  });
});

describe("parseUrlState: the reader's own words and pinned labels", () => {
  it('keeps title, subtitle, note and credit exactly as typed, markup and spaces included', () => {
    const parsed = parse(
      query([
        ['title', '  <b>Rates</b> & more '],
        ['subtitle', 'Per 100,000'],
        ['note', 'Line one\nLine two'],
        ['credit', 'Chart: A. Reporter'],
      ]),
    );
    expect(parsed.state).toMatchObject({ title: '  <b>Rates</b> & more ', subtitle: 'Per 100,000', note: 'Line one\nLine two', credit: 'Chart: A. Reporter' });
    expect(parsed.notices).toEqual([]);
    expect(parsed.params.title).toEqual({ status: 'valid', value: '  <b>Rates</b> & more ' });
  });

  it('reads empty or blank words as missing: the default words are used', () => {
    const parsed = parse('?title=&note=%20%20&credit=');
    expect(parsed.params.title).toEqual({ status: 'missing' });
    expect(parsed.params.note).toEqual({ status: 'missing' });
    expect(parsed.state).toMatchObject({ title: undefined, note: undefined, credit: undefined });
    expect(parsed.notices).toEqual([]);
  });

  it.each([
    ['title', 120],
    ['subtitle', 200],
    ['note', 500],
    ['credit', 120],
  ] as const)('%s: up to %i characters (counted as a reader counts them); one more is ignored with a notice that says the limit', (key, limit) => {
    // "é" as one code point and "😀" as two UTF-16 units: both one character each.
    const atLimit = 'é'.repeat(limit - 1) + '😀';
    expect(parse(query([[key, atLimit]])).state[key]).toBe(atLimit);
    const over = 'a'.repeat(limit + 1);
    const parsed = parse(query([[key, over]]));
    expect(parsed.state[key]).toBeUndefined();
    expect(parsed.params[key].status).toBe('invalid');
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]!.message).toContain(`${key} can be at most ${limit} characters long; this one has ${limit + 1}.`);
  });

  it('pins: force slugs or codes, repeats dropped, in the order given', () => {
    const parsed = parse('?pins=kent,E23000039,%20devon-and-cornwall%20,kent');
    expect(parsed.state.pins).toEqual(['E23000032', 'E23000039', 'E23000035']);
    expect(serialise(parsed.state)).toBe('?pins=kent,dorset,devon-and-cornwall');
  });

  it('pins: more than 5, or a name that is no force, is ignored with a notice', () => {
    const six = parse('?pins=kent,dorset,essex,surrey,sussex,gwent');
    expect(six.state.pins).toBeUndefined();
    expect(six.notices[0]!.message).toMatch(/pins must name up to 5 police force areas.*not 6\./);
    const unknown = parse('?pins=kent,atlantis');
    expect(unknown.state.pins).toBeUndefined();
    expect(unknown.notices[0]!.message).toContain('"atlantis" is not one.');
  });
});

describe('serialiseUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(serialise(DEFAULT_STATE)).toBe('');
    expect(serialise(stateWith({ measure: 'rate', classes: 5, view: 'map', scope: 'latest-year' }))).toBe('');
    expect(serialise(stateWith({ measure: 'count' }))).toBe('?measure=count');
  });

  it('writes every parameter in a fixed order', () => {
    const state: AppState = {
      view: 'table',
      force: 'E23000039',
      region: 'South West',
      scale: 'region',
      palette: 'greens',
      scope: 'each-year',
      breaks: [100, 200, 400],
      classes: 4,
      classify: 'manual',
      base: '2016/17',
      measure: 'change-base',
      year: '2022/23',
      offence: 'group:sexual-offences',
      dataset: 'nspcc-foi',
      credit: 'Chart: A. Reporter',
      note: 'Two lines\nof note',
      subtitle: 'Per 100,000',
      title: 'Our title',
      pins: ['E23000038', 'E23000034'],
      lang: 'cy',
    };
    expect(serialise(state)).toBe(
      '?dataset=nspcc-foi&offence=group:sexual-offences&year=2022-23&measure=change-base&base=2016-17&classify=manual&classes=4&breaks=100,200,400' +
        '&scope=each-year&palette=greens&scale=region&region=south-west&force=dorset&pins=wiltshire,city-of-london&view=table' +
        '&title=Our%20title&subtitle=Per%20100,000&note=Two%20lines%0Aof%20note&credit=Chart:%20A.%20Reporter&lang=cy',
    );
  });

  it('writes the Dorset story link', () => {
    expect(serialise(stateWith({ dataset: 'nspcc-foi', region: 'South West', force: 'E23000039' }))).toBe('?dataset=nspcc-foi&region=south-west&force=dorset');
  });

  it('writes slugs for regions and forces', () => {
    expect(serialise(stateWith({ region: 'Yorkshire and The Humber' }))).toBe('?region=yorkshire-and-the-humber');
    expect(serialise(stateWith({ region: 'London', force: 'E23000034' }))).toBe('?region=london&force=city-of-london');
  });

  it("writes a force's own region, whatever the state says", () => {
    expect(serialise(stateWith({ force: 'E23000039' }))).toBe('?region=south-west&force=dorset');
    expect(serialise(stateWith({ region: 'London', force: 'E23000039' }))).toBe('?region=south-west&force=dorset');
  });

  it('writes an unknown force code as it is, for the parser to report', () => {
    const search = serialise(stateWith({ force: 'E23000099' }));
    expect(search).toBe('?force=E23000099');
    expect(parse(search).notices.map((notice) => notice.param)).toEqual(['force']);
  });

  it('writes numbers so that they read back exactly, commas and all', () => {
    expect(serialise(stateWith({ breaks: [-1.5, 0, 1e-7, 0.1, 1e21] }))).toBe('?breaks=-1.5,0,1e-7,0.1,1e21');
    expect(parse('?breaks=-1.5,0,1e-7,0.1,1e21').state.breaks).toEqual([-1.5, 0, 1e-7, 0.1, 1e21]);
  });
});

// Property runs are kept modest for a busy two-core machine; 30 000 runs of
// each passed when this was written.
describe('round trips', () => {
  const financialYear = fc.integer({ min: 1990, max: 2099 }).map((start) => `${start}/${String((start + 1) % 100).padStart(2, '0')}`);
  const breaks = fc
    .uniqueArray(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (value === 0 ? 0 : value)),
      { minLength: 1, maxLength: 6, comparator: 'SameValueZero' },
    )
    .map((values) => [...values].sort((a, b) => a - b));
  const place = fc.oneof(
    fc.constant({ region: undefined, force: undefined }),
    fc.constantFrom(...REGIONS).map((region) => ({ region, force: undefined })),
    fc.constantFrom(...forceTable.forces).map((force) => ({ region: force.region, force: force.code })),
  );
  const validState: fc.Arbitrary<AppState> = fc
    .record({
      // Not "ho-code-…", the form of earlier links, which is read as the Home Office figures.
      dataset: fc.oneof(
        fc.constantFrom('home-office', 'nspcc-foi', 'import-1'),
        fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,19}$/).filter((id) => !id.startsWith('ho-code-')),
      ),
      offence: fc.oneof(fc.constantFrom('86', '8Q', '37.2', 'all', 'group:sexual-offences', 'subgroup:rape-offences'), fc.stringMatching(/^[0-9A-Z]{1,4}$/)),
      year: fc.option(financialYear, { nil: undefined }),
      measure: fc.constantFrom(...MEASURES),
      base: fc.option(financialYear, { nil: undefined }),
      classify: fc.constantFrom(...CLASSIFY_METHODS),
      classes: fc.integer({ min: 3, max: 7 }),
      breaks: fc.option(breaks, { nil: undefined }),
      scope: fc.constantFrom(...BREAK_SCOPES),
      palette: fc.option(fc.constantFrom(...PALETTES), { nil: undefined }),
      place,
      scale: fc.constantFrom(...COLOUR_SCALES),
      view: fc.constantFrom(...VIEWS),
      pins: fc.option(fc.uniqueArray(fc.constantFrom(...forceTable.forces.map((force) => force.code)), { minLength: 1, maxLength: 5 }), { nil: undefined }),
      // The reader's words are free text, which needs escaping: their round trip is checked below.
      title: fc.constant(undefined),
      subtitle: fc.constant(undefined),
      note: fc.constant(undefined),
      credit: fc.constant(undefined),
      lang: fc.option(fc.constantFrom(...LANGUAGES), { nil: undefined }),
    })
    .map(({ place: { region, force }, ...rest }) => ({
      ...rest,
      region,
      force,
      // Manual classes come with breaks, or the state is not a valid one.
      breaks: rest.classify === 'manual' && rest.breaks === undefined ? [100] : rest.breaks,
    }));

  it('parse(serialise(state)) gives back any valid state, with no notices', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const search = serialise(state);
        const parsed = parse(search);
        expect(parsed.state).toStrictEqual(state);
        expect(parsed.notices).toEqual([]);
        for (const key of URL_PARAM_KEYS) expect(parsed.params[key].status).not.toBe('invalid');
        // Canonical links need no escaping: readable, and safe to paste anywhere.
        expect(search).toMatch(/^(\?[a-z]+=[a-zA-Z0-9.,:-]+(&[a-z]+=[a-zA-Z0-9.,:-]+)*)?$/);
      }),
      { numRuns: 600 },
    );
  }, 30_000);

  it("the reader's words come back exactly as typed, whatever they hold", () => {
    const words = (limit: number) =>
      fc.option(
        fc.string({ minLength: 1, maxLength: limit, unit: 'grapheme' }).filter((text) => text.trim() !== '' && [...text].length <= limit),
        { nil: undefined },
      );
    fc.assert(
      fc.property(fc.record({ title: words(120), subtitle: words(200), note: words(500), credit: words(120) }), (text) => {
        const state = stateWith(text);
        const parsed = parse(serialise(state));
        expect(parsed.state).toStrictEqual(state);
        expect(parsed.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  const tokens = [
    'rate',
    'count',
    'change-base',
    'manual',
    'quantile',
    'each-year',
    'region',
    'national',
    'table',
    '2016-17',
    '2016/17',
    '2019-20',
    'dorset',
    'E23000039',
    'london',
    'south-west',
    'wales',
    'gwent',
    'blues',
    'nspcc-foi',
    '3',
    '7',
    '9',
    '100,200',
    '200,100',
    '',
    ' ',
    '<b>',
    '%',
  ];
  const keys = [...URL_PARAM_KEYS, 'mesure', 'utm_source'];
  const anyValue = fc.oneof(fc.constantFrom(...tokens), fc.string(), fc.string({ unit: 'binary' }));
  const anyEntries = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), anyValue), { maxLength: 16 });
  const anySearch = fc.oneof(
    anyEntries.map((entries) => query(entries)),
    anyEntries.map((entries) => `?${entries.map(([key, value]) => `${key}=${value}`).join('&')}`),
    fc.string({ unit: 'binary' }),
  );

  it('serialise(parse(search).state) is canonical for any search string', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const first = parse(search);
        const canonical = serialise(first.state);
        const again = parse(canonical);
        expect(again.state).toStrictEqual(first.state);
        expect(again.notices).toEqual([]);
        expect(serialise(again.state)).toBe(canonical);
        // Every value the state took from the link was reported or valid.
        for (const key of URL_PARAM_KEYS) {
          if (first.params[key].status !== 'valid' && key !== 'region') expect(first.state[key]).toEqual(DEFAULT_STATE[key]);
        }
      }),
      { numRuns: 600 },
    );
  }, 30_000);

  it('a notice is given for each invalid parameter, and raw is what the link said', () => {
    fc.assert(
      fc.property(anyEntries, (entries) => {
        const parsed = parse(query(entries));
        for (const key of URL_PARAM_KEYS) {
          const result = parsed.params[key];
          if (result.status !== 'invalid') continue;
          expect(entries.find(([name]) => name === key)?.[1]).toBe(result.raw);
          expect(parsed.notices).toContainEqual({ param: key, raw: result.raw, message: result.message });
        }
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});
