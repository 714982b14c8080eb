import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOdsContentReader } from '../../../src/ingest/spreadsheet/ods-reader';
import { createOdsXmlScanner } from '../../../src/ingest/spreadsheet/ods-xml-scanner';
import { WorkbookProblem } from '../../../src/ingest/spreadsheet/zip-archive';

/**
 * The byte scanner against an independent reader: random content.xml
 * documents (entities, character references, CDATA, comments, line ends,
 * multi-byte characters, repeats, merges, comments on cells, both quotes,
 * pretty-printed or not), each read by the scanner in pieces of a random
 * size and by python3's expat with the rules written out again in
 * ods-oracle.py. The rows must be the same, event for event.
 */

const ORACLE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ods-oracle.py');
const DOCUMENTS = 300;

type Inline =
  | { kind: 'text'; text: string; references: boolean }
  | { kind: 'cdata'; text: string }
  | { kind: 'comment'; text: string }
  | { kind: 'span'; children: Inline[] }
  | { kind: 'annotation'; children: Inline[] }
  | { kind: 'space'; count: string | undefined }
  | { kind: 'tab' }
  | { kind: 'line-break' };

interface Cell {
  covered: boolean;
  repeat: string | undefined;
  span: string | undefined;
  type: string | undefined;
  value: string | undefined;
  booleanValue: string | undefined;
  dateValue: string | undefined;
  annotation: Inline[] | undefined;
  paragraphs: Inline[][];
  heading: boolean;
}

interface Row {
  repeat: string | undefined;
  cells: Cell[];
}

interface Table {
  name: string | undefined;
  rows: Row[];
}

interface OdsDocument {
  declaration: boolean;
  quote: '"' | "'";
  pretty: boolean;
  tables: Table[];
}

/** Characters XML 1.0 allows, most of them plain, some that need care (markup, line ends, two to four UTF-8 bytes). */
const xmlText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('a', 'B', '7', ' ', '.', ',', '[', 'x', ']') },
      { weight: 1, arbitrary: fc.constantFrom('&', '<', '>', '"', "'", '\r\n', '\r', '\n', '\t', 'é', '€', '😀', 'Ж', ']]', '--', '\u00a0') },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join('').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));

const inline: fc.Arbitrary<Inline> = fc.letrec<{ inline: Inline }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('text' as const), text: xmlText, references: fc.boolean() }) },
    fc.record({ kind: fc.constant('cdata' as const), text: xmlText.map((text) => text.replace(/]]>/g, '')) }),
    fc.record({ kind: fc.constant('comment' as const), text: xmlText.map((text) => text.replace(/-/g, '')) }),
    fc.record({ kind: fc.constant('span' as const), children: fc.array(tie('inline'), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('annotation' as const), children: fc.array(tie('inline'), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('space' as const), count: fc.option(fc.constantFrom('1', '3', '0', '', 'x', '2000', ' 2 '), { nil: undefined }) }),
    fc.constant({ kind: 'tab' as const }),
    fc.constant({ kind: 'line-break' as const }),
  ),
})).inline;

const count = fc.option(fc.constantFrom('1', '2', '3', '0', '-1', '', 'x', '2.5', '007', '\t2\n'), { nil: undefined });
const number = fc.oneof(fc.integer({ min: -5000, max: 5000 }).map(String), fc.constantFrom('1.5', '0', '1e3', '-0.25', ''));

const cell: fc.Arbitrary<Cell> = fc.record({
  covered: fc.boolean(),
  repeat: count,
  span: fc.option(fc.constantFrom('1', '2', '3'), { nil: undefined }),
  type: fc.option(fc.constantFrom('float', 'percentage', 'currency', 'string', 'boolean', 'date', 'time'), { nil: undefined }),
  value: fc.option(number, { nil: undefined }),
  booleanValue: fc.option(fc.constantFrom('true', 'false'), { nil: undefined }),
  dateValue: fc.option(fc.constantFrom('2020-03-10', '2023-10-19T00:00:00'), { nil: undefined }),
  // Most cells have none: a cell of one paragraph of text, as nearly every cell is written, is read by a path of its own.
  annotation: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.array(inline, { maxLength: 2 }) }),
  paragraphs: fc.array(fc.array(inline, { maxLength: 4 }), { maxLength: 3 }),
  heading: fc.boolean(),
});

const row: fc.Arbitrary<Row> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ repeat: count, cells: fc.array(cell, { maxLength: 5 }) }) },
  // A sheet's tail: an empty row repeated a million times, its empty cell across every column.
  fc.constant<Row>({ repeat: '1048000', cells: [{ ...emptyCell(), repeat: '16384' }] }),
);

const odsDocument: fc.Arbitrary<OdsDocument> = fc.record({
  declaration: fc.boolean(),
  quote: fc.constantFrom('"' as const, "'" as const),
  pretty: fc.boolean(),
  tables: fc.array(fc.record({ name: fc.option(xmlText, { nil: undefined }), rows: fc.array(row, { maxLength: 5 }) }), { maxLength: 3 }),
});

function emptyCell(): Cell {
  return {
    covered: false,
    repeat: undefined,
    span: undefined,
    type: undefined,
    value: undefined,
    booleanValue: undefined,
    dateValue: undefined,
    annotation: undefined,
    paragraphs: [],
    heading: false,
  };
}

/** Text escaped for XML, and with references: every character outside ASCII as a character reference, some ASCII too. */
function escaped(text: string, quote: string | undefined, references: boolean): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '&') out += references ? '&#38;' : '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += references ? '&#x3E;' : '&gt;';
    else if (char === quote) out += char === '"' ? '&quot;' : '&apos;';
    else if (references && (code > 0x7e || char === '\r')) out += code % 2 ? `&#${code};` : `&#x${code.toString(16)};`;
    else out += char;
  }
  return out;
}

function serialise(document: OdsDocument): string {
  const q = document.quote;
  const gap = document.pretty ? '\n  ' : '';
  const attribute = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}=${q}${escaped(value, q, false)}${q}`);
  const inlineXml = (item: Inline): string => {
    switch (item.kind) {
      case 'text':
        return escaped(item.text, undefined, item.references);
      case 'cdata':
        return `<![CDATA[${item.text}]]>`;
      case 'comment':
        return `<!--${item.text}-->`;
      case 'span':
        return `<text:span text:style-name=${q}T1${q}>${item.children.map(inlineXml).join('')}</text:span>`;
      case 'annotation':
        return `<office:annotation><text:p>${item.children.map(inlineXml).join('')}</text:p></office:annotation>`;
      case 'space':
        return `<text:s${attribute('text:c', item.count)}/>`;
      case 'tab':
        return '<text:tab/>';
      case 'line-break':
        return '<text:line-break/>';
    }
  };
  const cellXml = (cell: Cell): string => {
    const name = cell.covered ? 'table:covered-table-cell' : 'table:table-cell';
    const attributes =
      attribute('table:number-columns-repeated', cell.repeat) +
      attribute('table:number-columns-spanned', cell.span) +
      attribute('office:value-type', cell.type) +
      attribute('office:value', cell.value) +
      attribute('office:boolean-value', cell.booleanValue) +
      attribute('office:date-value', cell.dateValue) +
      (cell.type ? attribute('calcext:value-type', cell.type) : '');
    const paragraph = cell.heading ? 'text:h' : 'text:p';
    const content =
      (cell.annotation ? `<office:annotation><dc:creator>A</dc:creator><text:p>${cell.annotation.map(inlineXml).join('')}</text:p></office:annotation>` : '') +
      cell.paragraphs.map((items) => `${gap}<${paragraph}>${items.map(inlineXml).join('')}</${paragraph}>`).join('');
    return content === '' ? `<${name}${attributes}/>` : `<${name}${attributes}>${content}${gap}</${name}>`;
  };
  const tables = document.tables
    .map(
      (table) =>
        `<table:table${attribute('table:name', table.name)}><table:table-column table:number-columns-repeated=${q}1024${q}/>` +
        table.rows
          .map((row) => `${gap}<table:table-row${attribute('table:number-rows-repeated', row.repeat)}>${row.cells.map(cellXml).join('')}</table:table-row >`)
          .join('') +
        `${gap}</table:table>`,
    )
    .join('');
  return (
    (document.declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n<!-- written by a test -->\n' : '') +
    `<office:document-content xmlns:office=${q}urn:oasis:names:tc:opendocument:xmlns:office:1.0${q} office:version=${q}1.3${q}>${gap}<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body>\n</office:document-content>\n`
  );
}

type Event = ['start', string] | ['row', number, string[], number[]] | ['end'];

/** The scanner's reading, the document handed to it in pieces of `piece` bytes. */
function scanned(bytes: Uint8Array, piece: number): { events: Event[]; sheets: number } {
  const events: Event[] = [];
  const reader = createOdsContentReader({
    startSheet: (name) => events.push(['start', name]),
    row: (rowNumber, fields, merged) => events.push(['row', rowNumber, [...fields], [...merged]]),
    endSheet: () => events.push(['end']),
  });
  const scanner = createOdsXmlScanner(reader);
  for (let at = 0; at < bytes.length; at += piece) scanner.push(bytes.slice(at, at + piece));
  scanner.end();
  return { events, sheets: reader.sheets() };
}

function oracle(documents: Uint8Array[]): ({ events: Event[]; sheets: number } | { error: string })[] {
  const input = JSON.stringify(documents.map((bytes) => Buffer.from(bytes).toString('base64')));
  return JSON.parse(execFileSync('python3', [ORACLE], { input, maxBuffer: 1 << 28 }).toString('utf-8')) as (
    { events: Event[]; sheets: number } | { error: string }
  )[];
}

describe('the .ods byte scanner against python3 expat and the rules written out again (ods-oracle.py)', () => {
  it(`reads ${DOCUMENTS} random documents, handed over in pieces of random sizes, exactly as the oracle does`, () => {
    const seed = Date.now();
    const samples = fc.sample(fc.tuple(odsDocument, fc.constantFrom(1, 2, 3, 7, 64, 1000, 1 << 20)), { numRuns: DOCUMENTS, seed });
    const documents = samples.map(([document]) => new TextEncoder().encode(serialise(document)));
    const expected = oracle(documents);
    samples.forEach(([, piece], index) => {
      const reference = expected[index]!;
      if ('error' in reference) throw new Error(`seed ${seed}, document ${index}: the generator wrote XML expat refuses (${reference.error})`);
      expect(scanned(documents[index]!, piece), `seed ${seed}, document ${index}, pieces of ${piece}: ${new TextDecoder().decode(documents[index])}`).toEqual(
        reference,
      );
    });
  }, 60_000);

  it('refuses a document cut short anywhere before its root element closes, as not well-formed', () => {
    fc.assert(
      fc.property(odsDocument, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(1, 5, 1 << 20), (document, share, piece) => {
        const bytes = new TextEncoder().encode(serialise(document));
        const rootEnd = bytes.lastIndexOf(0x3e);
        const cut = Math.floor(share * rootEnd);
        expect(() => scanned(bytes.subarray(0, cut), piece)).toThrow(WorkbookProblem);
        expect(() => scanned(bytes.subarray(0, cut), piece)).toThrow(
          /^the file looks like a zip \(a workbook\) but is damaged: the part "content\.xml" is not well-formed XML/,
        );
      }),
      { numRuns: 200 },
    );
  });
});
