import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { rawSources } from '../../data/sources';
import { parseBoundaries } from '../../geo/boundaries';
import { forceTable } from '../helpers';
import { withSources } from '../sources';

withSources(rawSources.boundaries).describe('parseBoundaries (the ONS file against the forces table)', () => {
  /** The ONS GeoJSON as parsed (JSON.parse's any), altered below to break it. */
  let ons: ReturnType<typeof JSON.parse>;
  beforeAll(() => {
    ons = JSON.parse(readFileSync(rawSources.boundaries, 'utf8'));
  });

  it('accepts the ONS file: 43 forces, with areas close to the real ones', () => {
    const features = parseBoundaries(ons, forceTable, 'ons');
    expect(features).toHaveLength(43);
    const area = (code: string) => features.find((f) => f.id === code)!.properties.areaKm2;
    expect(area('E23000039')).toBeGreaterThan(2500); // Dorset, about 2,650 km²
    expect(area('E23000039')).toBeLessThan(2800);
    expect(area('E23000034')).toBeGreaterThan(2);
  });

  it('fails loudly, naming the force, when one is missing', () => {
    const withoutDorset = { ...ons, features: ons.features.filter((f: { properties: { PFA22CD: string } }) => f.properties.PFA22CD !== 'E23000039') };
    expect(() => parseBoundaries(withoutDorset, forceTable, 'test')).toThrow(/E23000039 \(Dorset\) is missing/);
  });

  it('fails loudly when a force appears twice', () => {
    const doubled = { ...ons, features: [...ons.features, ons.features[0]] };
    expect(() => parseBoundaries(doubled, forceTable, 'test')).toThrow(/appears more than once/);
  });

  it('fails loudly on an empty geometry', () => {
    const features = structuredClone(ons.features);
    const city = features.find((f: { properties: { PFA22CD: string } }) => f.properties.PFA22CD === 'E23000034');
    city.geometry.coordinates = [
      [
        [0, 51],
        [0, 51],
        [0, 51],
        [0, 51],
      ],
    ];
    expect(() => parseBoundaries({ ...ons, features }, forceTable, 'test')).toThrow(/E23000034 .* empty geometry/);
  });

  it('rejects a file that is not boundary GeoJSON, saying so', () => {
    expect(() => parseBoundaries({ type: 'Topology' }, forceTable, 'x.json')).toThrow(/x\.json is not the expected boundary GeoJSON/);
  });
});
