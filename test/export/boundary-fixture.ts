import type { Topology } from 'topojson-specification';
import { forceFeatures, parseTopology, type ForceFeature, type LonLatBounds } from '../../src/geography/boundaries';
import { readGeneratedJson } from '../helpers';

/** The app's generated boundaries (npm run prepare-data builds them). */
export const topology: Topology = parseTopology(readGeneratedJson('pfa.topo.json'));
export const features: ForceFeature[] = forceFeatures(topology).features;

/** The screen map's starting view (ENGLAND_AND_WALES_BOUNDS in map-view.ts, which needs a DOM to import). */
export const ENGLAND_AND_WALES: LonLatBounds = [
  [-6.4, 49.85],
  [1.8, 55.85],
];

export function featureOf(code: string): ForceFeature {
  const found = features.find((feature) => feature.properties.code === code);
  if (!found) throw new Error(`no force ${code} in the fixture`);
  return found;
}
