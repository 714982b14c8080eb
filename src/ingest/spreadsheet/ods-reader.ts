import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { createInterner, MAX_ROW_CELLS, MAX_WORKBOOK_ROWS, type SheetRowSink } from './sheet-rows';
import { corrupt, encryptedProblem, entryText, streamEntryText, WorkbookProblem, type ZipEntry } from './zip-archive';

/**
 * An OpenDocument spreadsheet (.ods), streamed: content.xml is inflated a
 * chunk at a time into a SAX parser, and each row is handed on as it ends.
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

export function isOds(entries: readonly ZipEntry[], bytes: Uint8Array): boolean {
  const mimetype = entries.find((entry) => entry.name === 'mimetype');
  if (mimetype) return entryText(bytes, mimetype, SMALL_PART).trim() === ODS_MIME;
  return entries.some((entry) => entry.name === 'content.xml');
}

export function readOds(bytes: Uint8Array, entries: readonly ZipEntry[], sink: SheetRowSink, onProgress?: (fraction: number) => void, maxBytes?: number): void {
  const manifest = entries.find((entry) => entry.name === 'META-INF/manifest.xml');
  // An encrypted OpenDocument file says so in its manifest; its content.xml is then ciphertext.
  if (manifest && entryText(bytes, manifest, SMALL_PART).includes('encryption-data')) throw encryptedProblem();
  const content = entries.find((entry) => entry.name === 'content.xml');
  if (!content)
    throw new WorkbookProblem(
      'the OpenDocument file has no content (no content.xml): it is damaged or not a spreadsheet; open it in your spreadsheet program and save it again',
    );

  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const reader = createOdsContentReader(sink);
  parser.on('opentag', reader.open);
  parser.on('closetag', reader.close);
  parser.on('text', reader.text);
  parser.on('error', (error) => {
    throw corrupt(`the part "content.xml" is not well-formed XML (${error.message})`);
  });
  streamEntryText(bytes, content, (text) => parser.write(text), { ...(onProgress ? { onProgress } : {}), ...(maxBytes ? { maxBytes } : {}) });
  parser.close();
  if (reader.sheets() === 0) throw new WorkbookProblem('the spreadsheet holds no sheets with cells (no tables): check that it is the file you meant');
}

/** The SAX handlers for content.xml; exported for the tests, which feed it XML directly. */
export function createOdsContentReader(sink: SheetRowSink): {
  open(tag: SaxesTagPlain): void;
  close(tag: SaxesTagPlain): void;
  text(text: string): void;
  sheets(): number;
} {
  const intern = createInterner();
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
  let cellValue: string | undefined;
  let cellText = '';
  let paragraphs = 0;
  /** Inside a paragraph of the cell: text between the tags of a pretty-printed file is not the cell's. */
  let paragraphDepth = 0;
  let cellMerged = false;
  /** Inside a comment (office:annotation), whose text is not the cell's. */
  let annotationDepth = 0;

  const repeat = (attributes: Record<string, string>, name: string) => {
    const value = Number(attributes[name] ?? '1');
    return Number.isInteger(value) && value >= 1 ? value : 1;
  };

  const endCell = () => {
    const value = cellValue ?? cellText;
    if (value === '') {
      emptyCells += cellRepeat;
      return;
    }
    for (let i = 0; i < emptyCells && fields.length < MAX_ROW_CELLS; i++) fields.push('');
    emptyCells = 0;
    if (cellMerged && fields.length < MAX_ROW_CELLS) merged.push(fields.length);
    const text = intern(value);
    for (let i = 0; i < cellRepeat && fields.length < MAX_ROW_CELLS; i++) fields.push(text);
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
        throw new WorkbookProblem(
          `the workbook holds more than ${MAX_WORKBOOK_ROWS.toLocaleString('en-GB')} rows of cells, more than any table of figures by police force area: save the sheet you need as CSV and import that`,
        );
      }
      sink.row(rowNumber, i === 0 ? fields : fields.slice(), merged);
    }
  };

  return {
    open(tag) {
      const { name, attributes } = tag;
      if (annotationDepth > 0) {
        annotationDepth++;
        return;
      }
      switch (name) {
        case 'table:table':
          sheets++;
          inSheet = true;
          rowNumber = 0;
          sink.startSheet(attributes['table:name'] ?? `Sheet${sheets}`);
          return;
        case 'table:table-row':
          fields = [];
          merged = [];
          emptyCells = 0;
          rowRepeat = repeat(attributes, 'table:number-rows-repeated');
          return;
        case 'table:table-cell':
        case 'table:covered-table-cell': {
          inCell = true;
          cellRepeat = repeat(attributes, 'table:number-columns-repeated');
          cellText = '';
          paragraphs = 0;
          cellMerged = repeat(attributes, 'table:number-columns-spanned') > 1;
          const type = attributes['office:value-type'];
          cellValue =
            type && NUMERIC_TYPES.has(type)
              ? attributes['office:value']
              : type === 'boolean'
                ? attributes['office:boolean-value']
                : type === 'date'
                  ? attributes['office:date-value']
                  : undefined;
          return;
        }
        case 'office:annotation':
          annotationDepth = 1;
          return;
        case 'text:p':
        case 'text:h':
          if (!inCell) return;
          if (paragraphs++ > 0) cellText += '\n';
          paragraphDepth++;
          return;
        case 'text:s':
          if (inCell) cellText += ' '.repeat(Math.min(repeat(attributes, 'text:c'), 1000));
          return;
        case 'text:tab':
          if (inCell) cellText += '\t';
          return;
        case 'text:line-break':
          if (inCell) cellText += '\n';
          return;
      }
    },
    close(tag) {
      if (annotationDepth > 0) {
        annotationDepth--;
        return;
      }
      switch (tag.name) {
        case 'table:table-cell':
        case 'table:covered-table-cell':
          endCell();
          inCell = false;
          return;
        case 'text:p':
        case 'text:h':
          if (paragraphDepth > 0) paragraphDepth--;
          return;
        case 'table:table-row':
          if (inSheet) endRow();
          return;
        case 'table:table':
          inSheet = false;
          sink.endSheet();
          return;
      }
    },
    text(text) {
      if (paragraphDepth > 0) cellText += text;
    },
    sheets: () => sheets,
  };
}
