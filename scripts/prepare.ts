/**
 * Runs before start, dev, build and test: rebuilds the app's served files
 * (npm run data) when one is missing or older than any committed input,
 * scripts included, so a fresh clone and an edited file both just work.
 * The inputs are all committed: the raw sources are read only by
 * npm run data:refresh.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { committedTopologyPath, generatedDir, projectRoot } from '../geo/paths';

/** The files under a folder of the project, at any depth. */
const filesIn = (dir: string): string[] =>
  readdirSync(path.join(projectRoot, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));

const inputs = [
  committedTopologyPath,
  ...['data', 'geo', 'src/datasets', 'src/forces', 'src/ingest', 'src/format'].flatMap(filesIn),
  ...['src/app/boundaries.ts', 'src/state/place-slugs.ts', 'scripts/prepare.ts'].map((file) => path.join(projectRoot, file)),
];
// offences/index.json is written last, so it stands for a build that went through.
const outputs = ['pfa.topo.json', 'population.json', 'datasets/nspcc-foi.json', 'offences/index.json'].map((file) => path.join(generatedDir, file));

const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : undefined);
const outputTimes = outputs.map(mtime);
const oldestOutput = outputTimes.includes(undefined) ? -Infinity : Math.min(...(outputTimes as number[]));
// A missing input is the build script's to report, with what to do about it.
const newestInput = Math.max(...inputs.map((file) => mtime(file) ?? Infinity));
if (newestInput > oldestOutput) {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'data/build-datasets.ts')], { stdio: 'inherit', cwd: projectRoot });
  } catch (error) {
    // The build has said what went wrong and what to do; a stack trace here would only bury it.
    process.exit((error as { status?: number }).status ?? 1);
  }
}
