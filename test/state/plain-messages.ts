import { plainMessage } from '../../src/format/user-text';
import type { UrlNotice } from '../../src/state/url-params';
import type { ParsedUrlState } from '../../src/state/url-state';

/** Notices with the isolates around user text dropped, for comparing with plain sentences. */
export function plainNotices<T extends UrlNotice>(notices: readonly T[]): T[] {
  return notices.map((notice) => ({ ...notice, message: plainMessage(notice.message) }));
}

/** A parse with every message plain. */
export function withPlainMessages(parsed: ParsedUrlState): ParsedUrlState {
  const params = Object.fromEntries(
    Object.entries(parsed.params).map(([key, result]) => [key, result.status === 'invalid' ? { ...result, message: plainMessage(result.message) } : result]),
  ) as ParsedUrlState['params'];
  return { ...parsed, params, notices: plainNotices(parsed.notices) };
}
