import { countOf, formatCount } from '../format/format-number';
import type { PublishedTotalComparison } from '../model/published-totals';

/**
 * A total the publisher gave, in words, with the release it came in, and
 * what the figures here make of it: "South West, 2016/17 to 2020/21: 6,852"
 * and "published (NSPCC FOI Nov 2021). The figures here for its 5 forces
 * add up to 5,156; 2 of the 5 have a figure for every year of the period."
 * (Releases can give one year two totals.) When no force has a figure
 * then, it says so rather than a sum of 0.
 */
export function publishedTotalText(
  { total, sumOfFigures, forcesComplete, forceCount, uncomparable, releasesSummed }: PublishedTotalComparison,
  sources: readonly { release: string }[],
): { heading: string; text: string } {
  const release = sources[total.source]?.release;
  const published = release ? `published (${release})` : 'published';
  const period = total.firstYear === total.lastYear ? total.firstYear : `${total.firstYear} to ${total.lastYear}`;
  const heading = `${total.area}, ${period}: ${total.lowerBound ? 'more than ' : ''}${formatCount(total.value)}`;
  if (uncomparable === 'beyond-the-map')
    return { heading, text: `${published}, for the whole ${total.area}. This map shows England and Wales only, so no sum of its figures is set beside it.` };
  if (uncomparable === 'forces-not-listed')
    return { heading, text: `${published}. The publisher did not say which forces it covers, so no sum of the figures here is set beside it.` };
  const single = forceCount === 1;
  const forces = single ? 'force' : countOf(forceCount, 'force', 'forces');
  if (sumOfFigures === null)
    return {
      heading,
      text: single ? `${published}. Its force has no figure here for that period.` : `${published}. None of its ${forces} has a figure here for that period.`,
    };
  const complete = single
    ? forcesComplete === 1
      ? 'it has a figure'
      : 'it does not have a figure'
    : `${forcesComplete} of the ${forceCount} ${forcesComplete === 1 ? 'has' : 'have'} a figure`;
  return {
    heading,
    text: `${published}. The figures here for its ${forces} add up to ${formatCount(sumOfFigures)}${releasesText(releasesSummed)}; ${complete} for every year of the period.`,
  };
}

/** ", from the NSPCC FOI Nov 2021 and NSPCC FOI Mar 2024 releases": said only when the sum's releases are not the total's own. */
function releasesText(releases: readonly string[] | undefined): string {
  if (releases === undefined || releases.length === 0) return '';
  const named = releases.length === 1 ? releases[0]! : `${releases.slice(0, -1).join(', ')} and ${releases.at(-1)!}`;
  return `, from the ${named} release${releases.length === 1 ? '' : 's'}`;
}

/** The totals shown for a place: "Totals the publisher gave for the South West", each in words. */
export interface PublishedTotalsModel {
  heading: string;
  items: readonly { heading: string; text: string }[];
}
