import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, type ExportExtension } from '../../src/export/file-names';
import { MEASURE_IDS } from '../../src/model/measures';

const SAFE = /^[a-z0-9\-_.]+$/;

describe('exportFileName', () => {
  it('names what the export shows: dataset, measure, year and area', () => {
    expect(exportFileName({ datasetId: 'ho-code-86', measure: 'rate', year: '2020/21', area: 'South West', extension: 'png' })).toBe(
      'pfa-atlas_ho-code-86_rate_2020-21_south-west.png',
    );
    expect(exportFileName({ datasetId: 'nspcc-foi', measure: 'count', year: '2016/17', area: undefined, extension: 'svg' })).toBe(
      'pfa-atlas_nspcc-foi_count_2016-17_england-and-wales.svg',
    );
    expect(exportFileName({ datasetId: 'ho-code-86', measure: 'rate', year: '2020/21', area: 'London', extension: 'csv' })).toBe(
      'pfa-atlas_ho-code-86_rate_2020-21_london.csv',
    );
  });

  it('says "all-years" for an export of every year', () => {
    expect(exportFileName({ datasetId: 'ho-code-86', measure: 'count', year: undefined, area: undefined, extension: 'zip' })).toBe(
      'pfa-atlas_ho-code-86_count_all-years_england-and-wales.zip',
    );
  });

  it('adds the selected force after the area', () => {
    expect(
      exportFileName({ datasetId: 'ho-code-86', measure: 'count', year: '2020/21', area: 'South West', force: 'Devon & Cornwall', extension: 'png' }),
    ).toBe('pfa-atlas_ho-code-86_count_2020-21_south-west_devon-and-cornwall.png');
  });

  it('names the base year of a change since a year, so two bases never share a name', () => {
    const parts = { datasetId: 'ho-code-86', measure: 'change-base', year: '2020/21', area: undefined, extension: 'png' } as const;
    expect(exportFileName({ ...parts, baseYear: '2016/17' })).toBe('pfa-atlas_ho-code-86_change-base-2016-17_2020-21_england-and-wales.png');
    expect(exportFileName(parts)).toBe('pfa-atlas_ho-code-86_change-base_2020-21_england-and-wales.png');
    expect(exportFileName({ ...parts, measure: 'change-previous', baseYear: '2016/17' })).toBe(
      'pfa-atlas_ho-code-86_change-previous_2020-21_england-and-wales.png',
    );
  });

  it('names every measure with its base for the figures CSV, and a preset or the grid last', () => {
    expect(
      exportFileName({ datasetId: 'ho-code-86', measure: 'all-measures', baseYear: '2012/13', year: undefined, area: 'South West', extension: 'csv' }),
    ).toBe('pfa-atlas_ho-code-86_all-measures-base-2012-13_all-years_south-west.csv');
    expect(
      exportFileName({ datasetId: 'ho-code-86', measure: 'rate', year: '2020/21', area: undefined, force: 'Dorset', variant: 'social-card', extension: 'png' }),
    ).toBe('pfa-atlas_ho-code-86_rate_2020-21_england-and-wales_dorset_social-card.png');
    expect(
      exportFileName({ datasetId: 'ho-code-86', measure: 'rate', year: undefined, area: undefined, variant: 'small-multiples-square', extension: 'svg' }),
    ).toBe('pfa-atlas_ho-code-86_rate_all-years_england-and-wales_small-multiples-square.svg');
  });

  it('slugs region names with "and", accents and capitals', () => {
    expect(exportFileName({ datasetId: 'ho-code-86', measure: 'rate', year: '2020/21', area: 'Yorkshire and The Humber', extension: 'png' })).toBe(
      'pfa-atlas_ho-code-86_rate_2020-21_yorkshire-and-the-humber.png',
    );
    expect(exportFileName({ datasetId: 'x', measure: 'rate', year: '2020/21', area: undefined, force: 'Ynys Môn', extension: 'png' })).toBe(
      'pfa-atlas_x_rate_2020-21_england-and-wales_ynys-mon.png',
    );
  });

  it('holds only [a-z0-9-_.] and splits back into its parts at "_", whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((text) => /[a-z0-9]/i.test(text)),
        fc.constantFrom(...MEASURE_IDS),
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        fc.constantFrom<ExportExtension>('png', 'svg', 'csv', 'zip'),
        (datasetId, measure, year, area, force, extension) => {
          const name = exportFileName({ datasetId, measure, year, area, force, baseYear: year, extension });
          expect(name).toMatch(SAFE);
          expect(name.endsWith(`.${extension}`)).toBe(true);
          const parts = name.slice(0, -extension.length - 1).split('_');
          expect(parts[0]).toBe('pfa-atlas');
          expect(parts.length === 5 || parts.length === 6).toBe(true);
          for (const part of parts) expect(part).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        },
      ),
    );
  });

  it('refuses a dataset id with nothing to name it by, and unknown extensions', () => {
    expect(() => exportFileName({ datasetId: '!!!', measure: 'rate', year: '2020/21', area: undefined, extension: 'png' })).toThrow(/no letters or digits/);
    expect(() => exportFileName({ datasetId: 'x', measure: 'rate', year: '2020/21', area: undefined, extension: 'exe' as ExportExtension })).toThrow(
      /unknown extension/,
    );
  });
});
