import path from 'node:path';
import { sharedDir } from '../geo/paths';

/** The Home Office open-data table, or wherever PFA_HOME_OFFICE_TABLE points. */
export const homeOfficeTablePath = process.env.PFA_HOME_OFFICE_TABLE
  ? path.resolve(process.env.PFA_HOME_OFFICE_TABLE)
  : path.join(sharedDir, 'data', 'home-office-prc-pfa-2012-13-to-2023-24q1.csv');
