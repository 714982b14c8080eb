import type { Messages } from './en';
import type { PageText } from './language';
import { capitalised } from './language';
import { WELSH_FORCE_NAMES, WELSH_REGION_NAMES } from './welsh-place-names';
import { aspirateMutation, partYear, softMutation, unitOf } from './welsh-grammar';

/**
 * Every word the atlas writes, in Welsh: the same keys as en.ts. Terms
 * follow TermCymru and the ONS's Welsh outputs where they have them (their
 * sources in docs/glossary-cy.md); all of it wants review by a
 * first-language speaker before publication.
 */
const ratePhrase = (per: 100000 | 1000) => `fesul ${per === 1000 ? '1,000' : '100,000'} o bobl`;

/** index.html's own words (there in English), put in Welsh on the Welsh page. */
export const cyPageText: PageText = {
  title: 'PFA Atlas: ffigurau’r heddlu ledled Cymru a Lloegr',
  description:
    'Archwiliwch ffigurau blynyddol troseddau a gofnodwyd gan yr heddlu a ffigurau eraill ar gyfer 43 ardal heddlu Cymru a Lloegr ar fap, fesul heddlu neu fesul rhanbarth.',
  loading: 'Wrthi’n llwytho’r map…',
  skipToTable: 'Neidio i dabl yr heddluoedd',
  controls: 'Beth mae’r map yn ei ddangos',
  map: 'Map o ardaloedd heddluoedd Cymru a Lloegr',
  side: 'Y lle a ddangosir',
  table: 'Y ffigurau fel tabl',
  getTheData: 'Cael y data',
};

export const cy: Messages = {
  page: {
    loadFailed: 'Nid oedd modd llwytho’r map.',
    tryAgain: 'Rhoi cynnig arall arni',
    close: 'Cau',
  },
  header: {
    about: 'Am y ffigurau',
    share: 'Rhannu',
    download: 'Lawrlwytho',
    editText: 'Golygu testun',
  },
  controls: {
    figures: 'Ffigurau',
    offence: 'Trosedd',
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
    releaseChoice: (title, release, lastYear) => `${title}: ${release}, hyd at ${lastYear}`,
    breaksInvalid: (min, max) => `Rhaid i’r toriadau fod yn ${min} i ${max} rhif mewn trefn esgynnol, fel 100, 200, 400. Dangosir cwantelau yn y cyfamser.`,
    ambiguousBreaks: ({ whole, asOne, first, second, spaced }) =>
      `Gallai "${whole}" fod yn un toriad, ${asOne}, neu’n ddau, ${first} a ${second}: ysgrifennwch ${asOne} am un, neu rhowch fwlch ar ôl yr atalnod rhwng toriadau (${spaced}).`,
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
    forcesShort: { W15000004: 'Dyfed-Powys', W15000002: 'Gwent', W15000001: 'G Cymru', W15000003: 'De Cymru' },
    forces: WELSH_FORCE_NAMES,
  },
  place: {
    region: 'Rhanbarth',
    regionScale: 'Graddfa liw ar gyfer y rhanbarth hwn yn unig',
    whereYouAre: 'Ble rydych chi',
    findForce: 'Dod o hyd i ardal heddlu',
    forceAreas: 'Ardaloedd heddlu',
  },
  significance: {
    smallNumber: 'nifer fach: mae’r gyfradd yn ansefydlog',
    withinVariation: 'o fewn amrywiad o flwyddyn i flwyddyn',
    interval: (interval) => `cyfwng hyder o 95%: ${interval}`,
    intervalTo: (lower, upper) => `${lower} i ${upper}`,
    noUpperLimit: 'dim terfyn uchaf',
    baseBeforeBreak: (base, afters) => `mae’r flwyddyn sylfaen, ${base}, cyn toriad yn y gyfres (ar ôl ${afters})`,
  },
  tooltip: {
    rank: (rank, of) => `Safle ${rank} o ${of} heddlu â ffigurau (1 yw’r uchaf)`,
    inYear: (year) => ` yn ${year}`,
    close: (force) => `Cau cerdyn ${force}`,
    source: (release) => `Ffynhonnell: ${release}`,
  },
  map: {
    svg: 'Map o ardaloedd heddluoedd Cymru a Lloegr',
    tiles: 'Map teils o ardaloedd heddluoedd Cymru a Lloegr: un hecsagon cyfartal ar gyfer pob un',
    zoom: 'Chwyddo',
    zoomIn: 'Chwyddo i mewn',
    zoomOut: 'Chwyddo allan',
    tilesFailed: (reason) => `Nid oedd modd llwytho’r map teils (${reason}); dangosir y map daearyddol. `,
    yearCell: (year) => `${year}: dangos y flwyddyn hon ar y map`,
    keys: 'Mae’r bysellau saeth yn symud o heddlu i heddlu cyfagos; mae Enter yn ei ddewis; mae Escape yn mynd yn ôl i fyny lefel; mae plws a minws yn chwyddo.',
    noWebGl: 'Ni all y porwr hwn lunio’r map chwyddadwy (nid oes ganddo WebGL2): mae’r map uchod yn dangos pob heddlu.',
    zoomFailed: (reason) => `Nid oedd modd llwytho’r map chwyddadwy (${reason}). Mae’r map uchod yn dal i weithio; rhowch gynnig ar chwyddo eto.`,
    gestures: {
      windows: 'Defnyddiwch Ctrl + sgrolio i chwyddo’r map',
      mac: 'Defnyddiwch ⌘ + sgrolio i chwyddo’r map',
      mobile: 'Defnyddiwch ddau fys i symud y map',
    },
  },
  timeline: {
    years: 'Blynyddoedd',
    year: 'Blwyddyn',
    play: 'Chwarae drwy’r blynyddoedd',
    pause: 'Saib',
    previous: 'Y flwyddyn flaenorol',
    next: 'Y flwyddyn nesaf',
  },
  notices: {
    label: 'Hysbysiadau',
  },
  years: { partYear },
  // The ONS's and OS's attribution statements in Welsh: proposed, to check against their Welsh licence wording (docs/glossary-cy.md).
  sources: {
    population: 'Poblogaeth: amcangyfrifon canol blwyddyn yr ONS, Trwydded Llywodraeth Agored v3.0.',
    boundaries:
      'Ffiniau: Ffynhonnell: Swyddfa Ystadegau Gwladol, wedi’i thrwyddedu o dan y Drwydded Llywodraeth Agored v3.0. Yn cynnwys data OS © Hawlfraint y Goron a hawliau cronfa ddata 2022.',
  },
  series: {
    // After "gan" the code softens: cod → god, codau → godau.
    break: (found) => {
      const named = ({ code, name }: { code: string; name: string }) => `${code} (${name})`;
      const codes = (list: readonly { code: string; name: string }[]) =>
        list.length === 1 ? `god ${named(list[0]!)}` : `godau ${list.slice(0, -1).map(named).join(', ')} a ${named(list.at(-1)!)}`;
      switch (found.kind) {
        case 'moved-out':
          return `cyfrifwyd cod ${named(found.code)} yma hyd at ${found.after}, yna o dan ${found.to}`;
        case 'moved-in':
          return `cyfrifwyd cod ${named(found.code)} o dan ${found.from} hyd at ${found.after}, yna yma`;
        case 'codes':
          return [
            ...(found.stopped.length > 0 ? [`nid oes gan ${codes(found.stopped)} ffigurau ar ôl ${found.after}`] : []),
            ...(found.started.length > 0 ? [`mae gan ${codes(found.started)} ffigurau am y tro cyntaf yn ${found.next}`] : []),
          ].join(', ac ');
      }
    },
  },
  failure: {
    subtitle: 'Nid oedd modd llwytho’r ffigurau hyn.',
    serverAnswered: (path, status) => `Nid oedd modd llwytho ${path}: atebodd y gweinydd ${status}.`,
    notJson: (path) => `Nid oedd modd llwytho ${path}: nid yw’n JSON dilys.`,
    notInForm: (path, detail) => `Nid yw ${path} yn y ffurf ddisgwyliedig:\n${detail}`,
    figures: (title) => `Nid oedd modd llwytho’r ffigurau “${title}”.`,
    meanwhile: 'Nid oes dim yn cael ei ddangos ohonynt yn y cyfamser. Gwiriwch eich cysylltiad a rhowch gynnig arall arni, neu dewiswch ffigurau eraill.',
    downloadPanel: 'Nid oedd modd llwytho’r panel lawrlwytho. Caewch ef a’i agor eto i roi cynnig arall arni.',
  },
  importPanel: {
    summary: 'Mapio eich ffigurau eich hun',
    loading: 'Wrthi’n llwytho’r panel mewnforio…',
    loadFailed: (reason) =>
      `Nid oedd modd llwytho’r panel mewnforio (${reason}). Gwiriwch y cysylltiad a rhowch gynnig arall arni; os yw’r dudalen hon wedi bod ar agor ers amser hir, efallai fod y wefan wedi’i diweddaru ers hynny, a bydd ail-lwytho’r dudalen yn datrys hyn. `,
  },
  listHeadings: {
    outside: 'Y tu allan i’r map hwn',
    chosen: 'Yr heddlu a ddewiswyd',
    chosenAndPinned: 'Wedi’u dewis a’u pinio',
    pinned: 'Wedi’u pinio hefyd',
  },
  announce: {
    showing: (measure, year, area, selected) =>
      `Yn dangos ${measure.charAt(0).toLowerCase()}${measure.slice(1)}, ${year}, ${area}${selected ? `, ${selected} wedi’i ddewis` : ''}.`,
    keyboard: (force, region, value, year, rank) => `${force}, ${region}: ${value} yn ${year}.${rank} Pwyswch Enter i’w ddewis.`,
  },
  table: {
    force: 'Heddlu',
    region: 'Rhanbarth',
    number: 'Nifer',
    rank: 'Safle',
    interval: (change) => `${change ? 'Newid' : 'Cyfradd'}: cyfwng hyder o 95%`,
    smallNumber: 'nifer fach',
    // A noun after a number stays singular in Welsh: "43 heddlu".
    forces: (_count, shown) => `${shown} heddlu`,
    caption: (measure, year, forces, area) => `${measure}, ${year}: ${forces}, ${area}`,
  },
  exports: {
    notDescribedYet: 'Mae disgrifiad y map mewn geiriau yn dal i lwytho: rhowch gynnig arall arni mewn munud.',
  },
  legend: {
    label: 'Allwedd',
    notPublished: 'heb ei gyhoeddi',
    notAvailable: 'ddim ar gael',
    allValues: 'pob gwerth',
    under: (upper) => `llai na ${upper}`,
    andOver: (lower) => `${lower} a throsodd`,
    fromTo: (from, to) => `${from} i ${to}`,
    methods: {
      quantile: 'cwantelau (tua’r un nifer o heddluoedd ym mhob dosbarth)',
      'equal-interval': 'cyfyngau cyfartal',
      'natural-breaks': 'toriadau naturiol (ckmeans)',
      manual: 'eich toriadau eich hun',
    },
    noFigures: 'Dim ffigurau i’w dosbarthu.',
    classes: (method, source) => `Dosbarthiadau: ${method} o ${source}.`,
    topReach: (highest, year) =>
      ` Mae’r dosbarth uchaf yn mynd hyd at ${highest}, y ffigur uchaf ${year === undefined ? 'mewn unrhyw flwyddyn' : `yn ${year}`}.`,
    fromLatestYear: (area, year) => `ffigurau ${area} yn ${year}, a ddefnyddir ar gyfer pob blwyddyn fel bod lliw yn golygu’r un peth drwyddi draw`,
    fromAllYears: (area, first, last) => `ffigurau ${area} dros bob blwyddyn, ${first} i ${last}, fel bod lliw yn golygu’r un peth drwyddi draw`,
    fromEachYear: (area, year) => `ffigurau ${area} yn ${year} yn unig; mae lliwiau’n golygu ffigurau eraill mewn blynyddoedd eraill`,
    comparisonNote:
      'Cyfradd pob heddlu gyda’i chyfwng hyder o 95%, o’i chymharu â chyfradd Cymru a Lloegr yn yr un flwyddyn: uwch neu is lle mae’r cyfwng yn gyfan gwbl uwchben neu islaw iddi, tebyg lle mae’n gorgyffwrdd â hi.',
    withinVariationNote: 'Goleuach: o fewn amrywiad o flwyddyn i flwyddyn (mae cyfwng hyder o 95% y newid yn cynnwys dim newid).',
  },
  comparison: {
    lower: (area) => `is na ${aspirateMutation(area)}`,
    similar: (area) => `tebyg i ${softMutation(area)}`,
    higher: (area) => `uwch na ${aspirateMutation(area)}`,
  },
};
