import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumber, tableCsv, type ShownTable } from '../../src/export/table-csv';
import { parseDelimited } from '../../src/ingest/parse-delimited';
import { DEFAULT_STATE, type AppState } from '../../src/state/app-state';
import { derivePage } from '../../src/view-model/page-model';
import {
  DEFAULT_TABLE_SORT,
  sortTableRows,
  type ForceTableColumn,
  type ForceTableModel,
  type ForceTableRow,
  type TableSort,
} from '../../src/view-model/table-model';
import { homeOffice, nspcc, pageData } from './picture-fixture';

const fieldsOf = (csv: string) => parseDelimited(csv).map((row) => row.fields);

/** The table the page shows for a view, sorted as the reader sorted it. */
function shownTable(state: Partial<AppState>, sort: TableSort = DEFAULT_TABLE_SORT, dataset = homeOffice): ShownTable {
  const page = derivePage({
    state: { ...DEFAULT_STATE, dataset: dataset.meta.id, ...state },
    notices: [],
    data: pageData,
    datasets: [],
    figures: { status: 'ready', dataset },
    offenceCatalog: undefined,
    modules: {},
    transient: { hovered: undefined, keyboard: undefined, playing: false },
  });
  const table: ForceTableModel = page.content!.table!;
  return { columns: table.columns, rows: sortTableRows(table.rows, sort), source: table.source };
}

describe('tableCsv: the table as it stands on screen', () => {
  // Figures from the committed tables, worked out in python3 without the app's code (count / mid-2022 population × 100,000).
  const southWest = shownTable({ region: 'South West' });
  const csv = tableCsv(southWest);

  it("has the on-screen table's columns, headed by their labels, in their order, then the source and release", () => {
    expect(southWest.columns.map((column) => column.label)).toEqual(['Force', 'Region', 'Offences per 100,000 people', 'Number', 'Rate: 95% interval', 'Rank']);
    expect(fieldsOf(csv)[0]).toEqual(['Force', 'Region', 'Offences per 100,000 people', 'Number', 'Rate: 95% interval', 'Rank', 'Source', 'Release']);
    expect(csv.startsWith('\uFEFFForce,Region,"Offences per 100,000 people",Number,Rate: 95% interval,Rank,Source,Release\r\n')).toBe(true);
  });

  it('has its rows in the order shown (highest first, as the table opens), figures as plain numbers, each naming its source and release', () => {
    // Intervals: python3, scipy.stats.chi2.ppf(0.025, 2c) / 2 and chi2.ppf(0.975, 2c + 2) / 2 over the population (Garwood), to one decimal.
    // Source and release: data/datasets.json, "home-office" (source, release).
    const source = ['Home Office, police recorded crime and outcomes open data tables (police force area)', 'Home Office open data tables, 19 October 2023'];
    expect(fieldsOf(csv).slice(1)).toEqual([
      ['Gloucestershire', 'South West', '90.589', '591', '83.4 to 98.2', '1', ...source],
      ['Wiltshire', 'South West', '63.34', '476', '57.8 to 69.3', '2', ...source],
      ['Avon and Somerset', 'South West', '60.44', '1067', '56.9 to 64.2', '3', ...source],
      ['Devon and Cornwall', 'South West', '58.219', '1054', '54.8 to 61.8', '4', ...source],
      ['Dorset', 'South West', '43.428', '341', '38.9 to 48.3', '5', ...source],
    ]);
  });

  it('follows the sort the reader chose: by force name, A to Z', () => {
    const byName = fieldsOf(tableCsv(shownTable({ region: 'South West' }, { key: 'name', descending: false }))).slice(1);
    expect(byName.map((fields) => fields[0])).toEqual(['Avon and Somerset', 'Devon and Cornwall', 'Dorset', 'Gloucestershire', 'Wiltshire']);
  });

  it('another measure brings other columns: counts show the rate beside them', () => {
    expect(fieldsOf(tableCsv(shownTable({ region: 'South West', measure: 'count' })))[0]).toEqual([
      'Force',
      'Region',
      'Number of offences',
      'Per 100,000 people',
      'Rate: 95% interval',
      'Rank',
      'Source',
      'Release',
    ]);
  });

  it('says "not published" where the screen does, never 0, and "–" for no rank', () => {
    const sparse = fieldsOf(tableCsv(shownTable({ region: 'South West', year: '2020/21', measure: 'count' }, DEFAULT_TABLE_SORT, nspcc)));
    expect(sparse.slice(1).map((fields) => [fields[0], fields[2], fields[5]])).toEqual([
      ['Devon and Cornwall', '931', '1'],
      ['Dorset', '212', '2'],
      ['Avon and Somerset', 'not published', '–'],
      ['Gloucestershire', 'not published', '–'],
      ['Wiltshire', 'not published', '–'],
    ]);
  });

  it("names each row's own release where a dataset has several, and none where no figure was published", () => {
    const sparse = fieldsOf(tableCsv(shownTable({ region: 'South West', year: '2020/21', measure: 'count' }, DEFAULT_TABLE_SORT, nspcc)));
    // data/nspcc-foi-figures.csv: Devon and Cornwall and Dorset 2020/21 came in the November 2021 release; the other three have no row that year.
    const source = 'NSPCC freedom of information requests, as reported in the press';
    expect(sparse.slice(1).map((fields) => [fields[0], ...fields.slice(-2)])).toEqual([
      ['Devon and Cornwall', source, 'NSPCC FOI Nov 2021'],
      ['Dorset', source, 'NSPCC FOI Nov 2021'],
      ['Avon and Somerset', source, ''],
      ['Gloucestershire', source, ''],
      ['Wiltshire', source, ''],
    ]);
    // data/nspcc-foi-figures.csv, North West 2016/17: Lancashire 591 and Cumbria 148 (Feb 2023), Cheshire 226 (Nov 2021); Greater Manchester and Merseyside none.
    const northWest = fieldsOf(tableCsv(shownTable({ region: 'North West', year: '2016/17', measure: 'count' }, DEFAULT_TABLE_SORT, nspcc))).slice(1);
    expect(northWest.map((fields) => [fields[0], fields.at(-1)])).toEqual([
      ['Lancashire', 'NSPCC FOI Feb 2023'],
      ['Cheshire', 'NSPCC FOI Nov 2021'],
      ['Cumbria', 'NSPCC FOI Feb 2023'],
      ['Greater Manchester', ''],
      ['Merseyside', ''],
    ]);
  });

  it('ends every line, the last included, in CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(southWest.rows.length + 2);
  });
});

describe('tableCsv: text fields', () => {
  const columns: ForceTableColumn[] = [
    { key: 'name', label: 'Force', numeric: false },
    { key: 'region', label: 'Region', numeric: false },
    { key: 'value', label: 'Change, per cent', numeric: true },
  ];
  const row = (name: string, region: string, figure: number | null): ForceTableRow => ({
    code: 'E23000039',
    release: 'R',
    cells: {
      name: { text: name, sort: name },
      region: { text: region, sort: region },
      value: { text: figure === null ? 'not available' : String(figure), sort: figure, figure },
      count: { text: '', sort: null },
      rate: { text: '', sort: null },
      interval: { text: '', sort: null },
      rank: { text: '', sort: null },
    },
  });

  it('quotes quotes (doubled), commas and line breaks, RFC 4180', () => {
    const awkward = tableCsv({ columns, source: 'S', rows: [row('The "Met"', 'Line one\nline two', 1)] });
    expect(awkward).toContain('"The ""Met""","Line one\nline two",1,S,R\r\n');
    expect(awkward.startsWith('\uFEFFForce,Region,"Change, per cent",Source,Release\r\n')).toBe(true);
  });

  it('quotes a field holding a semicolon or a tab and guards a formula after any separator, not only at the start (issue 25, item 2)', () => {
    const hostile = "x;=cmd|'/C calc'!A0;y";
    const line = tableCsv({ columns, source: 'S', rows: [row(hostile, 'a\t@SUM(A1)', 1)] }).split('\r\n')[1]!;
    // Written by hand: the apostrophe before each formula character that follows a separator, and the field quoted.
    expect(line).toBe(`"x;'=cmd|'/C calc'!A0;y","a\t'@SUM(A1)",1,S,R`);
    // A spreadsheet that splits on semicolons or tabs, quotes or not, finds no cell that starts a formula.
    for (const cell of line.split(/[;,\t]/)) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
  });

  it('guards text that a spreadsheet would run as a formula with a leading apostrophe, not a negative figure', () => {
    const [, first] = fieldsOf(tableCsv({ columns, source: 'S', rows: [row('=HYPERLINK("http://x","y")', '+1', -12.5)] }));
    expect(first).toEqual([`'=HYPERLINK("http://x","y")`, "'+1", '-12.5', 'S', 'R']);
  });

  it('round-trips any text through parseDelimited (apostrophe added only before formula characters)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string(), fc.option(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { nil: null })), { maxLength: 5 }),
        (cells) => {
          const rows = cells.map(([name, region, figure]) => row(name, region, figure));
          const parsed = fieldsOf(tableCsv({ columns, source: 'S', rows }));
          expect(parsed).toHaveLength(rows.length + 1);
          // An apostrophe before a formula character at the start or after a separator (comma, semicolon, tab, line break).
          const guarded = (text: string) =>
            [...text].map((char, i) => ('=+-@\t\r'.includes(char) && (i === 0 || ',;\t\r\n'.includes(text[i - 1]!)) ? `'${char}` : char)).join('');
          cells.forEach(([name, region, figure], index) => {
            expect(parsed[index + 1]).toEqual([guarded(name), guarded(region), figure === null ? 'not available' : plainNumber(figure), 'S', 'R']);
          });
        },
      ),
    );
  });
});
