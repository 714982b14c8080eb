// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppState } from '../../src/state/app-state';
import type { UrlNotice } from '../../src/state/url-notices';
import { plainNoticeText } from './plain-messages';
import { UrlStore } from '../../src/state/url-store';
import { forceTable } from '../helpers';

const context = { forceTable, paletteIds: ['blues', 'greens'] as const };
/** Lets the store's deferred address-bar write run. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

function openAt(search: string): UrlStore {
  window.history.replaceState(null, '', `/atlas${search}`);
  return new UrlStore(context);
}

describe('UrlStore', () => {
  let startLength: number;
  beforeEach(() => {
    startLength = window.history.length;
  });
  afterEach(async () => {
    await nextTask();
  });

  it('reads its state from the address bar and writes it back in canonical form', async () => {
    const store = openAt('?year=2020-21&force=DORSET&region=south-west');
    expect(store.state.year).toBe('2020/21');
    expect(store.state.force).toBe('E23000039');
    await nextTask();
    expect(window.location.search).toBe(new URL(store.href).search);
    expect(window.history.length).toBe(startLength);
  });

  it('gives listeners the new state before the address bar is written, then writes it', async () => {
    const store = openAt('');
    await nextTask();
    const seen: { year: string | undefined; search: string }[] = [];
    store.subscribe((state) => seen.push({ year: state.year, search: window.location.search }));
    store.update({ year: '2018/19' });
    expect(seen).toEqual([{ year: '2018/19', search: '' }]);
    expect(store.href).toContain('year=2018-19');
    await nextTask();
    expect(window.location.search).toContain('year=2018-19');
    expect(window.history.length).toBe(startLength + 1);
  });

  it('writes the changes of one task once, as one new entry if any of them asked for one', async () => {
    const store = openAt('');
    await nextTask();
    store.update({ year: '2016/17' }, 'replace');
    store.update({ measure: 'count' }, 'push');
    store.update({ scope: 'each-year' }, 'push');
    store.update({ year: '2017/18' }, 'replace');
    await nextTask();
    expect(window.history.length).toBe(startLength + 1);
    const params = new URLSearchParams(window.location.search);
    expect(params.get('year')).toBe('2017-18');
    expect(params.get('measure')).toBe('count');
    expect(store.state.scope).toBe('each-year');
  });

  it('changes in place while asked to (playing): the history does not grow', async () => {
    const store = openAt('');
    await nextTask();
    for (const year of ['2016/17', '2017/18', '2018/19']) {
      store.update({ year }, 'replace');
      await nextTask();
    }
    expect(new URLSearchParams(window.location.search).get('year')).toBe('2018-19');
    expect(window.history.length).toBe(startLength);
  });

  it('tells nobody of a change that leaves the link as it is', async () => {
    const store = openAt('?year=2019-20');
    await nextTask();
    let calls = 0;
    store.subscribe(() => calls++);
    store.update({ year: '2019/20' } satisfies Partial<AppState>);
    expect(calls).toBe(0);
  });

  it('re-reads the address bar on Back, dropping a change not yet written', async () => {
    const store = openAt('?year=2019-20');
    await nextTask();
    store.update({ year: '2021/22' });
    window.history.replaceState(null, '', '/atlas?year=2016-17');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.state.year).toBe('2016/17');
    await nextTask();
    expect(window.location.search).toBe('?year=2016-17');
  });

  it('says what a change asked for and could not have, and writes the address the map follows', async () => {
    const store = openAt('');
    await nextTask();
    store.updateText({ classify: 'manual', breaks: '80, 20, abc' });
    expect(store.state.classify).toBe('quantile');
    expect(store.notices.map((notice) => notice.param).sort()).toEqual(['breaks', 'classify']);
    expect(plainNoticeText(store.notices.find((notice) => notice.param === 'breaks')!)).toContain('"abc" is not a number');
    await nextTask();
    // The link says what the map shows: no manual classes it could not use.
    expect(window.location.search).toBe('');
    store.updateText({ classify: 'manual', breaks: '20, 80' });
    expect(store.state).toMatchObject({ classify: 'manual', breaks: [20, 80] });
    // A later notice on a parameter replaces the earlier one; these breaks are fine, so nothing new is said.
    store.updateText({ breaks: '80, 20' });
    expect(store.notices.filter((notice) => notice.param === 'breaks')).toHaveLength(1);
    expect(plainNoticeText(store.notices.find((notice) => notice.param === 'breaks')!)).toContain('20 does not come after 80');
  });

  it('puts the state right in place, with its notices, as one change the listeners hear once', async () => {
    const store = openAt('?year=2031-32&measure=count');
    await nextTask();
    const heard: { year: string | undefined; notices: string[] }[] = [];
    store.subscribe((state, notices) => heard.push({ year: state.year, notices: notices.map((notice) => notice.param) }));
    const notice: UrlNotice = { param: 'year', raw: '2031-32', reason: { kind: 'year-missing', year: '2031/32' } };
    store.putRight({ ...store.state, year: undefined }, [notice]);
    expect(heard).toEqual([{ year: undefined, notices: ['year'] }]);
    await nextTask();
    expect(window.location.search).toBe('?measure=count');
    expect(window.history.length).toBe(startLength);
    // A notice alone, the state already right, is still said.
    store.putRight(store.state, [{ ...notice, param: 'base' }]);
    expect(heard.at(-1)).toEqual({ year: undefined, notices: ['year', 'base'] });
  });

  it('makes one history entry of a run of year steps, so that Back returns to where the reader was before it', async () => {
    const store = openAt('?measure=count');
    await nextTask();
    for (const year of ['2016/17', '2017/18', '2018/19', '2019/20']) {
      store.update({ year }, 'step');
      await nextTask();
    }
    expect(window.history.length).toBe(startLength + 1);
    store.update({ region: 'South West' });
    await nextTask();
    store.update({ year: '2020/21' }, 'step');
    await nextTask();
    // A step after another change starts a new entry of its own.
    expect(window.history.length).toBe(startLength + 3);
  });

  it('never adds a history entry when it follows Back or Forward, so that later entries stay reachable', async () => {
    const store = openAt('?year=2019-20');
    await nextTask();
    const pushes: string[] = [];
    const push = window.history.pushState.bind(window.history);
    window.history.pushState = (...args) => {
      pushes.push(String(args[2]));
      push(...args);
    };
    try {
      window.history.replaceState(null, '', '/atlas?dataset=nspcc-foi&year=2018-19&MEASURE=count');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await nextTask();
      expect(store.state.dataset).toBe('nspcc-foi');
      expect(pushes).toEqual([]);
    } finally {
      window.history.pushState = push;
    }
  });
});
