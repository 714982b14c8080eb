import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseCsvRecords } from '../../src/ingest/csv-records';

z.config(z.locales.en());
const schema = z.object({ code: z.string().check(z.regex(/^E\d+$/, 'an ONS code')), count: z.string().check(z.regex(/^\d+$/, 'a whole number')) });

describe('parseCsvRecords', () => {
  it('gives each row validated, with its line', () => {
    expect(parseCsvRecords('code,count\nE1,5\n\n"E2","7"\n', 'data/x.csv', ['code', 'count'], schema)).toEqual([
      { line: 2, record: { code: 'E1', count: '5' } },
      { line: 4, record: { code: 'E2', count: '7' } },
    ]);
  });

  it('stops at the first bad row, naming the file, the line and what is wrong', () => {
    expect(() => parseCsvRecords('code,count\nE1,5\nE2,lots\n', 'data/x.csv', ['code', 'count'], schema)).toThrow(
      /^data\/x\.csv, line 3: [\s\S]*a whole number[\s\S]*count/,
    );
  });

  it('refuses a row with more or fewer fields than the header, and another header', () => {
    expect(() => parseCsvRecords('code,count\nE1,5,6\n', 'data/x.csv', ['code', 'count'], schema)).toThrow(
      'data/x.csv, line 2: 3 fields where the header has 2',
    );
    expect(() => parseCsvRecords('code,count\nE1\n', 'data/x.csv', ['code', 'count'], schema)).toThrow('data/x.csv, line 2: 1 fields where the header has 2');
    expect(() => parseCsvRecords('count,code\n5,E1\n', 'data/x.csv', ['code', 'count'], schema)).toThrow(
      'data/x.csv: expected the header "code,count", found "count,code"',
    );
  });
});
