import type { AppState } from './app-state';
import { type UrlParamKey } from './url-params';
import { parseUrlState, serialiseUrlState, type UrlNotice, type UrlStateContext } from './url-state';

/**
 * How a change enters the browser's history:
 * - push: a new entry, which Back undoes;
 * - replace: the current entry, rewritten in place;
 * - step: a move through the years. A run of steps makes one entry, so that
 *   Back returns to where the reader was before scrubbing or playing, not
 *   to every year passed on the way.
 */
export type HistoryMode = 'push' | 'replace' | 'step';
export type StoreListener = (state: Readonly<AppState>, notices: readonly UrlNotice[]) => void;

/**
 * The URL is the source of truth: the state is always what a query string
 * says. A change is serialised to the query string and parsed back into
 * the state, and the address is written in its canonical form, so that the
 * link and the map never disagree; whatever part of a change the parser
 * rejects becomes a notice. Back and Forward re-read the address bar.
 *
 * The address bar itself is written just after the listeners have run: a
 * history write costs 1–3 ms in Chromium, more than recolouring the map for
 * a year step, and the reader should see the map change first (npm run
 * bench, year step script). Changes made in the same task share one write.
 */
export class UrlStore {
  #state: AppState;
  #notices: readonly UrlNotice[];
  /** The canonical query string of the state: the address bar's, or the one about to be written. */
  #search: string;
  #pendingWrite: { mode: 'push' | 'replace' } | undefined;
  /** Whether the current history entry was made by a year step (the next step then rewrites it). */
  #entryIsStep = false;
  readonly #listeners = new Set<StoreListener>();

  constructor(private readonly context: UrlStateContext) {
    const parsed = parseUrlState(window.location.search, context);
    this.#state = parsed.state;
    this.#notices = parsed.notices;
    this.#search = window.location.search;
    this.#canonicalise();
    window.addEventListener('popstate', () => {
      // The address bar has moved on: a change not yet written to it is overtaken.
      this.#pendingWrite = undefined;
      this.#entryIsStep = false;
      const reparsed = parseUrlState(window.location.search, context);
      this.#state = reparsed.state;
      this.#notices = reparsed.notices;
      this.#search = window.location.search;
      // Rewritten in place only: going Back or Forward must never cut off the entries after it.
      this.#canonicalise();
      this.#emit();
    });
  }

  get state(): Readonly<AppState> {
    return this.#state;
  }

  /** The link to this state, even before the address bar has been written. */
  get href(): string {
    return `${window.location.origin}${window.location.pathname}${this.#search}${window.location.hash}`;
  }

  /** The link to this state with a change, such as the same view in the other language. */
  hrefWith(patch: Partial<AppState>): string {
    const search = serialiseUrlState({ ...this.#state, ...patch }, this.context.forceTable);
    return `${window.location.origin}${window.location.pathname}${search}${window.location.hash}`;
  }

  get notices(): readonly UrlNotice[] {
    return this.#notices;
  }

  subscribe(listener: StoreListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Applies a change through the URL. Nothing happens when the URL would not change. */
  update(patch: Partial<AppState>, mode: HistoryMode = 'push'): void {
    this.#apply(serialiseUrlState({ ...this.#state, ...patch }, this.context.forceTable), mode);
  }

  /**
   * Applies parameters as a reader typed them ("breaks=80, 20, abc"): the
   * URL parser reads them as it reads a link, and says what it cannot use.
   */
  updateText(params: Partial<Record<UrlParamKey, string>>, mode: HistoryMode = 'push'): void {
    const query = new URLSearchParams(this.#search);
    for (const [key, value] of Object.entries(params)) query.set(key, value ?? '');
    this.#apply(`?${query.toString()}`, mode);
  }

  /**
   * The state put right against what has loaded (state/resolve-state.ts):
   * the address rewritten in place and the notices saying why added, as
   * one change, so that the listeners run once.
   */
  putRight(state: AppState, notices: readonly UrlNotice[]): void {
    this.#apply(serialiseUrlState(state, this.context.forceTable), 'replace', notices);
  }

  dismissNotice(notice: UrlNotice): void {
    this.#notices = this.#notices.filter((candidate) => candidate !== notice);
    this.#emit();
  }

  #apply(search: string, mode: HistoryMode, found: readonly UrlNotice[] = []): void {
    const parsed = parseUrlState(search, this.context);
    const canonical = serialiseUrlState(parsed.state, this.context.forceTable);
    // What the change asked for and could not have is said; an earlier notice on the same parameter is overtaken.
    if (canonical === this.#search && parsed.notices.length === 0 && found.length === 0) return;
    if (parsed.notices.length > 0) this.#notices = mergeNotices(this.#notices, parsed.notices);
    if (found.length > 0) this.#notices = mergeNotices(this.#notices, found);
    if (canonical !== this.#search) {
      this.#search = canonical;
      this.#state = parsed.state;
      this.#scheduleWrite(this.#historyMode(mode));
    }
    this.#emit();
  }

  #historyMode(mode: HistoryMode): 'push' | 'replace' {
    if (mode !== 'step') {
      this.#entryIsStep = false;
      return mode;
    }
    const replace = this.#entryIsStep;
    this.#entryIsStep = true;
    return replace ? 'replace' : 'push';
  }

  /** Rewrites the URL in its canonical form, in place, so a shared link says only what matters. */
  #canonicalise(): void {
    const search = serialiseUrlState(this.#state, this.context.forceTable);
    if (search === this.#search) return;
    this.#search = search;
    this.#scheduleWrite('replace');
  }

  /**
   * One write for all the changes made before the page next breathes (a
   * microtask: before any frame is drawn, so the address never lags what is
   * shown); a new history entry if any of them asked for one.
   */
  #scheduleWrite(mode: 'push' | 'replace'): void {
    if (this.#pendingWrite) {
      if (mode === 'push') this.#pendingWrite.mode = 'push';
      return;
    }
    const pending = { mode };
    this.#pendingWrite = pending;
    // A popstate meanwhile drops the write: the address bar has moved on.
    queueMicrotask(() => {
      if (this.#pendingWrite === pending) this.#write();
    });
  }

  #write(): void {
    const mode = this.#pendingWrite?.mode;
    this.#pendingWrite = undefined;
    if (this.#search === window.location.search) return;
    const url = `${window.location.pathname}${this.#search}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  #emit(): void {
    for (const listener of [...this.#listeners]) listener(this.#state, this.#notices);
  }
}

/** The notices, with those on the same parameters as the new ones replaced by them. */
function mergeNotices(current: readonly UrlNotice[], added: readonly UrlNotice[]): readonly UrlNotice[] {
  const params = new Set(added.map((notice) => notice.param));
  return [...current.filter((notice) => !params.has(notice.param)), ...added];
}
