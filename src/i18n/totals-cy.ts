import { capitalised } from './language';
import { listed, type TotalsWords } from './totals-en';

/** "a" before a consonant, "ac" before a vowel. */
const and = (next: string) => (/^[aeiouwyâêîôûŵŷ]/i.test(next) ? 'ac' : 'a');

/** The words of the totals a publisher gave, in Welsh: the same keys as totals-en.ts. */
export const totalsCy: TotalsWords = {
  // No mutation after "ar gyfer".
  heading: (place) => (place ? `Cyfansymiau a roddodd y cyhoeddwr ar gyfer ${place}` : 'Cyfansymiau a roddodd y cyhoeddwr'),
  beyondTheMapNames: { 'United Kingdom': 'y Deyrnas Unedig', 'Great Britain': 'Prydain Fawr' },
  total: (area, period, value, lowerBound) => [typeof area === 'string' ? capitalised(area) : area, `, ${period}: ${lowerBound ? 'mwy na ' : ''}${value}`],
  period: (first, last) => (first === last ? first : `${first} i ${last}`),
  published: (release) => (release ? ['a gyhoeddwyd (', { en: release }, ')'] : ['a gyhoeddwyd']),
  // "Teyrnas" and "Prydain" are feminine: "gyfan" takes the soft mutation.
  beyondTheMap: (area) => `, ar gyfer ${area} gyfan. Dim ond Cymru a Lloegr y mae’r map hwn yn eu dangos, felly ni roddir swm o’i ffigurau wrth ei ymyl.`,
  forcesNotListed: '. Ni ddywedodd y cyhoeddwr pa heddluoedd y mae’n eu cwmpasu, felly ni roddir swm o’r ffigurau yma wrth ei ymyl.',
  // A noun after a number stays singular in Welsh: "5 heddlu".
  noFigure: (forceCount) =>
    forceCount === 1
      ? '. Nid oes gan ei heddlu ffigur yma ar gyfer y cyfnod hwnnw.'
      : `. Nid oes gan yr un o’i ${forceCount} heddlu ffigur yma ar gyfer y cyfnod hwnnw.`,
  sum: (forceCount, sum, releases, complete) => [
    `. Mae’r ffigurau yma ar gyfer ${forceCount === 1 ? 'ei heddlu' : `ei ${forceCount} heddlu`} yn dod i gyfanswm o ${sum}`,
    ...(releases.length === 0 ? [] : [`, o’r ${releases.length === 1 ? 'datganiad' : 'datganiadau'} `, ...listed(releases, and)]),
    `; ${
      forceCount === 1 ? (complete === 1 ? 'mae ganddo ffigur' : 'nid oes ganddo ffigur') : `mae gan ${complete} o’r ${forceCount} ffigur`
    } ar gyfer pob blwyddyn o’r cyfnod.`,
  ],
};
