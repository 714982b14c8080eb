import { plainMessage } from '../../src/format/user-text';
import type { UrlNotice } from '../../src/state/url-notices';
import type { ParsedUrlState, UrlParamKey } from '../../src/state/url-state';
import { noticeText } from '../../src/view-model/notice-text';

/** A notice as the page writes it in English, with the isolates around user text dropped, for comparing with plain sentences. */
export interface PlainNotice {
  param: string;
  raw: string;
  message: string;
}

export function plainNotices(notices: readonly UrlNotice[]): PlainNotice[] {
  return notices.map((notice) => ({ param: notice.param, raw: notice.raw, message: plainMessage(noticeText(notice)) }));
}

type PlainResult = { status: 'valid'; value: unknown } | { status: 'invalid'; raw: string; message: string } | { status: 'missing' };

/** A parse with every notice and invalid parameter written as the page writes it in English, plain. */
export function withPlainMessages(parsed: ParsedUrlState): Omit<ParsedUrlState, 'params' | 'notices'> & {
  params: Record<UrlParamKey, PlainResult>;
  notices: PlainNotice[];
} {
  const params = Object.fromEntries(
    Object.entries(parsed.params).map(([key, result]) => [
      key,
      result.status === 'invalid'
        ? { status: 'invalid', raw: result.raw, message: plainMessage(noticeText({ param: key, raw: result.raw, reason: result.reason })) }
        : result,
    ]),
  ) as Record<UrlParamKey, PlainResult>;
  return { ...parsed, params, notices: plainNotices(parsed.notices) };
}

/** One notice as the page writes it in English, plain. */
export function plainNoticeText(notice: UrlNotice): string {
  return plainMessage(noticeText(notice));
}
