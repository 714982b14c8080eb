import type { Force, Region } from '../forces/force-table';
import { t } from './language';

/** A force's name in the page's language: the Welsh forces' own Welsh names in Welsh, the English name otherwise. */
export function forceName(force: Pick<Force, 'code' | 'name'>): string {
  return t().places.forces[force.code] ?? force.name;
}

/** A force's short label in the page's language (the map's tiles, the profile chart's key): "N Wales", "Gogledd Cymru". */
export function forceShort(force: Pick<Force, 'code' | 'short'>): string {
  return t().places.forcesShort[force.code] ?? force.short;
}

/** A region's name in the page's language ("South West", "De-orllewin Lloegr"). */
export function regionName(region: Region): string {
  return t().places.regions[region];
}
