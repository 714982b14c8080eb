import { t } from '../i18n/language';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import forcesCsv from '../../data/forces.csv?raw';
import datasetCatalog from '../../data/datasets.json';
import { datasetSchema, type Dataset } from '../datasets/dataset';
import type { OffenceCatalog } from '../datasets/offence-catalog';
import { shippedDatasetFile } from '../datasets/offence-ids';
import { shippedDatasetsSchema } from '../datasets/shipped-datasets';
import { HOME_OFFICE } from '../state/app-state';
import type { DatasetChoice } from '../view-model/controls-model';
import { populationSchema, type Population } from '../datasets/population';
import type { ForceTable } from '../forces/force-table';
import { parseForceTable } from '../ingest/forces-csv';
import { parseTopology, type ForceProperties } from '../geography/boundaries';
import type { CreateTileMap } from '../views/map-frame';
import * as z from 'zod/mini';
import homeOfficeReleaseJson from '../../data/home-office/release.json';

/** The shipped datasets, in the order the switcher lists them; the first is the default. */
const shipped = shippedDatasetsSchema.parse(datasetCatalog);
const homeOfficeRelease = z.object({ label: z.string(), years: z.array(z.string()).check(z.minLength(1)) }).parse(homeOfficeReleaseJson);
const homeOfficeYears = homeOfficeRelease.years;
export const SHIPPED_DATASETS: readonly DatasetChoice[] = [
  // The Figures control says which release the shipped series are from and how far they go: a newer release can be dropped on the import panel.
  {
    id: HOME_OFFICE,
    title: shipped['home-office'].title,
    cy: { title: shipped['home-office'].cy.title },
    release: { label: homeOfficeRelease.label, lastYear: homeOfficeYears[homeOfficeYears.length - 1]! },
  },
  { id: shipped['nspcc-foi'].id, title: shipped['nspcc-foi'].title, ...(shipped['nspcc-foi'].cy && { cy: { title: shipped['nspcc-foi'].cy.title } }) },
];

export const forceTable: ForceTable = parseForceTable(forcesCsv);

/** Fetches a generated file from the app's own origin and validates it. */
async function fetchJson<T>(path: string, parse: (json: unknown) => T): Promise<T> {
  const url = new URL(`generated/${path}`, document.baseURI);
  const response = await fetch(url);
  if (!response.ok) throw new Error(t().failure.serverAnswered(path, `${response.status} ${response.statusText}`));
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(t().failure.notJson(path));
  }
  try {
    return parse(json);
  } catch (error) {
    const detail = error instanceof z.core.$ZodError ? z.prettifyError(error) : String(error);
    throw new Error(t().failure.notInForm(path, detail));
  }
}

export const loadTopology = (): Promise<Topology> => fetchJson('pfa.topo.json', parseTopology);
export const loadPopulation = (): Promise<Population> => fetchJson('population.json', (json) => populationSchema.parse(json));

const datasetCache = new Map<string, Promise<Dataset>>();
export function loadShippedDataset(id: string): Promise<Dataset> {
  let dataset = datasetCache.get(id);
  if (!dataset) {
    dataset = fetchJson(shippedDatasetFile(id), (json) => datasetSchema.parse(json));
    // A failed load must be retryable, so it is not cached.
    dataset.catch(() => datasetCache.delete(id));
    datasetCache.set(id, dataset);
  }
  return dataset;
}

let catalog: Promise<OffenceCatalog> | undefined;
/** The Home Office series on offer and those not, for the offence picker and for checking a link's offence. */
export function loadOffenceCatalog(): Promise<OffenceCatalog> {
  catalog ??= import('../datasets/offence-catalog').then(({ offenceCatalogSchema }) =>
    fetchJson('offences/index.json', (json) => offenceCatalogSchema.parse(json)),
  );
  // A failed load must be retryable.
  catalog.catch(() => (catalog = undefined));
  return catalog;
}

/** The tile map's view and its layout (geo/pfa-tiles.json), loaded together the first time the tile map is asked for. */
export async function loadTileMap(forces: FeatureCollection<Polygon | MultiPolygon, ForceProperties>): Promise<CreateTileMap> {
  const [{ TileMapView }, { tileLayoutSchema }, layoutJson] = await Promise.all([
    import('../views/tile-map-view'),
    import('../geography/tile-layout'),
    import('../../geo/pfa-tiles.json'),
  ]);
  const layout = tileLayoutSchema.parse(layoutJson.default);
  return (container, events) => new TileMapView(container, layout, forceTable, forces, events);
}
