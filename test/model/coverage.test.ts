import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/datasets/dataset';
import { latestWellCoveredYear, openingYearOf } from '../../src/model/coverage';
import { readGeneratedJson } from '../helpers';

describe('latestWellCoveredYear', () => {
  it('is the latest year with figures for three quarters of the forces that have any', () => {
    // Four forces with figures: three quarters is 3. Year 2 has 2, year 1 has 3.
    const series = [
      [1, 2, 3],
      [1, 2, null],
      [1, null, 5],
      [null, 4, null],
    ];
    expect(latestWellCoveredYear(series)).toBe(1);
    expect(latestWellCoveredYear(series.map((row) => [...row, 9]))).toBe(3);
  });

  it('falls back to the latest year with most figures, and to none without figures', () => {
    expect(
      latestWellCoveredYear([
        [1, null, null],
        [null, 2, null],
        [null, 3, null],
        [null, null, 4],
        [null, null, 5],
      ]),
    ).toBe(2);
    expect(latestWellCoveredYear([[null, null]])).toBeUndefined();
  });
});

describe('openingYearOf', () => {
  it('opens the NSPCC figures on 2017/18 (21 of 24 forces; 2022/23 has 4), the Home Office series on 2022/23', () => {
    // Counted with python3 over the generated files: see test/view-model/page-model.test.ts.
    expect(openingYearOf(datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json')))).toBe('2017/18');
    expect(openingYearOf(datasetSchema.parse(readGeneratedJson('offences/all.json')))).toBe('2022/23');
  });
});
