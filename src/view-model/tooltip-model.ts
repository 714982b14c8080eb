import { formatValue } from './measure-format';
import type { Force, Region } from '../forces/force-table';
import { forceSeriesOf } from '../model/join';
import { measureMeta, measureSeries, type MeasureId } from '../model/measures';
import { ratePhrase } from '../model/rate';
import { rankAmong } from '../model/rank';
import type { SeriesModel } from './series-model';
import { breakCaution, cautions, changeBreaks, comparisonText, intervalText } from './significance-text';
import { t } from '../i18n/language';
import { forceName, regionName } from '../i18n/place-names';

export interface TooltipModel {
  code: string;
  name: string;
  region: string;
  /** "254 offences", "24.5 per 100,000 people", "not published". */
  value: string;
  year: string;
  /** "95% interval 38.9 to 48.3"; absent for a count, or a figure without one. */
  interval?: string;
  /** "lower than England and Wales", with a region in focus "; similar to the South West". */
  comparison?: string;
  /** "small number: the rate is unstable", "within year-to-year variation". */
  cautions: readonly string[];
  /** "Ranks 12th of 43 forces with figures (1st is highest)"; absent when there is no value to rank (or the measure is a comparison, which has no order within its categories). */
  rank?: string;
  /** The release the figure comes from. */
  source?: string;
  note?: string;
  series: readonly (number | null)[];
  yearIndex: number;
}

/** The card of one force in one year; region: the region in focus, which the force is compared with too. */
export function tooltipModel(series: SeriesModel, yearIndex: number, force: Force, measure: MeasureId, region: Region | undefined): TooltipModel {
  const { choropleth, joined } = series;
  const meta = measureMeta(measure);
  const ratePer = joined.dataset.meta.ratePer;
  // A comparison is a category: the card gives the rate it was judged by, and the category beside it.
  const values = meta.fixedBreaks ? measureSeries('rate', forceSeriesOf(joined, force.code), { ratePer }) : (choropleth.values.get(force.code) ?? []);
  const value = values[yearIndex] ?? null;
  const cell = joined.cells.get(force.code)?.[yearIndex];
  const rank = meta.fixedBreaks ? undefined : rankAmong(choropleth.valuesFor(yearIndex), force.code);
  // Read from the year's intervals, worked out once for the year: a hover only looks them up.
  const significance = series.significance.of(yearIndex, force.code);
  const interval = value === null ? undefined : intervalText(significance, measure);
  // A change is judged against its base year (its interval); a count or a rate against England and Wales.
  const comparison = meta.change ? undefined : comparisonText(significance, force, region);
  const broken = value === null ? undefined : changeBreaks(series, measure, yearIndex);
  const unitAfter = meta.fixedBreaks ? ratePhrase(ratePer) : series.unitAfter;
  const unit = value === null || unitAfter === '' ? '' : ` ${unitAfter}`;
  return {
    code: force.code,
    name: forceName(force),
    region: regionName(force.region),
    value: `${formatValue(value, meta.fixedBreaks ? 'rate' : measure)}${unit}`,
    year: series.years[yearIndex]!,
    ...(interval ? { interval } : {}),
    ...(comparison ? { comparison } : {}),
    cautions: [...cautions(significance, measure), ...(broken ? [breakCaution(broken.breaks, broken.base, false)] : [])],
    ...(rank ? { rank: t().tooltip.rank(rank.rank, rank.of) } : {}),
    ...(cell ? { source: cell.source.release } : {}),
    ...(cell?.note ? { note: cell.note } : {}),
    series: values,
    yearIndex,
  };
}
