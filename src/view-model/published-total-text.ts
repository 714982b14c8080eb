import { REGIONS, type Force, type Region } from '../forces/force-table';
import { formatCount } from '../format/format-number';
import { pageLanguage, t } from '../i18n/language';
import { forceName, regionName } from '../i18n/place-names';
import { totalsCy } from '../i18n/totals-cy';
import { totalsEn, type AsPublished, type Phrase, type TotalsWords } from '../i18n/totals-en';
import type { JoinedData } from '../model/join';
import { publishedTotalsFor, type PublishedTotalComparison } from '../model/published-totals';
import { regionPhrase } from './series-model';

/** A published total in words: its area, years and value, then what the figures here make of it. */
export interface PublishedTotalText {
  heading: Phrase;
  text: Phrase;
}

/** The totals shown for a place: "Totals the publisher gave for the South West", each in words. */
export interface PublishedTotalsModel {
  heading: string;
  items: readonly PublishedTotalText[];
}

/** The totals' words in the page's language (both load with what shows them, after the first map). */
function totalsWords(): TotalsWords {
  return pageLanguage() === 'cy' ? totalsCy : totalsEn;
}

/**
 * A total the publisher gave, in words, with the release it came in, and
 * what the figures here make of it: "South West, 2016/17 to 2020/21: 6,852"
 * and "published (NSPCC FOI Nov 2021). The figures here for its 5 forces
 * add up to 5,156; 2 of the 5 have a figure for every year of the period."
 * (Releases can give one year two totals.) When no force has a figure
 * then, it says so rather than a sum of 0. Release names, and an area the
 * page has no name of its own for, stay as published.
 */
export function publishedTotalText(
  { total, sumOfFigures, forcesComplete, forceCount, uncomparable, releasesSummed }: PublishedTotalComparison,
  sources: readonly { release: string }[],
  forces: readonly Force[],
): PublishedTotalText {
  const words = totalsWords();
  const area = areaName(total.area, forces, words);
  const heading = words.total(area, words.period(total.firstYear, total.lastYear), formatCount(total.value), total.lowerBound);
  const published = words.published(sources[total.source]?.release);
  if (uncomparable === 'beyond-the-map') return { heading, text: [...published, words.beyondTheMap(typeof area === 'string' ? area : area.en)] };
  if (uncomparable === 'forces-not-listed') return { heading, text: [...published, words.forcesNotListed] };
  if (sumOfFigures === null) return { heading, text: [...published, words.noFigure(forceCount)] };
  return { heading, text: [...published, ...words.sum(forceCount, formatCount(sumOfFigures), releasesSummed ?? [], forcesComplete)] };
}

/** The totals a publisher gave for a region, or for the country when none is chosen; undefined when it gave none. */
export function publishedTotalsModel(joined: JoinedData, region: Region | undefined): PublishedTotalsModel | undefined {
  const items = publishedTotalsFor(joined, region ? { region } : {}).map((comparison) => publishedTotalText(comparison, joined.dataset.sources, joined.forces));
  return items.length === 0 ? undefined : { heading: totalsWords().heading(region && regionPhrase(region)), items };
}

/**
 * The publisher's area in the page's language: England and Wales, a
 * region, the United Kingdom, a force or a list of forces ("Avon and
 * Somerset; Gloucestershire; Wiltshire"); any other (the "North West
 * excluding Cumbria") as published.
 */
const isRegion = (area: string): area is Region => (REGIONS as readonly string[]).includes(area);

function areaName(area: string, forces: readonly Force[], words: TotalsWords): string | AsPublished {
  if (area === 'England and Wales') return t().places.englandAndWales;
  if (isRegion(area)) return regionName(area);
  const beyond = words.beyondTheMapNames[area];
  if (beyond !== undefined) return beyond;
  const named = area.split('; ').map((name) => forces.find((force) => force.name === name));
  return named.every((force) => force !== undefined) ? named.map(forceName).join('; ') : { en: area };
}
