import type { ForceTable, Region } from '../forces/force-table';
import type { AppState } from '../state/app-state';

interface Crumb {
  label: string;
  /** Where the crumb leads; absent for the place shown now. */
  target?: Partial<AppState>;
}

export interface PlaceModel {
  crumbs: readonly Crumb[];
  region: Region | undefined;
  /** The force chosen, whose profile the page shows. */
  force: string | undefined;
  /** The region's own colour scale can be chosen once a region is shown. */
  scale: AppState['scale'] | undefined;
}

/** Where the map is: a breadcrumb back up, England and Wales › region › force. */
export function placeModel(region: Region | undefined, forceCode: string | undefined, scale: AppState['scale'], forceTable: ForceTable): PlaceModel {
  const force = forceCode ? forceTable.byCode.get(forceCode) : undefined;
  const crumbs: Crumb[] = [region ? { label: 'England and Wales', target: { region: undefined, force: undefined } } : { label: 'England and Wales' }];
  if (region) crumbs.push(force ? { label: region, target: { region, force: undefined } } : { label: region });
  if (force) crumbs.push({ label: force.name });
  return { crumbs, region, force: force?.code, scale: region ? scale : undefined };
}
