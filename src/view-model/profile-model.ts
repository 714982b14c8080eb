import { formatChange, formatComparison, formatCount, formatInterval, formatRate } from '../format/format-number';
import type { Force } from '../forces/force-table';
import type { AreaYear } from '../model/area-summary';
import { forceProfile, type ForceProfile } from '../model/force-profile';
import { forceSeriesOf } from '../model/join';
import { evaluateMeasure, measureMeta, type MeasureId } from '../model/measures';
import type { Rank } from '../model/rank';
import { ratePhrase } from '../model/rate';
import type { Interval } from '../model/poisson-interval';
import { formatValue } from './measure-format';
import { publishedTotalText, type PublishedTotalText } from './published-total-text';
import { regionPhrase, type SeriesModel } from './series-model';
import { breakCaution, breaksBetween, cautions, changeBreaks, intervalText } from './significance-text';
import { t } from '../i18n/language';
import { profileWords } from '../i18n/profile-words';
import { forceName, forceShort, regionName } from '../i18n/place-names';

interface ProfileFact {
  term: string;
  value: string;
}

interface ProfileChartLine {
  label: string;
  values: readonly (number | null)[];
  /** Each year's 95% interval, drawn as a bar through the point; absent: none drawn. */
  intervals?: readonly (Interval | undefined)[];
  className: 'line-force' | 'line-region' | 'line-national';
}

export interface ProfileChartModel {
  years: readonly string[];
  yearIndex: number;
  lines: readonly ProfileChartLine[];
  /** Years whose figures count something other than the year before's (a break in the series between them). */
  breakBefore: readonly boolean[];
  /** "Offences per 100,000 people": what the chart's values are. */
  valueLabel: string;
  /** The chart in words, for assistive technology. */
  description: string;
}

/** The profile's figures year by year, as numbers: what the chart draws. */
interface ProfileYearTable {
  caption: string;
  columns: readonly string[];
  rows: readonly { year: string; cells: readonly string[]; shown: boolean; afterBreak: boolean }[];
}

export interface ProfileModel {
  code: string;
  name: string;
  regionLine: string;
  facts: readonly ProfileFact[];
  /** The force beside its region and England and Wales in the shown year, each saying which forces it is made of. */
  comparisons: readonly ProfileFact[];
  /** The chart of rates (against the region and England and Wales) and of the force's counts; the reader switches between them. */
  charts: { rate: ProfileChartModel; count: ProfileChartModel };
  years: ProfileYearTable;
  publishedTotals: readonly PublishedTotalText[];
}

/**
 * What the profile panel says of a force: the shown year's measure, its
 * rate, ranks, total, one change figure stated against its base, and its
 * region and England and Wales beside it, each computed over the forces
 * that have the figures it needs and saying so.
 */
export function profileModel(series: SeriesModel, yearIndex: number, force: Force, measure: MeasureId): ProfileModel {
  const { joined, choropleth, years } = series;
  const meta = measureMeta(measure);
  const ratePer = joined.dataset.meta.ratePer;
  const measureValues = choropleth.valuesFor(yearIndex);
  // A comparison's categories have no order within them: its forces are ranked by the rate it judges.
  const rankValues = meta.fixedBreaks
    ? new Map(joined.forces.map((each) => [each.code, evaluateMeasure('rate', forceSeriesOf(joined, each.code), yearIndex, { ratePer }).value]))
    : measureValues;
  const regionForces = joined.forces.filter((candidate) => candidate.region === force.region);
  const profile = forceProfile({ joined, force, regionForces, yearIndex, measureValues: rankValues });
  const year = years[yearIndex]!;
  const rateWords = ratePhrase(ratePer);
  const unit = joined.dataset.meta.unit;
  const count = profile.counts[yearIndex] ?? null;
  const rate = profile.rates[yearIndex] ?? null;
  const value = measureValues.get(force.code) ?? null;
  const place = regionPhrase(force.region);
  const words = profileWords();
  const whole = t().places.englandAndWales;
  const name = forceName(force);
  const region = regionName(force.region);
  // Every year's intervals: each year is worked out once for the series, and kept.
  const significance = years.map((_, index) => series.significance.of(index, force.code));
  const shown = significance[yearIndex];
  const withInterval = (text: string, interval: string | undefined) => (interval ? `${text} (${interval})` : text);

  const measureText = `${formatValue(value, measure)}${value !== null && series.unitAfter ? ` ${series.unitAfter}` : ''}`;
  const facts: ProfileFact[] = [
    {
      term: words.measureInYear(series.measureLabel, year),
      value: value === null ? measureText : withInterval(measureText, meta.numberFormat === 'comparison' ? undefined : intervalText(shown, measure)),
    },
  ];
  if (meta.tableColumn !== 'count') facts.push({ term: words.numberInYear(unit, year), value: formatValue(count, 'count') });
  if (meta.tableColumn !== 'rate')
    facts.push({
      term: words.rate(rateWords),
      value:
        rate === null ? (count === null ? t().legend.notPublished : noRateReason(name, year)) : withInterval(formatRate(rate), intervalText(shown, 'rate')),
    });
  if (shown?.national !== null && shown?.national !== undefined && meta.numberFormat !== 'comparison')
    facts.push({ term: words.comparedWithWhole, value: formatComparison(shown.national, whole) });
  if (shown?.regional !== null && shown?.regional !== undefined)
    facts.push({ term: words.comparedWith(place), value: formatComparison(shown.regional, place) });
  const broken = value === null ? undefined : changeBreaks(series, measure, yearIndex);
  const caution = [...cautions(shown, measure), ...(broken ? [breakCaution(broken.breaks, broken.base, true)] : [])];
  if (caution.length > 0) facts.push({ term: words.caution, value: caution.join('; ') });
  facts.push(
    { term: words.rankWhole, value: rankText(profile.rankNational) },
    { term: words.rankIn(place), value: rankText(profile.rankRegional) },
    totalFact(profile.total, years),
  );
  // One change figure: the measure's own when it is a change, else the change since the first year with a figure.
  if (!meta.change) {
    facts.push({
      term: profile.changeSinceFirst ? words.changeSince(profile.changeSinceFirst.from) : words.changeSinceFirst,
      value: profile.changeSinceFirst ? formatChange(profile.changeSinceFirst.percent) : t().legend.notAvailable,
    });
  }

  const comparisons = [
    { term: region, value: areaText(profile.region[yearIndex]!, unit, rateWords) },
    { term: whole, value: areaText(profile.national[yearIndex]!, unit, rateWords) },
  ];
  const valueLabel = t().measures.rate({ unit, ratePer });
  const rateIntervals = significance.map((each) => each?.rate);
  const lines: ProfileChartLine[] = [
    { label: words.lineForce(forceShort(force)), values: profile.rates, intervals: rateIntervals, className: 'line-force' },
    { label: words.lineArea(region), values: profile.region.map((area) => area.rate), className: 'line-region' },
    { label: words.lineArea(whole), values: profile.national.map((area) => area.rate), className: 'line-national' },
  ];
  const inWords = lines.map(
    ({ label, values }) =>
      `${label} ${values[yearIndex] === null || values[yearIndex] === undefined ? t().legend.notAvailable : formatRate(values[yearIndex]!)}`,
  );
  const countLabel = t().measures.count({ unit, ratePer });
  const seriesBreaks = joined.dataset.meta.offence?.breaks;
  // Where what the series counts changes: between the year before and the year after.
  const breakBefore = years.map((each, index) => index > 0 && breaksBetween(seriesBreaks, years[index - 1]!, each).length > 0);
  const countLine: ProfileChartLine = { label: forceShort(force), values: profile.counts, className: 'line-force' };
  return {
    code: force.code,
    name,
    regionLine: words.regionLine(region),
    facts,
    comparisons,
    charts: {
      rate: { years, yearIndex, lines, breakBefore, valueLabel, description: words.rateDescription(valueLabel, year, inWords.join('; ')) },
      count: {
        years,
        yearIndex,
        lines: [countLine],
        breakBefore,
        valueLabel: countLabel,
        description: words.countDescription(countLabel, name, year, formatValue(count, 'count')),
      },
    },
    years: {
      caption: words.everyYear(name),
      columns: [words.columns.year, countLabel, words.columns.rate(rateWords), words.columns.interval, words.columns.note],
      rows: years.map((each, index) => {
        const yearCount = profile.counts[index] ?? null;
        const yearRate = profile.rates[index] ?? null;
        const interval = rateIntervals[index];
        return {
          year: each,
          shown: index === yearIndex,
          afterBreak: breakBefore[index]!,
          cells: [
            each,
            formatValue(yearCount, 'count'),
            yearCount === null ? t().legend.notPublished : yearRate === null ? t().legend.notAvailable : formatRate(yearRate),
            interval ? formatInterval(interval, 'rate') : '–',
            [
              ...(breakBefore[index]
                ? [
                    words.seriesBreak(
                      years[index - 1]!,
                      breaksBetween(seriesBreaks, years[index - 1]!, each)
                        .map(t().series.break)
                        .join('; '),
                    ),
                  ]
                : []),
              ...(significance[index]?.smallNumber ? [t().significance.smallNumber] : []),
            ].join('; '),
          ],
        };
      }),
    },
    publishedTotals: profile.publishedTotals.map((comparison) => publishedTotalText(comparison, joined.dataset.sources, joined.forces)),
  };
}

/** The total, labelled with the years it sums: "Total, 2017/18 to 2022/23: 1,478 (2 of those 6 years published)". */
function totalFact(total: ForceProfile['total'], years: readonly string[]): ProfileFact {
  const words = profileWords();
  if (total === undefined) return { term: words.total(words.span(years[0]!, years[years.length - 1]!)), value: words.noFiguresPublished };
  const span = total.firstYear === total.lastYear ? total.firstYear : words.span(total.firstYear, total.lastYear);
  const gaps = total.years < total.of ? words.yearsPublished(total.years, total.of) : '';
  return { term: words.total(span), value: `${formatCount(total.value)}${gaps}` };
}

/** "6th of 6 forces with figures": a rank says among how many it was made. */
function rankText(rank: Rank | undefined): string {
  return rank ? profileWords().rank(rank.rank, rank.of) : profileWords().notRanked;
}

function noRateReason(force: string, year: string): string {
  return profileWords().noPopulation(force, year);
}

/**
 * "1,054 offences; 58.2 per 100,000 people (5 of 5 forces)", or with a
 * force left out of the rate: "(rate from 42 of 43 forces; no population
 * for City of London)".
 */
function areaText(area: AreaYear, unit: string, rateWords: string): string {
  const words = profileWords();
  if (area.total === null) return words.areaNone(area.forceCount);
  const total = words.areaTotal(formatCount(area.total), unit, area.forcesWithFigures, area.forceCount);
  if (area.rate === null) return `${total}${words.areaNoRate}`;
  const leftOut =
    area.withoutPopulation.length > 0 ? words.areaLeftOut(area.rateForces, area.withoutPopulation.map((force) => forceName(force)).join(', ')) : '';
  return `${total}; ${formatRate(area.rate)} ${rateWords}${leftOut}`;
}
