import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Project root, whatever directory a script is started from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** ../shared beside the project, or wherever PFA_SHARED_DIR points. */
export const sharedDir = process.env.PFA_SHARED_DIR
  ? path.resolve(process.env.PFA_SHARED_DIR)
  : path.resolve(projectRoot, '..', 'shared');

export const boundariesPath = process.env.PFA_BOUNDARIES
  ? path.resolve(process.env.PFA_BOUNDARIES)
  : path.join(sharedDir, 'geo', 'pfa-dec-2022-buc.wgs84.geojson');

export const forcesCsvPath = path.join(projectRoot, 'data', 'forces.csv');

/** Generated files are served by Vite from public/ and are not committed. */
export const generatedDir = path.join(projectRoot, 'public', 'generated');
export const topologyPath = path.join(generatedDir, 'pfa.topo.json');
