import { describe, expect, it } from 'vitest';
import { pictureSize, sizedPicture } from '../../src/export/export-sizes';
import { renderSmallMultiples } from '../../src/export/small-multiples';
import { renderSvgMap, type SvgMapInput } from '../../src/export/svg-map';
import { tileLayoutSchema, type TileLayer } from '../../src/geography/tile-layout';
import type { AppState } from '../../src/state/app-state';
import { forceTable, readProjectFile } from '../helpers';
import { allFeatures, exportModelFor, nspcc } from './picture-fixture';
import { svgStructure } from './svg-structure';

/**
 * Golden pictures: five exported SVGs compared with their committed
 * structure (test/export/golden/, one element a line, numbers rounded).
 * After a change that is meant to alter them, `npm run golden:update`
 * writes them again; read the diff before committing it.
 */

const DORSET = 'E23000039';
const tiles: TileLayer = { layout: tileLayoutSchema.parse(JSON.parse(readProjectFile('geo/pfa-tiles.json'))), names: forceTable.byCode };

/** The year in view as the screen's picture, 900 px wide, or in a preset frame. */
function picture(state: Partial<AppState>, options: { dataset?: typeof nspcc; size?: 'social-card'; tiles?: TileLayer } = {}): string {
  const model = exportModelFor(state, options.dataset);
  const shown = model.picture(model.yearIndex);
  const screen: SvgMapInput = { ...shown, features: allFeatures, extent: shown.bounds, width: 900, ...(options.tiles ? { tiles: options.tiles } : {}) };
  return renderSvgMap(sizedPicture(screen, pictureSize(options.size ?? 'screen')).input).svg;
}

const golden = (name: string) => `./golden/${name}.svg.txt`;

describe('golden pictures: the structure of five exported SVGs', () => {
  it('the default map: code 86 rates, 2022/23, England and Wales', async () => {
    await expect(svgStructure(picture({}))).toMatchFileSnapshot(golden('default-map'));
  });

  it('the Dorset story: NSPCC figures, 2020/21, the South West, Dorset chosen', async () => {
    await expect(svgStructure(picture({ year: '2020/21', region: 'South West', force: DORSET }, { dataset: nspcc }))).toMatchFileSnapshot(
      golden('dorset-story'),
    );
  });

  it('the tile map as a social card, 1200 × 675, the South West, Dorset chosen', async () => {
    await expect(svgStructure(picture({ view: 'tiles', region: 'South West', force: DORSET }, { size: 'social-card', tiles }))).toMatchFileSnapshot(
      golden('tiles-social-card'),
    );
  });

  it('small multiples: every year of the default map, 900 px wide', async () => {
    await expect(svgStructure(renderSmallMultiples(exportModelFor({}), allFeatures, { width: 900 }).svg)).toMatchFileSnapshot(golden('small-multiples'));
  });

  it('a change map: code 86, change from the previous year, 2022/23', async () => {
    await expect(svgStructure(picture({ measure: 'change-previous', year: '2022/23' }))).toMatchFileSnapshot(golden('change-map'));
  });
});
