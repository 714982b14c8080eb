import { financialYearFrom, financialYearStart } from '../datasets/financial-year';
import type { FigureCsvRow } from '../export/figures-csv';
import type { Force } from '../forces/force-table';
import type { Cell } from '../model/join';
import { forceSeriesOf } from '../model/join';
import { evaluateMeasure, measureMeta, type MeasureResult } from '../model/measures';
import { withinVariation, type ForceYearSignificance } from '../model/significance';
import { ratePhrase } from '../model/rate';
import { regionPhrase, type SeriesModel } from './series-model';
import { breakCaution, changeBreaks, SMALL_NUMBER_CAUTION, WITHIN_VARIATION } from './significance-text';
import { formatComparison } from '../format/format-number';

/*
 * The rows of the "All figures" CSV: only an export asks for them, so
 * they load after the first map (after-first-map.ts), not with it.
 */
const CHANGE_UNIT = 'per cent';

/**
 * A force's every year: its count as published, its population (the one
 * its rate is divided by), and the rate and changes as the
 * map works them out (evaluateMeasure: the one formula for each).
 */
export function figureRowsOf(series: SeriesModel, force: Force): FigureCsvRow[] {
  const { joined, years, baseYear } = series;
  const meta = joined.dataset.meta;
  const cells = joined.cells.get(force.code) ?? [];
  const offence = meta.offence;
  const named = {
    dataset: meta.title,
    offenceCode: offence ? (offence.code ?? offence.id) : '',
    offenceName: offence?.name ?? '',
    offenceGroup: offence ? (offence.kind === 'group' ? offence.name : (offence.group ?? '')) : '',
  };
  const forceSeries = forceSeriesOf(joined, force.code);
  return years.map((year, index) => {
    const cell = cells[index];
    const rate = evaluateMeasure('rate', forceSeries, index, { ratePer: meta.ratePer });
    const previous = evaluateMeasure('change-previous', forceSeries, index);
    const sinceBase = evaluateMeasure('change-base', forceSeries, index, { baseYear });
    const significance = series.significance.of(index, force.code);
    // Given on every row, a count or not, as a reader checking a rate or filling a gap needs it.
    const population = joined.populations.get(force.code)?.[index];
    return {
      ...named,
      code: force.code,
      name: force.name,
      region: force.region,
      year,
      count: cell?.value ?? null,
      countUnit: meta.unit,
      population,
      populationMidYear: population === undefined ? undefined : financialYearStart(year),
      rate: rate.value,
      rateInterval: significance?.rate,
      rateUnit: ratePhrase(meta.ratePer),
      comparedWithEnglandAndWales: significance?.national == null ? '' : formatComparison(significance.national, 'England and Wales'),
      comparedWithRegion: significance?.regional == null ? '' : formatComparison(significance.regional, regionPhrase(force.region)),
      changeFromPrevious: previous.value,
      changeFromPreviousInterval: significance?.changePrevious,
      changeFromBase: sinceBase.value,
      changeFromBaseInterval: significance?.changeBase,
      baseYear,
      changeUnit: CHANGE_UNIT,
      note: [
        noteOf(cell, year, { rate, previous, sinceBase }, years[index - 1], baseYear),
        ...significanceNotes(significance, baseYear),
        ...breakNotes(series, index, { 'change-previous': previous, 'change-base': sinceBase }),
      ]
        .filter((part) => part !== '')
        .join('; '),
      source: meta.source,
      release: cell?.source.release ?? '',
      sourceUrl: cell?.source.url ?? meta.sourceUrl ?? '',
      licence: meta.licence,
    };
  });
}

/** A small count's caution, and which changes are within year-to-year variation. */
function significanceNotes(significance: ForceYearSignificance | undefined, baseYear: string): string[] {
  if (!significance) return [];
  return [
    ...(significance.smallNumber ? [SMALL_NUMBER_CAUTION] : []),
    ...(withinVariation(significance.changePrevious) ? [`change from the previous year ${WITHIN_VARIATION}`] : []),
    ...(withinVariation(significance.changeBase) ? [`change since ${baseYear} ${WITHIN_VARIATION}`] : []),
  ];
}

/** A change whose base is before a break in the series says so, and what changed. */
function breakNotes(series: SeriesModel, index: number, changes: Record<'change-previous' | 'change-base', MeasureResult>): string[] {
  return (['change-previous', 'change-base'] as const).flatMap((measure) => {
    const broken = changes[measure].value === null ? undefined : changeBreaks(series, measure, index);
    return broken
      ? [
          `${measureMeta(measure).change === 'previous-year' ? 'change from the previous year' : `change since ${series.baseYear}`}: ${breakCaution(broken.breaks, broken.base, true)}`,
        ]
      : [];
  });
}

/** Why each missing figure is missing, then the note the figure came with, if any. */
function noteOf(
  cell: Cell | undefined,
  year: string,
  results: { rate: MeasureResult; previous: MeasureResult; sinceBase: MeasureResult },
  entryBefore: string | undefined,
  baseYear: string,
): string {
  const published = cell?.note;
  if (cell?.value === null || cell === undefined) {
    return `count not published${published ? `: ${published}` : ''}; so no rate or change`;
  }
  const reasons: string[] = [];
  if (results.rate.reason === 'no-population') reasons.push(`rate not available: no population estimate for mid-${financialYearStart(year)}`);
  const previousYear = financialYearFrom(financialYearStart(year) - 1);
  const previous = changeReason(
    results.previous,
    'change from the previous year',
    previousYear,
    entryBefore === undefined ? `the figures start in ${year}` : `the figures have no ${previousYear}`,
  );
  const sinceBase = changeReason(results.sinceBase, `change since ${baseYear}`, baseYear, '');
  return [...reasons, previous, sinceBase, published].filter((part): part is string => part !== undefined && part !== '').join('; ');
}

function changeReason(result: MeasureResult, what: string, comparedYear: string, noYear: string): string | undefined {
  switch (result.reason) {
    case undefined:
    case 'not-published':
    case 'no-population':
      return undefined;
    case 'no-previous-year':
      return `${what} not available: ${noYear}`;
    case 'comparison-not-published':
      return `${what} not available: ${comparedYear} not published`;
    case 'comparison-zero':
      return `${what} not available: ${comparedYear} was 0 (no per cent change from nothing)`;
  }
}
