import { describe, expect, it } from 'vitest';
import { URL_PARAM_KEYS, ignoredNotice, shownInMessage, urlParamSchemas } from '../../src/state/url-params';
import { forceTable } from '../helpers';

describe('ignoredNotice', () => {
  it('names the parameter and its value, then gives the reason', () => {
    expect(ignoredNotice('measure', 'ratee', 'measure must be one of count, rate.')).toEqual({
      param: 'measure',
      raw: 'ratee',
      message: 'Ignored "measure=ratee": measure must be one of count, rate.',
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
  it('keeps up to 60 characters and marks a cut with an ellipsis', () => {
    expect(shownInMessage('x'.repeat(60))).toBe('x'.repeat(60));
    expect(shownInMessage('x'.repeat(61))).toBe(`${'x'.repeat(59)}…`);
  });
});

describe('urlParamSchemas', () => {
  it('has a schema for every parameter, built once per table and palette list', () => {
    const paletteIds = ['blues'];
    const schemas = urlParamSchemas({ forceTable, paletteIds });
    expect(Object.keys(schemas).sort()).toEqual([...URL_PARAM_KEYS].sort());
    expect(urlParamSchemas({ forceTable, paletteIds })).toBe(schemas);
    expect(urlParamSchemas({ forceTable, paletteIds: ['blues'] })).not.toBe(schemas);
  });

  it('lists the parameters in canonical URL order', () => {
    expect(URL_PARAM_KEYS).toEqual(['dataset', 'offence', 'year', 'measure', 'base', 'classify', 'classes', 'breaks', 'scope', 'palette', 'scale', 'region', 'force', 'view']);
  });
});
