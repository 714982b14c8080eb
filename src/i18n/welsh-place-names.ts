import type { Region } from '../forces/force-table';

/**
 * The Welsh names of the regions of England and Wales, as the ONS names
 * them in its Welsh outputs, and of the four Welsh forces, as they name
 * themselves. Kept apart from the Welsh catalogue so that the force search
 * (loaded after the first map) finds places by them in either language.
 * Sources and what to check: docs/glossary-cy.md.
 */
export const WELSH_REGION_NAMES: Record<Region, string> = {
  'North East': 'Gogledd-ddwyrain Lloegr',
  'North West': 'Gogledd-orllewin Lloegr',
  'Yorkshire and The Humber': 'Swydd Efrog a’r Humber',
  'East Midlands': 'Dwyrain Canolbarth Lloegr',
  'West Midlands': 'Gorllewin Canolbarth Lloegr',
  'East of England': 'Dwyrain Lloegr',
  London: 'Llundain',
  'South East': 'De-ddwyrain Lloegr',
  'South West': 'De-orllewin Lloegr',
  Wales: 'Cymru',
};

/** By ONS code; the English forces keep their English names in Welsh text. */
export const WELSH_FORCE_NAMES: Record<string, string> = {
  W15000004: 'Heddlu Dyfed-Powys',
  W15000002: 'Heddlu Gwent',
  W15000001: 'Heddlu Gogledd Cymru',
  W15000003: 'Heddlu De Cymru',
};
