import type { ForceTable, Region } from '../forces/force-table';
import type { AppState } from '../state/app-state';
import { t } from '../i18n/language';
import { forceName, regionName } from '../i18n/place-names';

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
  const whole = t().places.englandAndWales;
  const crumbs: Crumb[] = [region ? { label: whole, target: { region: undefined, force: undefined } } : { label: whole }];
  if (region) crumbs.push(force ? { label: regionName(region), target: { region, force: undefined } } : { label: regionName(region) });
  if (force) crumbs.push({ label: forceName(force) });
  return { crumbs, region, force: force?.code, scale: region ? scale : undefined };
}
