import { writeFileSync } from 'node:fs';
import { renderSvgMap } from '../src/export/svg-map.ts';
import { renderSmallMultiples } from '../src/export/small-multiples.ts';
import { tileLayoutSchema } from '../src/geography/tile-layout.ts';
import { forceTable, readProjectFile } from '../test/helpers.ts';
import { allFeatures, exportModelFor } from '../test/export/picture-fixture.ts';
const tiles = { layout: tileLayoutSchema.parse(JSON.parse(readProjectFile('geo/pfa-tiles.json'))), names: forceTable.byCode };
for (const [name, state, size] of [['ew-card', { view: 'tiles' }, { width: 1200, height: 675 }], ['sw-square', { view: 'tiles', region: 'South West', force: 'E23000039' }, { width: 1080, height: 1080 }], ['ew-screen', { view: 'tiles' }, { width: 900 }]] as const) {
  const m = exportModelFor(state as never);
  const p = m.picture(m.yearIndex);
  writeFileSync(`/tmp/tiles-exp/${name}.svg`, renderSvgMap({ ...p, features: allFeatures, tiles, extent: p.bounds, ...size, padding: 12 }).svg);
}
const m = exportModelFor({ view: 'tiles' } as never);
writeFileSync('/tmp/tiles-exp/sm.svg', renderSmallMultiples(m, allFeatures, { width: 1200 }, tiles).svg);
