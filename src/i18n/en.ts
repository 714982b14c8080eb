import type { Region } from '../forces/force-table';

/** What a measure's words are made from: the dataset's unit, the rate's base, the base year of a change. */
interface MeasureWords {
  unit: string;
  ratePer: 100000 | 1000;
  baseYear?: string | undefined;
}

/** A sentence's first letter in capitals. */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const ratePhrase = (per: MeasureWords['ratePer']) => `per ${per === 1000 ? '1,000' : '100,000'} people`;

/**
 * Every word the atlas writes, in English. The Welsh catalogue (cy.ts) has
 * exactly these keys (TypeScript holds it to `Messages`, and
 * test/i18n/catalogue.test.ts fails on a message missing from either).
 * A message with figures or names in it is a function of them; numbers
 * and years are written the same in both languages (src/format).
 */
export const en = {
  page: {
    title: 'PFA Atlas: police figures across England and Wales',
    description:
      'Explore yearly police recorded crime and other figures for the 43 police force areas of England and Wales on a map, a force at a time or a region at a time.',
    loading: 'Loading the map…',
    skipToTable: 'Skip to the table of forces',
    controls: 'What the map shows',
    map: 'Map of the police force areas of England and Wales',
    side: 'The place shown',
    table: 'The figures as a table',
    loadFailed: 'The map could not be loaded.',
    tryAgain: 'Try again',
  },
  header: {
    about: 'About these figures',
    share: 'Share',
    download: 'Download',
    editText: 'Edit text',
  },
  controls: {
    figures: 'Figures',
    show: 'Show',
    changeSince: 'Change since',
    classes: 'Classes',
    breaks: 'Breaks',
    breaksPlaceholder: 'e.g. 100, 200, 400',
    method: 'Method',
    breaksMade: 'Breaks made',
    palette: 'Palette',
    colours: 'Colours and classes',
    showAs: 'Show the figures as',
    views: { map: 'Map', tiles: 'Tiles', years: 'Years', table: 'Table' },
    viewTitles: { tiles: 'One equal hexagon for each force', years: 'Every year’s map at once' },
    methods: { quantile: 'Quantiles', 'equal-interval': 'Equal intervals', 'natural-breaks': 'Natural breaks', manual: 'Manual breaks' },
    scopes: {
      latestYear: (year: string) => `From ${year}, for every year`,
      allYears: 'From all years together',
      eachYear: 'From each year on its own',
    },
    baseAfterShown: (base: string, shown: string) => `${base} comes after the year shown, ${shown}: the change reads backwards, from ${base} to ${shown}.`,
  },
  measures: {
    ratePhrase,
    rate: ({ unit, ratePer }: MeasureWords) => `${capitalised(unit)} ${ratePhrase(ratePer)}`,
    count: ({ unit }: MeasureWords) => `Number of ${unit}`,
    changePrevious: ({ unit }: MeasureWords) => `Change in ${unit} from the previous year`,
    changeBase: ({ unit, baseYear }: MeasureWords) => `Change in ${unit} since ${baseYear ?? 'the first year'}`,
    compared: ({ unit, ratePer }: MeasureWords) => `${capitalised(unit)} ${ratePhrase(ratePer)} compared with England and Wales`,
    aChosenYear: 'a chosen year',
  },
  places: {
    englandAndWales: 'England and Wales',
    england: 'England',
    wales: 'Wales',
    regions: {
      'North East': 'North East',
      'North West': 'North West',
      'Yorkshire and The Humber': 'Yorkshire and The Humber',
      'East Midlands': 'East Midlands',
      'West Midlands': 'West Midlands',
      'East of England': 'East of England',
      London: 'London',
      'South East': 'South East',
      'South West': 'South West',
      Wales: 'Wales',
    } satisfies Record<Region, string>,
    /** "the South West" in running text; "London", "Wales" and "Yorkshire and The Humber" take no article. */
    regionInText: (region: Region) => (region === 'London' || region === 'Wales' || region === 'Yorkshire and The Humber' ? region : `the ${region}`),
    /** The Welsh forces, by ONS code: their names in each language (English forces keep their English names in both). */
    forces: { W15000004: 'Dyfed-Powys', W15000002: 'Gwent', W15000001: 'North Wales', W15000003: 'South Wales' } as Record<string, string>,
  },
  legend: {
    label: 'Legend',
    notPublished: 'not published',
    notAvailable: 'not available',
  },
};

/** The shape every language's catalogue has: English's keys, with strings for strings and the same functions. */
export type Messages = typeof en;
