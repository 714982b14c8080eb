import { pageLanguage } from './language';
import { noticesCy } from './notices-cy';
import { noticesEn, type NoticeWords } from './notices-en';

/** The notices' words in the page's language; both load with the first notice, or with the offence picker. */
export function noticeWords(): NoticeWords {
  return pageLanguage() === 'cy' ? noticesCy : noticesEn;
}
