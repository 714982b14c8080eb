import { financialYearSlug } from '../datasets/financial-year';
import { measureMeta, type MeasureId } from '../model/measures';
import { slugify } from '../format/slug';

export type ExportExtension = 'png' | 'svg' | 'csv' | 'zip';

export interface ExportFileNameParts {
  /** The dataset's id, e.g. "ho-code-86". */
  datasetId: string;
  /** The measure shown, or every measure (the figures CSV). */
  measure: MeasureId | 'all-measures';
  /** The year a measure from a base year (and so every measure) compares with; named so two bases never share a file name. Ignored for other measures. */
  baseYear?: string;
  /** The financial year shown, "2020/21"; undefined for an export of every year (a ZIP). */
  year: string | undefined;
  /** The focused region's name; undefined for England and Wales. */
  area: string | undefined;
  /** The selected force's name, when the export is about one force. */
  force?: string;
  /** What kind of picture, when not the screen's: "social-card", "small-multiples". */
  variant?: string;
  extension: ExportExtension;
}

const APP = 'pfa-atlas';
const EXTENSIONS: readonly ExportExtension[] = ['png', 'svg', 'csv', 'zip'];

/**
 * The name a download is saved under, saying what it shows:
 * "pfa-atlas_ho-code-86_rate_2020-21_south-west.png", and for a preset
 * or the grid of every year its kind last: "…_south-west_social-card.png".
 *
 * Parts are joined by "_" and each part is a slug (lower-case letters,
 * digits and "-"), so the name holds only [a-z0-9-_.], is the same on
 * every operating system, needs no quoting in a shell, and splits back
 * into its parts at the underscores.
 */
export function exportFileName(parts: ExportFileNameParts): string {
  if (!EXTENSIONS.includes(parts.extension)) throw new Error(`exportFileName: unknown extension "${String(parts.extension)}"`);
  const dataset = slugify(parts.datasetId);
  if (dataset === '') throw new Error(`exportFileName: dataset id "${parts.datasetId}" has no letters or digits`);
  const comparesWithBase = parts.measure === 'all-measures' || measureMeta(parts.measure).needsBaseYear;
  const measure =
    comparesWithBase && parts.baseYear !== undefined
      ? `${parts.measure}${parts.measure === 'all-measures' ? '-base' : ''}-${yearSlug(parts.baseYear)}`
      : slugify(parts.measure);
  const year = parts.year === undefined ? 'all-years' : yearSlug(parts.year);
  const area = parts.area === undefined ? 'england-and-wales' : slugify(parts.area) || 'england-and-wales';
  const force = parts.force === undefined ? '' : slugify(parts.force);
  const variant = parts.variant === undefined ? '' : slugify(parts.variant);
  const name = [APP, dataset, measure, year, area, force, variant].filter((part) => part !== '').join('_');
  return `${name}.${parts.extension}`;
}

/** "2020/21" → "2020-21"; anything else is slugged so that it cannot bring in other characters. */
function yearSlug(year: string): string {
  return slugify(financialYearSlug(year)) || 'unknown-year';
}
