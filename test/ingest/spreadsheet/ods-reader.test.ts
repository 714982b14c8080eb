import { describe, expect, it } from 'vitest';
import { createOdsContentReader } from '../../../src/ingest/spreadsheet/ods-reader';
import { createOdsXmlScanner } from '../../../src/ingest/spreadsheet/ods-xml-scanner';
import { withoutNoteMarkers } from '../../../src/ingest/spreadsheet/workbook-table';

/** Feeds content.xml's body to the reader as the workbook reader does, in pieces of `piece` bytes, and records what it hands on. */
function read(tables: string, piece = 1 << 20): { events: string[]; rows: [number, string[], readonly number[]][] } {
  const events: string[] = [];
  const rows: [number, string[], readonly number[]][] = [];
  const reader = createOdsContentReader({
    startSheet: (name) => events.push(`start ${name}`),
    row: (rowNumber, fields, merged) => rows.push([rowNumber, fields, [...merged]]),
    endSheet: () => events.push('end'),
  });
  const scanner = createOdsXmlScanner(reader);
  const bytes = new TextEncoder().encode(
    `<office:document-content><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`,
  );
  for (let at = 0; at < bytes.length; at += piece) scanner.push(bytes.subarray(at, at + piece));
  scanner.end();
  return { events, rows };
}

const cell = (text: string, attributes = '') => `<table:table-cell office:value-type="string"${attributes}><text:p>${text}</text:p></table:table-cell>`;
const number = (value: string, shown: string) =>
  `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${shown}</text:p></table:table-cell>`;

describe('the .ods content reader', () => {
  it('counts a million repeated empty rows without handing any on, and numbers the rows after them', () => {
    const started = performance.now();
    const { rows, events } = read(
      `<table:table table:name="2022-23"><table:table-row>${cell('a')}</table:table-row>` +
        `<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>` +
        `<table:table-row>${cell('b')}</table:table-row></table:table>`,
    );
    expect(events).toEqual(['start 2022-23', 'end']);
    expect(rows).toEqual([
      [1, ['a'], []],
      [1_048_002, ['b'], []],
    ]);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('repeats a filled cell across its columns, keeps empty cells between filled ones, and drops the empty ones at the end', () => {
    const { rows } = read(
      `<table:table table:name="S"><table:table-row>${cell('x', ' table:number-columns-repeated="3"')}<table:table-cell table:number-columns-repeated="2"/>${cell('y')}<table:table-cell table:number-columns-repeated="16000"/></table:table-row></table:table>`,
    );
    expect(rows).toEqual([[1, ['x', 'x', 'x', '', '', 'y'], []]]);
  });

  it('repeats a filled row as many times as it says', () => {
    const { rows } = read(`<table:table table:name="S"><table:table-row table:number-rows-repeated="2">${cell('r')}</table:table-row></table:table>`);
    expect(rows).toEqual([
      [1, ['r'], []],
      [2, ['r'], []],
    ]);
  });

  it('reads a number from office:value, not from the text shown ("1,154", "1.2k"), and a date from office:date-value', () => {
    const { rows } = read(
      `<table:table table:name="S"><table:table-row>${number('1154', '1,154')}${number('1200', '1.2k')}<table:table-cell office:value-type="date" office:date-value="2020-03-10"><text:p>10/03/2020</text:p></table:table-cell></table:table-row></table:table>`,
    );
    expect(rows).toEqual([[1, ['1154', '1200', '2020-03-10'], []]]);
  });

  it('gives covered cells of a merge their place, empty, and says where a merge across columns starts', () => {
    const { rows } = read(
      `<table:table table:name="S"><table:table-row>${cell('Force', ' table:number-columns-spanned="2"')}<table:covered-table-cell/>${cell('2022/23')}</table:table-row></table:table>`,
    );
    expect(rows).toEqual([[1, ['Force', '', '2022/23'], [0]]]);
  });

  it('reads spaces (text:s), paragraphs and entities as the cell shows them, and leaves out a comment', () => {
    const { rows } = read(
      `<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>a comment</text:p></office:annotation><text:p>Devon &amp;<text:s text:c="2"/>Cornwall</text:p><text:p>line 2</text:p></table:table-cell></table:table-row></table:table>`,
    );
    expect(rows).toEqual([[1, ['Devon &  Cornwall\nline 2'], []]]);
  });
});

describe('withoutNoteMarkers', () => {
  it('takes note markers out of a name or a heading, and leaves other brackets alone', () => {
    expect(withoutNoteMarkers('Greater Manchester [Note 2]')).toBe('Greater Manchester');
    expect(withoutNoteMarkers('Number of offences [note 3][Note 12]')).toBe('Number of offences');
    expect(withoutNoteMarkers('Devon and Cornwall [Notes 4, 5]')).toBe('Devon and Cornwall');
    expect(withoutNoteMarkers('[x]')).toBe('[x]');
    expect(withoutNoteMarkers('Kent')).toBe('Kent');
  });
});
