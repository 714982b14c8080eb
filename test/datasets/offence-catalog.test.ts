import { describe, expect, it } from 'vitest';
import { offenceCatalogSchema, offenceFileStem, parseOffenceId } from '../../src/datasets/offence-catalog';
import { readGeneratedJson } from '../helpers';

const catalog = offenceCatalogSchema.parse(readGeneratedJson('offences/index.json'));

describe('the offence catalogue the app is served (generated/offences/index.json)', () => {
  it('lists all, then each group followed by its subgroups, each followed by its codes', () => {
    expect(catalog.offered[0]).toMatchObject({ id: 'all', kind: 'all', ratePer: 1000, firstYear: '2012/13', lastYear: '2022/23' });
    expect(catalog.offered.slice(1, 4).map((entry) => entry.id)).toEqual(['group:violence-against-the-person', 'subgroup:homicide', '1']);
    let group: string | undefined;
    let subgroup: string | undefined;
    for (const entry of catalog.offered.slice(1)) {
      if (entry.kind === 'group') {
        group = entry.name;
        subgroup = undefined;
      } else if (entry.kind === 'subgroup') {
        expect(entry.group).toBe(group);
        subgroup = entry.name;
      } else {
        expect([entry.group, entry.subgroup]).toEqual([group, subgroup]);
      }
    }
  });

  it('round-trips every offered id through parseOffenceId, in any case, and gives each its own file', () => {
    for (const { id } of catalog.offered) {
      expect(parseOffenceId(id.toUpperCase())).toBe(id);
      expect(parseOffenceId(id.toLowerCase())).toBe(id);
    }
    const stems = catalog.offered.map(({ id }) => offenceFileStem(id));
    expect(new Set(stems).size).toBe(stems.length);
    expect(stems.every((stem) => /^[a-z0-9][a-z0-9.-]*$/.test(stem))).toBe(true);
  });

  it('gives all offences and the groups rates per 1,000 people, subgroups and codes per 100,000', () => {
    const wrong = catalog.offered.filter((entry) => entry.ratePer !== (entry.kind === 'all' || entry.kind === 'group' ? 1000 : 100_000));
    expect(wrong).toEqual([]);
  });

  it('offers code 86 from 2012/13 to 2022/23, and code 28A only until 2016/17, when it became outcome only', () => {
    expect(catalog.offered.find((entry) => entry.id === '86')).toMatchObject({
      name: 'Obscene publications etc',
      firstYear: '2012/13',
      lastYear: '2022/23',
      ratePer: 100_000,
    });
    expect(catalog.offered.find((entry) => entry.id === '28A')).toMatchObject({ name: 'Burglary in a dwelling', firstYear: '2012/13', lastYear: '2016/17' });
    expect(catalog.offered.find((entry) => entry.id === '28A')?.note).toMatch(/outcomes only since 2013\/14/);
  });

  it('says where a code moved subgroup: 8L was counted under Violence without injury in 2012/13', () => {
    expect(catalog.offered.find((entry) => entry.id === '8L')).toMatchObject({
      subgroup: 'Stalking and harassment',
      note: 'counted under Violence without injury until 2012/13',
    });
  });

  it('does not offer the outcomes-only codes 12 and 8G, nor what is recorded nationally, and says why', () => {
    const reason = (id: string) => catalog.notOffered.find((entry) => entry.id === id)?.reason;
    expect(reason('12')).toEqual({ kind: 'outcomes-only' });
    expect(reason('8G')).toEqual({ kind: 'outcomes-only' });
    expect(reason('AF')).toEqual({ kind: 'recorded-nationally' });
    expect(reason('subgroup:fraud-cifas')).toEqual({ kind: 'recorded-nationally' });
    expect(reason('28I')).toEqual({ kind: 'part-year', year: '2023/24', quarters: 1 });
    expect(catalog.offered.some((entry) => catalog.notOffered.some((other) => other.id === entry.id))).toBe(false);
  });

  it('lists 2023/24 as a partial year of 1 quarter, and the bodies with no area that were left out', () => {
    expect(catalog.release.partialYears).toEqual([{ year: '2023/24', quarters: 1 }]);
    expect(catalog.release.years).toHaveLength(11);
    expect(catalog.release.leftOut).toContainEqual({ body: 'British Transport Police', rows: 5881 });
    expect(catalog.release.label).toBe('Home Office open data tables, 19 October 2023');
  });

  it('refuses a catalogue that lists an id twice or gives an id the wrong kind', () => {
    const twice = { ...catalog, offered: [...catalog.offered, catalog.offered[1]!] };
    expect(offenceCatalogSchema.safeParse(twice).success).toBe(false);
    const wrongKind = { ...catalog, offered: [{ ...catalog.offered[1]!, kind: 'code' }, ...catalog.offered.slice(2)] };
    expect(offenceCatalogSchema.safeParse(wrongKind).success).toBe(false);
  });
});
