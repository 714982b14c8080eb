import { countOf, formatChange, formatCount, formatRate } from '../format/format-number';
import type { Force } from '../forces/force-table';
import type { AreaYear } from '../model/area-summary';
import { forceProfile, type ForceProfile } from '../model/force-profile';
import { measureMeta, type MeasureId } from '../model/measures';
import { ordinal, type Rank } from '../model/rank';
import { ratePhrase } from '../model/rate';
import { formatValue } from './measure-format';
import { publishedTotalText } from './published-total-text';
import { regionPhrase, type SeriesModel } from './series-model';

interface ProfileFact {
  term: string;
  value: string;
}

interface ProfileChartLine {
  label: string;
  values: readonly (number | null)[];
  className: 'line-force' | 'line-region' | 'line-national';
}

export interface ProfileChartModel {
  years: readonly string[];
  yearIndex: number;
  lines: readonly ProfileChartLine[];
  /** "Offences per 100,000 people": what the chart's values are. */
  valueLabel: string;
  /** The chart in words, for assistive technology. */
  description: string;
}

export interface ProfileModel {
  code: string;
  name: string;
  regionLine: string;
  facts: readonly ProfileFact[];
  /** The force beside its region and England and Wales in the shown year, each saying which forces it is made of. */
  comparisons: readonly ProfileFact[];
  chartTitle: string;
  chart: ProfileChartModel;
  publishedTotals: readonly { heading: string; text: string }[];
}

/**
 * What the profile panel says of a force: the shown year's measure, its
 * rate, ranks, total, one change figure stated against its base, and its
 * region and England and Wales beside it, each computed over the forces
 * that have the figures it needs and saying so.
 */
export function profileModel(series: SeriesModel, yearIndex: number, force: Force, measure: MeasureId): ProfileModel {
  const { joined, choropleth, years } = series;
  const measureValues = choropleth.valuesFor(yearIndex);
  const regionForces = joined.forces.filter((candidate) => candidate.region === force.region);
  const profile = forceProfile({ joined, force, regionForces, yearIndex, measureValues });
  const year = years[yearIndex]!;
  const ratePer = joined.dataset.meta.ratePer;
  const rateWords = ratePhrase(ratePer);
  const unit = joined.dataset.meta.unit;
  const count = profile.counts[yearIndex] ?? null;
  const rate = profile.rates[yearIndex] ?? null;
  const value = measureValues.get(force.code) ?? null;
  const place = regionPhrase(force.region);

  const facts: ProfileFact[] = [{ term: `${series.measureLabel}, ${year}`, value: `${formatValue(value, measure)}${value !== null && series.unitAfter ? ` ${series.unitAfter}` : ''}` }];
  if (measure !== 'count') facts.push({ term: `Number of ${unit}, ${year}`, value: formatValue(count, 'count') });
  if (measure !== 'rate') facts.push({ term: `Rate, ${rateWords}`, value: rate === null ? (count === null ? 'not published' : noRateReason(force, year)) : formatRate(rate) });
  facts.push(
    { term: `Rank in England and Wales (1st is highest)`, value: rankText(profile.rankNational) },
    { term: `Rank in ${place}`, value: rankText(profile.rankRegional) },
    totalFact(profile.total, years),
  );
  // One change figure: the measure's own when it is a change, else the change since the first year with a figure.
  if (measureMeta(measure).kind !== 'diverging') {
    facts.push({
      term: profile.changeSinceFirst ? `Change in the number since ${profile.changeSinceFirst.from} (its first year with a figure)` : 'Change in the number since its first year with a figure',
      value: profile.changeSinceFirst ? formatChange(profile.changeSinceFirst.percent) : 'not available',
    });
  }

  const comparisons = [
    { term: force.region, value: areaText(profile.region[yearIndex]!, unit, rateWords) },
    { term: 'England and Wales', value: areaText(profile.national[yearIndex]!, unit, rateWords) },
  ];
  const valueLabel = `${capitalise(unit)} ${rateWords}`;
  const lines: ProfileChartLine[] = [
    { label: force.short, values: profile.rates, className: 'line-force' },
    { label: `${force.region} (forces with figures)`, values: profile.region.map((area) => area.rate), className: 'line-region' },
    { label: 'England and Wales (forces with figures)', values: profile.national.map((area) => area.rate), className: 'line-national' },
  ];
  const inWords = lines.map(({ label, values }) => `${label} ${values[yearIndex] === null || values[yearIndex] === undefined ? 'not available' : formatRate(values[yearIndex]!)}`);
  return {
    code: force.code,
    name: force.name,
    regionLine: `${force.region} region`,
    facts,
    comparisons,
    chartTitle: `${valueLabel}, every year`,
    chart: { years, yearIndex, lines, valueLabel, description: `${valueLabel} by year. In ${year}: ${inWords.join('; ')}.` },
    publishedTotals: profile.publishedTotals.map((comparison) => publishedTotalText(comparison, joined.dataset.sources)),
  };
}

/** The total, labelled with the years it sums: "Total, 2017/18 to 2022/23: 1,478 (2 of those 6 years published)". */
function totalFact(total: ForceProfile['total'], years: readonly string[]): ProfileFact {
  if (total === undefined) return { term: `Total, ${years[0]} to ${years[years.length - 1]}`, value: 'no figures published' };
  const span = total.firstYear === total.lastYear ? total.firstYear : `${total.firstYear} to ${total.lastYear}`;
  const gaps = total.years < total.of ? ` (${total.years} of those ${total.of} years published)` : '';
  return { term: `Total, ${span}`, value: `${formatCount(total.value)}${gaps}` };
}

/** "6th of 6 forces with figures": a rank says among how many it was made. */
function rankText(rank: Rank | undefined): string {
  return rank ? `${ordinal(rank.rank)} of ${countOf(rank.of, 'force', 'forces')} with figures` : 'not ranked';
}

function noRateReason(force: Force, year: string): string {
  return `not available: no population estimate for ${force.name} in ${year}`;
}

/**
 * "1,054 offences; 58.2 per 100,000 people (5 of 5 forces)", or with a
 * force left out of the rate: "(rate from 42 of 43 forces; no population
 * for City of London)".
 */
function areaText(area: AreaYear, unit: string, rateWords: string): string {
  if (area.total === null) return `none of its ${countOf(area.forceCount, 'force has', 'forces have')} a figure`;
  const total = `${formatCount(area.total)} ${unit} from ${area.forcesWithFigures} of ${countOf(area.forceCount, 'force', 'forces')}`;
  if (area.rate === null) return `${total}; no rate (no population estimate)`;
  const leftOut = area.withoutPopulation.length > 0 ? `; rate from ${area.rateForces} of them, no population for ${area.withoutPopulation.map((force) => force.name).join(', ')}` : '';
  return `${total}; ${formatRate(area.rate)} ${rateWords}${leftOut}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
