import type { AboutWords } from './about-en';

/**
 * Geiriau "Am y ffigurau", yn Gymraeg: the same keys as about-en.ts. Names
 * of English publications ("Police recorded crime and outcomes open data
 * tables") stay as published. Wants review by a first-language speaker
 * (docs/glossary-cy.md).
 */
export const aboutCy: AboutWords = {
  title: 'Am y ffigurau hyn',
  close: 'Cau',
  count: 'Beth mae’r ffigurau’n ei gyfrif',
  origin: 'O ble maen nhw’n dod',
  released: (source, date, licence) => `${source}; cyhoeddwyd ${date}. Trwydded: ${licence}.`,
  sourceUse: (release, figures, totals, url) =>
    `${release}: ${figures > 0 ? `${figures.toLocaleString('en-GB')} ${figures === 1 ? 'ffigur' : 'o ffigurau'}` : totals === 1 ? 'cyfanswm a gyhoeddwyd yn unig' : 'cyfansymiau a gyhoeddwyd yn unig'} (${url})`,
  publisherPage: 'Tudalen y cyhoeddwr ar gyfer y ffigurau hyn',
  leftOut: 'Beth sydd wedi’i adael allan, a pham',
  nothingLeftOut: 'Dim byd: mae gan bob heddlu ffigur ar gyfer pob blwyddyn a ddangosir.',
  partYear: (year, part) =>
    `${year}: ${part} wedi’i gyhoeddi yn y datganiad hwn, felly mae’r flwyddyn wedi’i gadael allan yn hytrach na’i dangos fel blwyddyn gyfan.`,
  bodyLeftOut: (body, rows) => `${body}: yn y tabl (${rows} rhes) ond nid yw’n plismona unrhyw ardal ar y map hwn, felly mae ei ffigurau wedi’u gadael allan.`,
  notMapped: (count, reasons) => `Nid yw ${count} o gyfresi ar y map: ${reasons}. Mae’r dewisydd troseddau yn rhestru pob un gyda’i reswm.`,
  notMappedOr: '; neu ',
  notMappedZero: 'nid oes gan yr un heddlu gyfanswm blynyddol heblaw 0 mewn unrhyw flwyddyn lawn (codau "outcomes only" y Swyddfa Gartref yw’r rhan fwyaf)',
  notMappedNational: 'dim ond y cyrff twyll cenedlaethol sy’n ei gofnodi',
  notMappedPartYear: (year, part) => `mae’n cael ei gyfrif o ${year} yn unig, ac mae’r datganiad hwn yn cynnwys ${part} o’r flwyddyn honno`,
  forcesWithFigures: (count) =>
    `Mae gan ${count} o’r 43 heddlu o leiaf un ffigur yma; mae heddlu neu flwyddyn heb ffigur wedi’i hatsio fel heb ei gyhoeddi, ac ni chaiff ei ddangos fel 0 byth.`,
  areas: 'Ardaloedd heddlu',
  areasText:
    'Mae 43 o heddluoedd tiriogaethol yn plismona Cymru a Lloegr, pob un dros ei ardal ei hun: yr ardaloedd heddlu (PFAs). Mae’r Heddlu Metropolitan yn gwasanaethu Llundain Fwyaf ac eithrio Dinas Llundain, sydd â’i heddlu ei hun. Ffiniau: y Swyddfa Ystadegau Gwladol, Police Force Areas (December 2022), wedi’u cyffredinoli, Trwydded Llywodraeth Agored v3.0.',
  rates: 'Sut mae cyfraddau’n cael eu cyfrifo',
  ratesText: (per) => [
    `Cyfradd yw’r ffigur ${per}: ffigur yr heddlu wedi’i rannu â’i boblogaeth, o amcangyfrif canol blwyddyn y SYG ar gyfer y flwyddyn y mae’r flwyddyn ariannol yn dechrau ynddi (mae 2016/17 yn defnyddio canol 2016), heb ei fenthyg o flwyddyn arall byth.`,
    'Mae amcangyfrifon canol 2012 i ganol 2021 wedi’u hadio o awdurdodau lleol; mae rhai canol 2022 wedi’u talgrynnu i’r 100 agosaf, ac nid oes un ar gyfer Dinas Llundain, felly nid yw ei chyfradd ar gyfer 2022/23 ar gael.',
    'Amcangyfrifon canol 2012 i ganol 2020 yw’r rhai a wnaeth y SYG cyn eu diwygio ar ôl Cyfrifiad 2021, felly mae’r cyfraddau’n newid ychydig rhwng 2020/21 a 2021/22.',
    'Mae cyfradd rhanbarth neu Gymru a Lloegr yn adio ffigurau’r heddluoedd sydd â ffigur ac amcangyfrif o’r boblogaeth ac yn rhannu â’u pobl; mae’r proffil yn dweud pa heddluoedd a adawyd allan.',
    'Mae cyfraddau fesul 1,000 o bobl ar gyfer pob trosedd a’r grwpiau troseddau (fel y mae’r SYG yn rhoi cyfraddau troseddu ardaloedd heddlu) a fesul 100,000 ar gyfer is-grwpiau, troseddau unigol a ffigurau eraill, sy’n llawer llai.',
  ],
  changes: 'Sut mae newidiadau’n cael eu cyfrifo',
  changesText: [
    'Newid ers y flwyddyn flaenorol: ffigur eleni yn erbyn y flwyddyn cynt, fel canran. Newid ers blwyddyn: yn erbyn y flwyddyn a ddewiswyd. Ni ddangosir y naill na’r llall lle mae un o’r ffigurau ar goll, neu lle mae’r cynharaf yn 0 (nid oes canran i newid o ddim).',
    'Mae blynyddoedd ariannol yn rhedeg o 1 Ebrill i 31 Mawrth; mae’r Swyddfa Gartref yn cyhoeddi ffigurau fesul chwarter, ac yma maen nhw wedi’u hadio’n flynyddoedd.',
  ],
  status: 'I ba raddau y gellir ymddiried yn y ffigurau',
  statusText: [
    'Mae ffigurau troseddau a gofnodwyd gan yr heddlu yn ystadegau swyddogol, ond nid yn ystadegau swyddogol achrededig: tynnodd Awdurdod Ystadegau’r DU eu hachrediad yn ôl (statws Ystadegau Gwladol fel y’i gelwid bryd hynny) yn 2014 oherwydd ansawdd cofnodi troseddau gan yr heddlu, ac nid yw wedi’i adfer.',
    'Mae’r SYG a’r Swyddfa Gartref yn rhybuddio bod troseddau a gofnodwyd yn ganllaw gwael i dueddiadau llawer o droseddau: ar ôl i Arolygiaeth Cwnstabliaeth Ei Fawrhydi ganfod yn 2014 fod heddluoedd yn tangofnodi troseddau, gwellodd yr heddluoedd eu cofnodi, a daeth mwy o ddioddefwyr ymlaen, felly gall cynnydd adlewyrchu cofnodi gwell yn hytrach na mwy o droseddu. Dylid darllen newid mawr mewn un heddlu, fel cynnydd o gannoedd y cant mewn troseddau rhywiol, gyda hyn mewn golwg.',
  ],
  statusLink: 'Y SYG ar droseddau a gofnodwyd gan yr heddlu a’u hansawdd (Saesneg)',
  breaks: 'Toriadau yn y gyfres hon',
  noBreaks:
    'Dim un yn hysbys: nid yw tabl y Swyddfa Gartref yn dangos unrhyw god trosedd yn symud i mewn i’r gyfres hon nac allan ohoni yn y blynyddoedd a ddangosir.',
  someBreaks:
    'Mae’r hyn y mae’r gyfres hon yn ei gyfrif yn newid rhwng y blynyddoedd hyn, felly mae newid ar eu traws yn cymharu pethau gwahanol. Mae’r proffil yn nodi’r toriad, ac mae newid y mae ei flwyddyn sylfaen cyn y toriad yn dweud hynny.',
  breakAfter: (after, what) => `Ar ôl ${after}: ${what}.`,
  intervals: 'A yw gwahaniaeth yn real? Cyfyngau hyder',
  intervalsText: [
    'Mae nifer y troseddau’n amrywio o flwyddyn i flwyddyn ar hap yn ogystal ag am reswm. Rhoddir pob cyfradd gyda’i chyfwng hyder o 95%, wedi’i gyfrifo’n union (dull Garwood), gan gymryd y nifer fel cyfrif Poisson; rhoddir newid gyda chyfwng hyder o 95% cymhareb niferoedd y ddwy flynedd (y dull amodol union, fel poisson.test yn R). Mae newid y mae ei gyfwng yn cynnwys dim newid o fewn amrywiad o flwyddyn i flwyddyn, ac mae’r mapiau newid yn ei dynnu’n oleuach.',
    'Mae "O’i chymharu â Chymru a Lloegr" yn gosod cyfwng cyfradd pob heddlu yn erbyn cyfradd Cymru a Lloegr yn yr un flwyddyn, a gymerir yn sefydlog, fel y mae proffiliau iechyd y cyhoedd y Swyddfa Gwella Iechyd a Gwahaniaethau (Fingertips) yn ei wneud: uwch neu is lle mae’r cyfwng yn gyfan gwbl uwchben neu islaw iddi, tebyg lle mae’n gorgyffwrdd â hi.',
    'Mae rhybudd ar nifer o dan 10 (nifer fach: mae’r gyfradd yn ansefydlog), fel y mae’r SYG ac OHID yn ei roi.',
  ],
  currency: 'Pa mor gyfredol yw’r ffigurau hyn',
  currencyText: (label, file, lastYear, page) => [
    `Daw’r ffigurau hyn o’r datganiad ${label} (${file}); ei flwyddyn lawn olaf yw ${lastYear}.`,
    `Mae’r Swyddfa Gartref yn cyhoeddi datganiadau mwy diweddar ar ei thudalen "Police recorded crime and outcomes open data tables" (${page}), fel taenlen ag enw tebyg i prc-pfa-mar2013-onwards-tables-DDMMYY.ods. Lawrlwythwch hi, agorwch "Mapio eich ffigurau eich hun" a gollwng y ffeil yma i’w mapio: caiff ei darllen yn y porwr hwn ac ni chaiff ei huwchlwytho byth.`,
  ],
};
