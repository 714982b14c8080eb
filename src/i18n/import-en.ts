import type { LookAlikeScript, ScriptLetterWords } from '../format/user-text';

/**
 * The words of "Map your own figures" in English: its panel and report on
 * the page, and every message the import worker makes (rejected rows,
 * warnings about the file, a file refused). They load with the import
 * panel and with the worker, never with the first page; import-cy.ts has
 * exactly these keys (checked by test/i18n/catalogue.test.ts).
 *
 * User text arrives already isolated (src/format/user-text.ts) and numbers
 * already written as both languages write them, unless a parameter is a
 * number: then it is a line, a count or a limit written as it is.
 */

/** "a" list of quoted names: '"a", "b" or "c"'. */
const orList = (quoted: readonly string[]) => (quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? ''));
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
const andList = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? ''));

export const importEn = {
  /** The panel on the page (src/views/import-view.ts). */
  view: {
    reading: 'Reading the file',
    cancel: 'Cancel',
    pastePlaceholder: 'force,year,value\nDorset,2020/21,212',
    readPaste: 'Read the pasted table',
    pastedTable: 'pasted table',
    drop: 'Drop a CSV file or a spreadsheet (.ods, .xlsx) here, or choose one:',
    fileLabel: 'CSV or spreadsheet file',
    privacy: 'Your file is read in this browser and stays here: nothing is uploaded anywhere.',
    help: "Accepted: a tidy table (force, year, value), a wide table (a force column and one column per financial year), or the Home Office police recorded crime open-data table by police force area, as published (CSV, or the release as .ods). CSV, TSV, .ods or .xlsx, up to 64 MB; a workbook's sheets with the same header are read as one table.",
    pasteLabel: 'Or paste a table',
    cancelled: 'Cancelled: nothing was imported, and the map shows what it showed before.',
    readingStatus: 'Reading…',
    readingSheet: (sheet: string) => `Reading… sheet ${sheet}`,
    couldNotRead: (reason: string) => `The file could not be read: ${reason}.`,
    cannotImport: (reason: string) => `This file cannot be imported: ${reason}.`,
    tryAgain: 'Try again',
    /** The summary's terms, then what each says. */
    whatWasRead: 'What was read',
    readAs: 'Read as',
    shapes: {
      tidy: 'a tidy table (force, year, value)',
      wide: 'a wide table (a column per year)',
      'home-office': 'the Home Office police recorded crime open-data table',
    },
    read: (counting: 'rows' | 'cells'): string => (counting === 'cells' ? 'Figures (cells under year columns) read' : 'Rows read'),
    used: 'Used',
    usedCount: (used: string, notPublished: string | undefined) => `${used}${notPublished ? ` (${notPublished} marked as not published)` : ''}`,
    rejected: 'Rejected',
    rejectedCount: (rejected: string, withError: string, noArea: string, notChosen: string) =>
      `${rejected}: ${withError} with an error, ${noArea} for bodies with no area on this map, ${notChosen} for offences not chosen`,
    years: 'Years',
    yearsRange: (first: string, last: string) => `${first} to ${last}`,
    noYears: 'none',
    sheets: 'Sheets',
    partialYear: (year: string, quarters: number) => `${year} holds only ${quarters} of 4 quarters: it is left out, not shown as a whole year.`,
    noArea: (bodies: string) => `No area on this map: ${bodies}.`,
    noAreaBody: (body: string, rows: string) => `${body} (${rows} rows)`,
    chooseOffences: 'Choose one or more offences to map.',
    nothingToMap: 'No figure in this file can be mapped.',
    sheetRead: (sheet: string, read: string) => `Sheet ${sheet} read: ${read}.`,
    oneSheetRead: (sheet: string, position: number, of: number) => `${sheet} (sheet ${position} of ${of})`,
    sheetsReadAsOne: (sheets: number, first: string, last: string) => `${sheets} sheets with one header, from ${first} to ${last}, as one table`,
    /** The sheet picker. */
    readThisSheet: 'Read this sheet',
    sheet: 'Sheet',
    sheetCount: (sheets: string) => `The workbook has ${sheets} sheets. To map another sheet's table, pick it and read it.`,
    sheetToRead: 'Sheet to read',
    /** The Home Office table's offence picker; the offences keep their own (English) names. */
    searchOffences: 'Search offences',
    allOf: ' All of ',
    offenceCode: ' (code ',
    sumOffences: 'Sum the chosen offences',
    offencesToSum: 'Offences to sum, quarter by quarter, into financial years',
    /** Names mapped by hand. */
    moreNames: (names: string, nameCount: number, lines: string, lineCount: number) =>
      `And ${names} more ${plural(nameCount, 'name', 'names')} on ${lines} ${plural(lineCount, 'line', 'lines')}, not listed here: if the file's names are not police force areas (a table of local authorities, say), no mapping will place them.`,
    useNames: 'Use these names',
    /** Split around the two names, which are shown as the reader typed them and as the file has them. */
    notAForce: ['"', '" is not a police force area on this map: choose one from the list for "', '".'] as readonly [string, string, string],
    namesNotRecognised: 'Force names not recognised',
    forceMeant: (name: string) => `Force meant by "${name}"`,
    didYouMean: (force: string) => `Did you mean ${force}?`,
    nameLines: (lines: string, lineCount: number, more: string | undefined) =>
      `${plural(lineCount, 'line', 'lines')} ${lines}${more ? ` and ${more} more` : ''}`,
    means: (lines: string) => ` (${lines}) means `,
    /** The rejected rows. */
    rowsRejected: (total: string) => `Rows rejected with an error: ${total}`,
    byReason: (reasons: string) => `By reason: ${reasons}.`,
    reasonCount: (reason: string, rows: string) => `${reason} ${rows}`,
    reasons: {
      'unknown-force': 'unknown force',
      'bad-year': 'not a financial year',
      'year-out-of-range': 'year out of range',
      'bad-quarter': 'not a quarter',
      'non-numeric': 'not a number',
      negative: 'negative',
      'too-large': 'too large',
      duplicate: 'duplicate',
      'too-few-fields': 'too few fields',
      'too-many-fields': 'too many fields',
    },
    showNext: (rows: string) => `Show the next ${rows}`,
    firstListed: (listed: string, total: string) => `The first ${listed} are listed here; the download has all ${total}.`,
    downloadAll: (total: string) => `Download all ${total} rejected rows (CSV)`,
    makingList: 'Making the list…',
    listFailed: (reason: string) => `The list could not be made: ${reason}. Press the button to try again.`,
    /** The file name of the rejected rows' CSV, before the file's own name. */
    rejectedRowsFile: 'rejected-rows',
    /** Showing the figures. */
    title: 'Title',
    unit: 'Unit',
    show: 'Show on the map',
    kept: 'It stays in this browser tab, reloads included, until the tab is closed.',
    notKept: {
      quota: "This tab's storage in the browser is full, so it could not be kept: a reload will lose it.",
      unavailable: 'This browser does not let the page keep anything, so a reload will lose it.',
      refused: 'The browser would not keep it, so a reload will lose it.',
    },
    /** Split around the title, shown as the reader typed it. */
    onTheMap: (lasting: string): readonly [string, string] => ['“', `” is on the map, and in the list of figures. ${lasting}`],
  },
  /** The page's side of the worker (src/ingest/import-client.ts): the worker failed, not the file. */
  client: {
    stoppedAnswering: (seconds: number) => `the file reader stopped answering (nothing for ${seconds} seconds)`,
    badMessage: (detail: string) => `the file reader sent a message that is not in the expected form:\n${detail}`,
    refused: (detail: string) => `the file reader refused a request: ${detail}`,
    noId: 'no id',
    couldNotLoad:
      'the file reader could not be loaded or stopped working: if this page has been open a long time, the site may have been updated since, and reloading the page will fix it',
    unreadable: 'a message from the file reader could not be read',
    couldNotStart: (detail: string) => `the file reader could not be started: ${detail}`,
    wrongAnswer: (type: string) => `the file reader answered an import with a ${type} message`,
    wrongListAnswer: (type: string) => `the file reader answered a list request with a ${type} message`,
    cancelled: 'the import was cancelled',
  },
  /** A rejected row: where it is, then what is wrong with it. */
  rows: {
    where: (line: number, column: string | undefined) => `line ${line}${column !== undefined ? `, column "${column}"` : ''}`,
    notAYear: (text: string) => `"${text}" is not a financial year such as 2016/17`,
    yearOutOfRange: (text: string, first: string, last: string) => `${text} is outside the years the map takes (${first} to ${last})`,
    tooLarge: (text: string, most: string) => `${text} is larger than any figure the map takes (${most} at most)`,
    notANumber: (text: string) => `"${text}" is not a number`,
    negative: (text: string) => `${text} is negative`,
    duplicate: (force: string, year: string, firstLine: number) => `${force} ${year} already has a figure on line ${firstLine}`,
    unknownForce: (name: string, otherLetters: string | undefined, suggestions: readonly string[]) =>
      `unknown force "${name}"${otherLetters ? `, which holds ${otherLetters}` : ''}${suggestions.length ? `; did you mean ${orList(suggestions.map((force) => `"${force}"`))}?` : ''}`,
    tooManyFields: (found: number, header: number) =>
      `${found} fields where the header has ${header}; a number such as 1,154 written without quotes, or a stray delimiter, would do this`,
    tooFewFields: (found: number, header: number) => `${found} ${plural(found, 'field', 'fields')} where the header has ${header}`,
    endsBeforeColumn: '; the line ends before this column',
    notAQuarter: (text: string) => `"${text}" is not a quarter from 1 to 4`,
    notANumberOfOffences: (text: string) => `"${text}" is not a number of offences`,
    quarterTwice: (force: string, year: string, quarter: number, offence: string) => `${force} ${year} Q${quarter} "${offence}" appears twice`,
    /** Letters of another script in a name that looks like a force's (src/format/user-text.ts). */
    scriptLetters: {
      letters: (script: LookAlikeScript | undefined, shown: readonly string[]) =>
        `the ${script ?? 'non-Latin'} ${plural(shown.length, 'letter', 'letters')} ${andList(shown)}`,
      more: (count: number) => `${count} more`,
      andList,
    } satisfies ScriptLetterWords,
  },
  /** Remarks about the file as a whole, and files refused. */
  file: {
    line: (line: number) => `line ${line}`,
    linesAndMore: (lines: string, more: string) => `lines ${lines} and ${more} more`,
    lines: (lines: string, last: number) => `lines ${lines} and ${last}`,
    quoteUnclosed: (line: number) => `line ${line}: a quote opens here and never closes; it was read as a plain character`,
    quoteStray: (line: number, closesOn: number) =>
      `line ${line}: a quote opens here and would close only on line ${closesOn}, inside other text; it was read as a plain character`,
    quoteLong: (line: number, closesOn: number) =>
      `lines ${line} to ${closesOn} are one quoted field, which opens on line ${line}: if that is not meant, a quote is missing or stray there`,
    moreQuotes: (more: string, line: number) => `and ${more} more quotes like these, from line ${line} on`,
    lastLine: (line: number) =>
      `the file does not end with a line break, so its last line (line ${line}) may be incomplete: check it if the file was cut short`,
    pointThousands: (figure: string, line: number, lines: string) =>
      `figures such as ${figure} (line ${line}) were read with a decimal point, but in semicolon-separated files "." often separates thousands (1.154 for 1154): check ${lines}`,
    controlCharacters: (lines: string, lineCount: number, character: string) =>
      `${lines} ${plural(lineCount, 'holds', 'hold')} control characters, which text does not normally have: they were read as they are, and are shown as ⟨${character}⟩ and the like`,
    invisibleCharacters: (lines: string, lineCount: number, character: string) =>
      `${lines} ${plural(lineCount, 'holds', 'hold')} invisible characters such as ⟨${character}⟩: they are ignored in force names, and shown like that wherever a message repeats the text`,
    windows1252: 'the file is not UTF-8; it was read as Windows-1252 (Western European)',
    tooLarge: (megabytes: string, limit: number) => `the file is too large to import (${megabytes} MB; the limit is ${limit} MB)`,
    empty: 'the file is empty',
    zip: 'this is a zip file, probably an Excel workbook (.xlsx): save it as CSV and import that',
    nul: 'the file holds binary content (NUL bytes), not text: if it is a spreadsheet, save it as CSV and import that',
    binary: (controls: number, characters: string) =>
      `the file holds binary content (${controls} control characters in its first ${characters}), not text: save it as CSV and import that`,
    noRows: (line: number) => `the file has a header (line ${line}) but no rows below it`,
    titleLines: (count: number, line: number) => `${count} title line(s) above the header, on line ${line}, were skipped`,
    headerNotRecognised: (line: number | undefined, problem: string) =>
      `the header${line !== undefined ? ` on line ${line}` : ''} is not recognised: ${problem}`,
    noHeader: 'no header',
    badMapping: (name: string, code: string) => `the name mapping sends "${name}" to ${code}, which is not a police force area on this map`,
    badOptions: (detail: string) => `the import options are not valid: ${detail}`,
    notARequest: (detail: string) => `not an import request: ${detail}`,
    failedUnexpectedly: (detail: string) => `the import failed unexpectedly (${detail}); this is a fault of the app, not of your file`,
  },
  /** Why a header is not one the import reads (src/ingest/detect-shape.ts). Column names are quoted as the file has them. */
  header: {
    found: (columns: number, shown: string, more: number) =>
      `found ${columns} ${plural(columns, 'column', 'columns')}: ${shown}${more > 0 ? ` and ${more} more` : ''}`,
    orList,
    homeOfficeColumns: (expected: string, found: string) =>
      `this looks like a Home Office open-data table, but its columns are not the published ones: expected ${expected}; ${found}`,
    noForceColumn: (expected: string, found: string) => `no column naming the force: expected one headed ${expected}; ${found}`,
    yearNoValue: (year: string, expected: string) => `a year column ("${year}") but no value column (${expected})`,
    valueNoYear: (value: string, expected: string) => `a value column ("${value}") but no year column (${expected})`,
    neither: 'no year or value column',
    forceAnd: (force: string, half: string, found: string) =>
      `a force column ("${force}") and ${half}: expected either year and value columns, or one column per financial year such as 2016/17; ${found}`,
  },
  /** The Home Office table's offences (their names and codes stay as published). */
  homeOffice: {
    noneChosen: 'no offences are chosen yet: choose offence codes or groups to sum',
    codeMissing: (code: string) => `offence code "${code}" is not in this table`,
    groupMissing: (group: string) => `offence group "${group}" is not in this table`,
    oneOffence: (description: string, code: string) => `${description} (offence code ${code})`,
    offences: (count: number) => `Police recorded crime: ${count} offences`,
    andMore: (listed: string, more: number) => `${listed}; and ${more} more`,
    definition: (listed: string | undefined, codeCount: number, codes: string | undefined) =>
      `Offences recorded by the police in a financial year, summed from the Home Office open-data table's quarterly figures: ${listed ?? 'no offences chosen'} (offence ${plural(codeCount, 'code', 'codes')} ${codes ?? 'none'}).`,
    unit: 'offences',
    /** Why a year's figure is not published (the shipped data's notes, made in English by the data scripts, are these too). */
    quartersPublished: (quarters: number) => `only ${quarters} of 4 quarters published`,
    quartersNotPublished: (quarters: number) => `${quarters} of 4 quarters not published`,
    negativeSum: (sum: number) => `the quarters sum to ${sum}`,
  },
  /** What the imported figures are called until the reader names them. */
  dataset: {
    title: 'Imported figures',
    definition: (fileName: string | undefined) => `Figures from ${fileName !== undefined ? `the file ${fileName}` : 'an imported file'}.`,
    unit: 'figures',
    /** An import's release date and licence, which a file does not say. */
    notStated: 'not stated',
    localFile: 'local file',
    source: (fileName: string | undefined) => (fileName !== undefined ? `Imported from your file ${fileName}` : 'Imported from your file'),
  },
  /** Workbooks (.ods, .xlsx): refused, or read in part. */
  workbook: {
    damaged: (detail: string) =>
      `the file looks like a zip (a workbook) but is damaged: ${detail}. Open it in your spreadsheet program and save it again, or download it again`,
    zipBomb: (size: string, limit: string) =>
      `the workbook would unpack to more than ${size}, far more than any table of figures by police force area needs (the limit is ${limit}); it was not read. If it really is a table of figures, save the sheet you need as CSV and import that`,
    noDirectory: 'its table of contents (the zip directory at its end) is missing, so it was probably cut short',
    directoryOutside: 'its table of contents points outside the file',
    entryUnreadable: (entry: number) => `entry ${entry} of its table of contents is unreadable`,
    partMisplaced: (part: string) => `the part "${part}" is not where its table of contents says`,
    partCut: (part: string) => `the part "${part}" runs past the end of the file, so the file was probably cut short`,
    partUnpack: (part: string, detail: string) => `the part "${part}" cannot be unpacked (${detail})`,
    partMethod: (part: string, method: number) =>
      `the part "${part}" of the workbook is packed in a way this app does not read (zip method ${method}): save it again from your spreadsheet program, or save the sheet as CSV and import that`,
    partSize: (part: string, unpacked: string, size: string) => `the part "${part}" unpacks to ${unpacked} bytes, not the ${size} its table of contents says`,
    encrypted:
      'the workbook is protected with a password (encrypted), so it cannot be read here: open it in your spreadsheet program, save a copy without the password (or save the sheet as CSV), and import that',
    xls: 'this is an old-style Excel workbook (.xls, Excel 97–2003), which this app does not read: open it in your spreadsheet program and save it as .xlsx, .ods or CSV, then import that',
    notSpreadsheet: 'this is a zip file, but not a spreadsheet this app reads (.ods or .xlsx): if it holds a CSV, unzip it and import the CSV',
    noContent:
      'the OpenDocument file has no content (no content.xml): it is damaged or not a spreadsheet; open it in your spreadsheet program and save it again',
    noSheets: 'the spreadsheet holds no sheets with cells (no tables): check that it is the file you meant',
    tooManyRows: (rows: string) =>
      `the workbook holds more than ${rows} rows of cells, more than any table of figures by police force area: save the sheet you need as CSV and import that`,
    /** content.xml that is not XML; the details go inside notXml. */
    notXml: (detail: string, at: string | undefined) => `the part "content.xml" is not well-formed XML (${detail}${at === undefined ? '' : `, at byte ${at}`})`,
    xml: {
      unknownEntity: (entity: string) => `"${entity}" is not an entity XML knows`,
      ltInAttribute: '"<" inside an attribute value',
      ltStartsNothing: 'a "<" that starts no tag',
      slashInTag: 'a "/" inside a tag',
      badDeclaration: 'a "<!" that starts no comment, CDATA section or DOCTYPE',
      attributeWithoutValue: 'an attribute without a value',
      attributeWithoutQuotes: 'an attribute value without quotes',
      secondRoot: 'a second root element',
      badClosingTag: 'a malformed closing tag',
      closingNothing: 'a closing tag with no element open',
      closingOther: 'a closing tag that does not match the element open',
      endsInTag: 'it ends inside a tag or a text, so it was probably cut short',
      noElement: 'it holds no element',
      endsOpen: 'it ends before every element is closed, so it was probably cut short',
    },
    /** Why a sheet was passed over. */
    mergedHeader: (sheet: string, row: number, columns: string) =>
      `the header of sheet "${sheet}" (row ${row}) has merged cells (${columns}): unmerge them so that every column has a heading of its own in one row, then import the file again`,
    column: (letters: string) => `column ${letters}`,
    skippedMerged: (row: number) => `its header (row ${row}) has merged cells`,
    skippedNotHeader: (row: number, problem: string) => `its first row of several cells (row ${row}) is not a header this map reads: ${problem}`,
    skippedOtherHeader: (row: number, sheet: string) => `its header (row ${row}) is not the same as sheet "${sheet}"'s`,
    skippedNoHeader: (rows: number) => `no header in its first ${rows} rows`,
    skippedEmpty: 'it is empty',
    skippedText: 'it holds only lines of text, no table',
    noSuchSheet: (sheet: string) => `the workbook has no sheet named "${sheet}"`,
    skippedSheet: (sheet: string, reason: string) => `sheet "${sheet}": ${reason}`,
    noTable: (sheets: string, more: number) =>
      `no sheet of the workbook holds a table this map reads (${sheets}${more > 0 ? `; and ${more} more sheets` : ''})`,
    sheetFrom: (sheet: string, line: string) => `"${sheet}" from line ${line}`,
    andSoOn: (starts: string) => `${starts} and so on`,
    readAsOne: (sheets: number, first: string, last: string, starts: string) =>
      `the ${sheets} sheets from "${first}" to "${last}" have the same header and were read as one table; line numbers count rows through them (row n of the first sheet is line n; then ${starts})`,
    sheetNotRead: (sheet: string, reason: string) => `"${sheet}" (${reason})`,
    notRead: (count: number, sheets: string, more: number) => `${plural(count, 'sheet', 'sheets')} not read: ${sheets}${more > 0 ? `; and ${more} more` : ''}`,
  },
  /** The CSV of every rejected row: its header (the reason column holds the reasons' codes, as programs read them). */
  errorsCsv: { header: 'line,column,reason,message,text' },
};

export type ImportWords = typeof importEn;
