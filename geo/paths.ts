import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Project root, whatever directory a script is started from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const forcesCsvPath = path.join(projectRoot, 'data', 'forces.csv');

/** The shipped datasets: the Home Office release's facts, the NSPCC dataset. */
export const datasetsJsonPath = path.join(projectRoot, 'data', 'datasets.json');

/** The boundary topology as committed, made by npm run data:refresh. */
export const committedTopologyPath = path.join(projectRoot, 'geo', 'pfa.topo.json');

/** Generated files are served by Vite from public/ and are not committed. */
export const generatedDir = path.join(projectRoot, 'public', 'generated');
