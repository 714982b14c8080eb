import type { LonLatBounds } from '../geography/boundaries';
import type { PictureFrame } from './compose-picture';
import type { SvgMapInput } from './svg-map';
import { panelWords } from '../i18n/panel-words';

/**
 * The frames a picture can be saved in: the screen's map (its width and
 * view), or a frame made for publishing, with the map fitted to what the
 * view shows (England and Wales, or the region in focus). Either is
 * drawn at 1, 2 or 4 times its pixels.
 */
/** Named in the Download panel by its id (i18n/panels-*.ts: download.sizes). */
export type PictureSize = { id: string } & ({ kind: 'screen' } | { kind: 'preset'; frame: Required<PictureFrame> });

/** No text in a picture made for publishing is under 16 px: a social card is mostly seen shrunk in a feed. */
const PRESET_MIN_TEXT = 16;

export const PICTURE_SIZES = [
  { id: 'screen', kind: 'screen' },
  { id: 'social-card', kind: 'preset', frame: { width: 1200, height: 675, minTextSize: PRESET_MIN_TEXT } },
  { id: 'square', kind: 'preset', frame: { width: 1080, height: 1080, minTextSize: PRESET_MIN_TEXT } },
  { id: 'portrait', kind: 'preset', frame: { width: 1080, height: 1350, minTextSize: PRESET_MIN_TEXT } },
] as const satisfies readonly PictureSize[];

export type PictureSizeId = (typeof PICTURE_SIZES)[number]['id'];

export function pictureSize(id: PictureSizeId): PictureSize {
  return PICTURE_SIZES.find((size) => size.id === id)!;
}

/** A screen picture narrower than this is drawn this wide: below it the title and legend would wrap line after line. */
const SCREEN_MIN_WIDTH = 480;
/** The width of a screen picture when the map is not on screen (table view): the screen's layout at a common width. */
const HIDDEN_MAP_WIDTH = 900;
/** Room kept round a fitted view inside the map, as the screen keeps it (FIT_PADDING), so outlines on its edge are whole. */
const FITTED_PADDING = 16;

/** One picture as it will be drawn: the renderer's input, and what was changed from the screen and why. */
export interface SizedPicture {
  input: SvgMapInput;
  /** Said to the reader when the screen could not be followed. */
  adjustment: string | undefined;
}

/**
 * The picture of the screen's map at a size: a preset fits the view's
 * bounds to its frame; the screen's own width and view are kept when they
 * can be drawn, and otherwise replaced, saying so: the map is hidden (the
 * table view) or not yet laid out, or narrower than SCREEN_MIN_WIDTH.
 */
export function sizedPicture(screen: SvgMapInput, size: PictureSize): SizedPicture {
  if (size.kind === 'preset') {
    return { input: { ...screen, extent: screen.bounds, padding: FITTED_PADDING, ...size.frame }, adjustment: undefined };
  }
  const { height: _height, ...input } = screen;
  if (!(screen.width > 0) || !isBox(screen.extent)) {
    return {
      input: { ...input, extent: screen.bounds, padding: FITTED_PADDING, width: HIDDEN_MAP_WIDTH },
      adjustment: panelWords().download.notOnScreen(HIDDEN_MAP_WIDTH),
    };
  }
  if (screen.width < SCREEN_MIN_WIDTH) {
    return {
      input: { ...input, width: SCREEN_MIN_WIDTH },
      adjustment: panelWords().download.narrowScreen(Math.round(screen.width), SCREEN_MIN_WIDTH),
    };
  }
  return { input, adjustment: undefined };
}

/** The frame of a grid of every year at a size: a preset's, or the screen map's width (within the same limits as one map). */
export function smallMultiplesFrame(screenWidth: number, size: PictureSize): PictureFrame {
  if (size.kind === 'preset') return size.frame;
  return { width: !(screenWidth > 0) ? HIDDEN_MAP_WIDTH : Math.max(SCREEN_MIN_WIDTH, Math.round(screenWidth)) };
}

/** A west-south, east-north box Web Mercator can draw; a hidden map's view collapses to a point. */
function isBox([[west, south], [east, north]]: LonLatBounds): boolean {
  return [west, south, east, north].every(Number.isFinite) && west < east && south < north && south > -85 && north < 85;
}
