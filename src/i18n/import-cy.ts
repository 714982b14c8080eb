import type { LookAlikeScript } from '../format/user-text';
import type { ImportWords } from './import-en';

/**
 * The words of "Map your own figures" in Welsh: the same keys as
 * import-en.ts. Terms are in docs/glossary-cy.md; all of it wants review by
 * a first-language speaker before publication. After a numeral a Welsh
 * noun stays singular ("3 llinell", "1,154 rhes"), so counts need no plural.
 */

const andList = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} a ${items.at(-1)}` : (items[0] ?? ''));
/** Script names as adjectives after "llythyren" (feminine: soft mutation) and after "llythrennau" (none). */
const SCRIPTS: Record<LookAlikeScript | 'other', [one: string, many: string]> = {
  Cyrillic: ['Gyrilig', 'Cyrilig'],
  Greek: ['Roeg', 'Groeg'],
  Armenian: ['Armenaidd', 'Armenaidd'],
  Cherokee: ['Cherokee', 'Cherokee'],
  other: ['an-Ladin', 'an-Lladin'],
};
const orList = (quoted: readonly string[]) => (quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} neu ${quoted.at(-1)}` : (quoted[0] ?? ''));

export const importCy: ImportWords = {
  view: {
    reading: 'Yn darllen y ffeil',
    cancel: 'Canslo',
    pastePlaceholder: 'force,year,value\nDorset,2020/21,212',
    readPaste: 'Darllen y tabl a ludwyd',
    pastedTable: 'tabl a ludwyd',
    drop: 'Gollyngwch ffeil CSV neu daenlen (.ods, .xlsx) yma, neu dewiswch un:',
    fileLabel: 'Ffeil CSV neu daenlen',
    privacy: 'Caiff eich ffeil ei darllen yn y porwr hwn ac mae’n aros yma: does dim yn cael ei uwchlwytho i unman.',
    help: 'Derbynnir: tabl taclus (heddlu, blwyddyn, gwerth), tabl llydan (colofn heddlu ac un golofn ar gyfer pob blwyddyn ariannol), neu dabl data agored y Swyddfa Gartref o droseddau a gofnodwyd gan yr heddlu fesul ardal heddlu, fel y’i cyhoeddwyd (CSV, neu’r datganiad fel .ods). CSV, TSV, .ods neu .xlsx, hyd at 64 MB; darllenir dalennau llyfr gwaith sydd â’r un pennawd fel un tabl.',
    pasteLabel: 'Neu ludo tabl',
    cancelled: 'Wedi canslo: ni fewnforiwyd dim, ac mae’r map yn dangos yr hyn a ddangosai o’r blaen.',
    readingStatus: 'Yn darllen…',
    readingSheet: (sheet) => `Yn darllen… dalen ${sheet}`,
    couldNotRead: (reason) => `Nid oedd modd darllen y ffeil: ${reason}.`,
    cannotImport: (reason) => `Does dim modd mewnforio’r ffeil hon: ${reason}.`,
    tryAgain: 'Rhoi cynnig arall arni',
    whatWasRead: 'Beth a ddarllenwyd',
    readAs: 'Darllenwyd fel',
    shapes: {
      tidy: 'tabl taclus (heddlu, blwyddyn, gwerth)',
      wide: 'tabl llydan (colofn ar gyfer pob blwyddyn)',
      'home-office': 'tabl data agored y Swyddfa Gartref o droseddau a gofnodwyd gan yr heddlu',
    },
    read: (counting) => (counting === 'cells' ? 'Ffigurau (celloedd o dan golofnau blwyddyn) a ddarllenwyd' : 'Rhesi a ddarllenwyd'),
    used: 'Defnyddiwyd',
    usedCount: (used, notPublished) => `${used}${notPublished ? ` (${notPublished} wedi’u nodi heb eu cyhoeddi)` : ''}`,
    rejected: 'Gwrthodwyd',
    rejectedCount: (rejected, withError, noArea, notChosen) =>
      `${rejected}: ${withError} â gwall, ${noArea} ar gyfer cyrff heb ardal ar y map hwn, ${notChosen} ar gyfer troseddau na ddewiswyd`,
    years: 'Blynyddoedd',
    yearsRange: (first, last) => `${first} i ${last}`,
    noYears: 'dim',
    sheets: 'Dalennau',
    partialYear: (year, quarters) => `Dim ond ${quarters} o’r 4 chwarter sydd gan ${year}: caiff ei hepgor, nid ei dangos fel blwyddyn gyfan.`,
    noArea: (bodies) => `Dim ardal ar y map hwn: ${bodies}.`,
    noAreaBody: (body, rows) => `${body} (${rows} rhes)`,
    chooseOffences: 'Dewiswch un drosedd neu fwy i’w mapio.',
    nothingToMap: 'Does dim ffigur yn y ffeil hon y gellir ei fapio.',
    sheetRead: (sheet, read) => `Darllenwyd dalen ${sheet}: ${read}.`,
    oneSheetRead: (sheet, position, of) => `${sheet} (dalen ${position} o ${of})`,
    sheetsReadAsOne: (sheets, first, last) => `${sheets} dalen ag un pennawd, o ${first} i ${last}, fel un tabl`,
    readThisSheet: 'Darllen y ddalen hon',
    sheet: 'Dalen',
    sheetCount: (sheets) => `Mae gan y llyfr gwaith ${sheets} dalen. I fapio tabl dalen arall, dewiswch hi a’i darllen.`,
    sheetToRead: 'Y ddalen i’w darllen',
    searchOffences: 'Chwilio troseddau',
    allOf: ' Pob un o ',
    offenceCode: ' (cod ',
    sumOffences: 'Adio’r troseddau a ddewiswyd',
    offencesToSum: 'Troseddau i’w hadio, chwarter wrth chwarter, yn flynyddoedd ariannol',
    moreNames: (names, _nameCount, lines, _lineCount) =>
      `A ${names} enw arall ar ${lines} llinell, heb eu rhestru yma: os nad ardaloedd heddlu yw enwau’r ffeil (tabl o awdurdodau lleol, er enghraifft), ni fydd unrhyw fapio’n eu gosod.`,
    useNames: 'Defnyddio’r enwau hyn',
    notAForce: ['Nid yw "', '" yn ardal heddlu ar y map hwn: dewiswch un o’r rhestr ar gyfer "', '".'],
    namesNotRecognised: 'Enwau heddluoedd heb eu hadnabod',
    forceMeant: (name) => `Yr heddlu a olygir gan "${name}"`,
    didYouMean: (force) => `Ai ${force} oedd dan sylw?`,
    nameLines: (lines, lineCount, more) => `${lineCount === 1 ? 'llinell' : 'llinellau'} ${lines}${more ? ` a ${more} arall` : ''}`,
    means: (lines) => ` (${lines}) yw `,
    rowsRejected: (total) => `Rhesi a wrthodwyd â gwall: ${total}`,
    byReason: (reasons) => `Yn ôl y rheswm: ${reasons}.`,
    reasonCount: (reason, rows) => `${reason} ${rows}`,
    reasons: {
      'unknown-force': 'heddlu anhysbys',
      'bad-year': 'nid blwyddyn ariannol',
      'year-out-of-range': 'blwyddyn y tu allan i’r ystod',
      'bad-quarter': 'nid chwarter',
      'non-numeric': 'nid rhif',
      negative: 'negatif',
      'too-large': 'rhy fawr',
      duplicate: 'dyblyg',
      'too-few-fields': 'rhy ychydig o feysydd',
      'too-many-fields': 'gormod o feysydd',
    },
    showNext: (rows) => `Dangos y ${rows} nesaf`,
    firstListed: (listed, total) => `Rhestrir y ${listed} cyntaf yma; mae’r ffeil i’w lawrlwytho’n cynnwys pob un o’r ${total}.`,
    downloadAll: (total) => `Lawrlwytho pob un o’r ${total} rhes a wrthodwyd (CSV)`,
    makingList: 'Wrthi’n gwneud y rhestr…',
    listFailed: (reason) => `Nid oedd modd gwneud y rhestr: ${reason}. Pwyswch y botwm i roi cynnig arall arni.`,
    rejectedRowsFile: 'rhesi-a-wrthodwyd',
    title: 'Teitl',
    unit: 'Uned',
    show: 'Dangos ar y map',
    kept: 'Mae’n aros yn y tab porwr hwn, gan gynnwys wrth ail-lwytho, nes cau’r tab.',
    notKept: {
      quota: 'Mae storfa’r tab hwn yn y porwr yn llawn, felly nid oedd modd ei gadw: bydd ail-lwytho yn ei golli.',
      unavailable: 'Nid yw’r porwr hwn yn gadael i’r dudalen gadw dim, felly bydd ail-lwytho yn ei golli.',
      refused: 'Ni fyddai’r porwr yn ei gadw, felly bydd ail-lwytho yn ei golli.',
    },
    onTheMap: (lasting) => ['Mae “', `” ar y map, ac yn y rhestr o ffigurau. ${lasting}`],
  },
  client: {
    stoppedAnswering: (seconds) => `peidiodd darllenydd y ffeiliau ag ateb (dim am ${seconds} eiliad)`,
    badMessage: (detail) => `anfonodd darllenydd y ffeiliau neges nad yw ar y ffurf ddisgwyliedig:\n${detail}`,
    refused: (detail) => `gwrthododd darllenydd y ffeiliau gais: ${detail}`,
    noId: 'dim dynodydd',
    couldNotLoad:
      'nid oedd modd llwytho darllenydd y ffeiliau, neu peidiodd â gweithio: os yw’r dudalen hon wedi bod ar agor ers amser hir, efallai fod y wefan wedi’i diweddaru ers hynny, a bydd ail-lwytho’r dudalen yn datrys hyn',
    unreadable: 'nid oedd modd darllen neges gan ddarllenydd y ffeiliau',
    couldNotStart: (detail) => `nid oedd modd cychwyn darllenydd y ffeiliau: ${detail}`,
    wrongAnswer: (type) => `atebodd darllenydd y ffeiliau fewnforio â neges ${type}`,
    wrongListAnswer: (type) => `atebodd darllenydd y ffeiliau gais am restr â neges ${type}`,
    cancelled: 'canslwyd y mewnforio',
  },
  rows: {
    where: (line, column) => `llinell ${line}${column !== undefined ? `, colofn "${column}"` : ''}`,
    notAYear: (text) => `nid yw "${text}" yn flwyddyn ariannol fel 2016/17`,
    yearOutOfRange: (text, first, last) => `mae ${text} y tu allan i’r blynyddoedd y mae’r map yn eu derbyn (${first} i ${last})`,
    tooLarge: (text, most) => `mae ${text} yn fwy nag unrhyw ffigur y mae’r map yn ei dderbyn (${most} ar y mwyaf)`,
    notANumber: (text) => `nid yw "${text}" yn rhif`,
    negative: (text) => `mae ${text} yn negatif`,
    duplicate: (force, year, firstLine) => `mae gan ${force} ${year} ffigur eisoes ar linell ${firstLine}`,
    unknownForce: (name, otherLetters, suggestions) =>
      `heddlu anhysbys "${name}"${otherLetters ? `, sy’n cynnwys ${otherLetters}` : ''}${suggestions.length ? `; ai ${orList(suggestions.map((force) => `"${force}"`))} oedd dan sylw?` : ''}`,
    tooManyFields: (found, header) =>
      `${found} maes lle mae gan y pennawd ${header}; byddai rhif fel 1,154 wedi’i ysgrifennu heb ddyfynodau, neu amffinydd crwydr, yn gwneud hyn`,
    tooFewFields: (found, header) => `${found} maes lle mae gan y pennawd ${header}`,
    endsBeforeColumn: '; mae’r llinell yn dod i ben cyn y golofn hon',
    notAQuarter: (text) => `nid yw "${text}" yn chwarter o 1 i 4`,
    notANumberOfOffences: (text) => `nid yw "${text}" yn nifer o droseddau`,
    quarterTwice: (force, year, quarter, offence) => `mae ${force} ${year} Ch${quarter} "${offence}" yn ymddangos ddwywaith`,
    scriptLetters: {
      letters: (script, shown) =>
        shown.length === 1
          ? `y llythyren ${SCRIPTS[script ?? 'other'][0]} ${andList(shown)}`
          : `y llythrennau ${SCRIPTS[script ?? 'other'][1]} ${andList(shown)}`,
      more: (count) => `${count} arall`,
      andList,
    },
  },
  file: {
    line: (line) => `llinell ${line}`,
    linesAndMore: (lines, more) => `llinellau ${lines} a ${more} arall`,
    lines: (lines, last) => `llinellau ${lines} a ${last}`,
    quoteUnclosed: (line) => `llinell ${line}: mae dyfynnod yn agor yma a byth yn cau; fe’i darllenwyd fel nod cyffredin`,
    quoteStray: (line, closesOn) =>
      `llinell ${line}: mae dyfynnod yn agor yma a fyddai’n cau ar linell ${closesOn} yn unig, y tu mewn i destun arall; fe’i darllenwyd fel nod cyffredin`,
    quoteLong: (line, closesOn) =>
      `mae llinellau ${line} i ${closesOn} yn un maes mewn dyfynodau, sy’n agor ar linell ${line}: os nad dyna a fwriadwyd, mae dyfynnod ar goll neu’n grwydr yno`,
    moreQuotes: (more, line) => `a ${more} dyfynnod arall fel y rhain, o linell ${line} ymlaen`,
    lastLine: (line) =>
      `nid yw’r ffeil yn gorffen â thoriad llinell, felly gall ei llinell olaf (llinell ${line}) fod yn anghyflawn: gwiriwch hi os cafodd y ffeil ei thorri’n fyr`,
    pointThousands: (figure, line, lines) =>
      `darllenwyd ffigurau fel ${figure} (llinell ${line}) â phwynt degol, ond mewn ffeiliau wedi’u gwahanu gan hanner colon mae "." yn aml yn gwahanu miloedd (1.154 am 1154): gwiriwch ${lines}`,
    controlCharacters: (lines, _lineCount, character) =>
      `mae ${lines} yn cynnwys nodau rheoli, nad ydynt fel arfer mewn testun: fe’u darllenwyd fel y maent, ac fe’u dangosir fel ⟨${character}⟩ ac ati`,
    invisibleCharacters: (lines, _lineCount, character) =>
      `mae ${lines} yn cynnwys nodau anweledig fel ⟨${character}⟩: cânt eu hanwybyddu mewn enwau heddluoedd, a’u dangos fel hyn lle bynnag y mae neges yn ailadrodd y testun`,
    windows1252: 'nid UTF-8 yw’r ffeil; fe’i darllenwyd fel Windows-1252 (Gorllewin Ewrop)',
    tooLarge: (megabytes, limit) => `mae’r ffeil yn rhy fawr i’w mewnforio (${megabytes} MB; y terfyn yw ${limit} MB)`,
    empty: 'mae’r ffeil yn wag',
    zip: 'ffeil zip yw hon, llyfr gwaith Excel (.xlsx) mae’n debyg: cadwch hi fel CSV a mewnforiwch honno',
    nul: 'mae’r ffeil yn cynnwys cynnwys deuaidd (beitiau NUL), nid testun: os taenlen yw hi, cadwch hi fel CSV a mewnforiwch honno',
    binary: (controls, characters) =>
      `mae’r ffeil yn cynnwys cynnwys deuaidd (${controls} nod rheoli yn ei ${characters} nod cyntaf), nid testun: cadwch hi fel CSV a mewnforiwch honno`,
    noRows: (line) => `mae gan y ffeil bennawd (llinell ${line}) ond dim rhesi oddi tano`,
    titleLines: (count, line) => `hepgorwyd ${count} llinell teitl uwchben y pennawd, ar linell ${line}`,
    headerNotRecognised: (line, problem) => `ni adnabyddir y pennawd${line !== undefined ? ` ar linell ${line}` : ''}: ${problem}`,
    noHeader: 'dim pennawd',
    badMapping: (name, code) => `mae’r mapio enwau yn anfon "${name}" i ${code}, nad yw’n ardal heddlu ar y map hwn`,
    badOptions: (detail) => `nid yw’r dewisiadau mewnforio yn ddilys: ${detail}`,
    notARequest: (detail) => `nid cais mewnforio mo hwn: ${detail}`,
    failedUnexpectedly: (detail) => `methodd y mewnforio yn annisgwyl (${detail}); nam yn yr ap yw hwn, nid yn eich ffeil`,
  },
  header: {
    found: (columns, shown, more) => `cafwyd ${columns} colofn: ${shown}${more > 0 ? ` a ${more} arall` : ''}`,
    orList,
    homeOfficeColumns: (expected, found) =>
      `mae hwn yn edrych fel tabl data agored y Swyddfa Gartref, ond nid ei golofnau yw’r rhai a gyhoeddwyd: disgwylid ${expected}; ${found}`,
    noForceColumn: (expected, found) => `dim colofn yn enwi’r heddlu: disgwylid un â’r pennawd ${expected}; ${found}`,
    yearNoValue: (year, expected) => `colofn blwyddyn ("${year}") ond dim colofn gwerth (${expected})`,
    valueNoYear: (value, expected) => `colofn gwerth ("${value}") ond dim colofn blwyddyn (${expected})`,
    neither: 'dim colofn blwyddyn na gwerth',
    forceAnd: (force, half, found) =>
      `colofn heddlu ("${force}") a ${half}: disgwylid naill ai colofnau blwyddyn a gwerth, neu un golofn ar gyfer pob blwyddyn ariannol fel 2016/17; ${found}`,
  },
  homeOffice: {
    noneChosen: 'nid oes troseddau wedi’u dewis eto: dewiswch godau neu grwpiau troseddau i’w hadio',
    codeMissing: (code) => `nid yw’r cod trosedd "${code}" yn y tabl hwn`,
    groupMissing: (group) => `nid yw’r grŵp troseddau "${group}" yn y tabl hwn`,
    oneOffence: (description, code) => `${description} (cod trosedd ${code})`,
    offences: (count) => `Troseddau a gofnodwyd gan yr heddlu: ${count} trosedd`,
    andMore: (listed, more) => `${listed}; a ${more} arall`,
    definition: (listed, _codeCount, codes) =>
      `Troseddau a gofnodwyd gan yr heddlu mewn blwyddyn ariannol, wedi’u hadio o ffigurau chwarterol tabl data agored y Swyddfa Gartref: ${listed ?? 'dim troseddau wedi’u dewis'} (cod trosedd ${codes ?? 'dim'}).`,
    unit: 'troseddau',
    quartersPublished: (quarters) => `dim ond ${quarters} o’r 4 chwarter a gyhoeddwyd`,
    quartersNotPublished: (quarters) => `ni chyhoeddwyd ${quarters} o’r 4 chwarter`,
    negativeSum: (sum) => `mae’r chwarteri’n adio i ${sum}`,
  },
  dataset: {
    title: 'Ffigurau a fewnforiwyd',
    definition: (fileName) => `Ffigurau o ${fileName !== undefined ? `y ffeil ${fileName}` : 'ffeil a fewnforiwyd'}.`,
    unit: 'ffigurau',
    notStated: 'heb ei nodi',
    localFile: 'ffeil leol',
    source: (fileName) => (fileName !== undefined ? `Wedi’u mewnforio o’ch ffeil ${fileName}` : 'Wedi’u mewnforio o’ch ffeil'),
  },
  workbook: {
    damaged: (detail) =>
      `mae’r ffeil yn edrych fel zip (llyfr gwaith) ond mae wedi’i difrodi: ${detail}. Agorwch hi yn eich rhaglen daenlen a’i chadw eto, neu lawrlwythwch hi eto`,
    zipBomb: (size, limit) =>
      `byddai’r llyfr gwaith yn dadbacio i fwy na ${size}, llawer mwy nag sydd ei angen ar unrhyw dabl o ffigurau fesul ardal heddlu (y terfyn yw ${limit}); ni chafodd ei ddarllen. Os tabl o ffigurau yw e mewn gwirionedd, cadwch y ddalen sydd ei hangen arnoch fel CSV a mewnforiwch honno`,
    noDirectory: 'mae ei dabl cynnwys (cyfeiriadur y zip ar ei ddiwedd) ar goll, felly mae’n debyg iddo gael ei dorri’n fyr',
    directoryOutside: 'mae ei dabl cynnwys yn pwyntio y tu allan i’r ffeil',
    entryUnreadable: (entry) => `nid oes modd darllen cofnod ${entry} ei dabl cynnwys`,
    partMisplaced: (part) => `nid yw’r rhan "${part}" lle mae ei dabl cynnwys yn ei ddweud`,
    partCut: (part) => `mae’r rhan "${part}" yn rhedeg heibio i ddiwedd y ffeil, felly mae’n debyg i’r ffeil gael ei thorri’n fyr`,
    partUnpack: (part, detail) => `nid oes modd dadbacio’r rhan "${part}" (${detail})`,
    partMethod: (part, method) =>
      `mae’r rhan "${part}" o’r llyfr gwaith wedi’i phacio mewn ffordd nad yw’r ap hwn yn ei darllen (dull zip ${method}): cadwch hi eto o’ch rhaglen daenlen, neu cadwch y ddalen fel CSV a mewnforiwch honno`,
    partSize: (part, unpacked, size) => `mae’r rhan "${part}" yn dadbacio i ${unpacked} beit, nid y ${size} y mae ei dabl cynnwys yn ei ddweud`,
    encrypted:
      'mae’r llyfr gwaith wedi’i ddiogelu â chyfrinair (wedi’i amgryptio), felly does dim modd ei ddarllen yma: agorwch ef yn eich rhaglen daenlen, cadwch gopi heb y cyfrinair (neu cadwch y ddalen fel CSV), a mewnforiwch hwnnw',
    xls: 'llyfr gwaith Excel hen fath yw hwn (.xls, Excel 97–2003), nad yw’r ap hwn yn ei ddarllen: agorwch ef yn eich rhaglen daenlen a’i gadw fel .xlsx, .ods neu CSV, yna mewnforiwch hwnnw',
    notSpreadsheet: 'ffeil zip yw hon, ond nid taenlen y mae’r ap hwn yn ei darllen (.ods neu .xlsx): os yw’n cynnwys CSV, dadsipiwch hi a mewnforiwch y CSV',
    noContent:
      'nid oes cynnwys gan y ffeil OpenDocument (dim content.xml): mae wedi’i difrodi neu nid taenlen yw hi; agorwch hi yn eich rhaglen daenlen a’i chadw eto',
    noSheets: 'nid yw’r daenlen yn cynnwys dalennau â chelloedd (dim tablau): gwiriwch mai dyma’r ffeil a fwriadwyd',
    tooManyRows: (rows) =>
      `mae’r llyfr gwaith yn cynnwys mwy na ${rows} rhes o gelloedd, mwy nag unrhyw dabl o ffigurau fesul ardal heddlu: cadwch y ddalen sydd ei hangen arnoch fel CSV a mewnforiwch honno`,
    notXml: (detail, at) => `nid yw’r rhan "content.xml" yn XML cywir (${detail}${at === undefined ? '' : `, ym meit ${at}`})`,
    xml: {
      unknownEntity: (entity) => `nid yw "${entity}" yn endid y mae XML yn ei adnabod`,
      ltInAttribute: '"<" y tu mewn i werth priodwedd',
      ltStartsNothing: '"<" nad yw’n dechrau tag',
      slashInTag: '"/" y tu mewn i dag',
      badDeclaration: '"<!" nad yw’n dechrau sylw, adran CDATA na DOCTYPE',
      attributeWithoutValue: 'priodwedd heb werth',
      attributeWithoutQuotes: 'gwerth priodwedd heb ddyfynodau',
      secondRoot: 'ail elfen wraidd',
      badClosingTag: 'tag cau gwallus',
      closingNothing: 'tag cau heb elfen ar agor',
      closingOther: 'tag cau nad yw’n cyfateb i’r elfen sydd ar agor',
      endsInTag: 'mae’n gorffen y tu mewn i dag neu destun, felly mae’n debyg iddo gael ei dorri’n fyr',
      noElement: 'nid yw’n cynnwys unrhyw elfen',
      endsOpen: 'mae’n gorffen cyn i bob elfen gael ei chau, felly mae’n debyg iddo gael ei dorri’n fyr',
    },
    mergedHeader: (sheet, row, columns) =>
      `mae gan bennawd dalen "${sheet}" (rhes ${row}) gelloedd wedi’u cyfuno (${columns}): dadgyfunwch nhw fel bod gan bob colofn ei phennawd ei hun mewn un rhes, yna mewnforiwch y ffeil eto`,
    column: (letters) => `colofn ${letters}`,
    skippedMerged: (row) => `mae gan ei phennawd (rhes ${row}) gelloedd wedi’u cyfuno`,
    skippedNotHeader: (row, problem) => `nid yw ei rhes gyntaf o sawl cell (rhes ${row}) yn bennawd y mae’r map hwn yn ei ddarllen: ${problem}`,
    skippedOtherHeader: (row, sheet) => `nid yw ei phennawd (rhes ${row}) yr un fath â phennawd dalen "${sheet}"`,
    skippedNoHeader: (rows) => `dim pennawd yn ei ${rows} rhes gyntaf`,
    skippedEmpty: 'mae’n wag',
    skippedText: 'dim ond llinellau o destun sydd ynddi, dim tabl',
    noSuchSheet: (sheet) => `nid oes dalen o’r enw "${sheet}" yn y llyfr gwaith`,
    skippedSheet: (sheet, reason) => `dalen "${sheet}": ${reason}`,
    noTable: (sheets, more) =>
      `nid oes dalen yn y llyfr gwaith yn cynnwys tabl y mae’r map hwn yn ei ddarllen (${sheets}${more > 0 ? `; a ${more} dalen arall` : ''})`,
    sheetFrom: (sheet, line) => `"${sheet}" o linell ${line}`,
    andSoOn: (starts) => `${starts} ac ati`,
    readAsOne: (sheets, first, last, starts) =>
      `mae gan y ${sheets} dalen o "${first}" i "${last}" yr un pennawd ac fe’u darllenwyd fel un tabl; mae rhifau’r llinellau’n cyfrif y rhesi drwyddynt (rhes n y ddalen gyntaf yw llinell n; yna ${starts})`,
    sheetNotRead: (sheet, reason) => `"${sheet}" (${reason})`,
    notRead: (count, sheets, more) => `${count === 1 ? 'dalen heb ei darllen' : 'dalennau heb eu darllen'}: ${sheets}${more > 0 ? `; a ${more} arall` : ''}`,
  },
  errorsCsv: { header: 'llinell,colofn,rheswm,neges,testun' },
};
