import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BYTE_BUDGETS_KB } from '../../bench/budgets';
import { COMPILE_HINT } from '../../build/compile-hints';
import { projectRoot } from '../helpers';

/** Byte budgets are deterministic, so the suite checks them on the built app (npm test builds it first). */
const dist = path.join(projectRoot, 'dist');
const gzip = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

/** The chunks a chunk imports statically (`import"./x.js"`, `from"./x.js"`): they load with it. A dynamic `import("./x.js")` does not. */
function staticImports(file: string): string[] {
  const found = [...read(file).matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)].map((match) => path.posix.join(path.posix.dirname(file), match[1]!));
  return [...new Set(found)];
}

function withStaticImports(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  entries.forEach(visit);
  return seen;
}

/** The files the first coloured frame needs besides the page's code: the boundaries, the population and the default series (offence code 86). */
const FIRST_FRAME_DATA = ['generated/pfa.topo.json', 'generated/population.json', 'generated/offences/code-86.json'];

/**
 * Strings only the on-demand parts contain. Each is checked to be in the
 * build (so that its absence from the first load means something) and
 * absent from the code loaded before the first frame.
 */
const LAZY_MARKERS: [part: string, marker: string][] = [
  ['the ZIP writer (fflate)', 'invalid zip data'],
  ['the SVG export', 'composePicture: width'],
  ['the PNG export', 'The picture is too large for this browser at'],
  ['the import report', 'Sum the chosen offences'],
  ['the profile chart (d3-axis)', 'tickSizeOuter'],
  ['MapLibre', 'maplibre_preloaded_worker_pool'],
];

describe('bytes of the built app (gzip)', () => {
  const html = read('index.html');
  const htmlScripts = [...html.matchAll(/<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const htmlStyles = [...html.matchAll(/<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)"/g)].map((match) => match[1]!);
  const entry = htmlScripts.find((file) => /^assets\/main-[\w-]+\.js$/.test(file));
  // Everything the page's <script> tags load, with what they import statically: the JS before the first coloured frame.
  const firstFrameJs = withStaticImports(htmlScripts);
  const chunks = readdirSync(path.join(dist, 'assets'))
    .filter((file) => file.endsWith('.js') || file.endsWith('.mjs'))
    .map((file) => `assets/${file}`);
  const maplibreChunk = chunks.find((file) => read(file).includes('maplibre_preloaded_worker_pool') && !file.includes('worker'));
  const jsBytes = [...firstFrameJs].reduce((sum, file) => sum + gzip(file), 0);

  it('finds the entry chunk, which is all the JS the page starts with', () => {
    expect(entry, `no <script src="./assets/main-….js"> in dist/index.html; scripts: ${htmlScripts.join(', ')}`).toBeDefined();
    // The other <script> tags vite writes are the entry's own static imports, fetched early.
    expect(withStaticImports([entry!])).toEqual(firstFrameJs);
  });

  it('leaves MapLibre out of the first frame: its chunk is imported only dynamically', () => {
    expect(maplibreChunk).toMatch(/^assets\/map-view-[\w-]+\.js$/);
    expect(gzip(maplibreChunk!)).toBeGreaterThan(200 * 1024); // it is MapLibre: about 290 KB
    expect([...firstFrameJs]).not.toContain(maplibreChunk);
  });

  // The budget was 50 KB while MapLibre (then 290 KB) loaded for the first frame but was left out
  // of the count, and the SVG map was not in it: see bench/budgets.ts.
  it(`loads at most ${BYTE_BUDGETS_KB.firstFrameJs} KB of JavaScript before the first coloured frame`, () => {
    console.log(`JS before the first coloured frame: ${kb(jsBytes)} (${jsBytes} bytes gzip) in ${[...firstFrameJs].sort().join(', ')}`);
    expect(jsBytes).toBeLessThanOrEqual(BYTE_BUDGETS_KB.firstFrameJs * 1024);
  });

  it(`loads at most ${BYTE_BUDGETS_KB.firstFrameAll} KB in all before the first coloured frame (issue 14)`, () => {
    expect(htmlStyles.length).toBeGreaterThan(0);
    for (const file of FIRST_FRAME_DATA) expect(existsSync(path.join(dist, file)), `${file} is missing from dist/`).toBe(true);
    const parts: [string, number][] = [
      ['index.html', gzip('index.html')],
      ['JS', jsBytes],
      ['CSS', htmlStyles.reduce((sum, file) => sum + gzip(file), 0)],
      ...FIRST_FRAME_DATA.map((file): [string, number] => [file, gzip(file)]),
    ];
    const total = parts.reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(
      `Everything before the first coloured frame: ${kb(total)} (${total} bytes gzip): ${parts.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`,
    );
    expect(total).toBeLessThanOrEqual(BYTE_BUDGETS_KB.firstFrameAll * 1024);
  });

  it('marks the first load’s chunks, and only those, for eager compilation', () => {
    const hinted = chunks.filter((file) => read(file).startsWith(COMPILE_HINT));
    expect(new Set(hinted)).toEqual(firstFrameJs);
  });

  it.each(LAZY_MARKERS)('keeps %s out of the first load', (_part, marker) => {
    expect(
      chunks.some((file) => read(file).includes(marker)),
      `"${marker}" is in no chunk of the build: pick a string the part still contains`,
    ).toBe(true);
    const firstLoad = [...firstFrameJs].filter((file) => read(file).includes(marker));
    expect(firstLoad).toEqual([]);
  });

  it(`keeps the boundary TopoJSON within ${BYTE_BUDGETS_KB.topojson} KB`, () => {
    expect(gzip('generated/pfa.topo.json')).toBeLessThanOrEqual(BYTE_BUDGETS_KB.topojson * 1024);
  });
});
