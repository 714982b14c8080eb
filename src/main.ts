import './styles/app.css';
import { forceFeatures } from './app/boundaries';
import { installInspectionApi } from './app/inspection-api';
import { forceTable, loadPopulation, loadShippedDataset, loadTopology, SHIPPED_DATASETS } from './app/load-app-data';
import { buildChoropleth } from './model/choropleth';
import { joinDataset } from './model/join';
import { MapView } from './views/map-view';

const ONS_ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2022.';

async function start(): Promise<void> {
  const [topology, population] = await Promise.all([loadTopology(), loadPopulation()]);
  const meta = SHIPPED_DATASETS[0]!;
  const dataset = await loadShippedDataset(meta.id);
  const features = forceFeatures(topology);
  const joined = joinDataset(new Set(features.features.map((f) => f.properties.code)), forceTable, dataset, population);
  const latest = joined.years.length - 1;
  const choropleth = buildChoropleth(joined, population, {
    measure: 'count',
    baseYear: joined.years[0]!,
    classification: { method: 'quantile', classCount: 5 },
    scope: 'all-years',
    palette: 'blues',
    classifiedCodes: new Set(joined.forces.map((force) => force.code)),
  });

  document.querySelector('#map-title')!.textContent = `${meta.title}, ${joined.years[latest]}`;
  document.querySelector('#source-line')!.textContent = `${meta.attribution} Boundaries: ${ONS_ATTRIBUTION}`;

  const mapElement = document.querySelector<HTMLElement>('#map')!;
  const mapView = new MapView(mapElement, features, { onHover: () => {}, onSelect: () => {} });
  installInspectionApi(mapView, joined.forces.map((force) => force.code));
  mapView.setFills(choropleth.fillsFor(latest));
  await mapView.whenReady();
  mapView.map.once('idle', () => mapElement.setAttribute('data-state', 'idle'));
  document.querySelector('#app')!.setAttribute('aria-busy', 'false');
}

void start();
