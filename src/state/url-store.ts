import type { AppState } from './app-state';
import { parseUrlState, serialiseUrlState, type UrlNotice, type UrlStateContext } from './url-state';

export type HistoryMode = 'push' | 'replace';
export type StoreListener = (state: Readonly<AppState>, notices: readonly UrlNotice[]) => void;

/**
 * The URL is the source of truth: the state is always what a query string
 * says. A change is serialised to the query string and parsed back into
 * the state; Back and Forward re-read the address bar.
 *
 * The address bar itself is written just after the listeners have run (a
 * new history entry, or in place while playing): a history write costs 1–3
 * ms in Chromium, more than recolouring the map for a year step, and the
 * reader should see the map change first (npm run bench, year step script).
 * Changes made in the same task share one write.
 */
export class UrlStore {
  #state: AppState;
  #notices: UrlNotice[];
  /** The query string the state was parsed from: the address bar's, or the one about to be written. */
  #search: string;
  #pendingWrite: { mode: HistoryMode; timer: ReturnType<typeof setTimeout> } | undefined;
  readonly #listeners = new Set<StoreListener>();

  constructor(private readonly context: UrlStateContext) {
    const parsed = parseUrlState(window.location.search, context);
    this.#state = parsed.state;
    this.#notices = parsed.notices;
    this.#search = window.location.search;
    this.#canonicalise('replace');
    window.addEventListener('popstate', () => {
      // The address bar has moved on: a change not yet written to it is overtaken.
      if (this.#pendingWrite) clearTimeout(this.#pendingWrite.timer);
      this.#pendingWrite = undefined;
      this.#search = window.location.search;
      const reparsed = parseUrlState(window.location.search, context);
      this.#state = reparsed.state;
      this.#notices = reparsed.notices;
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

  get notices(): readonly UrlNotice[] {
    return this.#notices;
  }

  subscribe(listener: StoreListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Applies a change through the URL. Nothing happens when the URL would not change. */
  update(patch: Partial<AppState>, mode: HistoryMode = 'push'): void {
    const search = serialiseUrlState({ ...this.#state, ...patch }, this.context.forceTable);
    if (search === this.#search) return;
    this.#search = search;
    this.#state = parseUrlState(search, this.context).state;
    this.#scheduleWrite(mode);
    this.#emit();
  }

  /** Adds notices found after parsing (a year the dataset lacks, say). */
  addNotices(notices: readonly UrlNotice[]): void {
    if (notices.length === 0) return;
    this.#notices = [...this.#notices, ...notices];
    this.#emit();
  }

  dismissNotice(notice: UrlNotice): void {
    this.#notices = this.#notices.filter((candidate) => candidate !== notice);
    this.#emit();
  }

  /** Rewrites the URL in its canonical form, so a shared link says only what matters. */
  #canonicalise(mode: HistoryMode): void {
    const search = serialiseUrlState(this.#state, this.context.forceTable);
    if (search === this.#search) return;
    this.#search = search;
    this.#scheduleWrite(mode);
  }

  /** One write for all the changes of this task; a new history entry if any of them asked for one. */
  #scheduleWrite(mode: HistoryMode): void {
    if (this.#pendingWrite) {
      if (mode === 'push') this.#pendingWrite.mode = 'push';
      return;
    }
    this.#pendingWrite = { mode, timer: setTimeout(() => this.#write()) };
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
