/**
 * Runs before start, dev, build and test: regenerates the boundary topology
 * and the datasets when an output is missing or older than any input,
 * scripts included, so a fresh clone and an edited source both just work.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { homeOfficeTablePath } from '../data/paths';
import { boundariesPath, generatedDir, projectRoot, topologyPath } from '../geo/paths';

interface Step {
  name: string;
  script: string;
  inputs: string[];
  outputs: string[];
}

const inDir = (dir: string, ext: string) =>
  readdirSync(path.join(projectRoot, dir))
    .filter((file) => file.endsWith(ext))
    .map((file) => path.join(projectRoot, dir, file));

const steps: Step[] = [
  {
    name: 'geo',
    script: 'geo/build-topology.ts',
    inputs: [boundariesPath, ...inDir('data', 'forces.csv'), ...inDir('geo', '.ts'), ...inDir('src/forces', '.ts')],
    outputs: [topologyPath],
  },
  {
    name: 'data',
    script: 'data/build-datasets.ts',
    inputs: [homeOfficeTablePath, ...inDir('data', '.csv'), ...inDir('data', '.json'), ...inDir('data', '.ts'), ...inDir('src/ingest', '.ts'), ...inDir('src/datasets', '.ts'), ...inDir('src/forces', '.ts')],
    outputs: ['ho-code-86', 'nspcc-foi'].map((id) => path.join(generatedDir, 'datasets', `${id}.json`)).concat(path.join(generatedDir, 'population.json')),
  },
];

const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : undefined);

for (const step of steps) {
  const outputTimes = step.outputs.map(mtime);
  const oldestOutput = outputTimes.includes(undefined) ? -Infinity : Math.min(...(outputTimes as number[]));
  // A missing input is the build script's to report, with what to do about it.
  const newestInput = Math.max(...step.inputs.map((file) => mtime(file) ?? Infinity));
  if (newestInput <= oldestOutput) continue;
  try {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, step.script)], { stdio: 'inherit', cwd: projectRoot });
  } catch (error) {
    // The step has said what went wrong and what to do; a stack trace here would only bury it.
    process.exit((error as { status?: number }).status ?? 1);
  }
}
