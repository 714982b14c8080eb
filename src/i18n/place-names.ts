import type { Force, Region } from '../forces/force-table';
import { t } from './language';

/** A force's name in the page's language: the Welsh forces' own Welsh names in Welsh, the English name otherwise. */
export function forceName(force: Pick<Force, 'code' | 'name'>): string {
  return t().places.forces[force.code] ?? force.name;
}

/** A region's name in the page's language ("South West", "De-orllewin Lloegr"). */
export function regionName(region: Region): string {
  return t().places.regions[region];
}
