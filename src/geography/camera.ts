import type { LonLatBounds } from './boundaries';

/**
 * Where a map looks and how close, in Web Mercator, as MapLibre means it:
 * at zoom z the whole world is 512 · 2^z pixels wide. The SVG map and the
 * MapLibre map both place themselves by a camera from fitCamera, so that
 * they show exactly the same extent and one can stand in for the other
 * without a jump.
 */
export interface Camera {
  center: [lon: number, lat: number];
  zoom: number;
}

/** Space kept between the map's content and the edge of its frame, in CSS pixels. */
export const FIT_PADDING = 16;

const TILE_SIZE = 512;

/** Web Mercator's y for a latitude (radians of the projected plane). */
export function mercatorY(latitude: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
}

function latitudeOfMercatorY(y: number): number {
  return ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
}

/** Height over width of a box of longitudes and latitudes, as Web Mercator draws it. */
export function mercatorAspect([[west, south], [east, north]]: LonLatBounds): number {
  if (!(west < east && south < north) || south < -85 || north > 85) {
    throw new RangeError(`[[${west}, ${south}], [${east}, ${north}]] is not a west-south, east-north box`);
  }
  return (mercatorY(north) - mercatorY(south)) / (((east - west) * Math.PI) / 180);
}

/** Pixels per radian of the projected plane at a zoom: the d3 projection's scale. */
export function scaleOfZoom(zoom: number): number {
  return (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);
}

/** The camera that shows the bounds as large as a width × height frame allows, padding kept all round. */
export function fitCamera([[west, south], [east, north]]: LonLatBounds, width: number, height: number, padding = FIT_PADDING): Camera {
  const spanX = ((east - west) * Math.PI) / 180;
  const spanY = mercatorY(north) - mercatorY(south);
  const scale = Math.min(Math.max(1, width - 2 * padding) / spanX, Math.max(1, height - 2 * padding) / spanY);
  return {
    center: [(west + east) / 2, latitudeOfMercatorY((mercatorY(north) + mercatorY(south)) / 2)],
    zoom: Math.log2((scale * 2 * Math.PI) / TILE_SIZE),
  };
}
