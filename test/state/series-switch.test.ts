import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type AppState } from '../../src/state/app-state';
import { resolveStateForDataset } from '../../src/state/resolve-state-for-dataset';
import { seriesSwitch } from '../../src/state/series-switch';
import { plainNotices } from './plain-messages';

const NSPCC_YEARS = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23'];
const after = (state: Partial<AppState>, change: Parameters<typeof seriesSwitch>[0]): AppState => ({ ...DEFAULT_STATE, ...state, ...seriesSwitch(change) });

describe('seriesSwitch (issue 19, item 8)', () => {
  it('keeps the year the reader chose when switching offence or dataset, and the series’ own first year as base', () => {
    expect(after({ year: '2019/20', base: '2014/15', measure: 'change-base' }, { offence: 'all' })).toMatchObject({
      offence: 'all',
      year: '2019/20',
      base: undefined,
    });
    expect(after({ year: '2014/15' }, { dataset: 'nspcc-foi' })).toMatchObject({ dataset: 'nspcc-foi', year: '2014/15' });
  });

  it('leaves no year chosen as none, so that the new series opens on its own year', () => {
    expect(after({ year: undefined }, { dataset: 'nspcc-foi' }).year).toBeUndefined();
  });

  it('keeps a year the new series has as it is, and drops one it lacks, naming the year shown instead', () => {
    const kept = resolveStateForDataset(after({ year: '2019/20' }, { dataset: 'nspcc-foi' }), NSPCC_YEARS, [], '2017/18');
    expect(kept.state.year).toBe('2019/20');
    expect(kept.notices).toEqual([]);
    const dropped = resolveStateForDataset(after({ year: '2014/15' }, { dataset: 'nspcc-foi' }), NSPCC_YEARS, [], '2017/18');
    expect(dropped.state.year).toBeUndefined();
    expect(plainNotices(dropped.notices)[0]!.message).toBe(
      'Ignored "year=2014-15": this dataset has no figures for 2014/15, so 2017/18, the latest year with figures for most forces, is shown.',
    );
  });
});
