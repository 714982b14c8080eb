import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * An oracle for the tile layout tests: two forces border each other exactly
 * when their geometries share an arc. Returns each force's code with the
 * codes of the forces it borders.
 */
export function bordersBySharedArcs(topology: Topology): Map<string, string[]> {
  const geometries = (topology.objects.forces as GeometryCollection).geometries;
  const arcsOf = geometries.map((geometry) => {
    const arcs = new Set<number>();
    const visit = (value: unknown): void => {
      if (typeof value === 'number') arcs.add(value < 0 ? ~value : value);
      else if (Array.isArray(value)) value.forEach(visit);
    };
    visit('arcs' in geometry ? geometry.arcs : []);
    return arcs;
  });
  return new Map(
    geometries.map((geometry, i) => [
      String(geometry.id),
      geometries.filter((_, j) => j !== i && [...arcsOf[i]!].some((arc) => arcsOf[j]!.has(arc))).map((other) => String(other.id)),
    ]),
  );
}
