import { describe, expect, it } from 'vitest';
import { datasetMetaSchema } from '../../src/datasets/dataset';

const META = { id: 'import-1', title: 't', definition: 'd', unit: 'offences', source: 's', releaseDate: 'r', licence: 'l', attribution: 'a' };

describe('the dataset meta', () => {
  it('still reads a meta kept from before rate bases and offences (an import in session storage): rates per 100,000', () => {
    const meta = datasetMetaSchema.parse(META);
    expect(meta.ratePer).toBe(100_000);
  });

  it('reads a Home Office series with its rate base and offence', () => {
    const meta = datasetMetaSchema.parse({
      ...META,
      id: 'ho-code-37.2',
      ratePer: 1000,
      offence: { id: '37.2', kind: 'code', name: 'Aggravated vehicle taking', code: '37.2' },
    });
    expect(meta.ratePer).toBe(1000);
    expect(meta.offence?.kind).toBe('code');
  });

  it('refuses another rate base, an unknown kind of offence, and an id with characters a file name should not have', () => {
    expect(datasetMetaSchema.safeParse({ ...META, ratePer: 10_000 }).success).toBe(false);
    expect(datasetMetaSchema.safeParse({ ...META, offence: { id: 'x', kind: 'region', name: 'x' } }).success).toBe(false);
    expect(datasetMetaSchema.safeParse({ ...META, id: 'ho-code-1/4' }).success).toBe(false);
  });

  it('takes a publisher’s link only as an https: address (About shows it as a link) (issue 25, item 6)', () => {
    for (const sourceUrl of ['javascript:alert(1)', 'data:text/html,x', 'http://example.org/', '//evil.example', 'https:no-host', ' https://example.org/']) {
      expect(datasetMetaSchema.safeParse({ ...META, sourceUrl }).success, sourceUrl).toBe(false);
    }
    expect(datasetMetaSchema.parse({ ...META, sourceUrl: 'https://www.gov.uk/government/statistics/police-recorded-crime-open-data-tables' }).sourceUrl).toBe(
      'https://www.gov.uk/government/statistics/police-recorded-crime-open-data-tables',
    );
  });
});
