import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/datasets/dataset';
import { MEASURE_IDS } from '../../src/model/measures';
import type { AppState } from '../../src/state/app-state';
import { DEFAULT_STATE } from '../../src/state/app-state';
import { derivePage, type PageModel } from '../../src/view-model/page-model';
import { afterFirstMap } from '../../src/view-model/after-first-map';
import { describedExport } from '../../src/view-model/export-model';
import { profileModel } from '../../src/view-model/profile-model';
import { homeOffice, pageData } from '../export/picture-fixture';
import { readGeneratedJson } from '../helpers';
import { en } from '../../src/i18n/en';
import { cy } from '../../src/i18n/cy';

const DORSET = 'E23000039';

function page(state: Partial<AppState>, hovered = DORSET): PageModel['content'] & object {
  const model = derivePage({
    state: { ...DEFAULT_STATE, dataset: homeOffice.meta.id, ...state },
    notices: [],
    data: pageData,
    datasets: [],
    figures: { status: 'ready', dataset: homeOffice },
    offenceCatalog: undefined,
    modules: { profile: profileModel, about: undefined },
    transient: { hovered: { code: hovered, point: { x: 10, y: 10 }, sticky: false }, keyboard: undefined, playing: false },
  });
  return model.content!;
}

describe('intervals and comparisons as the reader sees them', () => {
  it('Dorset, code 86, 2022/23: 43.4 per 100,000, 95% interval 38.9 to 48.3, lower than England and Wales', () => {
    // 341 offences, mid-2022 population 785,200; interval: python3 scipy chi2.ppf(0.025, 682) / 2 and chi2.ppf(0.975, 684) / 2, per 785,200, × 100,000.
    // England and Wales 2022/23 is 67.2 (40,464 offences among 60,227,200 people, summed from the raw tables in python).
    const content = page({ year: '2022/23', force: DORSET });
    const card = content.tooltip!.model;
    expect(card.value).toBe('43.4 per 100,000 people');
    expect(card.interval).toBe('95% interval 38.9 to 48.3');
    expect(card.comparison).toBe('lower than England and Wales');
    const profile = content.profile!;
    expect(profile.facts[0]).toEqual({ term: 'Offences per 100,000 people, 2022/23', value: '43.4 per 100,000 people (95% interval 38.9 to 48.3)' });
    expect(profile.facts).toContainEqual({ term: 'Rate compared with England and Wales (by its 95% interval)', value: 'lower than England and Wales' });
    const row = content.table!.rows.find((each) => each.code === DORSET)!;
    expect(row.cells.interval.text).toBe('38.9 to 48.3');
    expect(profile.years.rows.at(-1)!.cells).toEqual(['2022/23', '341', '43.4', '38.9 to 48.3', '']);
  });

  it('the comparison is offered as a measure, and colours Dorset by the category "lower"', () => {
    expect(MEASURE_IDS).toContain('compared');
    const content = page({ year: '2022/23', measure: 'compared', region: 'South West' });
    expect(content.controls.measures.map((choice) => choice.label)).toContain('Offences per 100,000 people compared with England and Wales');
    expect(content.legend.rows.map((row) => row.label)).toEqual([
      'lower than England and Wales',
      'similar to England and Wales',
      'higher than England and Wales',
    ]);
    const lower = content.legend.rows[0]!.color;
    expect(content.map.fills.get(DORSET)).toBe(lower);
    // With a region in focus the card compares with the region too; the card gives the rate the category was judged by.
    const card = content.tooltip!.model;
    expect(card.value).toBe('43.4 per 100,000 people');
    expect(card.comparison).toMatch(/^lower than England and Wales; (higher than|similar to|lower than) the South West$/);
    expect(card.rank).toBeUndefined();
  });

  it('Dorset 2015/16 to 2016/17: +132.1% (95% interval +78% to +205%), beyond year-to-year variation; 2022/23 is within it and drawn lighter', () => {
    // 81 to 188 offences; python3 scipy beta.ppf(0.025, 188, 82), beta.ppf(0.975, 189, 81): ratio p / (1 − p) 1.780 to 3.050.
    const rise = page({ year: '2016/17', measure: 'change-previous', force: DORSET });
    expect(rise.tooltip!.model.value).toBe('+132.1%');
    expect(rise.tooltip!.model.interval).toBe('95% interval +78% to +205%');
    expect(rise.tooltip!.model.cautions).toEqual([]);
    expect(rise.profile!.facts[0]!.value).toBe('+132.1% (95% interval +78% to +205%)');
    // 364 to 341: −6.3%, 95% interval −19% to +9% (scipy as above with 341 and 364).
    const fall = page({ year: '2022/23', measure: 'change-previous' });
    expect(fall.tooltip!.model.interval).toBe('95% interval −19% to +9%');
    expect(fall.tooltip!.model.cautions).toEqual(['within year-to-year variation']);
    expect(fall.legend.note).toContain('Lighter: within year-to-year variation');
    const classColours = fall.legend.rows.map((row) => row.color);
    expect(classColours).not.toContain(fall.map.fills.get(DORSET));
    expect(classColours).toContain(rise.map.fills.get(DORSET));
  });

  it('a count under 10 carries "small number: the rate is unstable"', () => {
    // The City of London recorded fewer than 10 offences in 2020/21 (raw tables: data/home-office/figures).
    const city = page({ year: '2020/21' }, 'E23000034');
    expect(city.tooltip!.model.cautions).toContain('small number: the rate is unstable');
    expect(page({ year: '2022/23' }).tooltip!.model.cautions).toEqual([]);
  });
});

describe('breaks in a series', () => {
  // data/home-office/offences.csv: codes 8L and 8M were "counted under Violence without injury until 2012/13".
  const withoutInjury = datasetSchema.parse(readGeneratedJson('offences/subgroup-violence-without-injury.json'));
  const content = (state: Partial<AppState>) =>
    derivePage({
      state: { ...DEFAULT_STATE, dataset: 'home-office', offence: 'subgroup:violence-without-injury', ...state },
      notices: [],
      data: pageData,
      datasets: [],
      figures: { status: 'ready', dataset: withoutInjury },
      offenceCatalog: undefined,
      modules: { profile: profileModel, about: undefined, afterFirstMap },
      transient: { hovered: { code: DORSET, point: { x: 10, y: 10 }, sticky: false }, keyboard: undefined, playing: false },
    }).content!;

  it('the subgroups the codes left and joined know the break; the code itself does not move', () => {
    expect(withoutInjury.meta.offence?.breaks?.map(({ after }) => after)).toEqual(['2012/13', '2012/13']);
    const [moved] = withoutInjury.meta.offence!.breaks!;
    expect(moved).toEqual({ kind: 'moved-out', after: '2012/13', code: { code: '8L', name: 'Harassment' }, to: 'Stalking and harassment' });
    expect(en.series.break(moved!)).toBe('code 8L (Harassment) was counted here until 2012/13, then under Stalking and harassment');
    expect(cy.series.break(moved!)).toBe('cyfrifwyd cod 8L (Harassment) yma hyd at 2012/13, yna o dan Stalking and harassment');
    const joined = datasetSchema
      .parse(readGeneratedJson('offences/subgroup-stalking-and-harassment.json'))
      .meta.offence!.breaks!.find((found) => found.kind === 'moved-in');
    expect(joined).toEqual({ kind: 'moved-in', after: '2012/13', code: { code: '8L', name: 'Harassment' }, from: 'Violence without injury' });
    expect(en.series.break(joined!)).toBe('code 8L (Harassment) was counted under Violence without injury until 2012/13, then here');
    expect(cy.series.break(joined!)).toBe('cyfrifwyd cod 8L (Harassment) o dan Violence without injury hyd at 2012/13, yna yma');
    expect(datasetSchema.parse(readGeneratedJson('offences/code-8l.json')).meta.offence?.breaks).toBeUndefined();
  });

  it('a change whose base is before the break says so, in the tooltip, the profile and the CSV; one after it does not', () => {
    const across = content({ measure: 'change-base', base: '2012/13', year: '2016/17', force: DORSET });
    expect(across.tooltip!.model.cautions).toContain('the base year, 2012/13, is before a break in the series (after 2012/13)');
    expect(across.profile!.facts.find((fact) => fact.term === 'Caution')!.value).toContain(
      'code 8M (Racially or religiously aggravated harassment) was counted here until 2012/13',
    );
    const csv = describedExport(across.export)
      .figureRows()
      .find((row) => row.code === DORSET && row.year === '2016/17')!;
    expect(csv.note).toContain('change since 2012/13: the base year, 2012/13, is before a break in the series (after 2012/13): code 8L');
    const after = content({ measure: 'change-base', base: '2013/14', year: '2016/17', force: DORSET });
    expect(after.tooltip!.model.cautions.join()).not.toContain('break');
    // The previous year's change across the break, in 2013/14, says so too.
    expect(content({ measure: 'change-previous', year: '2013/14' }).tooltip!.model.cautions).toContain(
      'the base year, 2012/13, is before a break in the series (after 2012/13)',
    );
  });

  it('the profile marks the years across the break in its chart and its table', () => {
    const profile = content({ force: DORSET }).profile!;
    expect(profile.charts.rate.breakBefore.slice(0, 3)).toEqual([false, true, false]);
    expect(profile.years.rows.map((row) => row.afterBreak).slice(0, 3)).toEqual([false, true, false]);
    expect(profile.years.rows[1]!.cells.at(-1)).toMatch(/^break in the series since 2012\/13: code 8L/);
  });
});
