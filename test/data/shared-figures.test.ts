import { describe, expect, it } from 'vitest';
import { nspccFiguresCsv, nspccTotalsCsv, populationCsv } from '../../data/shared-figures';
import { createForceNameResolver } from '../../src/forces/resolve-force-name';
import { parseDelimited } from '../../src/ingest/parse-delimited';
import { forceTable, readProjectFile, readSharedFile } from '../helpers';

const resolver = createForceNameResolver(forceTable);

describe('the figures committed in data/ say exactly what ../shared says', () => {
  it('data/nspcc-foi-figures.csv', () => {
    const expected = nspccFiguresCsv(parseDelimited(readSharedFile('data/nspcc-foi-child-abuse-image-offences.csv')), resolver);
    expect(readProjectFile('data/nspcc-foi-figures.csv')).toBe(expected);
  });

  it('data/nspcc-published-totals.csv', () => {
    const expected = nspccTotalsCsv(parseDelimited(readSharedFile('data/nspcc-published-totals.csv')), resolver);
    expect(readProjectFile('data/nspcc-published-totals.csv')).toBe(expected);
  });

  it('data/population.csv', () => {
    const expected = populationCsv(
      parseDelimited(readSharedFile('data/pfa-population-mid2012-2021.csv')),
      parseDelimited(readSharedFile('data/pfa-population-mid2022-rounded.tsv'), '\t'),
      resolver,
    );
    expect(readProjectFile('data/population.csv')).toBe(expected);
  });
});

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
