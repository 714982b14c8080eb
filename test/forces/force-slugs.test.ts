import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/forces/force-table';
import { slugify } from '../../src/format/slug';
import { findForce, forceSlug, regionFromSlug, regionSlug } from '../../src/forces/force-slugs';
import { forceTable } from '../helpers';

const codeOf = (text: string) => {
  const found = findForce(text, forceTable);
  return found.kind === 'force' ? found.force.code : found.kind;
};

describe('slugify', () => {
  it('joins lower-case words with hyphens and spells "&" as "and"', () => {
    expect(slugify('Yorkshire and The Humber')).toBe('yorkshire-and-the-humber');
    expect(slugify('Avon & Somerset')).toBe('avon-and-somerset');
    expect(slugify('  London, City of ')).toBe('london-city-of');
    expect(slugify('Ynys Môn')).toBe('ynys-mon');
  });
});

describe('region slugs', () => {
  it('are the ten slugs links use, in REGIONS order', () => {
    expect(REGIONS.map(regionSlug)).toEqual([
      'north-east',
      'north-west',
      'yorkshire-and-the-humber',
      'east-midlands',
      'west-midlands',
      'east-of-england',
      'london',
      'south-east',
      'south-west',
      'wales',
    ]);
  });

  it('lead back to their region', () => {
    for (const region of REGIONS) expect(regionFromSlug(regionSlug(region))).toBe(region);
  });

  it('are exact: names, other cases and unknown places are undefined', () => {
    expect(regionFromSlug('South West')).toBeUndefined();
    expect(regionFromSlug('South-West')).toBeUndefined();
    expect(regionFromSlug('scotland')).toBeUndefined();
    expect(regionFromSlug('')).toBeUndefined();
  });
});

describe('force slugs', () => {
  it('are the slug of the full name', () => {
    const slugOf = (code: string) => forceSlug(forceTable.byCode.get(code)!);
    expect(slugOf('E23000039')).toBe('dorset');
    expect(slugOf('E23000035')).toBe('devon-and-cornwall');
    expect(slugOf('E23000034')).toBe('city-of-london');
    expect(slugOf('E23000036')).toBe('avon-and-somerset');
    expect(slugOf('E23000001')).toBe('metropolitan-police');
    expect(slugOf('W15000004')).toBe('dyfed-powys');
  });

  it('are unique across the 43 forces', () => {
    const slugs = forceTable.forces.map(forceSlug);
    expect(new Set(slugs).size).toBe(43);
  });

  it('and the ONS codes, in either case, find their force', () => {
    for (const force of forceTable.forces) {
      expect(codeOf(forceSlug(force))).toBe(force.code);
      expect(codeOf(force.code)).toBe(force.code);
      expect(codeOf(force.code.toLowerCase())).toBe(force.code);
    }
  });

  it('are not the only way in: names and aliases as people type them also work', () => {
    expect(codeOf('Dorset Police')).toBe('E23000039');
    expect(codeOf('met-police')).toBe('E23000001');
    expect(codeOf('gmp')).toBe('E23000005');
    expect(codeOf('Devon & Cornwall')).toBe('E23000035');
    expect(codeOf('british-transport-police')).toBe('no-area');
    expect(codeOf('atlantis')).toBe('unknown');
  });
});
