/**
 * npm run data: the files the app serves, in public/generated/ (not
 * committed), made from the committed files only:
 * - pfa.topo.json: geo/pfa.topo.json, validated;
 * - offences/index.json and offences/<stem>.json: the Home Office series of
 *   data/home-office/, with the release facts of data/datasets.json;
 * - datasets/nspcc-foi.json: data/nspcc-foi-figures.csv, with the published
 *   totals of data/nspcc-published-totals.csv as annotations;
 * - population.json: data/population.csv.
 * Any row that does not validate stops the build, naming its file and line.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as z from 'zod/mini';
import { checkTopology } from '../geo/check-topology';
import { committedTopologyPath, datasetsJsonPath, forcesCsvPath, generatedDir, projectRoot } from '../geo/paths';
import { parseTopology } from '../src/geography/boundaries';
import { datasetSchema, type Dataset } from '../src/datasets/dataset';
import { offenceCatalogSchema, offenceFileStem, shippedDatasetFile } from '../src/datasets/offence-catalog';
import { shippedDatasetsSchema, type HomeOfficeFacts } from '../src/datasets/shipped-datasets';
import { populationSchema, type Population } from '../src/datasets/population';
import { parseForceTable } from '../src/ingest/forces-csv';
import { createForceNameResolver } from '../src/forces/resolve-force-name';
import { parseCsvRecords } from '../src/ingest/csv-records';
import { validateFigureRows } from '../src/ingest/figure-rows';
import { rowsWithErrors, type IngestReport } from '../src/ingest/ingest-report';
import { parseDelimited, type DelimitedRow } from '../src/ingest/parse-delimited';
import { homeOfficeDataset, seriesBreaks } from './home-office-datasets';
import { offenceCatalogOf, readHomeOfficeFiles } from './home-office-files';
import { releaseFactsOf, type HomeOfficeData } from './home-office-series';

// zod/mini leaves messages out unless a locale is loaded; a build script can afford English.
z.config(z.locales.en());

const readProjectFile = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const forceTable = parseForceTable(readFileSync(forcesCsvPath, 'utf8'));
const resolver = createForceNameResolver(forceTable);

function records(rows: DelimitedRow[]): { line: number; field: (column: string) => string }[] {
  const [header, ...body] = rows;
  const columns = header?.fields ?? [];
  return body.map((row) => ({ line: row.line, field: (column) => row.fields[columns.indexOf(column)] ?? '' }));
}

function failOnErrors(name: string, report: IngestReport): void {
  const count = rowsWithErrors(report);
  if (count === 0) return;
  const lines = report.errors.map((error) => `  line ${error.line}: ${error.message}`);
  throw new Error(`${name}: ${count} row(s) rejected${count > report.errors.length ? ` (the first ${report.errors.length} listed)` : ''}:\n${lines.join('\n')}`);
}

/** The release data/home-office/ was made from must be the one data/datasets.json describes. */
function checkSameRelease(data: HomeOfficeData, facts: HomeOfficeFacts): void {
  const expected = releaseFactsOf(facts);
  for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
    if (data.release[key] !== expected[key]) {
      throw new Error(
        `data/home-office/release.json has ${key} "${data.release[key]}" where data/datasets.json has "${expected[key]}": ` +
          'the committed figures are of another release. Run npm run data:refresh with the release’s table.',
      );
    }
  }
}

function buildNspcc(facts: Dataset['meta']): Dataset {
  const sources: { release: string; url: string }[] = [];
  const sourceIndex = (release: string, url: string) => {
    let index = sources.findIndex((source) => source.release === release && source.url === url);
    if (index < 0) index = sources.push({ release, url }) - 1;
    return index;
  };
  const figureRows = records(parseDelimited(readProjectFile('data/nspcc-foi-figures.csv'))).map((record) => ({
    line: record.line,
    force: record.field('code'),
    year: record.field('year'),
    value: record.field('count'),
    source: sourceIndex(record.field('release'), record.field('source')),
    note: record.field('note'),
  }));
  const { observations, report } = validateFigureRows(figureRows, resolver);
  failOnErrors('data/nspcc-foi-figures.csv', report);
  const publishedTotals = records(parseDelimited(readProjectFile('data/nspcc-published-totals.csv'))).map((record) => ({
    area: record.field('area'),
    codes: record.field('codes').split(' ').filter(Boolean),
    firstYear: record.field('first_year'),
    lastYear: record.field('last_year'),
    value: Number(record.field('count')),
    lowerBound: record.field('precision') === 'more than',
    source: sourceIndex(record.field('release'), record.field('source')),
  }));
  const years = [...new Set(observations.map((observation) => observation.year))].sort();
  return datasetSchema.parse({ meta: facts, years, sources, observations, publishedTotals });
}

const populationRowSchema = z.object({
  code: z.string().check(z.refine((code) => forceTable.byCode.has(code), 'not a force of data/forces.csv')),
  mid_year: z.string().check(z.regex(/^\d{4}$/, 'a year such as 2016')),
  population: z.string().check(z.regex(/^[1-9]\d*$/, 'a whole number of people')),
  source: z.string().check(z.minLength(1)),
});

function buildPopulation(): Population {
  const population: Population = { sources: [], byCode: {} };
  for (const { record } of parseCsvRecords(readProjectFile('data/population.csv'), 'data/population.csv', ['code', 'mid_year', 'population', 'source'], populationRowSchema)) {
    let source = population.sources.indexOf(record.source);
    if (source < 0) source = population.sources.push(record.source) - 1;
    (population.byCode[record.code] ??= {})[record.mid_year] = [Number(record.population), source];
  }
  return populationSchema.parse(population);
}

function buildTopology(): string {
  const text = readFileSync(committedTopologyPath, 'utf8');
  try {
    checkTopology(parseTopology(JSON.parse(text)), forceTable);
  } catch (error) {
    throw new Error(`geo/pfa.topo.json: ${error instanceof z.core.$ZodError ? z.prettifyError(error) : (error as Error).message}`);
  }
  return text;
}

function main(): void {
  const started = performance.now();
  const shipped = shippedDatasetsSchema.parse(JSON.parse(readFileSync(datasetsJsonPath, 'utf8')));
  const facts = shipped['home-office'];
  const homeOffice = readHomeOfficeFiles(readProjectFile, forceTable.forces.map((force) => force.code));
  checkSameRelease(homeOffice, facts);
  const outputs = new Map<string, string>([
    ['pfa.topo.json', buildTopology()],
    ['population.json', JSON.stringify(buildPopulation())],
    [shippedDatasetFile(shipped['nspcc-foi'].id), JSON.stringify(buildNspcc(shipped['nspcc-foi']))],
  ]);
  let largest = { file: '', gzip: 0 };
  const breaks = seriesBreaks(homeOffice.series, homeOffice.release.years);
  for (const series of homeOffice.series) {
    if (!series.figures) continue;
    const file = `offences/${offenceFileStem(series.entry.id)}.json`;
    const json = JSON.stringify(homeOfficeDataset(facts, homeOffice.release, series, breaks));
    const gzip = gzipSync(json).length;
    if (gzip > largest.gzip) largest = { file, gzip };
    outputs.set(file, json);
  }
  // Written last: scripts/prepare.ts takes it as the sign that the build went through.
  outputs.set('offences/index.json', JSON.stringify(offenceCatalogSchema.parse(offenceCatalogOf(homeOffice))));

  rmSync(generatedDir, { recursive: true, force: true });
  for (const [file, text] of outputs) {
    mkdirSync(path.dirname(path.join(generatedDir, file)), { recursive: true });
    writeFileSync(path.join(generatedDir, file), text);
  }
  console.log(
    `data: ${outputs.size} files in public/generated/ in ${Math.round(performance.now() - started)} ms; ` +
      `${outputs.size - 4} Home Office series (largest ${largest.file}, ${(largest.gzip / 1024).toFixed(1)} KB gzip)`,
  );
}

try {
  main();
} catch (error) {
  console.error(`data: ${(error as Error).message}`);
  process.exit(1);
}
