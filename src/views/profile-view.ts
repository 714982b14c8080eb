import type { ProfileChartModel, ProfileModel } from '../view-model/profile-model';
import { el } from './dom';
import { publishedTotalsList } from './published-totals-view';
import { profileWords } from '../i18n/profile-words';

/** What the profile's chart shows: rates beside the region and England and Wales, or the force's own counts. */
type ChartKind = 'rate' | 'count';
const CHART_KINDS: readonly ChartKind[] = ['rate', 'count'];

/**
 * The selected force: its figures in words and a chart of every year
 * against its region and England and Wales. The chart (d3) is loaded on
 * first use; the first frame does not need it.
 */
export class ProfileView {
  readonly element = el('section', { class: 'profile', 'aria-labelledby': 'profile-title', hidden: true });
  private chart: Promise<typeof import('./profile-chart')> | undefined;
  private shown: ProfileModel | undefined;
  /** Kept while the reader moves between forces and years. */
  private chartKind: ChartKind = 'rate';

  constructor(private readonly onClose: () => void) {}

  render(model: ProfileModel | undefined): void {
    if (model === this.shown) return;
    this.shown = model;
    if (!model) {
      this.element.hidden = true;
      this.element.replaceChildren();
      return;
    }
    const close = el('button', { type: 'button', class: 'profile-close', 'aria-label': profileWords().close(model.name) }, ['×']);
    close.addEventListener('click', this.onClose);
    // On a phone the profile is a sheet over the map that starts as a strip, so that the map stays in view; it opens on demand.
    const more = el('button', { type: 'button', class: 'profile-more', 'aria-expanded': 'false', 'aria-controls': 'profile-body' }, [profileWords().more]);
    more.addEventListener('click', () => {
      const open = !this.element.classList.contains('is-open');
      this.element.classList.toggle('is-open', open);
      more.setAttribute('aria-expanded', String(open));
      more.textContent = open ? profileWords().less : profileWords().more;
    });
    const chartSlot = el('div', { class: 'profile-chart-slot' });
    const chartTitle = el('h3', { id: 'profile-chart-title' });
    const switches = CHART_KINDS.map((kind) => {
      const button = el('button', { type: 'button', class: 'chart-switch', 'aria-pressed': String(kind === this.chartKind) }, [
        profileWords().chartKinds[kind],
      ]);
      button.addEventListener('click', () => {
        this.chartKind = kind;
        switches.forEach((other, index) => other.setAttribute('aria-pressed', String(CHART_KINDS[index] === kind)));
        this.drawChart(model, chartTitle, chartSlot);
      });
      return button;
    });
    this.element.classList.remove('is-open');
    this.element.replaceChildren(
      el('div', { class: 'profile-head' }, [el('h2', { id: 'profile-title' }, [model.name]), more, close]),
      el('p', { class: 'profile-region' }, [model.regionLine]),
      definitionList('profile-facts', model.facts),
      el('h3', {}, [profileWords().beside]),
      definitionList('profile-facts profile-comparisons', model.comparisons),
      chartTitle,
      el('div', { class: 'chart-switches', role: 'group', 'aria-label': profileWords().chartShows }, switches),
      chartSlot,
      yearTable(model.years),
      ...(model.publishedTotals.length === 0 ? [] : [el('h3', {}, [profileWords().publisherTotals]), publishedTotalsList(model.publishedTotals)]),
    );
    this.element.hidden = false;
    this.drawChart(model, chartTitle, chartSlot);
  }

  private drawChart(model: ProfileModel, title: HTMLElement, slot: HTMLElement): void {
    const chart: ProfileChartModel = model.charts[this.chartKind];
    title.textContent = profileWords().chartTitle(chart.valueLabel);
    this.chart ??= import('./profile-chart');
    void this.chart.then(({ profileChart }) => {
      // A later profile, or the other chart, has taken over meanwhile.
      if (this.shown !== model || model.charts[this.chartKind] !== chart) return;
      slot.replaceChildren(
        profileChart(chart),
        el(
          'ul',
          { class: 'chart-key' },
          chart.lines.map((line) => el('li', { class: line.className }, [line.label])),
        ),
      );
    });
  }
}

/** The chart's figures as numbers, the year shown marked. */
function yearTable(table: ProfileModel['years']): HTMLElement {
  const head = el(
    'tr',
    {},
    table.columns.map((column) => el('th', { scope: 'col' }, [column])),
  );
  const rows = table.rows.map((row) =>
    el(
      'tr',
      { class: [row.shown ? 'is-shown' : '', row.afterBreak ? 'after-break' : ''].join(' ').trim(), ...(row.shown ? { 'aria-current': 'true' } : {}) },
      row.cells.map((cell, index) => (index === 0 ? el('th', { scope: 'row' }, [cell]) : el('td', {}, [cell]))),
    ),
  );
  return el('div', { class: 'table-scroll', tabindex: 0, role: 'group', 'aria-label': table.caption }, [
    el('table', { class: 'profile-years' }, [el('caption', {}, [table.caption]), el('thead', {}, [head]), el('tbody', {}, rows)]),
  ]);
}

function definitionList(className: string, facts: readonly { term: string; value: string }[]): HTMLDListElement {
  return el(
    'dl',
    { class: className },
    facts.flatMap(({ term, value }) => [el('dt', {}, [term]), el('dd', {}, [value])]),
  );
}
