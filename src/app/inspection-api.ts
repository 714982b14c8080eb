import type { ChoroplethMap, MapInspection } from '../views/choropleth-map';

/** What the browser tests and the benchmark may ask of the page (read-only). */
export interface InspectionApi extends MapInspection {
  /** Where [lon, lat] falls in an exported picture of the current view, at 1×. */
  exportPointOf(point: [number, number]): Promise<[number, number] | null>;
}

declare global {
  interface Window {
    pfaAtlas?: InspectionApi;
  }
}

export function installInspectionApi(map: ChoroplethMap, exportPointOf: InspectionApi['exportPointOf']): void {
  window.pfaAtlas = { ...map.inspection, exportPointOf };
}
