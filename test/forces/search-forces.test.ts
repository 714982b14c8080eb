import { describe, expect, it } from 'vitest';
import { noAreaBodyNamed, searchForces } from '../../src/forces/search-forces';
import { createForceNameResolver } from '../../src/forces/resolve-force-name';
import { WELSH_REGION_NAMES } from '../../src/i18n/welsh-place-names';
import { forceTable } from '../helpers';

/** As the force search asks: with the regions' Welsh names. */
const namesFound = (query: string) => searchForces(query, forceTable, WELSH_REGION_NAMES).map((match) => match.force.name);

/**
 * What people type, and the force they mean: written by hand from the
 * forces' names and the short forms police and press use.
 */
const FIRST: [query: string, first: string][] = [
  ['Dorset', 'Dorset'],
  ['dorset police', 'Dorset'],
  ['DORSET CONSTABULARY', 'Dorset'],
  ['E23000039', 'Dorset'],
  ['Dor\u200Dset', 'Dorset'],
  ['Avon', 'Avon and Somerset'],
  ['A&S', 'Avon and Somerset'],
  ['Hants', 'Hampshire'],
  ['Hants Constabulary', 'Hampshire'],
  ['Herts', 'Hertfordshire'],
  ['Beds', 'Bedfordshire'],
  ['Cambs', 'Cambridgeshire'],
  ['Glos', 'Gloucestershire'],
  ['Lincs', 'Lincolnshire'],
  ['Notts', 'Nottinghamshire'],
  ['Northants', 'Northamptonshire'],
  ['Staffs', 'Staffordshire'],
  ['Warks', 'Warwickshire'],
  ['Wilts', 'Wiltshire'],
  ['Leics', 'Leicestershire'],
  ['Derbys', 'Derbyshire'],
  ['Lancs', 'Lancashire'],
  ['N Yorks', 'North Yorkshire'],
  ['S Yorks', 'South Yorkshire'],
  ['W Yorks', 'West Yorkshire'],
  ['West Mids', 'West Midlands'],
  ['D&C', 'Devon and Cornwall'],
  ['GMP', 'Greater Manchester'],
  ['TVP', 'Thames Valley'],
  ['Met', 'Metropolitan Police'],
  ['MPS', 'Metropolitan Police'],
  ['City', 'City of London'],
  ['CoLP', 'City of London'],
  ['NYP', 'North Yorkshire'],
  ['SYP', 'South Yorkshire'],
  ['WYP', 'West Yorkshire'],
  ['WMP', 'West Midlands'],
  ['DPP', 'Dyfed-Powys'],
  ['SWP', 'South Wales'],
  ['NWP', 'North Wales'],
  ['Heddlu Gwent', 'Gwent'],
  // The Welsh forces by their Welsh names, whole or begun (issue 24).
  ['Heddlu Gogledd Cymru', 'North Wales'],
  ['Heddlu De', 'South Wales'],
  ['Gogledd Cymru', 'North Wales'],
  ['Heddlu Dyfed', 'Dyfed-Powys'],
  // Prefixes and word prefixes.
  ['Glouc', 'Gloucestershire'],
  ['Thames', 'Thames Valley'],
  ['Devon', 'Devon and Cornwall'],
  ['Cornwall', 'Devon and Cornwall'],
  ['Manchester', 'Greater Manchester'],
  ['Powys', 'Dyfed-Powys'],
  ['Somerset', 'Avon and Somerset'],
  // Misspellings.
  ['Dorest', 'Dorset'],
  ['Hampshre', 'Hampshire'],
  ['Nottinghamshre', 'Nottinghamshire'],
  ['Citty of London', 'City of London'],
  ['Nothumbria Police', 'Northumbria'],
  ['Lincolnshire Plice', 'Lincolnshire'],
];

/** Queries that could mean several forces: all of them come first, in name order, and nothing is guessed. */
const SETS: [query: string, first: string[]][] = [
  ['Yorks', ['North Yorkshire', 'South Yorkshire', 'West Yorkshire']],
  ['Yorkshire', ['North Yorkshire', 'South Yorkshire', 'West Yorkshire']],
  ['London', ['City of London', 'Metropolitan Police']],
  // Regions by their Welsh names (issue 24).
  ['Llundain', ['City of London', 'Metropolitan Police']],
  ['Gogledd-ddwyrain Lloegr', ['Cleveland', 'Durham', 'Northumbria']],
  ['Wales', ['Dyfed-Powys', 'Gwent', 'North Wales', 'South Wales']],
  ['West', ['West Mercia', 'West Midlands', 'West Yorkshire']],
  ['South West', ['Avon and Somerset', 'Devon and Cornwall', 'Dorset', 'Gloucestershire', 'Wiltshire']],
];

const NOTHING = ['Atlantis', 'Scotland Yard Fraud Squad', '', '   ', 'Police', 'Constabulary', 'x'.repeat(10_000), 'British Transport Police', 'zzzz'];

describe('searchForces', () => {
  it.each(FIRST)('"%s" finds %s first', (query, first) => {
    expect(namesFound(query)[0]).toBe(first);
  });

  it.each(SETS)('"%s" finds each force it could mean, first', (query, expected) => {
    expect(namesFound(query).slice(0, expected.length)).toEqual(expected);
    const kinds = new Set(
      searchForces(query, forceTable, WELSH_REGION_NAMES)
        .slice(0, expected.length)
        .map((match) => match.kind),
    );
    expect(kinds.size).toBe(1);
  });

  it('finds a region by its Welsh name only when given the Welsh names (the force search gives them; a link’s suggestions do without)', () => {
    expect(searchForces('Llundain', forceTable, WELSH_REGION_NAMES)[0]).toMatchObject({ kind: 'region', matched: 'Llundain' });
    expect(searchForces('Llundain', forceTable).map((match) => match.kind)).not.toContain('region');
    // The Welsh forces' Welsh names are the forces table's aliases: found without the region names.
    expect(searchForces('Heddlu Gwent', forceTable)[0]).toMatchObject({ kind: 'exact', matched: 'Heddlu Gwent' });
  });

  it.each(NOTHING)('finds nothing for %j', (query) => {
    expect(searchForces(query, forceTable)).toEqual([]);
  });

  it('no longer suggests Nottinghamshire for "Hants" or North Wales for "Cornwall"', () => {
    expect(namesFound('Hants')).not.toContain('Nottinghamshire');
    // Nor other counties a couple of letters away from a short form.
    expect(namesFound('Hants')).not.toContain('Hertfordshire');
    expect(namesFound('Yorks')).toEqual(['North Yorkshire', 'South Yorkshire', 'West Yorkshire']);
    expect(namesFound('Cornwall')).toEqual(['Devon and Cornwall']);
  });

  it('ranks exact names, then regions named exactly, then prefixes, then word prefixes, then substrings, then misspellings', () => {
    expect(searchForces('Dorset', forceTable)[0]).toMatchObject({ kind: 'exact' });
    expect(searchForces('Glouc', forceTable)[0]).toMatchObject({ kind: 'prefix' });
    expect(searchForces('Cornwall', forceTable)[0]).toMatchObject({ kind: 'word-prefix' });
    expect(searchForces('London', forceTable)[0]).toMatchObject({ kind: 'region' });
    expect(searchForces('ales', forceTable)[0]).toMatchObject({ kind: 'substring' });
    expect(searchForces('Dorest', forceTable)[0]).toMatchObject({ kind: 'misspelling' });
    const kinds = searchForces('Nor', forceTable).map((match) => match.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b)));
  });

  it('lists each force once, with the name it matched by', () => {
    const matches = searchForces('d', forceTable);
    expect(new Set(matches.map((match) => match.force.code)).size).toBe(matches.length);
    expect(searchForces('Hants', forceTable)[0]?.matched).toBe('Hants');
  });
});

const KIND_ORDER = ['exact', 'region', 'prefix', 'word-prefix', 'substring', 'misspelling'];

describe('noAreaBodyNamed', () => {
  it('names bodies with no area on the map, in full or by a prefix or short form', () => {
    expect(noAreaBodyNamed('British Transport Police')).toBe('British Transport Police');
    expect(noAreaBodyNamed('british transport')).toBe('British Transport Police');
    expect(noAreaBodyNamed('BTP')).toBe('British Transport Police');
    expect(noAreaBodyNamed('Action Fraud')).toBe('Action Fraud');
    expect(noAreaBodyNamed('Dorset')).toBeUndefined();
    expect(noAreaBodyNamed('b')).toBeUndefined();
  });
});

describe('the short forms in data/forces.csv', () => {
  it('keep the resolver unambiguous, and resolve exactly', () => {
    const resolver = createForceNameResolver(forceTable);
    for (const [query, name] of FIRST.slice(0, 41)) {
      const resolution = resolver.resolve(query);
      expect(resolution.kind === 'force' ? resolution.force.name : resolution.kind).toBe(name);
    }
  });
});
