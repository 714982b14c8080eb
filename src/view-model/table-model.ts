import { formatCount, formatInterval, formatRate } from '../format/format-number';
import type { Force } from '../forces/force-table';
import { measureMeta, type MeasureId } from '../model/measures';
import { rankAmong } from '../model/rank';
import { ratePerPeople, ratePhrase } from '../model/rate';
import { formatValue } from './measure-format';
import { intervalOf, withinVariation } from '../model/significance';
import type { SeriesModel } from './series-model';
import { capitalised, compareNames, t } from '../i18n/language';
import { forceName, regionName } from '../i18n/place-names';

export type ForceTableColumnKey = 'name' | 'region' | 'value' | 'count' | 'rate' | 'interval' | 'rank';

export interface ForceTableColumn {
  key: ForceTableColumnKey;
  label: string;
  numeric: boolean;
}

interface ForceTableCell {
  text: string;
  /** What the column sorts by; null sorts last whichever the direction (it is no small number). */
  sort: number | string | null;
  /** A numeric column's figure, as a CSV of the table writes it; null: none (the text says why). */
  figure?: number | null;
}

export interface ForceTableRow {
  code: string;
  cells: Readonly<Record<ForceTableColumnKey, ForceTableCell>>;
  /** The release the year's figure came in, as the dataset names it; empty when the dataset holds none for the force. */
  release: string;
}

export interface ForceTableModel {
  caption: string;
  /** Who published the figures, as the dataset names them. */
  source: string;
  columns: readonly ForceTableColumn[];
  rows: readonly ForceTableRow[];
  selected: string | undefined;
}

/**
 * The table alternative to the map: every force in view with the shown
 * year's measure, and beside it the count and the rate, except the one the
 * measure already is (a count shown twice only crowds a narrow screen).
 * Ranks are among the forces in view, 1st the highest.
 */
export function tableModel(
  series: SeriesModel,
  yearIndex: number,
  forcesInView: readonly Force[],
  area: string,
  selected: string | undefined,
  measure: MeasureId,
): ForceTableModel {
  const { joined, choropleth } = series;
  const measureValues = choropleth.valuesFor(yearIndex);
  const inView = new Map(forcesInView.map((force) => [force.code, measureValues.get(force.code) ?? null]));
  const ratePer = joined.dataset.meta.ratePer;
  const meta = measureMeta(measure);
  const significance = series.significance.ofYear(yearIndex);
  const words = t().table;
  const { notPublished, notAvailable } = t().legend;
  const columns: ForceTableColumn[] = [
    { key: 'name', label: words.force, numeric: false },
    { key: 'region', label: words.region, numeric: false },
    { key: 'value', label: series.measureLabel, numeric: true },
    { key: 'count', label: words.number, numeric: true },
    { key: 'rate', label: capitalised(ratePhrase(ratePer)), numeric: true },
    { key: 'interval', label: words.interval(meta.change !== undefined), numeric: true },
    { key: 'rank', label: words.rank, numeric: true },
    // A comparison's categories have no order within them to rank by.
  ].filter((column) => column.key !== meta.tableColumn && !(column.key === 'rank' && meta.fixedBreaks)) as ForceTableColumn[];
  const rows = forcesInView.map((force): ForceTableRow => {
    const cell = joined.cells.get(force.code)?.[yearIndex];
    const count = cell?.value ?? null;
    const rate = count !== null && cell?.population !== undefined ? ratePerPeople(count, cell.population, ratePer) : null;
    const value = inView.get(force.code) ?? null;
    const rank = rankAmong(inView, force.code)?.rank ?? null;
    const forceSignificance = significance.get(force.code);
    // The interval of the measure shown (a count's: of its rate).
    const intervalMeasure = meta.change ? measure : 'rate';
    const interval = intervalOf(forceSignificance, intervalMeasure);
    const within = meta.change !== undefined && withinVariation(interval);
    return {
      code: force.code,
      release: cell?.source.release ?? '',
      cells: {
        name: { text: forceName(force), sort: forceName(force) },
        region: { text: regionName(force.region), sort: regionName(force.region) },
        value: { text: `${formatValue(value, measure)}${within ? ` (${t().significance.withinVariation})` : ''}`, sort: value, figure: value },
        count: {
          text: count === null ? notPublished : `${formatCount(count)}${forceSignificance?.smallNumber ? ` (${words.smallNumber})` : ''}`,
          sort: count,
          figure: count,
        },
        rate: { text: rate === null ? notAvailable : formatRate(rate), sort: rate, figure: rate },
        interval: { text: interval ? formatInterval(interval, meta.change ? 'change' : 'rate') : notAvailable, sort: interval?.lower ?? null, figure: null },
        rank: { text: rank === null ? '–' : String(rank), sort: rank === null ? null : -rank, figure: rank },
      },
    };
  });
  return {
    caption: words.caption(series.measureLabel, series.years[yearIndex]!, words.forces(forcesInView.length, formatCount(forcesInView.length)), area),
    source: joined.dataset.meta.source,
    columns,
    rows,
    selected,
  };
}

/** How the table is sorted: by a column, either way. */
export interface TableSort {
  key: ForceTableColumnKey;
  descending: boolean;
}

/** The table opens sorted by the figure shown, highest first. */
export const DEFAULT_TABLE_SORT: TableSort = { key: 'value', descending: true };

/** The rows in the order the sort gives; missing values last whichever the direction (they are not small numbers), ties by name. */
export function sortTableRows(rows: readonly ForceTableRow[], { key, descending }: TableSort): ForceTableRow[] {
  const direction = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a.cells[key].sort;
    const y = b.cells[key].sort;
    const byName = compareNames(a.cells.name.text, b.cells.name.text);
    if (x === null || y === null) return x === y ? byName : x === null ? 1 : -1;
    const order = typeof x === 'string' ? compareNames(x, y as string) : x - (y as number);
    return order * direction || byName;
  });
}
