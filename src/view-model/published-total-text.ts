import { countOf, formatCount } from '../format/format-number';
import type { PublishedTotalComparison } from '../model/force-profile';

/**
 * A total the publisher gave, in words, and what the figures here make of
 * it: "South West, 2016/17 to 2020/21: 6,852" and "published. The figures
 * here for its 5 forces add up to 5,156; 2 of the 5 have a figure for
 * every year of the period." When no force has a figure then, it says so
 * rather than a sum of 0.
 */
export function publishedTotalText({ total, sumOfFigures, forcesComplete, forceCount }: PublishedTotalComparison): { heading: string; text: string } {
  const period = total.firstYear === total.lastYear ? total.firstYear : `${total.firstYear} to ${total.lastYear}`;
  const heading = `${total.area}, ${period}: ${total.lowerBound ? 'more than ' : ''}${formatCount(total.value)}`;
  const single = forceCount === 1;
  const forces = single ? 'force' : countOf(forceCount, 'force', 'forces');
  if (sumOfFigures === null) return { heading, text: single ? 'published. Its force has no figure here for that period.' : `published. None of its ${forces} has a figure here for that period.` };
  const complete = single ? (forcesComplete === 1 ? 'it has a figure' : 'it does not have a figure') : `${forcesComplete} of the ${forceCount} ${forcesComplete === 1 ? 'has' : 'have'} a figure`;
  return {
    heading,
    text: `published. The figures here for its ${forces} add up to ${formatCount(sumOfFigures)}; ${complete} for every year of the period.`,
  };
}
