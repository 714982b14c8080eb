import type { MultiPolygon, Polygon } from 'geojson';
import { mercatorY, scaleOfZoom, type Camera } from './camera';

/** Where the map's pixels are: a camera on a frame of this size. */
export interface MercatorView {
  camera: Camera;
  width: number;
  height: number;
}

/**
 * Web Mercator, as MapLibre draws it: [lon, lat] → pixels of a frame from
 * its top left corner. Straight lines between points, as MapLibre draws
 * them (no resampling along great circles), so the SVG map and MapLibre
 * agree point for point.
 */
export function mercatorProjection({ camera, width, height }: MercatorView): {
  project(point: readonly number[]): [number, number];
  invert(point: readonly [number, number]): [number, number];
} {
  const scale = scaleOfZoom(camera.zoom);
  const centreX = (camera.center[0] * Math.PI) / 180;
  const centreY = mercatorY(camera.center[1]);
  return {
    project: ([lon, lat]) => [width / 2 + ((lon! * Math.PI) / 180 - centreX) * scale, height / 2 - (mercatorY(lat!) - centreY) * scale],
    invert: ([x, y]) => [
      ((centreX + (x - width / 2) / scale) * 180) / Math.PI,
      ((2 * Math.atan(Math.exp(centreY - (y - height / 2) / scale)) - Math.PI / 2) * 180) / Math.PI,
    ],
  };
}

/** An SVG path of a polygon or multipolygon, to a tenth of a pixel: every ring closed, holes left to the even-odd rule. */
export function mercatorPath(geometry: Polygon | MultiPolygon, project: (point: readonly number[]) => [number, number]): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      ring.forEach((point, i) => {
        const [x, y] = project(point);
        d += `${i === 0 ? 'M' : 'L'}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
      });
      d += 'Z';
    }
  }
  return d;
}
