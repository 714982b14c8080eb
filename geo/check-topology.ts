import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ForceTable } from '../src/forces/force-table';
import { sphericalAreaKm2 } from './boundaries';

export interface TopologyReport {
  forceCount: number;
  areaKm2ByCode: Map<string, number>;
}

/** The pipeline's output promise: every force once, none emptied by simplification. */
export function checkTopology(topology: Topology, forceTable: ForceTable): TopologyReport {
  const collection = topology.objects.forces as GeometryCollection | undefined;
  if (!collection) throw new Error('topology has no "forces" object');
  const problems: string[] = [];
  const areaKm2ByCode = new Map<string, number>();
  for (const geometry of collection.geometries) {
    const code = String(geometry.id);
    if (areaKm2ByCode.has(code)) problems.push(`${code} appears more than once`);
    const area = sphericalAreaKm2(feature(topology, geometry) as Feature<Polygon | MultiPolygon>);
    if (!(area > 0)) problems.push(`${code} lost all its area in simplification`);
    areaKm2ByCode.set(code, area);
  }
  for (const force of forceTable.forces) {
    if (!areaKm2ByCode.has(force.code)) problems.push(`${force.code} (${force.name}) is missing`);
  }
  if (problems.length > 0) throw new Error(`topology check failed:\n- ${problems.join('\n- ')}`);
  return { forceCount: areaKm2ByCode.size, areaKm2ByCode };
}
