import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../src/ingest/parse-delimited';
import { readProjectFile } from '../helpers';

describe('data/population.csv', () => {
  const rows = parseDelimited(readProjectFile('data/population.csv')).slice(1);
  it('has all 43 forces for mid-2012 to mid-2021 and 42 for mid-2022 (the City of London is not in that file)', () => {
    const byYear = new Map<string, number>();
    for (const { fields } of rows) byYear.set(fields[1]!, (byYear.get(fields[1]!) ?? 0) + 1);
    for (let year = 2012; year <= 2021; year++) expect(byYear.get(String(year))).toBe(43);
    expect(byYear.get('2022')).toBe(42);
    expect(rows.some(({ fields }) => fields[0] === 'E23000034' && fields[1] === '2022')).toBe(false);
  });

  it('names a source on every row', () => {
    expect(rows.every(({ fields }) => (fields[3] ?? '').startsWith('ONS'))).toBe(true);
  });
});
