import { countOf, formatChange, formatCount, formatRate, formatValue } from '../format/format-number';
import type { ForceProfile } from '../model/force-profile';
import type { MeasureId } from '../model/measures';
import { ordinal, type Rank } from '../model/rank';
import { el } from './dom';
import { publishedTotalText } from './published-total-text';

export interface ProfileModel {
  profile: ForceProfile;
  measure: MeasureId;
  measureLabel: string;
  /** The shown year's value of the measure in force. */
  value: number | null;
  unit: string;
}

/**
 * The selected force: its figures in words and a chart of every year
 * against its region and England and Wales. The chart (d3) is loaded on
 * first use; the first frame does not need it.
 */
export class ProfileView {
  readonly element = el('section', { class: 'profile', 'aria-labelledby': 'profile-title', hidden: true });
  private readonly chart = import('./profile-chart');

  constructor(private readonly onClose: () => void) {}

  hide(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }

  render(model: ProfileModel): void {
    const { profile } = model;
    const year = profile.years[profile.yearIndex]!;
    const count = profile.counts[profile.yearIndex] ?? null;
    const rate = profile.rates[profile.yearIndex] ?? null;
    const close = el('button', { type: 'button', class: 'profile-close', 'aria-label': `Close the profile of ${profile.force.name}` }, ['×']);
    close.addEventListener('click', this.onClose);
    const facts: [string, string][] = [
      [`${model.measureLabel}, ${year}`, `${formatValue(model.value, model.measure)}${model.value !== null && model.unit ? ` ${model.unit}` : ''}`],
      ['Rate per 100,000 people', rate === null ? (count === null ? 'not published' : 'not available') : formatRate(rate)],
      ['Rank in England and Wales (1st is highest)', rankText(profile.rankNational)],
      [`Rank in the ${profile.force.region}`, rankText(profile.rankRegional)],
      [
        `Total, ${profile.years[0]} to ${profile.years[profile.years.length - 1]}`,
        profile.total.years === 0 ? 'no figures published' : `${formatCount(profile.total.value)}${profile.total.years < profile.total.of ? ` (${profile.total.years} of ${profile.total.of} years published)` : ''}`,
      ],
      [
        'Change since the first year with a figure',
        profile.changeSinceFirst ? `${formatChange(profile.changeSinceFirst.percent)} since ${profile.changeSinceFirst.from}` : 'not available',
      ],
    ];
    const chartSlot = el('div', { class: 'profile-chart-slot' });
    this.element.replaceChildren(
      el('div', { class: 'profile-head' }, [el('h2', { id: 'profile-title' }, [profile.force.name]), close]),
      el('p', { class: 'profile-region' }, [`${profile.force.region} region`]),
      el('dl', { class: 'profile-facts' }, facts.flatMap(([term, value]) => [el('dt', {}, [term]), el('dd', {}, [value])])),
      el('h3', {}, ['Rate per 100,000 people, every year']),
      chartSlot,
      ...this.publishedTotals(profile),
    );
    this.element.hidden = false;
    void this.chart.then(({ profileChart, chartKey }) => {
      chartSlot.replaceChildren(
        profileChart(profile),
        el('ul', { class: 'chart-key' }, chartKey(profile).map((entry) => el('li', { class: entry.className }, [entry.label]))),
      );
    });
  }

  private publishedTotals(profile: ForceProfile): HTMLElement[] {
    if (profile.publishedTotals.length === 0) return [];
    return [
      el('h3', {}, ['Totals the publisher gave']),
      el(
        'ul',
        { class: 'published-totals' },
        profile.publishedTotals.map((comparison) => {
          const { heading, text } = publishedTotalText(comparison);
          return el('li', {}, [el('strong', {}, [heading]), ` ${text}`]);
        }),
      ),
    ];
  }
}

/** "6th of 6 forces with figures": a rank says among how many it was made. */
function rankText(rank: Rank | undefined): string {
  return rank ? `${ordinal(rank.rank)} of ${countOf(rank.of, 'force', 'forces')} with figures` : 'not ranked';
}
