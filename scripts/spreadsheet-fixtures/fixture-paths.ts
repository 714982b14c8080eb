import path from 'node:path';
import { projectRoot } from '../../geo/paths';

/** Where the fixtures are: the small ones committed, the full release generated (see .gitignore). */
export const fixturePaths = {
  sampleOds: path.join(projectRoot, 'test/fixtures/prc-pfa-sample.ods'),
  foiXlsx: path.join(projectRoot, 'test/fixtures/nspcc-foi-wide.xlsx'),
  /** Two tables on two sheets (two NSPCC releases), after a cover sheet: for the sheet picker. */
  foiTwoTablesXlsx: path.join(projectRoot, 'test/fixtures/nspcc-foi-two-tables.xlsx'),
  fullOds: path.join(projectRoot, 'test/fixtures/generated/prc-pfa-mar2013-onwards-tables-191023.ods'),
};

/** The releases of the two-table workbook: the first table is the default fixture's, the second has other years (2016/17 and 2017/18). */
export const TWO_TABLE_RELEASES = ['NSPCC FOI Nov 2021', 'NSPCC FOI Sep 2018'];

/** The small fixture: a few forces, with the spellings and bodies that test the reader, the last full year and the partial one. */
export const SAMPLE_FORCES = new Set(['Dorset', 'London, City of', 'Devon & Cornwall', 'Greater Manchester', 'British Transport Police']);
export const SAMPLE_YEARS = new Set(['2022/23', '2023/24']);
/** Force names the fixture gives a note marker, as the release marks forces whose figures carry a note. */
export const MARKED_FORCES: ReadonlyMap<string, number> = new Map([['Greater Manchester', 2]]);
