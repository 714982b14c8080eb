import { importWords } from '../../i18n/import-words';
import { createOdsXmlScanner, OdsAttribute, OdsTag, type OdsXmlHandler } from './ods-xml-scanner';
import { MAX_ROW_CELLS, MAX_WORKBOOK_ROWS, type SheetRowSink } from './sheet-rows';
import { encryptedProblem, entryText, streamEntry, WorkbookProblem, type ZipEntry } from './zip-archive';

/**
 * An OpenDocument spreadsheet (.ods), streamed: content.xml is inflated a
 * chunk at a time into a scanner of its bytes (ods-xml-scanner.ts), and
 * each row is handed on as it ends.
 * Repeats cost nothing when empty (a sheet's last row repeated a million
 * times is only a count); numbers are read from office:value, not from the
 * text the sheet shows ("1,154" or "1.2k"); covered cells of a merge are
 * empty cells in their place.
 */

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
/** The manifest and mimetype are a few kilobytes; more is not an OpenDocument file. */
const SMALL_PART = 4 * 1024 * 1024;

/** Value types whose value is in office:value rather than the shown text. */
const NUMERIC_TYPES = new Set(['float', 'percentage', 'currency']);

export async function isOds(entries: readonly ZipEntry[], bytes: Uint8Array): Promise<boolean> {
  const mimetype = entries.find((entry) => entry.name === 'mimetype');
  if (mimetype) return (await entryText(bytes, mimetype, SMALL_PART)).trim() === ODS_MIME;
  return entries.some((entry) => entry.name === 'content.xml');
}

export async function readOds(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  sink: SheetRowSink,
  onProgress?: (fraction: number) => void,
  maxBytes?: number,
): Promise<void> {
  const manifest = entries.find((entry) => entry.name === 'META-INF/manifest.xml');
  // An encrypted OpenDocument file says so in its manifest; its content.xml is then ciphertext.
  if (manifest && (await entryText(bytes, manifest, SMALL_PART)).includes('encryption-data')) throw encryptedProblem();
  const content = entries.find((entry) => entry.name === 'content.xml');
  if (!content) throw new WorkbookProblem(importWords().workbook.noContent);

  const reader = createOdsContentReader(sink);
  const scanner = createOdsXmlScanner(reader);
  await streamEntry(bytes, content, scanner.push, { ...(onProgress ? { onProgress } : {}), ...(maxBytes ? { maxBytes } : {}) });
  scanner.end();
  if (reader.sheets() === 0) throw new WorkbookProblem(importWords().workbook.noSheets);
}

/** Turns content.xml's tags into rows; exported for the tests, which feed it XML directly. */
export function createOdsContentReader(sink: SheetRowSink): OdsXmlHandler & { sheets(): number } {
  let sheets = 0;
  let inSheet = false;
  let rowNumber = 0;
  let rowsEmitted = 0;
  // The row being read.
  let fields: string[] = [];
  let merged: number[] = [];
  let emptyCells = 0;
  let rowRepeat = 1;
  // The cell being read.
  let inCell = false;
  let cellRepeat = 1;
  /** The cell's value from its attributes (a number, a date, a truth value); its text is then not read. */
  let cellValue: string | undefined;
  let cellText = '';
  let paragraphs = 0;
  /** Inside a paragraph of the cell: text between the tags of a pretty-printed file is not the cell's. */
  let paragraphDepth = 0;
  let cellMerged = false;
  /** Inside a comment (office:annotation), whose text is not the cell's. */
  let annotationDepth = 0;

  const endCell = () => {
    const value = cellValue ?? cellText;
    if (value === '') {
      emptyCells += cellRepeat;
      return;
    }
    for (let i = 0; i < emptyCells && fields.length < MAX_ROW_CELLS; i++) fields.push('');
    emptyCells = 0;
    if (cellMerged && fields.length < MAX_ROW_CELLS) merged.push(fields.length);
    for (let i = 0; i < cellRepeat && fields.length < MAX_ROW_CELLS; i++) fields.push(value);
  };

  const endRow = () => {
    if (fields.length === 0) {
      // Empty rows, however many times repeated, are only counted.
      rowNumber += rowRepeat;
      return;
    }
    for (let i = 0; i < rowRepeat; i++) {
      rowNumber++;
      if (++rowsEmitted > MAX_WORKBOOK_ROWS) {
        throw new WorkbookProblem(importWords().workbook.tooManyRows(MAX_WORKBOOK_ROWS.toLocaleString('en-GB')));
      }
      sink.row(rowNumber, i === 0 ? fields : fields.slice(), merged);
    }
  };

  /** Whether the cell's text is wanted: its value is not in its attributes. */
  const readingText = () => inCell && cellValue === undefined;

  return {
    open(tag, attributes) {
      if (annotationDepth > 0) {
        annotationDepth++;
        return;
      }
      switch (tag) {
        case OdsTag.TABLE:
          sheets++;
          inSheet = true;
          rowNumber = 0;
          sink.startSheet(attributes.text(OdsAttribute.NAME) ?? `Sheet${sheets}`);
          return;
        case OdsTag.ROW:
          fields = [];
          merged = [];
          emptyCells = 0;
          rowRepeat = attributes.count(OdsAttribute.ROWS_REPEATED);
          return;
        case OdsTag.CELL:
        case OdsTag.COVERED_CELL: {
          inCell = true;
          cellRepeat = attributes.count(OdsAttribute.COLUMNS_REPEATED);
          cellText = '';
          paragraphs = 0;
          cellMerged = attributes.count(OdsAttribute.COLUMNS_SPANNED) > 1;
          const type = attributes.text(OdsAttribute.VALUE_TYPE);
          cellValue =
            type && NUMERIC_TYPES.has(type)
              ? attributes.text(OdsAttribute.VALUE)
              : type === 'boolean'
                ? attributes.text(OdsAttribute.BOOLEAN_VALUE)
                : type === 'date'
                  ? attributes.text(OdsAttribute.DATE_VALUE)
                  : undefined;
          return;
        }
        case OdsTag.ANNOTATION:
          annotationDepth = 1;
          return;
        case OdsTag.PARAGRAPH:
        case OdsTag.HEADING:
          if (!inCell) return;
          if (paragraphs++ > 0) cellText += '\n';
          paragraphDepth++;
          return;
        case OdsTag.SPACE:
          if (readingText()) cellText += ' '.repeat(Math.min(attributes.count(OdsAttribute.SPACES), 1000));
          return;
        case OdsTag.TAB:
          if (readingText()) cellText += '\t';
          return;
        case OdsTag.LINE_BREAK:
          if (readingText()) cellText += '\n';
          return;
      }
    },
    close(tag) {
      if (annotationDepth > 0) {
        annotationDepth--;
        return;
      }
      switch (tag) {
        case OdsTag.CELL:
        case OdsTag.COVERED_CELL:
          endCell();
          inCell = false;
          return;
        case OdsTag.PARAGRAPH:
        case OdsTag.HEADING:
          if (paragraphDepth > 0) paragraphDepth--;
          return;
        case OdsTag.ROW:
          if (inSheet) endRow();
          return;
        case OdsTag.TABLE:
          inSheet = false;
          sink.endSheet();
          return;
      }
    },
    wantsText: () => paragraphDepth > 0 && annotationDepth === 0 && cellValue === undefined,
    text(text) {
      cellText += text;
    },
    sheets: () => sheets,
  };
}
