import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { homeOfficeFiles, readHomeOfficeFiles } from '../../data/home-office-files';
import { forceTable, readProjectFile } from '../helpers';

z.config(z.locales.en());
const FORCES = forceTable.forces.map((force) => force.code);
const ROBBERY = 'data/home-office/figures/robbery.csv';
const THEFT = 'data/home-office/figures/theft-offences.csv';
const MISC = 'data/home-office/figures/miscellaneous-crimes-against-society.csv';
const NOTES = 'data/home-office/notes.csv';
const OFFENCES = 'data/home-office/offences.csv';

/** The committed files, some of them changed in memory. */
const withChanges = (changes: Record<string, string>) => (file: string) => changes[file] ?? readProjectFile(file);
/** The line (from 1) that starts with the text, found in the file as committed. */
function lineOf(file: string, start: string): number {
  const index = readProjectFile(file)
    .split('\n')
    .findIndex((line) => line.startsWith(start));
  expect(index).toBeGreaterThanOrEqual(0);
  return index + 1;
}
/** The file with the line that starts with the text replaced. */
const replaced = (file: string, start: string, line: string) =>
  readProjectFile(file)
    .split('\n')
    .map((text) => (text.startsWith(start) ? line : text))
    .join('\n');
const read = (changes: Record<string, string>) => () => readHomeOfficeFiles(withChanges(changes), FORCES);

describe('readHomeOfficeFiles (data/home-office/ as committed)', () => {
  it('reads the committed files back into exactly the files they were written as', () => {
    const data = readHomeOfficeFiles(readProjectFile, FORCES);
    for (const [file, text] of homeOfficeFiles(data)) expect(text, file).toBe(readProjectFile(file));
  });

  it('stops at a figure that is not a whole number, naming the file and line', () => {
    const line = lineOf(ROBBERY, '34A,E23000039,');
    const changes = { [ROBBERY]: replaced(ROBBERY, '34A,E23000039,', '34A,E23000039,1,2,3,4,5,6,7,8,9,10,eleven') };
    expect(read(changes)).toThrow(new RegExp(`^data/home-office/figures/robbery\\.csv, line ${line}: ✖ a figure is a whole number`));
  });

  it('stops at a figure outside the years of its series (28A ends in 2016/17)', () => {
    const line = lineOf(THEFT, '28A,E23000039,');
    const row = readProjectFile(THEFT).split('\n')[line - 1]!.replace(/,$/, ',5');
    expect(read({ [THEFT]: replaced(THEFT, '28A,E23000039,', row) })).toThrow(
      `${THEFT}, line ${line}: 2022/23 is not among the years of 28A (2012/13 to 2016/17) but has the figure 5`,
    );
  });

  it('stops at a figure left empty with no note, and at a note on a figure that is there', () => {
    const line = lineOf(MISC, '86,E23000039,');
    const emptied = readProjectFile(MISC).split('\n')[line - 1]!.replace(/,\d+$/, ',');
    expect(read({ [MISC]: replaced(MISC, '86,E23000039,', emptied) })).toThrow(`${MISC}, line ${line}: 2022/23 has no figure and ${NOTES} says nothing of why`);
    const noted = `${readProjectFile(NOTES)}86,E23000039,2016/17,a note on nothing\n`;
    expect(read({ [NOTES]: noted })).toThrow(
      `${NOTES}, line ${noted.trimEnd().split('\n').length}: a note on 86, E23000039, 2016/17, which has the figure 188`,
    );
  });

  it('stops at a series listed twice, or a row whose kind does not match its id', () => {
    const line = lineOf(OFFENCES, '86,');
    const catalogue = readProjectFile(OFFENCES);
    const twice = `${catalogue}${catalogue.split('\n')[line - 1]}\n`;
    expect(read({ [OFFENCES]: twice })).toThrow(`${OFFENCES}, line ${twice.trimEnd().split('\n').length}: 86 is listed twice`);
    expect(read({ [OFFENCES]: catalogue.replace(/^86,code,/m, '86,group,') })).toThrow(
      new RegExp(`^${OFFENCES}, line ${line}: ✖ the kind does not match the id`),
    );
  });

  it('reads why a series is not mapped, and stops at a reason it does not know, naming the line', () => {
    const catalogue = readHomeOfficeFiles(withChanges({}), FORCES).series.map(({ entry }) => entry);
    expect(catalogue.find((entry) => entry.id === '28I')).toMatchObject({ reason: { kind: 'part-year', year: '2023/24', quarters: 1 } });
    expect(catalogue.find((entry) => entry.id === '12')).toMatchObject({ reason: { kind: 'outcomes-only' } });
    const line = lineOf(OFFENCES, '28I,');
    for (const reason of ['part-year 2023/24 4', 'part-year 2023/24 01', 'part-year 2023/24', 'outcomes only', 'outcomes-only since 2013/14']) {
      const changed = readProjectFile(OFFENCES).replace('no,part-year 2023/24 1', `no,${reason}`);
      expect(read({ [OFFENCES]: changed }), reason).toThrow(`${OFFENCES}, line ${line}: "${reason}" is not a reason a series is not mapped`);
    }
  });

  it('stops when a series has no row for a force', () => {
    const without = readProjectFile(ROBBERY)
      .split('\n')
      .filter((text) => !text.startsWith('34B,E23000039,'))
      .join('\n');
    expect(read({ [ROBBERY]: without })).toThrow(`${ROBBERY}: no row for 34B and E23000039`);
  });
});
