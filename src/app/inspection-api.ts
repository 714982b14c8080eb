import type { MapView } from '../views/map-view';

/**
 * A small read-only window onto what the map holds and shows, for the
 * browser tests and the benchmark: they check the pixels against the
 * colours the app meant to draw, which a screenshot alone cannot tell.
 */
export interface InspectionApi {
  /** The fill each force has in MapLibre's feature-state; null: hatched as not published. */
  renderedFills(): Record<string, string | null>;
  /** Colours of the canvas at these [lon, lat] points, as #rrggbb. */
  pixelsAt(points: [number, number][]): (string | null)[];
  /** Where [lon, lat] is on the page, in CSS pixels: for pointing at a force. */
  pagePointOf(point: [number, number]): { x: number; y: number };
  /** What the map shows, in degrees. */
  viewBounds(): { west: number; east: number; south: number; north: number };
  /** Forces dimmed because another region is in focus. */
  dimmedCodes(): string[];
  /** Polygons in the region outline layer's data (0 when no region is chosen). */
  regionOutlineCount(): number;
  /** Where [lon, lat] falls in an exported picture of the current view, at 1×. */
  exportPointOf(point: [number, number]): Promise<[number, number] | null>;
}

declare global {
  interface Window {
    pfaAtlas?: InspectionApi;
  }
}

export function installInspectionApi(mapView: MapView, codes: readonly string[], exportPointOf: InspectionApi['exportPointOf']): void {
  const map = mapView.map;
  window.pfaAtlas = {
    exportPointOf,
    renderedFills() {
      const fills: Record<string, string | null> = {};
      for (const code of codes) {
        const state = map.getFeatureState({ source: 'forces', id: code });
        fills[code] = state.published ? String(state.fill) : null;
      }
      return fills;
    },
    pixelsAt(points) {
      const canvas = map.getCanvas();
      const gl = canvas.getContext('webgl2');
      if (!gl) return points.map(() => null);
      const ratio = canvas.width / canvas.clientWidth;
      return points.map(([lon, lat]) => {
        const { x, y } = map.project([lon, lat]);
        const pixel = new Uint8Array(4);
        gl.readPixels(Math.round(x * ratio), Math.round(canvas.height - y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        return `#${[pixel[0], pixel[1], pixel[2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
      });
    },
    viewBounds() {
      const bounds = map.getBounds();
      return { west: bounds.getWest(), east: bounds.getEast(), south: bounds.getSouth(), north: bounds.getNorth() };
    },
    dimmedCodes() {
      return codes.filter((code) => map.getFeatureState({ source: 'forces', id: code }).dimmed === true);
    },
    regionOutlineCount() {
      return map.querySourceFeatures('region-outline').length > 0 ? 1 : 0;
    },
    pagePointOf([lon, lat]) {
      const { x, y } = map.project([lon, lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    },
  };
}
