import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../src/datasets/dataset';
import { offenceCatalogSchema } from '../../src/datasets/offence-catalog';
import { DEFAULT_STATE, type AppState } from '../../src/state/app-state';
import { resolveState, type LoadedForState } from '../../src/state/resolve-state';
import { readGeneratedJson } from '../helpers';
import { plainNotices } from './plain-messages';

const catalog = offenceCatalogSchema.parse(readGeneratedJson('offences/index.json'));
const code86 = datasetSchema.parse(readGeneratedJson('offences/code-86.json'));
const nspcc = datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json'));
const stateWith = (change: Partial<AppState>): AppState => ({ ...DEFAULT_STATE, ...change });

/** What has loaded: the two shipped datasets on offer, the catalogue, and the figures named, under their keys. */
function loaded(figures: Record<string, Dataset> = {}, change: Partial<LoadedForState> = {}): LoadedForState & { asked: string[] } {
  const asked: string[] = [];
  return {
    datasets: {
      has: (id) => id === 'home-office' || id === 'nspcc-foi',
      fallback: 'home-office',
      missingReason: () => 'other-tab',
    },
    catalog,
    figures: (key) => {
      asked.push(key);
      return figures[key];
    },
    asked,
    ...change,
  };
}

const resolve = (state: AppState, what: LoadedForState) => {
  const resolved = resolveState(state, what);
  return { state: resolved.state, notices: plainNotices(resolved.notices) };
};

describe('resolveState: the state put right against what has loaded', () => {
  it('returns a valid state as it is, with no notices', () => {
    for (const state of [
      DEFAULT_STATE,
      stateWith({ year: '2016/17', base: '2013/14', measure: 'change-base' }),
      stateWith({ dataset: 'nspcc-foi', year: '2020/21' }),
    ]) {
      const resolved = resolveState(state, loaded({ 'ho-code-86': code86, 'nspcc-foi': nspcc }));
      expect(resolved.state).toBe(state);
      expect(resolved.notices).toEqual([]);
    }
  });

  it('falls back from a dataset not on offer to the first one, saying why, and asks for no figures of it', () => {
    const what = loaded({ 'ho-code-86': code86 });
    const resolved = resolve(stateWith({ dataset: 'import-3', year: '1999/00' }), what);
    expect(resolved.state).toEqual(stateWith({ dataset: 'home-office', year: '1999/00' }));
    expect(resolved.notices).toEqual([
      {
        param: 'dataset',
        raw: 'import-3',
        message:
          'Ignored "dataset=import-3": imported figures stay only in the browser tab they were imported in, until it is closed, so home-office is shown.',
      },
    ]);
    expect(what.asked).toEqual([]);
  });

  it('falls back from an offence the release does not map to code 86, and checks the year against code 86’s figures', () => {
    const what = loaded({ 'ho-code-86': code86 });
    const resolved = resolve(stateWith({ offence: '999', year: '2031/32' }), what);
    expect(resolved.state).toEqual(stateWith({ offence: '86', year: undefined }));
    expect(resolved.notices.map((notice) => notice.param)).toEqual(['offence', 'year']);
    expect(resolved.notices[0]!.message).toContain('the Home Office table has no offence "999"');
    expect(what.asked).toEqual(['ho-code-86']);
  });

  it('puts a year and a base year the figures lack right, year first', () => {
    // code-86.json holds 2012/13 to 2022/23 (data/home-office/release.json); 2009/10 and 2040/41 are outside it.
    const resolved = resolve(stateWith({ measure: 'change-base', year: '2009/10', base: '2040/41' }), loaded({ 'ho-code-86': code86 }));
    expect(resolved.state).toEqual(stateWith({ measure: 'change-base', year: undefined, base: undefined }));
    expect(resolved.notices).toEqual([
      {
        param: 'year',
        raw: '2009-10',
        message: 'Ignored "year=2009-10": this dataset has no figures for 2009/10, so the latest year, 2022/23, is shown.',
      },
      {
        param: 'base',
        raw: '2040-41',
        message: 'Ignored "base=2040-41": this dataset has no figures for 2040/41, so change is measured from its first year, 2012/13.',
      },
    ]);
  });

  it('checks years against the figures of the dataset shown, not another’s', () => {
    // The NSPCC's figures run 2017/18 to 2022/23 and open on 2017/18 (README: 2022/23 has 4 forces).
    const resolved = resolve(stateWith({ dataset: 'nspcc-foi', year: '2012/13' }), loaded({ 'ho-code-86': code86, 'nspcc-foi': nspcc }));
    expect(resolved.notices.map((notice) => notice.message)).toEqual([
      'Ignored "year=2012-13": this dataset has no figures for 2012/13, so 2017/18, the latest year with figures for most forces, is shown.',
    ]);
  });

  it('leaves the years alone while the figures have not loaded, and the offence while the catalogue has not', () => {
    const state = stateWith({ offence: '999', year: '1999/00' });
    const resolved = resolveState(state, loaded({}, { catalog: undefined }));
    expect(resolved.state).toBe(state);
    expect(resolved.notices).toEqual([]);
  });
});
