import { describe, expect, it } from 'vitest';
import { shippedDatasetFile } from '../../src/datasets/offence-ids';
import { DEFAULT_STATE } from '../../src/state/app-state';
import { figuresKeyOf } from '../../src/state/figures-key';
import { readProjectFile } from '../helpers';

/** The files index.html asks for before its script runs. */
function preloads(html: string): string[] {
  return [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous" \/>/g)].map((match) => match[1]!);
}

describe('index.html: what the first map needs is asked for with the page, not once the script has run', () => {
  it('preloads the boundaries, the population and the default view’s figures (which must stay in step with the default state)', () => {
    const defaultFigures = `generated/${shippedDatasetFile(figuresKeyOf(DEFAULT_STATE))}`;
    expect(defaultFigures).toBe('generated/offences/code-86.json');
    expect(preloads(readProjectFile('index.html'))).toEqual(['generated/pfa.topo.json', 'generated/population.json', defaultFigures]);
  });
});
