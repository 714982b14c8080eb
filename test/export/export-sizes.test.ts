import { describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/i18n/language';
import { pictureSize, sizedPicture, smallMultiplesFrame } from '../../src/export/export-sizes';
import { renderSvgMap, type SvgMapInput } from '../../src/export/svg-map';
import { renderSmallMultiples } from '../../src/export/small-multiples';
import { allFeatures, expectNothingOverlaps, exportModelFor } from './picture-fixture';

const model = exportModelFor({ region: 'South West', force: 'E23000039' });
const picture = model.picture(model.yearIndex);
/** What the screen showed: a view a little wider than the region. */
const SCREEN_EXTENT: SvgMapInput['extent'] = [
  [-7, 49.8],
  [-0.9, 52.2],
];
const screen = (width: number, extent = SCREEN_EXTENT): SvgMapInput => ({ ...picture, features: allFeatures, extent, width });
const SCREEN = pictureSize('screen');

describe('sizedPicture: the screen’s picture, whatever the screen', () => {
  it('keeps the screen’s width and view when the map is on screen', () => {
    const sized = sizedPicture(screen(760), SCREEN);
    expect(sized.input).toMatchObject({ width: 760, extent: SCREEN_EXTENT });
    expect(sized.adjustment).toBeUndefined();
  });

  it('in the table view (the map hidden: width 0, its view collapsed to a point) draws the view’s bounds 900 px wide, and says so', () => {
    const hidden = screen(0, [
      [-3, 51],
      [-3, 51],
    ]);
    expect(() => renderSvgMap(hidden)).toThrow();
    const sized = sizedPicture(hidden, SCREEN);
    expect(sized.input).toMatchObject({ width: 900, extent: picture.bounds });
    expect(sized.adjustment).toBe('the map is not on screen, so it is drawn 900 px wide');
    const map = renderSvgMap(sized.input);
    expect(map.width).toBe(900);
    expectNothingOverlaps(map.svg, map);
  });

  it('says why in Welsh on the Welsh page, with the same widths', async () => {
    await useLanguage('cy', () => import('../../src/i18n/cy'));
    try {
      expect(sizedPicture(screen(300), SCREEN).adjustment).toBe('mae’r map yn 300 px o led ar y sgrin, felly caiff ei luniadu 480 px o led');
      expect(
        sizedPicture(
          screen(0, [
            [-3, 51],
            [-3, 51],
          ]),
          SCREEN,
        ).adjustment,
      ).toBe('nid yw’r map ar y sgrin, felly caiff ei luniadu 900 px o led');
    } finally {
      await useLanguage('en', () => import('../../src/i18n/cy'));
    }
  });

  it('on a narrow screen (a map 300 px wide) draws 480 px wide, and says so', () => {
    expect(() => renderSvgMap(screen(300))).toThrow(/too small/);
    const sized = sizedPicture(screen(300), SCREEN);
    expect(sized.input).toMatchObject({ width: 480, extent: SCREEN_EXTENT });
    expect(sized.adjustment).toBe('the map is 300 px wide on screen, so it is drawn 480 px wide');
    const map = renderSvgMap(sized.input);
    expect(map.width).toBe(480);
    expectNothingOverlaps(map.svg, map);
  });

  it('a preset ignores the screen: its frame, the view’s bounds', () => {
    const sized = sizedPicture(screen(0), pictureSize('portrait'));
    expect(sized.input).toMatchObject({ width: 1080, height: 1350, extent: picture.bounds });
    expect(sized.adjustment).toBeUndefined();
  });
});

describe('smallMultiplesFrame', () => {
  it('takes the screen map’s width, at least 480 px, or 900 px when the map is hidden; a preset’s frame', () => {
    expect(smallMultiplesFrame(760, SCREEN)).toEqual({ width: 760 });
    expect(smallMultiplesFrame(300, SCREEN)).toEqual({ width: 480 });
    expect(smallMultiplesFrame(0, SCREEN)).toEqual({ width: 900 });
    expect(smallMultiplesFrame(0, pictureSize('square'))).toEqual({ width: 1080, height: 1080, minTextSize: 16 });
    const narrow = renderSmallMultiples(model, allFeatures, smallMultiplesFrame(300, SCREEN));
    expectNothingOverlaps(narrow.svg, narrow);
  });
});
