import type { AppState } from './app-state';
import { parseUrlState, serialiseUrlState, type UrlNotice, type UrlStateContext } from './url-state';

export type HistoryMode = 'push' | 'replace';
export type StoreListener = (state: Readonly<AppState>, notices: readonly UrlNotice[]) => void;

/**
 * The URL is the source of truth: the state is always what the query
 * string says. Changes are written to the URL first (a new history entry,
 * or in place while playing) and read back; Back and Forward re-read it.
 */
export class UrlStore {
  #state: AppState;
  #notices: UrlNotice[];
  readonly #listeners = new Set<StoreListener>();

  constructor(private readonly context: UrlStateContext) {
    const parsed = parseUrlState(window.location.search, context);
    this.#state = parsed.state;
    this.#notices = parsed.notices;
    this.#canonicalise('replace');
    window.addEventListener('popstate', () => {
      const reparsed = parseUrlState(window.location.search, context);
      this.#state = reparsed.state;
      this.#notices = reparsed.notices;
      this.#emit();
    });
  }

  get state(): Readonly<AppState> {
    return this.#state;
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
    if (search === window.location.search) return;
    this.#write(search, mode);
    this.#state = parseUrlState(search, this.context).state;
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
    if (search !== window.location.search) this.#write(search, mode);
  }

  #write(search: string, mode: HistoryMode): void {
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  #emit(): void {
    for (const listener of [...this.#listeners]) listener(this.#state, this.#notices);
  }
}
