import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ForceTable } from '../src/forces/force-table';
import { parseForceTable } from '../src/ingest/forces-csv';
import type { Dataset } from '../src/datasets/dataset';

export const projectRoot = path.resolve(import.meta.dirname, '..');

export function readProjectFile(relative: string): string {
  return readFileSync(path.join(projectRoot, relative), 'utf8');
}

/** The generated files are built by `npm run prepare-data`, which npm test runs first. */
export function readGeneratedJson(relative: string): unknown {
  return JSON.parse(readProjectFile(path.join('public', 'generated', relative)));
}

export const forceTable: ForceTable = parseForceTable(readProjectFile('data/forces.csv'));

/** A dataset without the Welsh words that only shipped figures carry, as an import has it. */
export function withoutWelsh(dataset: Dataset): Dataset {
  const { cy: _welsh, ...meta } = dataset.meta;
  return { ...dataset, meta };
}
