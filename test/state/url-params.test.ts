import { describe, expect, it } from 'vitest';
import { URL_PARAM_KEYS, typedBreaksProblem, urlParamSchemas } from '../../src/state/url-params';
import { en } from '../../src/i18n/en';
import { cy } from '../../src/i18n/cy';
import { forceTable } from '../helpers';

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
    const problem = (text: string) => typedBreaksProblem(text) && en.controls.ambiguousBreaks(typedBreaksProblem(text)!);
    expect(problem('1,234')).toBe(
      '"1,234" could be one break, 1234, or two, 1 and 234: write 1234 for one, or put a space after the comma between breaks (1, 234).',
    );
    expect(problem('50, 1,234, 5000')).toMatch(/^"1,234" could be one break/);
    expect(problem('100,200,400')).toMatch(/^"100,200" could be one break, 100200, or two, 100 and 200/);
    // A leading nought after the comma: the second break is 34, not "034".
    expect(typedBreaksProblem('5,034')).toEqual({ whole: '5,034', asOne: '5034', first: '5', second: '34', spaced: '5, 034' });
    expect(cy.controls.ambiguousBreaks(typedBreaksProblem('1,234')!)).toBe(
      'Gallai "1,234" fod yn un toriad, 1234, neu’n ddau, 1 a 234: ysgrifennwch 1234 am un, neu rhowch fwlch ar ôl yr atalnod rhwng toriadau (1, 234).',
    );
  });

  it('takes breaks a comma cannot make ambiguous', () => {
    for (const text of ['100, 200, 400', '80,20', '1.5,2.5', '1000,2000', '0.5,100', '1234, 5678', '-1,5'])
      expect(typedBreaksProblem(text), text).toBeUndefined();
  });
});
