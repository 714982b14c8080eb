import { describe, expect, it } from 'vitest';
import { URL_PARAM_KEYS, ignoredNotice, shownInMessage, typedBreaksProblem, urlParamSchemas } from '../../src/state/url-params';
import { ISOLATE_END, ISOLATE_START } from '../../src/format/user-text';
import { forceTable } from '../helpers';

describe('ignoredNotice', () => {
  it('names the parameter and its value, then gives the reason', () => {
    expect(ignoredNotice('measure', 'ratee', 'measure must be one of count, rate.')).toEqual({
      param: 'measure',
      raw: 'ratee',
      message: `Ignored "${ISOLATE_START}measure${ISOLATE_END}=${ISOLATE_START}ratee${ISOLATE_END}": measure must be one of count, rate.`,
    });
  });

  it('shortens long names and values in the message only', () => {
    const long = 'y'.repeat(100);
    const notice = ignoredNotice(long, long, 'no.');
    expect(notice.param).toBe(long);
    expect(notice.raw).toBe(long);
    expect(notice.message).toBe(`Ignored "${shownInMessage(long)}=${shownInMessage(long)}": no.`);
  });
});

describe('shownInMessage', () => {
  it('keeps up to 60 characters and marks a cut with an ellipsis, isolated from the sentence', () => {
    expect(shownInMessage('x'.repeat(60))).toBe(`${ISOLATE_START}${'x'.repeat(60)}${ISOLATE_END}`);
    expect(shownInMessage('x'.repeat(61))).toBe(`${ISOLATE_START}${'x'.repeat(59)}…${ISOLATE_END}`);
  });
});

describe('urlParamSchemas', () => {
  it('has a schema for every parameter, built once per table and palette list', () => {
    const paletteIds = ['blues'];
    const schemas = urlParamSchemas({ forceTable, paletteIds });
    for (const key of URL_PARAM_KEYS) expect(schemas.of(key).safeParse, key).toBeTypeOf('function');
    expect(schemas.of('force')).toBe(schemas.of('force'));
    expect(schemas.of('force')).not.toBe(schemas.of('pins'));
    expect(urlParamSchemas({ forceTable, paletteIds })).toBe(schemas);
    expect(urlParamSchemas({ forceTable, paletteIds: ['blues'] })).not.toBe(schemas);
  });

  it('lists the parameters in canonical URL order', () => {
    expect(URL_PARAM_KEYS).toEqual([
      'dataset',
      'offence',
      'year',
      'measure',
      'base',
      'classify',
      'classes',
      'breaks',
      'scope',
      'palette',
      'scale',
      'region',
      'force',
      'pins',
      'view',
      'title',
      'subtitle',
      'note',
      'credit',
      'lang',
    ]);
  });
});

describe('breaks typed in the field (issue 25, item 7)', () => {
  it('refuses a comma that may be a thousands separator, saying why and what to write', () => {
    expect(typedBreaksProblem('1,234')).toBe(
      '"1,234" could be one break, 1234, or two, 1 and 234: write 1234 for one, or put a space after the comma between breaks (1, 234).',
    );
    expect(typedBreaksProblem('50, 1,234, 5000')).toMatch(/^"1,234" could be one break/);
    expect(typedBreaksProblem('100,200,400')).toMatch(/^"100,200" could be one break, 100200, or two, 100 and 200/);
  });

  it('takes breaks a comma cannot make ambiguous', () => {
    for (const text of ['100, 200, 400', '80,20', '1.5,2.5', '1000,2000', '0.5,100', '1234, 5678', '-1,5'])
      expect(typedBreaksProblem(text), text).toBeUndefined();
  });
});
