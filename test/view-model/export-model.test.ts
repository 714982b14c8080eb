import { describe, expect, it } from 'vitest';
import { boundsOf } from '../../src/geography/boundaries';
import { exportModelFor, homeOffice, nspcc, pageData } from '../export/picture-fixture';

const DORSET = 'E23000039';
const NORTHUMBRIA = 'E23000007';

describe('the picture of a year', () => {
  it('fits England and Wales when no region is in view, and names no force', () => {
    const picture = exportModelFor({}).picture(0);
    expect(picture.bounds).toEqual([
      [-6.4, 49.85],
      [1.8, 55.85],
    ]);
    expect(picture.selected).toBeUndefined();
  });

  it('fits the region in focus and names the selected force', () => {
    const model = exportModelFor({ region: 'South West', force: DORSET });
    const picture = model.picture(model.yearIndex);
    const dorset = boundsOf(pageData.boundaries.features.features.find((force) => force.properties.code === DORSET)!.geometry);
    const northumbria = boundsOf(pageData.boundaries.features.features.find((force) => force.properties.code === NORTHUMBRIA)!.geometry);
    const [[west, south], [east, north]] = picture.bounds;
    expect(west <= dorset[0][0] && south <= dorset[0][1] && east >= dorset[1][0] && north >= dorset[1][1]).toBe(true);
    expect(north).toBeLessThan(northumbria[0][1]);
    expect(picture.selected).toEqual({ code: DORSET, name: 'Dorset' });
  });

  it('says the years a grid of every year covers', () => {
    expect(exportModelFor({ region: 'South West' }).allYearsSubtitle).toBe('Offences per 100,000 people, 2012/13 to 2022/23, South West');
    expect(exportModelFor({}, nspcc).allYearsSubtitle).toBe('Offences per 100,000 people, 2016/17 to 2022/23, England and Wales');
  });
});

describe('file names', () => {
  const model = exportModelFor({ region: 'South West', force: DORSET, year: '2020/21' });

  it('names a preset picture by its kind', () => {
    expect(model.fileName({ extension: 'png', year: '2020/21', variant: 'portrait' })).toBe('pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset_portrait.png');
    expect(homeOffice.meta.id).toBe('ho-code-86');
  });
});
