/**
 * The raw sources that npm run data:refresh derives the committed files
 * from. They live beside the project in ../shared (or PFA_SHARED_DIR), are
 * never committed, and nothing else needs them: the app and its build read
 * only the committed files.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../geo/paths';

export const sharedDir = process.env.PFA_SHARED_DIR ? path.resolve(process.env.PFA_SHARED_DIR) : path.resolve(projectRoot, '..', 'shared');

const shared = (relative: string) => path.join(sharedDir, relative);

export const rawSources = {
  /** ONS "Police Force Areas (December 2022) Boundaries EW BUC", WGS84 GeoJSON. */
  boundaries: process.env.PFA_BOUNDARIES ? path.resolve(process.env.PFA_BOUNDARIES) : shared('geo/pfa-dec-2022-buc.wgs84.geojson'),
  /** Home Office police recorded crime open data tables, police force area, release of 19 October 2023. */
  homeOfficeTable: process.env.PFA_HOME_OFFICE_TABLE
    ? path.resolve(process.env.PFA_HOME_OFFICE_TABLE)
    : shared('data/home-office-prc-pfa-2012-13-to-2023-24q1.csv'),
  nspccFigures: shared('data/nspcc-foi-child-abuse-image-offences.csv'),
  nspccTotals: shared('data/nspcc-published-totals.csv'),
  population2012To2021: shared('data/pfa-population-mid2012-2021.csv'),
  population2022: shared('data/pfa-population-mid2022-rounded.tsv'),
} as const;

/** The sources among these that are not there. */
export function missingSources(paths: readonly string[] = Object.values(rawSources)): string[] {
  return paths.filter((file) => !existsSync(file));
}

export function missingSourcesMessage(missing: readonly string[]): string {
  return (
    `raw source${missing.length === 1 ? '' : 's'} not found:\n${missing.map((file) => `  ${file}`).join('\n')}\n` +
    'The raw sources are read from ../shared beside the project. Set PFA_SHARED_DIR to the folder that holds them ' +
    '(its geo/ and data/ subfolders), or PFA_BOUNDARIES / PFA_HOME_OFFICE_TABLE to point at those two files.'
  );
}
