/**
 * npm run data: the datasets the app ships, as validated JSON in
 * public/generated/ (not committed).
 * - ho-code-86: Home Office offence code 86, summed from quarters to
 *   financial years out of ../shared/data (the 2023/24 part-year left out);
 * - nspcc-foi: data/nspcc-foi-figures.csv, with the published totals of
 *   data/nspcc-published-totals.csv as annotations;
 * - population.json: data/population.csv.
 * Any row that does not validate stops the build: shipped data must be clean.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { forcesCsvPath, generatedDir, projectRoot } from '../geo/paths';
import { datasetMetaSchema, datasetSchema, type Dataset, type DatasetMeta } from '../src/datasets/dataset';
import type { Population } from '../src/datasets/population';
import { parseForceTable } from '../src/forces/force-table';
import { createForceNameResolver } from '../src/forces/resolve-force-name';
import { validateFigureRows } from '../src/ingest/figure-rows';
import { aggregateHomeOfficeTable } from '../src/ingest/home-office-table';
import type { IngestReport } from '../src/ingest/ingest-report';
import { parseDelimited, type DelimitedRow } from '../src/ingest/parse-delimited';
import { homeOfficeTablePath } from './paths';

// zod/mini leaves messages out unless a locale is loaded; a build script can afford English.
z.config(z.locales.en());

const resolver = createForceNameResolver(parseForceTable(readFileSync(forcesCsvPath, 'utf8')));
const metas = z.array(datasetMetaSchema).parse(JSON.parse(readFileSync(path.join(projectRoot, 'data', 'datasets.json'), 'utf8')));
const metaOf = (id: string): DatasetMeta => {
  const meta = metas.find((candidate) => candidate.id === id);
  if (!meta) throw new Error(`data/datasets.json has no dataset "${id}"`);
  return meta;
};
const readData = (name: string) => parseDelimited(readFileSync(path.join(projectRoot, 'data', name), 'utf8'));

function records(rows: DelimitedRow[]): { line: number; field: (column: string) => string }[] {
  const [header, ...body] = rows;
  const columns = header?.fields ?? [];
  return body.map((row) => ({ line: row.line, field: (column) => row.fields[columns.indexOf(column)] ?? '' }));
}

function failOnErrors(name: string, report: IngestReport): void {
  if (report.errors.length === 0) return;
  const lines = report.errors.map((error) => `  line ${error.line}: ${error.message}`);
  throw new Error(`${name}: ${report.errors.length} row(s) rejected:\n${lines.join('\n')}`);
}

function buildHomeOfficeCode86(): Dataset {
  const rows = parseDelimited(readFileSync(homeOfficeTablePath, 'utf8'));
  const figures = aggregateHomeOfficeTable(rows, (offence) => offence.code === '86', resolver);
  failOnErrors(homeOfficeTablePath, figures.report);
  const { report } = figures;
  console.log(
    `data: ho-code-86: ${report.rowsRead} rows read, ${report.rowsUsed} used (offence code 86), ` +
      `${report.setAside['offence-not-selected']} other offences, ${report.setAside['no-area']} code-86 rows of bodies with no area ` +
      `(${Object.entries(report.noAreaBodies).map(([body, n]) => `${body} ${n}`).join(', ')}); ` +
      `partial years left out: ${figures.partialYears.map((p) => `${p.year} (${p.quarters} of 4 quarters)`).join(', ') || 'none'}`,
  );
  return datasetSchema.parse({
    meta: metaOf('ho-code-86'),
    years: figures.years,
    partialYears: figures.partialYears,
    sources: [{ release: 'Home Office open data tables, 19 October 2023', url: metaOf('ho-code-86').sourceUrl }],
    observations: figures.observations,
  });
}

function buildNspcc(): Dataset {
  const sources: { release: string; url: string }[] = [];
  const sourceIndex = (release: string, url: string) => {
    let index = sources.findIndex((source) => source.release === release && source.url === url);
    if (index < 0) index = sources.push({ release, url }) - 1;
    return index;
  };
  const figureRows = records(readData('nspcc-foi-figures.csv')).map((record) => ({
    line: record.line,
    force: record.field('code'),
    year: record.field('year'),
    value: record.field('count'),
    source: sourceIndex(record.field('release'), record.field('source')),
    note: record.field('note'),
  }));
  const { observations, report } = validateFigureRows(figureRows, resolver);
  failOnErrors('data/nspcc-foi-figures.csv', report);
  const publishedTotals = records(readData('nspcc-published-totals.csv')).map((record) => ({
    area: record.field('area'),
    codes: record.field('codes').split(' ').filter(Boolean),
    firstYear: record.field('first_year'),
    lastYear: record.field('last_year'),
    value: Number(record.field('count')),
    lowerBound: record.field('precision') === 'more than',
    source: sourceIndex(record.field('release'), record.field('source')),
  }));
  const years = [...new Set(observations.map((observation) => observation.year))].sort();
  console.log(`data: nspcc-foi: ${report.rowsUsed} figures for ${new Set(observations.map((o) => o.code)).size} forces, ${years[0]} to ${years.at(-1)}; ${publishedTotals.length} published totals`);
  return datasetSchema.parse({ meta: metaOf('nspcc-foi'), years, sources, observations, publishedTotals });
}

function buildPopulation(): Population {
  const population: Population = { sources: [], byCode: {} };
  for (const record of records(readData('population.csv'))) {
    let source = population.sources.indexOf(record.field('source'));
    if (source < 0) source = population.sources.push(record.field('source')) - 1;
    (population.byCode[record.field('code')] ??= {})[record.field('mid_year')] = [Number(record.field('population')), source];
  }
  return population;
}

try {
  mkdirSync(path.join(generatedDir, 'datasets'), { recursive: true });
  for (const dataset of [buildHomeOfficeCode86(), buildNspcc()]) {
    writeFileSync(path.join(generatedDir, 'datasets', `${dataset.meta.id}.json`), JSON.stringify(dataset));
  }
  writeFileSync(path.join(generatedDir, 'population.json'), JSON.stringify(buildPopulation()));
} catch (error) {
  console.error(`data: ${(error as Error).message}`);
  process.exit(1);
}
