import type { Dataset } from '../datasets/dataset';
import type { HomeOfficeRelease } from '../datasets/offence-catalog';
import { countOf } from '../format/format-number';
import { ratePhrase } from '../model/rate';
import { partYearText } from '../state/resolve-state-for-dataset';

interface AboutSection {
  heading: string;
  paragraphs: readonly string[];
  /** Items listed under the paragraphs. */
  list?: readonly string[];
  /** A page to read more, as a link. */
  link?: { text: string; href: string };
}

export interface AboutModel {
  title: string;
  sections: readonly AboutSection[];
}

/**
 * "About these figures": what they count, where they come from and under
 * which licence, what is left out and why, what a police force area is,
 * and how rates and changes are worked out, with the release each figure
 * came from. The Home Office release facts (bodies left out, series not
 * mapped) come with the offence catalogue when it has been loaded.
 */
export function aboutModel(dataset: Dataset, forcesWithFigures: number, release: { facts: HomeOfficeRelease; notOffered: number } | undefined): AboutModel {
  const { meta } = dataset;
  const per = ratePhrase(meta.ratePer);
  const usesBySource = dataset.sources.map((source, index) => ({
    source,
    figures: dataset.observations.filter((observation) => observation.source === index).length,
    totals: dataset.publishedTotals.filter((total) => total.source === index).length,
  }));
  const leftOut: string[] = [
    ...dataset.partialYears.map(
      ({ year, quarters }) => `${year}: ${partYearText(quarters)} published in this release, so the year is left out rather than shown as a whole year.`,
    ),
    ...(release
      ? release.facts.leftOut.map(
          ({ body, rows }) => `${body}: in the table (${rows.toLocaleString('en-GB')} rows) but polices no area of this map, so its figures are left out.`,
        )
      : []),
    ...(release && release.notOffered > 0
      ? [
          `${countOf(release.notOffered, 'series is', 'series are')} not mapped: ${notMappedReasons(release.facts).join('; or ')}. The offence picker lists each with its reason.`,
        ]
      : []),
    ...(forcesWithFigures < 43
      ? [`${forcesWithFigures} of the 43 forces have at least one figure here; a force or year with none is hatched as not published, never shown as 0.`]
      : []),
  ];
  return {
    title: meta.title,
    sections: [
      { heading: 'What the figures count', paragraphs: [meta.definition] },
      {
        heading: 'Where they come from',
        paragraphs: [`${meta.source}; released ${meta.releaseDate}. Licence: ${meta.licence}.`, meta.attribution],
        list: usesBySource.map(
          ({ source, figures, totals }) =>
            `${source.release}: ${figures > 0 ? countOf(figures, 'figure', 'figures') : totals === 1 ? 'a published total only' : 'published totals only'} (${source.url})`,
        ),
        ...(meta.sourceUrl ? { link: { text: 'The publisher’s page for these figures', href: meta.sourceUrl } } : {}),
      },
      ...(release ? [currencySection(release.facts)] : []),
      {
        heading: 'What is left out, and why',
        paragraphs: leftOut.length > 0 ? [] : ['Nothing: every force has a figure for every year shown.'],
        list: leftOut,
      },
      {
        heading: 'Police force areas',
        paragraphs: [
          'England and Wales are policed by 43 territorial forces, each over its own area: the police force areas (PFAs). The Metropolitan Police cover Greater London but for the City of London, which has a force of its own. Boundaries: Office for National Statistics, Police Force Areas (December 2022), generalised, Open Government Licence v3.0.',
        ],
      },
      {
        heading: 'How rates are worked out',
        paragraphs: [
          `A rate is the figure ${per}: the force’s figure divided by its population, from the ONS mid-year estimate of the year the financial year starts in (2016/17 uses mid-2016), never borrowed from another year.`,
          'Estimates for mid-2012 to mid-2021 are summed from local authorities; those for mid-2022 are rounded to the nearest 100, and there is none for the City of London, so its 2022/23 rate is not available.',
          'The estimates for mid-2012 to mid-2020 are those the ONS made before it revised them after Census 2021, so rates step a little between 2020/21 and 2021/22.',
          'A region’s or England and Wales’ rate adds up the figures of the forces with both a figure and a population estimate and divides by their people; the profile says which forces were left out.',
          'Rates are per 1,000 people for all crime and the offence groups (as the ONS gives police force area crime rates) and per 100,000 for subgroups, single offences and other figures, which are far smaller.',
        ],
      },
      ...(meta.offence ? [STATUS_SECTION, breaksSection(meta.offence.breaks ?? [])] : []),
      INTERVALS_SECTION,
      {
        heading: 'How changes are worked out',
        paragraphs: [
          'Change from the previous year: this year’s figure against the year before, in per cent. Change since a year: against the year chosen. Neither is shown where either figure is missing, or where the earlier one is 0 (a change from nothing has no per cent).',
          'Financial years run from 1 April to 31 March; the Home Office publishes figures by quarter, and here they are summed to years.',
        ],
      },
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
function notMappedReasons(facts: HomeOfficeRelease): string[] {
  return [
    'no force has a yearly total other than 0 in any full year (most are the Home Office\'s "outcomes only" codes)',
    'only the national fraud bodies record it',
    ...facts.partialYears.map(({ year, quarters }) => `it is counted only from ${year}, of which this release holds ${partYearText(quarters)}`),
  ];
}

/** What the Home Office and the ONS say of these statistics, in the atlas's own words. */
const STATUS_SECTION: AboutSection = {
  heading: 'How far the figures can be trusted',
  paragraphs: [
    'Police recorded crime figures are official statistics, but not accredited official statistics: the UK Statistics Authority withdrew their accreditation (then called National Statistics status) in 2014 over the quality of police crime recording, and it has not been restored.',
    'The ONS and the Home Office caution that recorded crime is a poor guide to trends for many offences: after His Majesty’s Inspectorate of Constabulary found in 2014 that forces under-recorded crime, forces improved their recording, and more victims came forward, so that a rise may reflect better recording rather than more crime. A large change in one force, such as a rise of several hundred per cent in sexual offences, should be read with this in mind.',
  ],
  link: {
    text: 'The ONS on police recorded crime and its quality',
    href: 'https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/methodologies/userguidetocrimestatisticsforenglandandwales',
  },
};

/** The known breaks: where an offence code moved in or out of this series (data/home-office/offences.csv notes each move). */
function breaksSection(breaks: readonly { after: string; what: string }[]): AboutSection {
  return {
    heading: 'Breaks in this series',
    paragraphs: [
      breaks.length === 0
        ? 'None known: the Home Office table shows no offence code moving in or out of this series in the years shown.'
        : 'What this series counts changes between these years, so a change across them compares different things. The profile marks the break, and a change whose base year is before it says so.',
    ],
    list: breaks.map(({ after, what }) => `After ${after}: ${what}.`),
  };
}

const INTERVALS_SECTION: AboutSection = {
  heading: 'Is a difference real? Intervals',
  paragraphs: [
    'Counts of offences vary from year to year by chance as well as for a reason. Each rate is given with its 95% interval, worked out exactly (Garwood’s method), taking the count as a Poisson count; a change is given with the 95% interval of the ratio of the two years’ counts (the exact conditional method, as R’s poisson.test). A change whose interval includes no change is within year-to-year variation, and the change maps draw it lighter.',
    '"Compared with England and Wales" places each force’s rate interval against the England and Wales rate of the same year, taken as fixed, as the public health profiles of the Office for Health Improvement and Disparities (Fingertips) do: higher or lower where the interval lies wholly above or below it, similar where it overlaps.',
    'A count under 10 carries a caution (small number: the rate is unstable), as the ONS and OHID give one.',
  ],
};

/** The Home Office page where each newer release is published; named as text, never fetched or linked from the app. */
const HOME_OFFICE_RELEASES_PAGE = 'www.gov.uk/government/statistics/police-recorded-crime-open-data-tables';

/**
 * How current the Home Office figures are, and where a newer release is:
 * the reader downloads it and drops it on the import panel, which reads the
 * release's .ods as published.
 */
function currencySection(release: HomeOfficeRelease): AboutSection {
  const lastYear = release.years[release.years.length - 1]!;
  return {
    heading: 'How current these figures are',
    paragraphs: [
      `These figures are from the ${release.label} (${release.table.file}); its last full year is ${lastYear}.`,
      `The Home Office publishes newer releases on its page "Police recorded crime and outcomes open data tables" (${HOME_OFFICE_RELEASES_PAGE}), as a spreadsheet named like prc-pfa-mar2013-onwards-tables-DDMMYY.ods. Download it, open "Map your own figures" and drop the file here to map it: it is read in this browser and never uploaded.`,
    ],
  };
}
