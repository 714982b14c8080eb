import { forceRowSchema, type Force, type ForceTable } from '../forces/force-table';
import { parseCsvRecords } from './csv-records';

const FORCE_COLUMNS = ['code', 'name', 'short', 'region', 'aliases'] as const;

/** Parses data/forces.csv; throws with the line number of the first bad row. */
export function parseForceTable(csvText: string): ForceTable {
  const forces = parseCsvRecords(csvText, 'forces table', FORCE_COLUMNS, forceRowSchema).map(({ record }) => record);
  const byCode = new Map<string, Force>();
  for (const force of forces) {
    if (byCode.has(force.code)) throw new Error(`forces table: code ${force.code} appears twice`);
    byCode.set(force.code, force);
  }
  return { forces, byCode };
}
