import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { FIGURES_DIR } from '../../data/home-office-files';
import { refreshedFiles } from '../../data/refresh';
import { rawSources } from '../../data/sources';
import { projectRoot, readProjectFile } from '../helpers';
import { withSources } from '../sources';

withSources(...Object.values(rawSources)).describe('regeneration: the committed files are what npm run data:refresh makes from the raw sources', () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = (await refreshedFiles()).files;
  }, 60_000);

  it('makes geo/pfa.topo.json, geo/pfa-tiles.json, data/home-office/**, data/nspcc-*.csv and data/population.csv', () => {
    expect([...files.keys()].filter((file) => !file.startsWith(FIGURES_DIR)).sort()).toEqual([
      'data/home-office/notes.csv',
      'data/home-office/offences.csv',
      'data/home-office/release.json',
      'data/nspcc-foi-figures.csv',
      'data/nspcc-published-totals.csv',
      'data/population.csv',
      'geo/pfa-tiles.json',
      'geo/pfa.topo.json',
    ]);
  });

  it('every committed derived file equals, byte for byte, what it makes', () => {
    const differing = [...files].filter(([file, text]) => readProjectFile(file) !== text).map(([file]) => file);
    expect(differing).toEqual([]);
  });

  it('leaves no figures file in data/home-office/figures/ that it does not make', () => {
    const committed = readdirSync(path.join(projectRoot, FIGURES_DIR)).map((file) => `${FIGURES_DIR}/${file}`);
    expect(committed.sort()).toEqual([...files.keys()].filter((file) => file.startsWith(FIGURES_DIR)).sort());
  });
});
