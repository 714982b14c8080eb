import { isolated } from '../format/user-text';
import { t } from '../i18n/language';
import { forceName } from '../i18n/place-names';
import type { NoticeReason, UrlNotice } from '../state/url-notices';

/**
 * A notice in the page's language: 'Ignored "measure=ratee": measure must
 * be one of …'. Text from the link is cut short (long junk would swamp the
 * message; the notice keeps it whole) with hidden characters shown, and
 * isolated from the words around it (src/format/user-text.ts).
 */
export function noticeText(notice: UrlNotice): string {
  const words = t().notices;
  const { reason } = notice;
  if (reason.kind === 'more') return words.more(reason.unknown, reason.repeated);
  return words.ignored(isolated(notice.param), isolated(notice.raw), reasonText(reason));
}

function reasonText(reason: NoticeReason): string {
  const words = t().notices;
  switch (reason.kind) {
    case 'one-of':
      return words.oneOf(reason.key, reason.values.join(', '));
    case 'dataset-id':
      return words.datasetId;
    case 'offence-id':
      return words.offenceId;
    case 'financial-year':
      return words.financialYear(reason.key);
    case 'classes':
      return words.classes(reason.min, reason.max);
    case 'breaks-count':
      return words.breaksCount(reason.min, reason.max, reason.count);
    case 'breaks-empty':
      return words.breaksEmpty;
    case 'breaks-not-number':
      return words.breaksNotNumber(isolated(reason.part));
    case 'breaks-not-rising':
      return words.breaksNotRising(reason.before, reason.after);
    case 'palette-id':
      return words.paletteId;
    case 'no-palettes':
      return words.noPalettes;
    case 'force':
      return words.force(reason.count, reason.example && words.forceExample(reason.example.slug, reason.example.code), reason.suggestion);
    case 'force-no-area':
      return words.forceNoArea(reason.count, reason.example && words.forceExample(reason.example.slug, reason.example.code), reason.body);
    case 'pins-not-force':
      return words.pinsNotForce(reason.max, reason.example, isolated(reason.part));
    case 'pins-too-many':
      return words.pinsTooMany(reason.max, reason.example, reason.count);
    case 'text-too-long':
      return words.textTooLong(reason.key, reason.limit, reason.length);
    case 'region-of-force':
      return words.regionOfForce(forceName(reason.force), reason.forceRegion, reason.asked);
    case 'manual-needs-breaks':
      return words.manualNeedsBreaks(reason.breaksInvalid);
    case 'repeated':
      return words.repeated(reason.key, reason.first.trim() === '' ? '' : isolated(reason.first));
    case 'misspelt':
      return words.misspelt(isolated(reason.name), reason.meant);
    case 'dataset-missing':
      return words.datasetMissing(reason.why, reason.fallback);
    case 'offence-not-offered':
      return words.offenceNotOffered(reason.name, reason.why, reason.shown && words.offenceShown(reason.shown.name, reason.shown.id));
    case 'offence-unknown':
      return words.offenceUnknown(isolated(reason.offence), reason.shown && words.offenceShown(reason.shown.name, reason.shown.id));
    case 'year-missing':
      return words.yearMissing(reason.year, reason.quarters === undefined ? undefined : t().years.partYear(reason.quarters), reason.shown);
    case 'base-missing':
      return words.baseMissing(reason.base, reason.first);
    case 'not-valid':
      return words.notValid(reason.key);
  }
}
