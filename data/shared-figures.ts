/**
 * Pure conversions from the files in ../shared/data to the CSVs in data/.
 * Kept apart from the script that writes them so that a test can check the
 * committed CSVs still say exactly what the sources say.
 */
import { parseFinancialYear } from '../src/datasets/financial-year';
import type { ForceNameResolver } from '../src/forces/resolve-force-name';
import type { DelimitedRow } from '../src/ingest/parse-delimited';
import { parseFigure } from '../src/ingest/parse-figure';
import { csvText } from './csv-text';

const POPULATION_SOURCE_2012_2021 =
  'ONS mid-year population estimates (releases of June 2021 and December 2022), local authorities summed to police force areas; OGL v3.0';
const POPULATION_SOURCE_2022 = 'ONS mid-2022 population estimates by police force area, rounded to the nearest 100; OGL v3.0';

function recordsOf(rows: readonly DelimitedRow[]): { line: number; get: (column: string) => string }[] {
  const [header, ...body] = rows;
  if (!header) throw new Error('empty file');
  return body.map((row) => ({
    line: row.line,
    get: (column: string) => {
      const index = header.fields.indexOf(column);
      if (index < 0) throw new Error(`no column "${column}"`);
      return row.fields[index] ?? '';
    },
  }));
}

function codeOf(name: string, resolver: ForceNameResolver, line: number): string {
  const resolution = resolver.resolve(name);
  if (resolution.kind !== 'force') throw new Error(`line ${line}: "${name}" is not a police force area`);
  return resolution.force.code;
}

export function nspccFiguresCsv(rows: readonly DelimitedRow[], resolver: ForceNameResolver): string {
  const body = recordsOf(rows).map((record) => {
    const year = parseFinancialYear(record.get('year'));
    if (!year) throw new Error(`line ${record.line}: bad year "${record.get('year')}"`);
    return [codeOf(record.get('force'), resolver, record.line), record.get('force'), year, record.get('count'), record.get('release'), record.get('source'), record.get('note')];
  });
  return csvText(['code', 'force', 'year', 'count', 'release', 'source', 'note'], body);
}

/**
 * Published totals name their area in words: "South West (Avon and
 * Somerset; Devon and Cornwall; …)", "Wiltshire", or a list. The forces are
 * resolved to codes; an area whose forces the source did not list keeps an
 * empty list rather than a guess.
 */
function areaCodes(area: string, resolver: ForceNameResolver): string[] {
  const listed = /\(([^)]*)\)/.exec(area)?.[1] ?? area;
  const names = listed.split(';').map((name) => name.trim());
  const codes: string[] = [];
  for (const name of names) {
    const resolution = resolver.resolve(name);
    if (resolution.kind !== 'force') return [];
    codes.push(resolution.force.code);
  }
  return codes;
}

/**
 * A source as readers see it: a pointer into ../shared ("(see
 * ../seed/dorset-article.txt)") tells them nothing, so it is left out; the
 * publication it points at is named beside it.
 */
function readerFacingSource(source: string): string {
  return source.replace(/\s*\(see \.\.\/[^)]*\)/g, '');
}

export function nspccTotalsCsv(rows: readonly DelimitedRow[], resolver: ForceNameResolver): string {
  const body = recordsOf(rows).map((record) => {
    const [first, last = first] = record.get('period').split(/-(?=\d{4}\/)/);
    const firstYear = parseFinancialYear(first ?? '');
    const lastYear = parseFinancialYear(last ?? '');
    if (!firstYear || !lastYear) throw new Error(`line ${record.line}: bad period "${record.get('period')}"`);
    const area = record.get('area');
    return [
      area.replace(/\s*\(.*\)$/, ''),
      areaCodes(area, resolver).join(' '),
      firstYear,
      lastYear,
      record.get('count'),
      record.get('rounded').startsWith('yes') ? 'more than' : 'exact',
      record.get('release'),
      readerFacingSource(record.get('source')),
    ];
  });
  return csvText(['area', 'codes', 'first_year', 'last_year', 'count', 'precision', 'release', 'source'], body);
}

export function populationCsv(
  years2012To2021: readonly DelimitedRow[],
  rounded2022: readonly DelimitedRow[],
  resolver: ForceNameResolver,
): string {
  const body: (string | number)[][] = [];
  for (const record of recordsOf(years2012To2021)) {
    const code = codeOf(record.get('pfa_code'), resolver, record.line);
    for (let year = 2012; year <= 2021; year++) {
      body.push([code, year, Number(record.get(`pop_mid${year}`)), POPULATION_SOURCE_2012_2021]);
    }
  }
  for (const record of recordsOf(rounded2022)) {
    const figure = parseFigure(record.get('Population (mid 2022 estimate)'));
    if (figure.kind !== 'number') throw new Error(`line ${record.line}: bad population`);
    body.push([codeOf(record.get('Code'), resolver, record.line), 2022, figure.value, POPULATION_SOURCE_2022]);
  }
  body.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1]));
  return csvText(['code', 'mid_year', 'population', 'source'], body);
}
