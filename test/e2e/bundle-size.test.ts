import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers';

/** Byte budgets are deterministic, so the suite checks them on the built app (npm test builds it first). */
const dist = path.join(projectRoot, 'dist');
const gzip = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;

/** The chunks a chunk imports statically (they load with it). */
function staticImports(file: string): string[] {
  const code = readFileSync(path.join(dist, file), 'utf8');
  const found = [...code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)].map((match) => path.join(path.dirname(file), match[1]!));
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

describe('bytes of the built app (gzip)', () => {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module" crossorigin src="\.\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1];
  // The entry loads MapLibre's chunk with a dynamic import("./map-view-….js").
  const mapViewName = entry && existsSync(path.join(dist, entry)) ? /\.\/(map-view-[\w-]+\.js)/.exec(readFileSync(path.join(dist, entry), 'utf8'))?.[1] : undefined;
  const maplibreChunk = mapViewName ? `assets/${mapViewName}` : '';

  it('finds the entry and the MapLibre chunk it loads for the first frame', () => {
    expect(entry).toBeDefined();
    expect(maplibreChunk).toMatch(/^assets\/map-view-.*\.js$/);
    expect(gzip(maplibreChunk)).toBeGreaterThan(200 * 1024); // it is MapLibre: about 290 KB
  });

  it('loads at most 50 KB of its own JavaScript before the first frame (MapLibre aside)', () => {
    const firstFrame = withStaticImports([entry!, maplibreChunk]);
    firstFrame.delete(maplibreChunk);
    const total = [...firstFrame].reduce((sum, file) => sum + gzip(file), 0);
    expect(total).toBeLessThanOrEqual(50 * 1024);
  });

  it('keeps export, import, ZIP and charts out of the first load', () => {
    const firstFrame = withStaticImports([entry!, maplibreChunk]);
    const code = [...firstFrame].filter((file) => file !== maplibreChunk).map((file) => readFileSync(path.join(dist, file), 'utf8')).join('\n');
    // fflate (ZIP), the import report and the profile chart are loaded on demand.
    expect(code).not.toContain('invalid zip data');
    expect(code).not.toContain('Sum the chosen offences');
    expect(code).not.toContain('Rate per 100,000 people by year. In');
  });

  it('keeps the boundary TopoJSON within 35 KB', () => {
    expect(gzip('generated/pfa.topo.json')).toBeLessThanOrEqual(35 * 1024);
  });
});
