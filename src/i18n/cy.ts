import { capitalised, type Messages } from './en';
import { WELSH_FORCE_NAMES, WELSH_REGION_NAMES } from './welsh-place-names';

/**
 * Every word the atlas writes, in Welsh: the same keys as en.ts. Terms
 * follow TermCymru and the ONS's Welsh outputs where they have them (their
 * sources in docs/glossary-cy.md); all of it wants review by a
 * first-language speaker before publication.
 */
const ratePhrase = (per: 100000 | 1000) => `fesul ${per === 1000 ? '1,000' : '100,000'} o bobl`;
/** The shipped figures' unit in Welsh; an imported dataset's own unit is kept as its file wrote it. */
const unitOf = (unit: string) => (unit === 'offences' ? 'troseddau' : unit);

export const cy: Messages = {
  page: {
    title: 'PFA Atlas: ffigurau’r heddlu ledled Cymru a Lloegr',
    description:
      'Archwiliwch ffigurau blynyddol troseddau a gofnodwyd gan yr heddlu a ffigurau eraill ar gyfer 43 ardal heddlu Cymru a Lloegr ar fap, fesul heddlu neu fesul rhanbarth.',
    loading: 'Wrthi’n llwytho’r map…',
    skipToTable: 'Neidio i dabl yr heddluoedd',
    controls: 'Beth mae’r map yn ei ddangos',
    map: 'Map o ardaloedd heddluoedd Cymru a Lloegr',
    side: 'Y lle a ddangosir',
    table: 'Y ffigurau fel tabl',
    loadFailed: 'Nid oedd modd llwytho’r map.',
    tryAgain: 'Rhoi cynnig arall arni',
  },
  header: {
    about: 'Am y ffigurau',
    share: 'Rhannu',
    download: 'Lawrlwytho',
    editText: 'Golygu testun',
  },
  controls: {
    figures: 'Ffigurau',
    show: 'Dangos',
    changeSince: 'Newid ers',
    classes: 'Dosbarthiadau',
    breaks: 'Toriadau',
    breaksPlaceholder: 'e.e. 100, 200, 400',
    method: 'Dull',
    breaksMade: 'Toriadau o',
    palette: 'Palet',
    colours: 'Lliwiau a dosbarthiadau',
    showAs: 'Dangos y ffigurau fel',
    views: { map: 'Map', tiles: 'Teils', years: 'Blynyddoedd', table: 'Tabl' },
    viewTitles: { tiles: 'Un hecsagon cyfartal ar gyfer pob heddlu', years: 'Map pob blwyddyn ar unwaith' },
    methods: { quantile: 'Cwantelau', 'equal-interval': 'Cyfyngau cyfartal', 'natural-breaks': 'Toriadau naturiol', manual: 'Toriadau â llaw' },
    scopes: {
      latestYear: (year) => `O ${year}, ar gyfer pob blwyddyn`,
      allYears: 'O bob blwyddyn gyda’i gilydd',
      eachYear: 'O bob blwyddyn ar ei phen ei hun',
    },
    baseAfterShown: (base, shown) => `Mae ${base} yn dod ar ôl y flwyddyn a ddangosir, ${shown}: mae’r newid yn darllen tuag yn ôl, o ${base} i ${shown}.`,
  },
  measures: {
    ratePhrase,
    rate: ({ unit, ratePer }) => `${capitalised(unitOf(unit))} ${ratePhrase(ratePer)}`,
    count: ({ unit }) => `Nifer y ${unitOf(unit)}`,
    changePrevious: ({ unit }) => `Newid yn nifer y ${unitOf(unit)} ers y flwyddyn flaenorol`,
    changeBase: ({ unit, baseYear }) => `Newid yn nifer y ${unitOf(unit)} ers ${baseYear ?? 'y flwyddyn gyntaf'}`,
    compared: ({ unit, ratePer }) => `${capitalised(unitOf(unit))} ${ratePhrase(ratePer)} o’u cymharu â Chymru a Lloegr`,
    aChosenYear: 'blwyddyn a ddewisir',
  },
  places: {
    englandAndWales: 'Cymru a Lloegr',
    england: 'Lloegr',
    wales: 'Cymru',
    regions: WELSH_REGION_NAMES,
    // Welsh region names take no article; they are written unmutated, where no preposition comes before them ("…, De-orllewin Lloegr").
    regionInText: (region) => WELSH_REGION_NAMES[region],
    forces: WELSH_FORCE_NAMES,
  },
  legend: {
    label: 'Allwedd',
    notPublished: 'heb ei gyhoeddi',
    notAvailable: 'ddim ar gael',
  },
};
