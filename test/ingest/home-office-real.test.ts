import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { rawSources } from '../../data/sources';
import { importTable } from '../../src/ingest/import-table';
import type { ImportResult } from '../../src/ingest/import-result';
import { rowsRejected } from '../../src/ingest/ingest-report';
import { forceTable } from '../helpers';
import { VINTAGE_2017_18, withSources } from '../sources';

/**
 * The Home Office open-data tables as published, read from ../shared (or
 * PFA_SHARED_DIR; skipped without them, see ../sources.ts): the current one (32 MB, 2012/13 to 2023/24 Q1) and an
 * older vintage (2017/18 only, with figures padded by spaces and older
 * names). Expected figures are worked out here from the raw lines with a
 * plain split, not with the code under test.
 */
const DORSET = 'E23000039';
const CITY_OF_LONDON = 'E23000034';

function imported(text: string, codes: string[], onProgress?: (fraction: number) => void): ImportResult {
  const outcome = importTable(text, { offences: { codes } }, { forces: forceTable, ...(onProgress ? { onProgress } : {}) });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome;
}

/** Sums a force's quarters of an offence by splitting raw lines: year, quarter and force lead, code and count end each line. */
function rawSum(text: string, year: string, force: string, code: string): { sum: number; quarters: number } {
  let sum = 0;
  let quarters = 0;
  for (const line of text.split(/\r?\n/)) {
    const parts = line.split(',').map((part) => part.trim().replace(/^"|"$/g, ''));
    if (parts[0] === year && parts[2] === force && parts.at(-2) === code) {
      sum += Number(parts.at(-1));
      quarters++;
    }
  }
  return { sum, quarters };
}

const valueOf = (result: ImportResult, code: string, year: string) => result.observations.find((o) => o.code === code && o.year === year)?.value;

withSources(rawSources.homeOfficeTable).describe('the Home Office table 2012/13 to 2023/24 Q1 (32 MB)', () => {
  let text: string;
  let result: ImportResult;
  const progress: number[] = [];

  beforeAll(() => {
    text = readFileSync(rawSources.homeOfficeTable, 'utf8');
    result = imported(text, ['86'], (fraction) => progress.push(fraction));
  }, 60_000);

  it('is read as a Home Office table, every row accounted for and none in error', () => {
    expect(result.shape).toBe('home-office');
    expect(result.report.rowsRead).toBe(258_905);
    expect(result.report.rowsRead).toBe(result.report.rowsUsed + rowsRejected(result.report));
    expect(result.report.errors).toEqual([]);
    expect(result.report.rowsUsed).toBe(1935);
    expect(result.report.noAreaBodies).toEqual({ 'British Transport Police': 45 });
  });

  it('gives Dorset 278 offences of code 86 in 2017/18, as the raw rows sum to', () => {
    expect(rawSum(text, '2017/18', 'Dorset', '86')).toEqual({ sum: 278, quarters: 4 });
    expect(valueOf(result, DORSET, '2017/18')).toBe(278);
  });

  it('reports 2023/24 as partial (1 of 4 quarters) and leaves it out of the years', () => {
    expect(result.partialYears).toEqual([{ year: '2023/24', quarters: 1 }]);
    expect(result.years).not.toContain('2023/24');
    expect(result.years).toHaveLength(11);
    expect(result.observations.some((o) => o.year === '2023/24')).toBe(false);
    expect(result.dataset?.years).toEqual(result.years);
  });

  it('lists the offences with the float noise taken off their codes', () => {
    const codes = result.offences.map((offence) => offence.code);
    expect(codes).toContain('37.2');
    expect(codes).toContain('4.6');
    expect(codes.some((code) => /\d\.\d{6,}/.test(code))).toBe(false);
    expect(result.offences.find((offence) => offence.code === '86')?.description).toBe('Obscene publications etc');
  });

  it('selects the rows published as "37.200000000000003" by the code 37.2', () => {
    const lines = text.split('\n');
    const noisy = lines.filter((line) => line.includes('"37.200000000000003"'));
    expect(noisy).toHaveLength(176);
    const selected = imported([lines[0], ...noisy].join('\n'), ['37.2']);
    expect(selected.report.rowsUsed + selected.report.setAside['no-area']).toBe(176);
    expect(selected.report.setAside['offence-not-selected']).toBe(0);
  });

  it('reported progress all the way through', () => {
    expect(progress.length).toBeGreaterThan(20);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress.at(-1)).toBe(1);
  });
});

withSources(VINTAGE_2017_18).describe('the Home Office table for 2017/18 (an older vintage)', () => {
  let text: string;
  let result: ImportResult;

  beforeAll(() => {
    text = readFileSync(VINTAGE_2017_18, 'utf8');
    result = imported(text, ['86']);
  }, 30_000);

  it('is read whole despite the padded figures, none in error', () => {
    expect(result.report.rowsRead).toBe(23_068);
    expect(result.report.rowsRead).toBe(result.report.rowsUsed + rowsRejected(result.report));
    expect(result.report.errors).toEqual([]);
    expect(result.years).toEqual(['2017/18']);
    expect(result.partialYears).toEqual([]);
  });

  it("gives Dorset's code 86 figure for 2017/18 as its raw rows sum to", () => {
    const raw = rawSum(text, '2017/18', 'Dorset', '86');
    expect(raw).toEqual({ sum: 245, quarters: 4 });
    expect(valueOf(result, DORSET, '2017/18')).toBe(raw.sum);
  });

  it('resolves "London, City of" and "Devon and Cornwall", and all 43 forces', () => {
    expect(valueOf(result, CITY_OF_LONDON, '2017/18')).toBe(rawSum(text, '2017/18', 'London', '86').sum);
    expect(new Set(result.observations.map((o) => o.code)).size).toBe(43);
  });

  it('loses no line to one stray quote: every row is still read, and the quote is named', () => {
    const lines = text.split('\n');
    // Line 3 begins "2017/18,1,Avon and Somerset,…"; the next quote in the file opens a field on line 48.
    lines[2] = lines[2]!.replace('Avon and Somerset', '"Avon and Somerset');
    const stray = imported(lines.join('\n'), ['86']);
    expect(stray.report.rowsRead).toBe(23_068);
    expect(stray.report.errors).toEqual([]);
    expect(stray.warnings).toContain('line 3: a quote opens here and would close only on line 48, inside other text; it was read as a plain character');
    expect(valueOf(stray, DORSET, '2017/18')).toBe(245);
  });

  it('sets the fraud bodies aside as having no area on the map', () => {
    const fraud = importTable(text, { offences: { groups: ['Fraud offences'] } }, { forces: forceTable });
    if (!fraud.ok) throw new Error(fraud.error);
    expect(fraud.report.noAreaBodies).toMatchObject({ 'Action Fraud': 4, CIFAS: 4, 'Financial Fraud Action UK': 1, 'UK Finance': 3 });
    expect(fraud.report.errors).toEqual([]);
  });
});
