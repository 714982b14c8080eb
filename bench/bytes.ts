import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** The built files by role, with their gzip sizes: what the budgets are about. */
export function builtFiles(dist: string): { file: string; role: string; gzip: number }[] {
  const assets = readdirSync(path.join(dist, 'assets'));
  const role = (file: string): string => {
    if (file.startsWith('maplibre-gl-worker')) return 'maplibre worker';
    if (file.startsWith('map-view') && file.endsWith('.js')) return 'maplibre';
    if (file.startsWith('map-view') && file.endsWith('.css')) return 'maplibre CSS';
    if (file.endsWith('.css')) return 'CSS';
    if (file.startsWith('import-worker')) return 'import worker';
    return 'app JS';
  };
  return [
    ...assets.map((file) => ({ file: `assets/${file}`, role: role(file), gzip: gzipBytes(path.join(dist, 'assets', file)) })),
    { file: 'generated/pfa.topo.json', role: 'TopoJSON', gzip: gzipBytes(path.join(dist, 'generated', 'pfa.topo.json')) },
    ...['datasets', 'offences'].flatMap((dir) =>
      readdirSync(path.join(dist, 'generated', dir)).map((file) => ({ file: `generated/${dir}/${file}`, role: 'data', gzip: gzipBytes(path.join(dist, 'generated', dir, file)) })),
    ),
    { file: 'generated/population.json', role: 'data', gzip: gzipBytes(path.join(dist, 'generated', 'population.json')) },
    { file: 'index.html', role: 'HTML', gzip: gzipBytes(path.join(dist, 'index.html')) },
  ];
}
