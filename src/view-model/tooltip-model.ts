import { countOf } from '../format/format-number';
import { formatValue } from './measure-format';
import type { Force } from '../forces/force-table';
import type { MeasureId } from '../model/measures';
import { ordinal, rankAmong } from '../model/rank';
import type { SeriesModel } from './series-model';

export interface TooltipModel {
  code: string;
  name: string;
  region: string;
  /** "254 offences", "24.5 per 100,000 people", "not published". */
  value: string;
  year: string;
  /** "Ranks 12th of 43 forces with figures (1st is highest)"; absent when there is no value to rank. */
  rank?: string;
  /** The release the figure comes from. */
  source?: string;
  note?: string;
  series: readonly (number | null)[];
  yearIndex: number;
}

export function tooltipModel(series: SeriesModel, yearIndex: number, force: Force, measure: MeasureId): TooltipModel {
  const { choropleth, joined } = series;
  const values = choropleth.values.get(force.code) ?? [];
  const value = values[yearIndex] ?? null;
  const cell = joined.cells.get(force.code)?.[yearIndex];
  const rank = rankAmong(choropleth.valuesFor(yearIndex), force.code);
  const unit = value === null || series.unitAfter === '' ? '' : ` ${series.unitAfter}`;
  return {
    code: force.code,
    name: force.name,
    region: force.region,
    value: `${formatValue(value, measure)}${unit}`,
    year: series.years[yearIndex]!,
    ...(rank ? { rank: `Ranks ${ordinal(rank.rank)} of ${countOf(rank.of, 'force', 'forces')} with figures (1st is highest)` } : {}),
    ...(cell ? { source: cell.source.release } : {}),
    ...(cell?.note ? { note: cell.note } : {}),
    series: values,
    yearIndex,
  };
}
