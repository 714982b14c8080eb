import type { Dataset, SeriesBreak } from '../datasets/dataset';
import type { HomeOfficeRelease } from '../datasets/offence-catalog';
import { ratePhrase } from '../model/rate';
import { aboutCy } from '../i18n/about-cy';
import { aboutEn, type AboutWords } from '../i18n/about-en';
import { pageLanguage, t } from '../i18n/language';
import { datasetWords } from './dataset-words';

/**
 * A dataset's own words (its title, definition, attribution): the shipped
 * figures' in the page's language; an import's as its reader wrote them,
 * marked as English in a Welsh page as the figures' own words always were.
 */
interface DatasetText {
  text: string;
  lang: 'en' | undefined;
}

interface AboutSection {
  heading: string;
  paragraphs: readonly (string | DatasetText)[];
  /** Items listed under the paragraphs. */
  list?: readonly string[];
  /** A page to read more, as a link. */
  link?: { text: string; href: string };
}

export interface AboutModel {
  /** The panel's own heading and close button. */
  heading: string;
  close: string;
  /** The dataset's title. */
  title: DatasetText;
  sections: readonly AboutSection[];
}

/**
 * "About these figures": what they count, where they come from and under
 * which licence, what is left out and why, what a police force area is,
 * and how rates and changes are worked out, with the release each figure
 * came from. The Home Office release facts (bodies left out, series not
 * mapped) come with the offence catalogue when it has been loaded.
 */
/** The About panel's words in the page's language (both load with the panel, not with the page). */
function aboutWords(): AboutWords {
  return pageLanguage() === 'cy' ? aboutCy : aboutEn;
}

export function aboutModel(dataset: Dataset, forcesWithFigures: number, release: { facts: HomeOfficeRelease; notOffered: number } | undefined): AboutModel {
  const { meta } = dataset;
  const words = aboutWords();
  const per = ratePhrase(meta.ratePer);
  const usesBySource = dataset.sources.map((source, index) => ({
    source,
    figures: dataset.observations.filter((observation) => observation.source === index).length,
    totals: dataset.publishedTotals.filter((total) => total.source === index).length,
  }));
  const leftOut: string[] = [
    ...dataset.partialYears.map(({ year, quarters }) => words.partYear(year, t().years.partYear(quarters))),
    ...(release ? release.facts.leftOut.map(({ body, rows }) => words.bodyLeftOut(body, rows.toLocaleString('en-GB'))) : []),
    ...(release && release.notOffered > 0 ? [words.notMapped(release.notOffered, notMappedReasons(release.facts, words).join(words.notMappedOr))] : []),
    ...(forcesWithFigures < 43 ? [words.forcesWithFigures(forcesWithFigures)] : []),
  ];
  const own = datasetWords(meta);
  const lang = pageLanguage() === 'cy' && !meta.cy ? 'en' : undefined;
  const published = (text: string): DatasetText => ({ text, lang });
  return {
    heading: words.title,
    close: words.close,
    title: published(own.title),
    sections: [
      { heading: words.count, paragraphs: [published(own.definition)] },
      {
        heading: words.origin,
        paragraphs: [words.released(own.source, own.releaseDate, own.licence), published(own.attribution)],
        list: usesBySource.map(({ source, figures, totals }) => words.sourceUse(source.release, figures, totals, source.url)),
        ...(meta.sourceUrl ? { link: { text: words.publisherPage, href: meta.sourceUrl } } : {}),
      },
      ...(release ? [currencySection(release.facts, words)] : []),
      { heading: words.leftOut, paragraphs: leftOut.length > 0 ? [] : [words.nothingLeftOut], list: leftOut },
      { heading: words.areas, paragraphs: [words.areasText] },
      { heading: words.rates, paragraphs: words.ratesText(per) },
      ...(meta.offence ? [statusSection(words), breaksSection(meta.offence.breaks ?? [], words)] : []),
      { heading: words.intervals, paragraphs: words.intervalsText },
      { heading: words.changes, paragraphs: words.changesText },
    ],
  };
}

/**
 * Why Home Office series are left off the map, as the catalogue gives
 * each one's reason (data/home-office-series.ts): all 0 as yearly totals
 * (a force's quarters can still be corrected up and down within a year),
 * recorded by national bodies only, or counted only in a year the release
 * holds in part.
 */
function notMappedReasons(facts: HomeOfficeRelease, words: AboutWords): string[] {
  return [
    words.notMappedZero,
    words.notMappedNational,
    ...facts.partialYears.map(({ year, quarters }) => words.notMappedPartYear(year, t().years.partYear(quarters))),
  ];
}

/** What the Home Office and the ONS say of these statistics, in the atlas's own words. */
function statusSection(words: AboutWords): AboutSection {
  return {
    heading: words.status,
    paragraphs: words.statusText,
    link: {
      text: words.statusLink,
      href: 'https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/methodologies/userguidetocrimestatisticsforenglandandwales',
    },
  };
}

/** The known breaks: where an offence code moved in or out of this series (data/home-office/offences.csv notes each move). */
function breaksSection(breaks: readonly SeriesBreak[], words: AboutWords): AboutSection {
  return {
    heading: words.breaks,
    paragraphs: [breaks.length === 0 ? words.noBreaks : words.someBreaks],
    list: breaks.map((found) => words.breakAfter(found.after, t().series.break(found))),
  };
}

/** The Home Office page where each newer release is published; named as text, never fetched or linked from the app. */
const HOME_OFFICE_RELEASES_PAGE = 'www.gov.uk/government/statistics/police-recorded-crime-open-data-tables';

/**
 * How current the Home Office figures are, and where a newer release is:
 * the reader downloads it and drops it on the import panel, which reads the
 * release's .ods as published.
 */
function currencySection(release: HomeOfficeRelease, words: AboutWords): AboutSection {
  const lastYear = release.years[release.years.length - 1]!;
  return { heading: words.currency, paragraphs: words.currencyText(release.label, release.table.file, lastYear, HOME_OFFICE_RELEASES_PAGE) };
}
