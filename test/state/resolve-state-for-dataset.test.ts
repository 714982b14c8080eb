import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type AppState } from '../../src/state/app-state';
import { resolveStateForDataset as resolveWithIsolates } from '../../src/state/resolve-state-for-dataset';
import { plainNotices } from './plain-messages';

const YEARS = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'];
/** Resolved, with the messages' isolates around user text dropped. */
const resolveStateForDataset = (state: AppState, years: readonly string[]) => {
  const resolved = resolveWithIsolates(state, years);
  return { ...resolved, notices: plainNotices(resolved.notices) };
};
const stateWith = (change: Partial<AppState>): AppState => ({ ...DEFAULT_STATE, ...change });

describe('resolveStateForDataset', () => {
  it('leaves years the dataset has, and undefined years, alone', () => {
    for (const state of [DEFAULT_STATE, stateWith({ year: '2018/19', base: '2016/17', measure: 'change-base' })]) {
      const resolved = resolveStateForDataset(state, YEARS);
      expect(resolved.state).toBe(state);
      expect(resolved.notices).toEqual([]);
    }
  });

  it('turns a year the dataset lacks into "the latest year", with a notice', () => {
    const resolved = resolveStateForDataset(stateWith({ year: '2009/10', measure: 'rate' }), YEARS);
    expect(resolved.state).toEqual(stateWith({ year: undefined, measure: 'rate' }));
    expect(resolved.notices).toEqual([
      {
        param: 'year',
        raw: '2009-10',
        message: 'Ignored "year=2009-10": this dataset has no figures for 2009/10, so the latest year, 2020/21, is shown.',
      },
    ]);
  });

  it('turns a base year the dataset lacks into "the first year", with a notice', () => {
    const resolved = resolveStateForDataset(stateWith({ measure: 'change-base', base: '2030/31', year: '2019/20' }), YEARS);
    expect(resolved.state).toEqual(stateWith({ measure: 'change-base', base: undefined, year: '2019/20' }));
    expect(resolved.notices).toEqual([
      {
        param: 'base',
        raw: '2030-31',
        message: 'Ignored "base=2030-31": this dataset has no figures for 2030/31, so change is measured from its first year, 2016/17.',
      },
    ]);
  });

  it('reports both, year first, and does not change the state it was given', () => {
    const state = stateWith({ year: '2001/02', base: '2002/03' });
    const resolved = resolveStateForDataset(state, YEARS);
    expect(resolved.notices.map((notice) => notice.param)).toEqual(['year', 'base']);
    expect(resolved.state).toMatchObject({ year: undefined, base: undefined });
    expect(state).toMatchObject({ year: '2001/02', base: '2002/03' });
  });

  it('finds the first and latest years even when the list is out of order', () => {
    const resolved = resolveStateForDataset(stateWith({ year: '1999/00', base: '1998/99' }), ['2019/20', '2016/17', '2021/22', '2017/18']);
    expect(resolved.notices[0]?.message).toContain('the latest year, 2021/22');
    expect(resolved.notices[1]?.message).toContain('its first year, 2016/17');
  });

  it('copes with a dataset without years', () => {
    const resolved = resolveStateForDataset(stateWith({ year: '2016/17' }), []);
    expect(resolved.state.year).toBeUndefined();
    expect(resolved.notices[0]?.message).toBe('Ignored "year=2016-17": this dataset has no figures for 2016/17, so no year is shown.');
  });
});
