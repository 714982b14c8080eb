import { isolated } from '../../format/user-text';
import { importWords } from '../../i18n/import-words';
import type { DelimitedRow } from '../parse-delimited';
import type { SheetRowSink } from './sheet-rows';
import { WorkbookProblem } from './zip-archive';

/**
 * The sheets of a workbook as one table of rows, as a CSV would give them.
 *
 * A sheet's header is its first row with two cells or more filled in, below
 * title and note lines of one cell each (the GSS layout puts a title and a
 * note line above every table). The first sheet whose header the import
 * recognises is the table (cover and notes sheets are passed over, and
 * named); each later sheet with the same header is read on into it, as the
 * Home Office publishes one sheet per year. Note markers ("[Note 6]") are
 * taken out of every cell: they point to the notes sheet, and are no part
 * of a name or a figure.
 *
 * Line numbers count rows through the sheets read, so that every message
 * about a row still names one place: a sheet's row n is line offset + n,
 * its offset the rows of the sheets read before it.
 */
export interface WorkbookTable {
  rows: DelimitedRow[];
  /** Every sheet of the workbook, in order. */
  sheetNames: string[];
  /** The sheets read into the table, each with the line its row 1 is. */
  sheetsRead: { name: string; firstLine: number }[];
  /** Sheets passed over, with why. */
  sheetsSkipped: { name: string; reason: string }[];
}

/** Title and note lines looked through for a header, as in a CSV. */
const HEADER_SEARCH_ROWS = 10;
const NOTE_MARKER = /\s*\[\s*notes?\s*\d+[a-z]?(?:\s*(?:,|and|&)\s*\d+[a-z]?)*\s*\]/gi;

export function withoutNoteMarkers(text: string): string {
  return text.includes('[') ? text.replace(NOTE_MARKER, '').trim() : text;
}

interface SheetState {
  name: string;
  /** Rows above the header, and the header once found. */
  top: DelimitedRow[];
  status: 'seeking' | 'reading' | 'skipping';
  lastRow: number;
}

/**
 * A sink that builds the table as rows arrive. headerProblem says why a row
 * is not a header the import reads (undefined when it is one); sheet, when
 * given, names the one sheet to read.
 */
export function createWorkbookTable(
  headerProblem: (fields: readonly string[]) => string | undefined,
  sheet?: string,
): SheetRowSink & { table(): WorkbookTable } {
  const rows: DelimitedRow[] = [];
  const sheetNames: string[] = [];
  const sheetsRead: WorkbookTable['sheetsRead'] = [];
  const sheetsSkipped: WorkbookTable['sheetsSkipped'] = [];
  let header: string[] | undefined;
  let headerSheet = '';
  let mergedHeader: WorkbookProblem | undefined;
  let lineOffset = 0;
  let current: SheetState | undefined;
  let sheetNamed = false;

  const skip = (state: SheetState, reason: string) => {
    state.status = 'skipping';
    sheetsSkipped.push({ name: state.name, reason });
  };

  const headerFound = (state: SheetState, fields: string[], rowNumber: number, mergedColumns: readonly number[]) => {
    const words = importWords().workbook;
    const line = lineOffset + rowNumber;
    if (!header) {
      if (mergedColumns.length > 0) {
        mergedHeader ??= new WorkbookProblem(words.mergedHeader(isolated(state.name), rowNumber, mergedColumns.map(columnLetters).join(', ')));
        skip(state, words.skippedMerged(rowNumber));
        return;
      }
      const problem = headerProblem(fields);
      if (problem !== undefined) {
        skip(state, words.skippedNotHeader(rowNumber, problem));
        return;
      }
      header = fields.map(headerKey);
      headerSheet = state.name;
      rows.push(...state.top, { line, fields });
    } else if (!sameHeader(header, fields)) {
      skip(state, words.skippedOtherHeader(rowNumber, isolated(headerSheet)));
      return;
    }
    state.status = 'reading';
    state.top = [];
    sheetsRead.push({ name: state.name, firstLine: lineOffset + 1 });
  };

  return {
    startSheet(name) {
      sheetNames.push(name);
      if (name === sheet) sheetNamed = true;
      current = { name, top: [], status: sheet === undefined || sheet === name ? 'seeking' : 'skipping', lastRow: 0 };
    },
    row(rowNumber, cells, mergedColumns) {
      const state = current;
      if (!state || state.status === 'skipping') return;
      state.lastRow = rowNumber;
      const fields = cells.map(withoutNoteMarkers);
      if (state.status === 'reading') {
        rows.push({ line: lineOffset + rowNumber, fields });
        return;
      }
      const filled = fields.filter((field) => field.trim() !== '').length;
      if (filled >= 2) headerFound(state, fields, rowNumber, mergedColumns);
      else if (state.top.length >= HEADER_SEARCH_ROWS) skip(state, importWords().workbook.skippedNoHeader(HEADER_SEARCH_ROWS));
      else state.top.push({ line: lineOffset + rowNumber, fields });
    },
    endSheet() {
      const state = current;
      current = undefined;
      if (!state) return;
      if (state.status === 'seeking') skip(state, state.lastRow === 0 ? importWords().workbook.skippedEmpty : importWords().workbook.skippedText);
      if (state.status === 'reading') lineOffset += state.lastRow;
    },
    table() {
      const words = importWords().workbook;
      if (sheet !== undefined && !sheetNamed) {
        throw new WorkbookProblem(words.noSuchSheet(isolated(sheet)));
      }
      if (sheetsRead.length === 0) {
        if (mergedHeader) throw mergedHeader;
        if (sheetNames.length === 0) throw new WorkbookProblem(words.noSheets);
        const named = sheetsSkipped.slice(0, 5).map(({ name, reason }) => words.skippedSheet(isolated(name), reason));
        throw new WorkbookProblem(words.noTable(named.join('; '), Math.max(0, sheetsSkipped.length - 5)));
      }
      return { rows, sheetNames, sheetsRead, sheetsSkipped };
    },
  };
}

/** Headers match as the import matches them: case, spacing and punctuation aside. */
function headerKey(field: string): string {
  return field
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function sameHeader(header: readonly string[], fields: readonly string[]): boolean {
  const keys = fields.map(headerKey);
  while (keys.length > header.length && keys[keys.length - 1] === '') keys.pop();
  return keys.length === header.length && keys.every((key, i) => key === header[i]);
}

/** 0 → A, 26 → AA: columns as a spreadsheet program names them. */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return importWords().workbook.column(letters);
}

/** The warnings that say which sheets were read and how lines are counted through them. */
export function workbookWarnings(table: WorkbookTable): string[] {
  const words = importWords().workbook;
  const warnings: string[] = [];
  const { sheetsRead, sheetsSkipped } = table;
  if (sheetsRead.length > 1) {
    const starts = sheetsRead.slice(1).map(({ name, firstLine }) => words.sheetFrom(isolated(name), firstLine.toLocaleString('en-GB')));
    const first = isolated(sheetsRead[0]!.name);
    const last = isolated(sheetsRead[sheetsRead.length - 1]!.name);
    warnings.push(words.readAsOne(sheetsRead.length, first, last, starts.length > 6 ? words.andSoOn(starts.slice(0, 6).join(', ')) : starts.join(', ')));
  }
  if (sheetsSkipped.length > 0) {
    const listed = sheetsSkipped.slice(0, 6).map(({ name, reason }) => words.sheetNotRead(isolated(name), reason));
    warnings.push(words.notRead(sheetsSkipped.length, listed.join('; '), Math.max(0, sheetsSkipped.length - 6)));
  }
  return warnings;
}
