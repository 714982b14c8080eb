import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';

/**
 * A minimal OpenDocument spreadsheet writer, written the way LibreOffice
 * writes (value types and office:value on numbers, the shown text in
 * text:p, repeated empty cells and rows), streamed so that a 270 MB
 * content.xml is never built in one piece. For fixtures and tests only.
 */

/** A cell: text, a number, empty, or a cell merged across columns (followed by its covered cells). */
export type OdsCell = string | number | null | { text: string; across: number };

export interface OdsSheet {
  name: string;
  rows: Iterable<OdsCell[]>;
  /** Empty rows after the table, as a spreadsheet program leaves them (one element, repeated). */
  trailingEmptyRows?: number;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Columns in a sheet: empty cells to the right of the table are written as one repeated cell to here. */
const SHEET_COLUMNS = 1024;
const FLUSH_AT = 1 << 20;

const shown = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 15 });

function cellXml(cell: OdsCell): string {
  if (cell === null || cell === '') return '<table:table-cell/>';
  if (typeof cell === 'number') {
    return `<table:table-cell office:value-type="float" office:value="${cell}" calcext:value-type="float"><text:p>${shown(cell)}</text:p></table:table-cell>`;
  }
  if (typeof cell === 'string')
    return `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>${escapeXml(cell)}</text:p></table:table-cell>`;
  return (
    `<table:table-cell table:number-columns-spanned="${cell.across}" table:number-rows-spanned="1" office:value-type="string" calcext:value-type="string"><text:p>${escapeXml(cell.text)}</text:p></table:table-cell>` +
    `<table:covered-table-cell table:number-columns-repeated="${cell.across - 1}"/>`
  );
}

function rowXml(cells: readonly OdsCell[]): string {
  const width = cells.reduce<number>((sum, cell) => sum + (cell !== null && typeof cell === 'object' ? cell.across : 1), 0);
  return `<table:table-row table:style-name="ro1">${cells.map(cellXml).join('')}<table:table-cell table:number-columns-repeated="${SHEET_COLUMNS - width}"/></table:table-row>`;
}

const CONTENT_START =
  '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3"><office:body><office:spreadsheet>';
const CONTENT_END = '</office:spreadsheet></office:body></office:document-content>';

function manifest(encrypted: boolean): string {
  const encryption = encrypted
    ? '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/></manifest:encryption-data>'
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${encryption}</manifest:file-entry></manifest:manifest>`;
}

/** The .ods file's bytes. encrypted writes the manifest of a password-protected file (the content stays plain: enough to test the refusal). */
export function writeOds(sheets: Iterable<OdsSheet>, options: { encrypted?: boolean; level?: 0 | 1 | 6 | 9 } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  const stored = (name: string, text: string) => {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(strToU8(text), true);
  };
  stored('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
  const content = new ZipDeflate('content.xml', { level: options.level ?? 6 });
  zip.add(content);
  let buffer = CONTENT_START;
  const flush = (final: boolean) => {
    content.push(strToU8(buffer), final);
    buffer = '';
  };
  for (const sheet of sheets) {
    buffer += `<table:table table:name="${escapeXml(sheet.name)}"><table:table-column table:number-columns-repeated="${SHEET_COLUMNS}"/>`;
    for (const row of sheet.rows) {
      buffer += rowXml(row);
      if (buffer.length > FLUSH_AT) flush(false);
    }
    if (sheet.trailingEmptyRows)
      buffer += `<table:table-row table:number-rows-repeated="${sheet.trailingEmptyRows}"><table:table-cell table:number-columns-repeated="${SHEET_COLUMNS}"/></table:table-row>`;
    buffer += '</table:table>';
  }
  buffer += CONTENT_END;
  flush(true);
  const manifestEntry = new ZipDeflate('META-INF/manifest.xml');
  zip.add(manifestEntry);
  manifestEntry.push(strToU8(manifest(options.encrypted ?? false)), true);
  zip.end();
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
