import { REGIONS, type Region } from '../forces/force-table';
import { ordinal } from '../model/rank';
import { capitalised } from '../format/capitalised';
import type { SeriesBreak } from '../datasets/dataset';
import type { AmbiguousBreaks } from '../state/url-params';

/** What a measure's words are made from: the dataset's unit, the rate's base, the base year of a change. */
interface MeasureWords {
  unit: string;
  ratePer: 100000 | 1000;
  baseYear?: string | undefined;
}

/** The part of a financial year (from April) a release holds: "only April to June". */
export const partYear = (quarters: number) => `only April to ${['June', 'September', 'December'][quarters - 1] ?? 'March'}`;

const ratePhrase = (per: MeasureWords['ratePer']) => `per ${per === 1000 ? '1,000' : '100,000'} people`;

/**
 * Every word the atlas writes, in English. The Welsh catalogue (cy.ts) has
 * exactly these keys (TypeScript holds it to `Messages`, and
 * test/i18n/catalogue.test.ts fails on a message missing from either).
 * A message with figures or names in it is a function of them; numbers
 * and years are written the same in both languages (src/format).
 */
export const en = {
  /** index.html's own words are written there in English; the Welsh page has them from cy.ts (cyPageText). */
  page: {
    loadFailed: 'The map could not be loaded.',
    tryAgain: 'Try again',
    /** A panel's close button (Download, Share). */
    close: 'Close',
  },
  header: {
    about: 'About these figures',
    share: 'Share',
    download: 'Download',
    editText: 'Edit text',
  },
  controls: {
    figures: 'Figures',
    offence: 'Offence',
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
    /** The shipped Home Office figures in the switcher: "…(Home Office): Home Office open data tables, 19 October 2023, to 2022/23". */
    releaseChoice: (title: string, release: string, lastYear: string) => `${title}: ${release}, to ${lastYear}`,
    breaksInvalid: (min: number, max: number) =>
      `Breaks must be ${min} to ${max} numbers in ascending order, such as 100, 200, 400. Quantiles are shown meanwhile.`,
    /** A typed "1,234", which could be one break or two (state/url-params.ts typedBreaksProblem). */
    ambiguousBreaks: ({ whole, asOne, first, second, spaced }: AmbiguousBreaks) =>
      `"${whole}" could be one break, ${asOne}, or two, ${first} and ${second}: write ${asOne} for one, or put a space after the comma between breaks (${spaced}).`,
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
    /** The regions' English names are the ONS's, as the data writes them. */
    regions: Object.fromEntries(REGIONS.map((region) => [region, region])) as Record<Region, string>,
    /** "the South West" in running text; "London", "Wales" and "Yorkshire and The Humber" take no article. */
    regionInText: (region: Region) => (region === 'London' || region === 'Wales' || region === 'Yorkshire and The Humber' ? region : `the ${region}`),
    /** The Welsh forces, by ONS code: their names in each language (English forces keep their English names in both). */
    forcesShort: { W15000004: 'Dyfed-Powys', W15000002: 'Gwent', W15000001: 'N Wales', W15000003: 'S Wales' } as Record<string, string>,
    forces: { W15000004: 'Dyfed-Powys', W15000002: 'Gwent', W15000001: 'North Wales', W15000003: 'South Wales' } as Record<string, string>,
  },
  place: {
    region: 'Region',
    regionScale: 'Colour scale for this region only',
    whereYouAre: 'Where you are',
    findForce: 'Find a police force area',
    forceAreas: 'Police force areas',
  },
  significance: {
    smallNumber: 'small number: the rate is unstable',
    withinVariation: 'within year-to-year variation',
    interval: (interval: string) => `95% interval ${interval}`,
    intervalTo: (lower: string, upper: string) => `${lower} to ${upper}`,
    noUpperLimit: 'no upper limit',
    baseBeforeBreak: (base: string, afters: string) => `the base year, ${base}, is before a break in the series (after ${afters})`,
  },
  tooltip: {
    rank: (rank: number, of: number) => `Ranks ${ordinal(rank)} of ${of} ${of === 1 ? 'force' : 'forces'} with figures (1st is highest)`,
    inYear: (year: string) => ` in ${year}`,
    close: (force: string) => `Close the card of ${force}`,
    source: (release: string) => `Source: ${release}`,
  },
  /** The map's own controls and names, the timeline, the notices, the failures around the map. */
  map: {
    svg: 'Map of the police force areas of England and Wales',
    tiles: 'Tile map of the police force areas of England and Wales: one equal hexagon for each',
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    tilesFailed: (reason: string) => `The tile map could not be loaded (${reason}); the geographic map is shown. `,
    yearCell: (year: string) => `${year}: show this year on the map`,
    keys: 'Arrow keys move from force to neighbouring force; Enter chooses it; Escape goes back up a level; plus and minus zoom.',
    noWebGl: 'This browser cannot draw the zoomable map (it has no WebGL2): the map above shows every force.',
    zoomFailed: (reason: string) => `The zoomable map could not be loaded (${reason}). The map above still works; try zooming again.`,
    /** What the zoomable map says when a wheel or one finger would move the page, not the map (MapLibre's words in English). */
    gestures: { windows: 'Use Ctrl + scroll to zoom the map', mac: 'Use ⌘ + scroll to zoom the map', mobile: 'Use two fingers to move the map' },
  },
  timeline: {
    years: 'Years',
    year: 'Year',
    play: 'Play through the years',
    pause: 'Pause',
    previous: 'Previous year',
    next: 'Next year',
  },
  notices: {
    label: 'Notices',
  },
  years: { partYear },
  /** The source lines under the map and in every picture, beside the figures' own attribution. */
  sources: {
    population: 'Population: ONS mid-year estimates, Open Government Licence v3.0.',
    boundaries:
      'Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2022.',
  },
  series: {
    /** Where what a Home Office series counts changes (the offence names are the Home Office's). */
    break: (found: SeriesBreak) => {
      const named = ({ code, name }: { code: string; name: string }) => `${code} (${name})`;
      const codes = (list: readonly { code: string; name: string }[]) =>
        list.length === 1 ? `code ${named(list[0]!)}` : `codes ${list.slice(0, -1).map(named).join(', ')} and ${named(list.at(-1)!)}`;
      const has = (list: readonly unknown[]) => (list.length === 1 ? 'has' : 'have');
      switch (found.kind) {
        case 'moved-out':
          return `code ${named(found.code)} was counted here until ${found.after}, then under ${found.to}`;
        case 'moved-in':
          return `code ${named(found.code)} was counted under ${found.from} until ${found.after}, then here`;
        case 'codes':
          return [
            ...(found.stopped.length > 0 ? [`${codes(found.stopped)} ${has(found.stopped)} no figures after ${found.after}`] : []),
            ...(found.started.length > 0 ? [`${codes(found.started)} first ${has(found.started)} figures in ${found.next}`] : []),
          ].join(', and ');
      }
    },
  },
  failure: {
    subtitle: 'These figures could not be loaded.',
    /** Why a file of the app's own could not be read (the server's status, and its own words for it, as it sent them). */
    serverAnswered: (path: string, status: string) => `Could not load ${path}: the server answered ${status}.`,
    notJson: (path: string) => `Could not load ${path}: it is not valid JSON.`,
    notInForm: (path: string, detail: string) => `${path} is not in the expected form:\n${detail}`,
    figures: (title: string) => `The figures “${title}” could not be loaded.`,
    meanwhile: 'Nothing is drawn from them meanwhile. Check your connection and try again, or choose other figures.',
    downloadPanel: 'The download panel could not be loaded. Close it and open it again to try again.',
  },
  /** "Map your own figures" before its panel loads (views/import-panel.ts); the panel's own words are in import-en.ts, which load with it. */
  importPanel: {
    summary: 'Map your own figures',
    loading: 'Loading the import panel…',
    loadFailed: (reason: string) =>
      `The import panel could not be loaded (${reason}). Check the connection and try again; if this page has been open a long time, the site may have been updated since, and reloading the page will fix it. `,
  },
  /** The heading of the box of value labels that found no place on the map (export/label-placement.ts listHeading). */
  listHeadings: {
    outside: 'Outside this map',
    chosen: 'Chosen force',
    chosenAndPinned: 'Chosen and pinned',
    pinned: 'Also pinned',
  },
  /** What a screen reader hears once things settle (page-model announcement). */
  announce: {
    showing: (measure: string, year: string, area: string, selected: string | undefined) =>
      `Showing ${measure.charAt(0).toLowerCase()}${measure.slice(1)}, ${year}, ${area}${selected ? `, ${selected} selected` : ''}.`,
    keyboard: (force: string, region: string, value: string, year: string, rank: string) =>
      `${force}, ${region}: ${value} in ${year}.${rank} Enter to choose it.`,
  },
  /** The table of forces (view=table, and below the map). */
  table: {
    force: 'Force',
    region: 'Region',
    number: 'Number',
    rank: 'Rank',
    interval: (change: boolean) => `${change ? 'Change' : 'Rate'}: 95% interval`,
    smallNumber: 'small number',
    forces: (count: number, shown: string) => `${shown} ${count === 1 ? 'force' : 'forces'}`,
    caption: (measure: string, year: string, forces: string, area: string) => `${measure}, ${year}: ${forces} of ${area}`,
  },
  exports: {
    notDescribedYet: 'The map’s description in words is still loading: try again in a moment.',
  },
  legend: {
    label: 'Legend',
    notPublished: 'not published',
    notAvailable: 'not available',
    allValues: 'all values',
    under: (upper: string) => `under ${upper}`,
    andOver: (lower: string) => `${lower} and over`,
    fromTo: (from: string, to: string) => `${from} to ${to}`,
    methods: {
      quantile: 'quantiles (about as many forces in each class)',
      'equal-interval': 'equal intervals',
      'natural-breaks': 'natural breaks (ckmeans)',
      manual: 'your own breaks',
    },
    noFigures: 'No figures to classify.',
    classes: (method: string, source: string) => `Classes: ${method} of ${source}.`,
    topReach: (highest: string, year: string | undefined) =>
      ` The top class goes up to ${highest}, the highest figure ${year === undefined ? 'in any year' : `in ${year}`}.`,
    fromLatestYear: (area: string, year: string) => `the figures of ${area} in ${year}, used for every year so that a colour means the same throughout`,
    fromAllYears: (area: string, first: string, last: string) =>
      `the figures of ${area} over all years, ${first} to ${last}, so that a colour means the same throughout`,
    fromEachYear: (area: string, year: string) => `the figures of ${area} in ${year} alone; colours mean other figures in other years`,
    comparisonNote:
      'Each force’s rate with its 95% interval, against the England and Wales rate of the same year: higher or lower where the interval lies wholly above or below it, similar where it overlaps.',
    withinVariationNote: 'Lighter: within year-to-year variation (the 95% interval of the change includes no change).',
  },
  /** "higher than England and Wales", "similar to the South West". */
  comparison: {
    lower: (area: string) => `lower than ${area}`,
    similar: (area: string) => `similar to ${area}`,
    higher: (area: string) => `higher than ${area}`,
  },
};

/** The shape every language's catalogue has: English's keys, with strings for strings and the same functions. */
export type Messages = typeof en;
