/**
 * The tile layout of the boundary topology: each force's position, the
 * forces it borders and the size of a tile on the ground are read off the
 * topology, and its short label and region off the forces table.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { geoCentroid, geoTransverseMercator } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ForceTable } from '../src/forces/force-table';
import { rewindForD3 } from '../src/geography/rewind-for-d3';
import { EARTH_RADIUS_KM } from './boundaries';
import { checkTopology } from './check-topology';
import { committedTopologyPath, projectRoot } from './paths';
import { TILE_GRID, tileLayoutSchema, type TileLayout } from '../src/geography/tile-layout';
import { layoutTiles, type TileCell, type TileForce } from './tile-layout';

export const tileLayoutPath = path.join(projectRoot, 'geo', 'pfa-tiles.json');

/** The topology to read: the one asked for, else the committed one; undefined when it does not exist. */
export function findTopology(requested?: string): string | undefined {
  const file = requested !== undefined ? path.resolve(requested) : committedTopologyPath;
  return existsSync(file) ? file : undefined;
}

/** One force a line, so a change to the layout reads as a diff of the forces that moved. */
export function formatTileLayout(layout: TileLayout): string {
  const forces = layout.forces.map((force) => `    ${JSON.stringify(force)}`).join(',\n');
  return `{\n  "grid": ${JSON.stringify(layout.grid)},\n  "forces": [\n${forces}\n  ]\n}\n`;
}

/**
 * Positions are spherical centroids (d3-geo's geoCentroid, area-weighted on
 * the sphere, so islands count by their size) projected to kilometres on a
 * transverse Mercator centred on 2° W, the British National Grid's central
 * meridian. The tiles lie on a plane, so the positions must too: in plain
 * degrees a step east at 52° N is only 0.62 of the same step north, and
 * the layout would squash England and Wales sideways. The projection is
 * true to scale within about 0.1 % across England and Wales.
 *
 * The cell spacing gives each tile the mean area of a force: 43 hexagons
 * then cover as much as England and Wales do, so the map keeps its size and
 * only the share each force gets changes.
 */
export function tileForcesFromTopology(topology: Topology, forceTable: ForceTable): { forces: TileForce[]; cellSpacingKm: number } {
  const { areaKm2ByCode } = checkTopology(topology, forceTable);
  const collection = topology.objects.forces as GeometryCollection;
  const projection = geoTransverseMercator().rotate([2, 0]).scale(EARTH_RADIUS_KM).translate([0, 0]);
  const bordersOf = neighbors(collection.geometries);
  const forces = collection.geometries.map((geometry, i): TileForce => {
    const code = String(geometry.id);
    // geoCentroid reads a ring's winding to tell inside from outside; GeoJSON's is the opposite of d3's.
    const shape = rewindForD3(feature(topology, geometry) as Feature<Polygon | MultiPolygon>);
    const [x, y] = projection(geoCentroid(shape))!;
    return {
      code,
      region: forceTable.byCode.get(code)!.region,
      position: { x, y },
      borders: bordersOf[i]!.map((j) => String(collection.geometries[j]!.id)),
    };
  });
  const totalAreaKm2 = [...areaKm2ByCode.values()].reduce((sum, area) => sum + area, 0);
  const hexagonAreaPerSquaredSpacing = Math.sqrt(3) / 2;
  return { forces, cellSpacingKm: Math.sqrt(totalAreaKm2 / forces.length / hexagonAreaPerSquaredSpacing) };
}

export interface TopologyTileLayout {
  layout: TileLayout;
  forces: TileForce[];
  cells: TileCell[];
  cellSpacingKm: number;
}

/** What `npm run data:refresh` writes to geo/pfa-tiles.json, with the inputs it came from. */
export function tileLayoutFromTopology(topology: Topology, forceTable: ForceTable): TopologyTileLayout {
  const { forces, cellSpacingKm } = tileForcesFromTopology(topology, forceTable);
  const cells = layoutTiles(forces, { cellSpacing: cellSpacingKm });
  const layout = tileLayoutSchema.parse({
    grid: TILE_GRID,
    forces: cells.map(({ code, q, r }) => {
      const force = forceTable.byCode.get(code)!;
      return { code, short: force.short, region: force.region, q, r };
    }),
  });
  return { layout, forces, cells, cellSpacingKm };
}
