import type { Interval } from '../model/poisson-interval';
import { csvDocument, numberField, textField } from './table-csv';

/** One force in one year, with every figure the atlas derives from it and where it comes from. */
export interface FigureCsvRow {
  /** The dataset's title: "Obscene publications offences (Home Office code 86) recorded by police". */
  dataset: string;
  /** The Home Office series: its code ("86"), or its id for a group or all crime ("group:sexual-offences", "all"); empty for other figures. */
  offenceCode: string;
  /** "Obscene publications etc"; empty for figures that are no Home Office series. */
  offenceName: string;
  /** The offence group it belongs to (a group's own name for a group); empty for all crime and other figures. */
  offenceGroup: string;
  /** ONS code, "E23000039". */
  code: string;
  name: string;
  region: string;
  /** Financial year, "2016/17". */
  year: string;
  /** The published figure; null: not published. */
  count: number | null;
  /** What is counted, "offences". */
  countUnit: string;
  /** The population the rate is divided by, and the mid-year of its estimate; undefined: none. */
  population: number | undefined;
  populationMidYear: number | undefined;
  rate: number | null;
  /** The rate's exact 95% interval (Garwood); undefined: none. */
  rateInterval: Interval | undefined;
  /** "per 100,000 people". */
  rateUnit: string;
  changeFromPrevious: number | null;
  changeFromBase: number | null;
  /** The changes' exact 95% intervals, in per cent (Infinity: no upper limit, an empty cell). */
  changeFromPreviousInterval: Interval | undefined;
  changeFromBaseInterval: Interval | undefined;
  /** "lower than England and Wales", "similar to the South West"; empty: no comparison. */
  comparedWithEnglandAndWales: string;
  comparedWithRegion: string;
  /** The year changeFromBase compares with. */
  baseYear: string;
  /** "per cent". */
  changeUnit: string;
  /** Why a figure is missing, for each one that is, and any note the figure was published with. */
  note: string;
  /** Who published the figures. */
  source: string;
  /** The release the figure came in and where; empty when no figure was published. */
  release: string;
  sourceUrl: string;
  licence: string;
}

export const FIGURES_CSV_HEADER = [
  'dataset',
  'offence_code',
  'offence_name',
  'offence_group',
  'force_code',
  'force_name',
  'region',
  'year',
  'count',
  'count_status',
  'count_unit',
  'population',
  'population_mid_year',
  'rate',
  'rate_lower_95',
  'rate_upper_95',
  'rate_unit',
  'compared_with_england_and_wales',
  'compared_with_region',
  'change_from_previous_year',
  'change_from_previous_year_lower_95',
  'change_from_previous_year_upper_95',
  'change_from_base_year',
  'change_from_base_year_lower_95',
  'change_from_base_year_upper_95',
  'base_year',
  'change_unit',
  'note',
  'source',
  'release',
  'source_url',
  'licence',
] as const;

/**
 * Every figure in view as one tidy CSV: a row for each force and year,
 * each naming the dataset and offence it belongs to (so that files of
 * several offences can be stacked), a column for each variable, units in columns of their own so that the
 * numbers stay numbers. A count that was not published is an empty cell
 * with count_status "not published", never 0; the note says why each
 * missing figure is missing. Written as tableCsv writes (RFC 4180, CRLF,
 * byte-order mark, formula guard on every text).
 */
export function figuresCsv(rows: readonly FigureCsvRow[]): string {
  return csvDocument(FIGURES_CSV_HEADER, rows.map(rowLine));
}

function rowLine(row: FigureCsvRow): string {
  return [
    textField(row.dataset),
    textField(row.offenceCode),
    textField(row.offenceName),
    textField(row.offenceGroup),
    textField(row.code),
    textField(row.name),
    textField(row.region),
    textField(row.year),
    numberField(row.count),
    row.count === null ? 'not published' : 'published',
    textField(row.countUnit),
    numberField(row.population),
    numberField(row.populationMidYear),
    numberField(row.rate),
    numberField(row.rateInterval?.lower),
    numberField(row.rateInterval?.upper),
    textField(row.rateUnit),
    textField(row.comparedWithEnglandAndWales),
    textField(row.comparedWithRegion),
    numberField(row.changeFromPrevious),
    numberField(row.changeFromPreviousInterval?.lower),
    numberField(row.changeFromPreviousInterval?.upper),
    numberField(row.changeFromBase),
    numberField(row.changeFromBaseInterval?.lower),
    numberField(row.changeFromBaseInterval?.upper),
    textField(row.baseYear),
    textField(row.changeUnit),
    textField(row.note),
    textField(row.source),
    textField(row.release),
    textField(row.sourceUrl),
    textField(row.licence),
  ].join(',');
}
