/**
 * The benchmark's floor: the least any page can do to show these
 * boundaries with MapLibre. Loads maplibre-gl and the app's TopoJSON and
 * draws the forces uncoloured, then marks its first complete frame. The
 * app's first frame is compared with this one.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

maplibregl.setWorkerUrl(workerUrl);

const topology = (await (await fetch(new URL('generated/pfa.topo.json', document.baseURI))).json()) as Topology;
const map = new maplibregl.Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#c9c9c9' } }] },
  bounds: [
    [-6.4, 49.85],
    [1.8, 55.85],
  ],
  attributionControl: false,
});
// The benchmark asks the floor for its own frame time, the least a repaint costs here.
(window as unknown as { floorMap: maplibregl.Map }).floorMap = map;
map.on('load', () => {
  map.addSource('forces', { type: 'geojson', data: feature(topology, topology.objects.forces as GeometryCollection) });
  map.addLayer({ id: 'fill', type: 'fill', source: 'forces', paint: { 'fill-color': '#9ecae1' } });
  map.addLayer({ id: 'line', type: 'line', source: 'forces', paint: { 'line-color': '#ffffff', 'line-width': 0.7 } });
  map.once('idle', () => {
    performance.mark('pfa:first-frame');
    document.querySelector('#map')!.setAttribute('data-state', 'idle');
  });
});
