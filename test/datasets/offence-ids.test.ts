import { describe, expect, it } from 'vitest';
import { homeOfficeDatasetId, offenceFileStem, offenceKindOf, offenceRatePer, parseOffenceId, shippedDatasetFile } from '../../src/datasets/offence-ids';

describe('parseOffenceId', () => {
  it.each([
    ['all', 'all'],
    ['ALL', 'all'],
    [' Group:Sexual-Offences ', 'group:sexual-offences'],
    ['SUBGROUP:rape-offences', 'subgroup:rape-offences'],
    ['86', '86'],
    ['8q', '8Q'],
    ['37.2', '37.2'],
    ['28e', '28E'],
    ['1/4.1/4.10/4.2', '1/4.1/4.10/4.2'],
    ['uk  finance', 'UK FINANCE'],
  ])('reads %j as %j', (text, id) => {
    expect(parseOffenceId(text)).toBe(id);
  });

  it.each(['', 'group:', 'group:sexual offences', 'group:-robbery', 'kind:robbery', '86-', '<script>', '8Q;', '../86'])('refuses %j', (text) => {
    expect(parseOffenceId(text)).toBeUndefined();
  });
});

describe('offenceFileStem and the dataset id', () => {
  it.each([
    ['all', 'all', 'all'],
    ['group:robbery', 'group-robbery', 'group'],
    ['subgroup:rape-offences', 'subgroup-rape-offences', 'subgroup'],
    ['86', 'code-86', 'code'],
    ['8Q', 'code-8q', 'code'],
    ['37.2', 'code-37.2', 'code'],
    ['1/4.1/4.10/4.2', 'code-1-4.1-4.10-4.2', 'code'],
  ])('%s → %s (%s)', (id, stem, kind) => {
    expect(offenceFileStem(id)).toBe(stem);
    expect(offenceKindOf(id)).toBe(kind);
    expect(homeOfficeDatasetId(id)).toBe(`ho-${stem}`);
  });

  it('serves a Home Office series under offences/ and the others under datasets/', () => {
    expect(shippedDatasetFile('ho-code-86')).toBe('offences/code-86.json');
    expect(shippedDatasetFile(homeOfficeDatasetId('group:robbery'))).toBe('offences/group-robbery.json');
    expect(shippedDatasetFile('nspcc-foi')).toBe('datasets/nspcc-foi.json');
  });
});

describe('offenceRatePer', () => {
  it('gives all offences and offence groups per 1,000 people, subgroups and codes per 100,000', () => {
    expect(offenceRatePer('all')).toBe(1000);
    expect(offenceRatePer('group')).toBe(1000);
    expect(offenceRatePer('subgroup')).toBe(100_000);
    expect(offenceRatePer('code')).toBe(100_000);
  });
});
