import { describe, expect, it } from 'vitest';
import { parseForceTable } from '../../src/ingest/forces-csv';

describe('parseForceTable (data/forces.csv)', () => {
  it('rejects a bad row with its line number', () => {
    const csv = 'code,name,short,region,aliases\nE23000039,Dorset,Dorset,South West,\nX1,Nowhere,N,Atlantis,\n';
    expect(() => parseForceTable(csv)).toThrow(/line 3/);
  });

  it('rejects a code that appears twice', () => {
    const row = 'E23000039,Dorset,Dorset,South West,';
    expect(() => parseForceTable(`code,name,short,region,aliases\n${row}\n${row}\n`)).toThrow(/twice/);
  });
});
