import { describe, expect, it } from 'vitest';
import { URL_PARAM_KEYS, ignoredNotice, shownInMessage, urlParamSchemas } from '../../src/state/url-params';
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
    expect(Object.keys(schemas).sort()).toEqual([...URL_PARAM_KEYS].sort());
    expect(urlParamSchemas({ forceTable, paletteIds })).toBe(schemas);
    expect(urlParamSchemas({ forceTable, paletteIds: ['blues'] })).not.toBe(schemas);
  });

  it('lists the parameters in canonical URL order', () => {
    expect(URL_PARAM_KEYS).toEqual(['dataset', 'offence', 'year', 'measure', 'base', 'classify', 'classes', 'breaks', 'scope', 'palette', 'scale', 'region', 'force', 'pins', 'view', 'title', 'subtitle', 'note', 'credit']);
  });
});
