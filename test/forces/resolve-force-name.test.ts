import { describe, expect, it } from 'vitest';
import { parseForceTable } from '../../src/ingest/forces-csv';
import { createForceNameResolver, editDistance, forceNameKey, withNameMapping } from '../../src/forces/resolve-force-name';
import { forceTable } from '../helpers';

const resolver = createForceNameResolver(forceTable);
const codeOf = (name: string) => {
  const resolution = resolver.resolve(name);
  return resolution.kind === 'force' ? resolution.force.code : resolution.kind;
};
const suggestionFor = (name: string) => {
  const resolution = resolver.resolve(name);
  return resolution.kind === 'unknown' ? resolution.suggestion?.name : `resolved (${resolution.kind})`;
};

describe('forceNameKey', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(forceNameKey('  DYFED-POWYS ')).toBe(forceNameKey('dyfed powys'));
    expect(forceNameKey('Dyfed–Powys')).toBe('dyfed powys');
  });

  it('reads "&" as "and"', () => {
    expect(forceNameKey('Devon & Cornwall')).toBe(forceNameKey('Devon and Cornwall'));
    expect(forceNameKey('Avon&Somerset')).toBe('avon and somerset');
  });

  it('drops "Police", "Constabulary", "Police Service" and "PFA"', () => {
    expect(forceNameKey('Dorset Police')).toBe('dorset');
    expect(forceNameKey('Cumbria Constabulary')).toBe('cumbria');
    expect(forceNameKey('Metropolitan Police Service')).toBe('metropolitan');
    expect(forceNameKey('West Midlands (Pfa)')).toBe('west midlands');
    expect(forceNameKey('Kent Police Force Area')).toBe('kent');
  });

  it('keeps "City of" and "London" apart from each other', () => {
    expect(forceNameKey('City of London Police')).toBe('city of london');
    expect(forceNameKey('London, City of')).toBe('london city of');
    expect(forceNameKey('London')).toBe('london');
  });
});

describe('createForceNameResolver', () => {
  it.each([
    ['Devon & Cornwall', 'E23000035'],
    ['Devon and Cornwall Police', 'E23000035'],
    ['devon & cornwall police', 'E23000035'],
    ['London, City of', 'E23000034'],
    ['City of London Police', 'E23000034'],
    ['City of London', 'E23000034'],
    ['Avon and Somerset Constabulary', 'E23000036'],
    ['Avon & Somerset', 'E23000036'],
    ['Dyfed Powys', 'W15000004'],
    ['Dyfed-Powys Police', 'W15000004'],
    ['West Midlands (Pfa)', 'E23000014'],
    ['West Midlands Police', 'E23000014'],
    ['Metropolitan Police', 'E23000001'],
    ['Metropolitan Police Service', 'E23000001'],
    ['DORSET', 'E23000039'],
    ['E23000039', 'E23000039'],
    ['w15000004', 'W15000004'],
    ['Heddlu Gwent', 'W15000002'],
  ])('resolves "%s" to %s', (name, code) => {
    expect(codeOf(name)).toBe(code);
  });

  it('never takes "London" for the City of London or the Metropolitan Police', () => {
    expect(codeOf('London')).toBe('unknown');
    expect(suggestionFor('London')).toBeUndefined();
    expect(codeOf('City of London')).not.toBe(codeOf('Metropolitan Police'));
    expect(codeOf('City of London Police')).not.toBe(codeOf('Metropolitan Police Service'));
  });

  it('says when a body polices no area of the map', () => {
    for (const body of ['British Transport Police', 'Action Fraud', 'Financial Fraud Action UK', 'CIFAS', 'UK Finance']) {
      expect(resolver.resolve(body)).toEqual({ kind: 'no-area', body });
    }
  });

  it.each([
    ['Dorest', 'Dorset'],
    ['Devon & Cornwal', 'Devon and Cornwall'],
    ['Nottinghamshre', 'Nottinghamshire'],
    ['Nothumbria Police', 'Northumbria'],
    ['Citty of London', 'City of London'],
  ])('suggests a force for the typo "%s": %s', (typo, name) => {
    expect(codeOf(typo)).toBe('unknown');
    expect(suggestionFor(typo)).toBe(name);
  });

  it('offers every force a name may mean, and applies none of them', () => {
    const names = (name: string) => {
      const resolution = resolver.resolve(name);
      return resolution.kind === 'unknown' ? resolution.suggestions.map((force) => force.name) : `resolved (${resolution.kind})`;
    };
    expect(names('Yorkshire')).toEqual(['North Yorkshire', 'South Yorkshire', 'West Yorkshire']);
    expect(names('London')).toEqual(['City of London', 'Metropolitan Police']);
    expect(names('Cornwall')).toEqual(['Devon and Cornwall']);
    expect(names('Atlantis')).toEqual([]);
    // A name that fits many forces is a list, not a suggestion.
    expect(names('shire')).toEqual([]);
    expect(suggestionFor('Yorkshire')).toBeUndefined();
  });

  it('matches by exact names and short forms only, without suggestions', () => {
    expect(resolver.match('Hants')).toEqual({ kind: 'force', force: forceTable.byCode.get('E23000030') });
    expect(resolver.match('Dorest')).toEqual({ kind: 'unknown' });
    expect(resolver.match('BTP')).toEqual({ kind: 'no-area', body: 'British Transport Police' });
  });

  it('suggests nothing for a name like no force', () => {
    expect(suggestionFor('Scotland Yard Fraud Squad')).toBeUndefined();
    expect(suggestionFor('')).toBeUndefined();
    expect(suggestionFor('x'.repeat(10_000))).toBeUndefined();
  });

  it('refuses a forces table in which one name would mean two forces', () => {
    const csv = 'code,name,short,region,aliases\nE23000039,Dorset,Dorset,South West,Wessex\nE23000038,Wiltshire,Wiltshire,South West,Wessex Police\n';
    expect(() => createForceNameResolver(parseForceTable(csv))).toThrow(/"Wessex Police" could mean Dorset or Wiltshire/);
  });
});

describe('withNameMapping', () => {
  const dorset = forceTable.byCode.get('E23000039')!;

  it('resolves names the user mapped, compared as keys, before anything else', () => {
    const mapped = withNameMapping(resolver, [['Bournemouth & Poole', dorset]]);
    expect(mapped.resolve('BOURNEMOUTH AND POOLE')).toEqual({ kind: 'force', force: dorset });
    expect(mapped.match('BOURNEMOUTH AND POOLE')).toEqual({ kind: 'force', force: dorset });
    expect(mapped.resolve('Kent')).toEqual(resolver.resolve('Kent'));
  });

  it('maps a name with nothing to key on ("?", "Police") as written, not every such name', () => {
    const mapped = withNameMapping(resolver, [['?', dorset]]);
    expect(mapped.match('?')).toEqual({ kind: 'force', force: dorset });
    expect(mapped.match('Police')).toEqual({ kind: 'unknown' });
  });

  it('maps a name such as "__proto__" like any other', () => {
    expect(withNameMapping(resolver, [['__proto__', dorset]]).match('__proto__')).toEqual({ kind: 'force', force: dorset });
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('dorset', 'dorset')).toBe(0);
    expect(editDistance('dorest', 'dorset')).toBe(2);
    expect(editDistance('', 'kent')).toBe(4);
    expect(editDistance('kent', 'gwent')).toBe(2);
  });
});
