import { describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/i18n/language';
import { datasetSchema, type Dataset } from '../../src/datasets/dataset';
import { populationSchema } from '../../src/datasets/population';
import { boundariesOf, parseTopology } from '../../src/geography/boundaries';
import { DEFAULT_STATE, type AppState } from '../../src/state/app-state';
import type { UrlNotice } from '../../src/state/url-notices';
import { afterFirstMap } from '../../src/view-model/after-first-map';
import { describedExport } from '../../src/view-model/export-model';
import { aboutModel } from '../../src/view-model/about-model';
import { createPageModel, derivePage, yearsNearest, type ContentModel, type PageData, type PageInput, type PageModules } from '../../src/view-model/page-model';
import { profileModel } from '../../src/view-model/profile-model';
import { forceTable, readGeneratedJson } from '../helpers';
import { plainTotal } from './plain-totals';

const population = populationSchema.parse(readGeneratedJson('population.json'));
const homeOffice = datasetSchema.parse(readGeneratedJson('offences/code-86.json'));
const nspcc = datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json'));
const data: PageData = { forceTable, boundaries: boundariesOf(parseTopology(readGeneratedJson('pfa.topo.json'))), population };
const DORSET = 'E23000039';
/** The panels' code, as the page has it once loaded. */
const MODULES: PageModules = { profile: profileModel, about: aboutModel, afterFirstMap };
/** As the URL store gives them: the same list until a notice comes or goes. */
const NO_NOTICES: readonly UrlNotice[] = [];
const CITY_OF_LONDON = 'E23000034';
const datasets = [
  { id: 'ho-code-86', title: homeOffice.meta.title },
  { id: 'nspcc-foi', title: nspcc.meta.title },
];

function input(state: Partial<AppState> = {}, change: Partial<PageInput> = {}, dataset: Dataset = homeOffice): PageInput {
  return {
    state: { ...DEFAULT_STATE, dataset: dataset.meta.id, ...state },
    notices: NO_NOTICES,
    data,
    datasets,
    figures: { status: 'ready', dataset },
    offenceCatalog: undefined,
    modules: MODULES,
    transient: { hovered: undefined, keyboard: undefined, playing: false },
    ...change,
  };
}

function content(state: Partial<AppState> = {}, change: Partial<PageInput> = {}, dataset: Dataset = homeOffice): ContentModel {
  const page = derivePage(input(state, change, dataset));
  if (!page.content) throw new Error('no content');
  return page.content;
}

/** How many forces each legend row holds in the year shown, from the map's fills. */
function classSizes(page: ContentModel): number[] {
  const fills = [...page.map.fills.values()];
  return page.legend.rows.map((row) => fills.filter((fill) => fill === row.color).length);
}

/** The raw figures, read straight from the dataset file: the oracle the page is checked against. */
function figure(dataset: Dataset, code: string, year: string): number | null | undefined {
  return dataset.observations.find((observation) => observation.code === code && observation.year === year)?.value;
}
function people(code: string, midYear: number): number | undefined {
  return population.byCode[code]?.[String(midYear)]?.[0];
}

describe('the first view', () => {
  const page = content();

  it('maps a rate, not a count, for the latest year', () => {
    expect(page.header.subtitle).toBe('Offences per 100,000 people, 2022/23, England and Wales');
    expect(page.legend.title).toBe('Offences per 100,000 people');
  });

  it('separates the forces: no class holds more than 15 of the 43', () => {
    const sizes = classSizes(page);
    expect(sizes).toHaveLength(5);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(15);
    // The City of London has no mid-2022 population: not available, hatched, in no class.
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(42);
    expect(page.map.fills.get(CITY_OF_LONDON)).toBeNull();
  });

  it('says which year the classes were drawn from', () => {
    expect(page.legend.note).toContain('in 2022/23, used for every year');
  });

  it('keeps the legend still through the years: the same classes in 2012/13 as in 2022/23', () => {
    expect(content({ year: '2012/13' }).legend).toEqual(page.legend);
  });
});

describe('the controls, each one', () => {
  it.each([
    ['quantile', 3],
    ['quantile', 7],
    ['equal-interval', 4],
    ['natural-breaks', 6],
  ] as const)('%s with %i classes: that many legend rows, every one holding a force in some year', (classify, classes) => {
    const rows = content({ classify, classes, scope: 'all-years' }).legend.rows;
    expect(rows).toHaveLength(classes);
    const held = new Set<string>();
    for (const year of homeOffice.years)
      for (const fill of content({ classify, classes, scope: 'all-years', year }).map.fills.values()) if (fill) held.add(fill);
    for (const row of rows) expect(held, row.label).toContain(row.color);
  });

  it('manual breaks: the classes are the reader’s, and switching to manual starts from the breaks on the map', () => {
    const page = content({ classify: 'manual', breaks: [40, 60, 80] });
    expect(page.legend.rows.map((row) => row.label)).toEqual(['under 40.0', '40.0–60.0', '60.0–80.0', '80.0 and over']);
    const starting = content().controls.breaks.starting;
    expect(starting.length).toBe(4);
    expect([...starting].sort((a, b) => a - b)).toEqual(starting);
    const switched = content({ classify: 'manual', breaks: starting });
    expect(switched.controls.method).toBe('manual');
    expect(switched.controls.breaks.error).toBeUndefined();
  });

  it('breaks that cannot be used: quantiles drawn, the method says so, and the reason is shown at the field', () => {
    const notice: UrlNotice = { param: 'breaks', raw: '80, 20', reason: { kind: 'breaks-not-rising', before: '80', after: '20' } };
    const page = content({ classify: 'quantile', breaks: undefined }, { notices: [notice] });
    expect(page.controls.method).toBe('quantile');
    expect(page.controls.breaks).toMatchObject({ shown: true, error: undefined, notice });
  });

  it('scope: the latest year’s breaks, all years’ or each year’s own', () => {
    expect(content({ scope: 'each-year', year: '2012/13' }).legend.rows).not.toEqual(content({ scope: 'each-year', year: '2022/23' }).legend.rows);
    expect(content({ scope: 'all-years', year: '2012/13' }).legend).toEqual(content({ scope: 'all-years', year: '2022/23' }).legend);
    expect(content({ scope: 'each-year', year: '2016/17' }).legend.note).toContain('in 2016/17 alone');
    expect(content({ scope: 'all-years' }).legend.note).toContain('over all years, 2012/13 to 2022/23');
  });

  it('the region’s own scale: classes from its forces, the table showing them', () => {
    const page = content({ region: 'South West', scale: 'region' });
    expect(page.legend.note).toContain('of the figures of the South West in 2022/23');
    expect(page.table!.rows).toHaveLength(5);
    expect(classSizes(page).reduce((a, b) => a + b, 0)).toBe(42);
    expect(page.map.focus?.codes.size).toBe(5);
  });

  it('the table alone: the map is hidden, the table stays', () => {
    const page = content({ view: 'table' });
    expect(page.map.hidden).toBe(true);
    expect(page.table!.rows).toHaveLength(43);
    expect(page.controls.view).toBe('table');
  });

  it('a base year after the year shown is said, not passed over', () => {
    expect(content({ measure: 'change-base', base: '2020/21', year: '2016/17' }).controls.base.notice).toContain('2020/21 comes after the year shown, 2016/17');
    expect(content({ measure: 'change-base', base: '2016/17', year: '2020/21' }).controls.base.notice).toBeUndefined();
  });
});

describe('behaviours a one-line change must not break', () => {
  it('computed classes never leave the lowest class empty: the smallest figure is in it', () => {
    for (const classify of ['quantile', 'equal-interval', 'natural-breaks'] as const) {
      for (const year of ['2012/13', '2022/23']) {
        const page = content({ classify, scope: 'each-year', year, measure: 'count' });
        expect(classSizes(page)[0], `${classify} ${year}`).toBeGreaterThan(0);
      }
    }
  });

  it('manual breaks stay where the reader put them for a change measure (no break moved to 0)', () => {
    const page = content({ measure: 'change-previous', classify: 'manual', breaks: [-10, 10] });
    expect(page.legend.rows.map((row) => row.label)).toEqual(['under −10.0%', '−10.0% to +10.0%', '+10.0% and over']);
  });

  it('England and Wales’ rate is made of the forces with a population estimate only, and says which was left out', () => {
    let count = 0;
    let peopleCounted = 0;
    for (const force of forceTable.forces) {
      const value = figure(homeOffice, force.code, '2022/23');
      const estimate = people(force.code, 2022);
      if (typeof value === 'number' && estimate !== undefined) {
        count += value;
        peopleCounted += estimate;
      }
    }
    const expected = ((count / peopleCounted) * 100_000).toFixed(1);
    const england = content({ force: DORSET, region: 'South West' }).profile!.comparisons.find((fact) => fact.term === 'England and Wales')!;
    expect(england.value).toContain(`${expected} per 100,000 people`);
    expect(england.value).toContain('rate from 42 of them, no population for City of London');
  });

  it('the table’s rate is per 100,000 people, from the same year’s population', () => {
    const table = content({ year: '2016/17', measure: 'count' }).table!;
    const dorset = table.rows.find((row) => row.code === DORSET)!;
    const expected = (figure(homeOffice, DORSET, '2016/17')! / people(DORSET, 2016)!) * 100_000;
    expect(dorset.cells.rate.text).toBe(expected.toFixed(1));
    expect(table.columns.find((column) => column.key === 'rate')?.label).toBe('Per 100,000 people');
  });

  it('the table in Welsh: its headers, caption and words from the Welsh catalogue, the forces’ figures as in English', async () => {
    await useLanguage('cy', () => import('../../src/i18n/cy'));
    try {
      const table = content({ year: '2016/17', measure: 'count', region: 'South West' }).table!;
      expect(table.columns.map((column) => column.label)).toEqual([
        'Heddlu',
        'Rhanbarth',
        'Nifer y troseddau',
        'Fesul 100,000 o bobl',
        'Cyfradd: cyfwng hyder o 95%',
        'Safle',
      ]);
      // Five forces in the South West; the region by its ONS Welsh name, the measure as the Welsh legend names it.
      expect(table.caption).toBe('Nifer y troseddau, 2016/17: 5 heddlu, De-orllewin Lloegr');
      const dorset = table.rows.find((row) => row.code === DORSET)!;
      expect(dorset.cells.region.text).toBe('De-orllewin Lloegr');
      expect(dorset.cells.value.text).toBe('188');
      const perThousand = content({ year: '2016/17', measure: 'rate' }, {}, { ...homeOffice, meta: { ...homeOffice.meta, ratePer: 1000 } }).table!;
      expect(perThousand.columns.find((column) => column.key === 'rate')).toBeUndefined();
      expect(perThousand.columns.find((column) => column.key === 'value')?.label).toBe('Troseddau fesul 1,000 o bobl');
      expect(perThousand.caption).toBe('Troseddau fesul 1,000 o bobl, 2016/17: 43 heddlu, Cymru a Lloegr');
    } finally {
      await useLanguage('en', () => import('../../src/i18n/cy'));
    }
  });

  it('tells a screen reader what the map shows, in the page’s language', async () => {
    expect(content({ year: '2016/17', region: 'South West', force: DORSET }).announcement.text).toBe(
      'Showing offences per 100,000 people, 2016/17, South West, Dorset selected.',
    );
    await useLanguage('cy', () => import('../../src/i18n/cy'));
    try {
      expect(content({ year: '2016/17', region: 'Wales', force: 'W15000001' }).announcement.text).toBe(
        'Yn dangos troseddau fesul 100,000 o bobl, 2016/17, Cymru, Heddlu Gogledd Cymru wedi’i ddewis.',
      );
    } finally {
      await useLanguage('en', () => import('../../src/i18n/cy'));
    }
  });

  it('a rate per 1,000 people where the dataset says so', () => {
    const perThousand: Dataset = { ...homeOffice, meta: { ...homeOffice.meta, ratePer: 1000 } };
    const page = content({ year: '2016/17' }, {}, perThousand);
    const dorset = page.table!.rows.find((row) => row.code === DORSET)!;
    // 188 offences over 767,297 people: 0.245 per 1,000, written to two decimals below 10.
    expect(dorset.cells.value.text).toBe(((figure(homeOffice, DORSET, '2016/17')! / people(DORSET, 2016)!) * 1000).toFixed(2));
    expect(page.legend.title).toBe('Offences per 1,000 people');
  });
});

describe('the Dorset story (NSPCC figures, 2020/21, South West, Dorset)', () => {
  const page = content({ measure: 'count', year: '2020/21', region: 'South West', force: DORSET }, {}, nspcc);

  it('profiles Dorset with its published figures, ranks in its region by name, and one change figure', () => {
    const profile = page.profile!;
    const facts = Object.fromEntries(profile.facts.map((fact) => [fact.term, fact.value]));
    expect(facts['Number of offences, 2020/21']).toBe('212 offences');
    // data/nspcc-foi-figures.csv: Dorset 185 + 266 + 265 + 226 + 212, 2016/17 to 2020/21, every year of them published.
    expect(facts['Total, 2016/17 to 2020/21']).toBe('1,154');
    expect(facts['Rank in the South West']).toBe('2nd of 2 forces with figures');
    expect(profile.facts.filter((fact) => fact.term.startsWith('Change'))).toHaveLength(1);
    expect(facts['Change in the number since 2016/17 (its first year with a figure)']).toBe('+14.6%');
  });

  it('ranks London’s forces “in London”, not “in the London”', () => {
    const london = content({ force: 'E23000001', region: 'London' }).profile!;
    expect(london.facts.map((fact) => fact.term)).toContain('Rank in London');
  });

  it('ranks West Yorkshire “in Yorkshire and The Humber”, not “in the Yorkshire and The Humber”', () => {
    const terms = content({ force: 'E23000010', region: 'Yorkshire and The Humber' }).profile!.facts.map((fact) => fact.term);
    expect(terms).toContain('Rank in Yorkshire and The Humber');
  });

  it('labels a total with the years it sums, and says how many of them were published', () => {
    // data/nspcc-foi-figures.csv: Avon and Somerset 370 (2017/18) + 1,108 (2022/23); 2017/18 to 2022/23 spans 6 years.
    const avon = content({ measure: 'count', year: '2022/23', force: 'E23000036', region: 'South West' }, {}, nspcc).profile!;
    const facts = Object.fromEntries(avon.facts.map((fact) => [fact.term, fact.value]));
    expect(facts['Total, 2017/18 to 2022/23']).toBe('1,478 (2 of those 6 years published)');
  });

  it('hatches the forces with no figure, never colouring them as zero', () => {
    expect(page.map.fills.get('E23000037')).toBeNull(); // Gloucestershire published none
    expect(page.map.fills.get(DORSET)).not.toBeNull();
  });
});

describe('what is recomputed', () => {
  it('a hover changes only what the pointer touches', () => {
    const page = createPageModel();
    const first = page(input())!.content!;
    const hovered = page(
      input({}, { transient: { hovered: { code: DORSET, point: { x: 10, y: 20 }, sticky: false }, keyboard: undefined, playing: false } }),
    ).content!;
    expect(hovered.tooltip?.model.name).toBe('Dorset');
    expect(hovered.legendMarker?.text).toMatch(/^Dorset: /);
    for (const slice of ['map', 'legend', 'table', 'controls', 'header', 'timeline', 'export'] as const) expect(hovered[slice], slice).toBe(first[slice]);
  });

  it('a year step changes the year’s part and leaves the rest', () => {
    const page = createPageModel();
    const first = page(input({ year: '2020/21' }));
    const next = page(input({ year: '2021/22' }));
    expect(next.content!.map).not.toBe(first.content!.map);
    expect(next.content!.table).not.toBe(first.content!.table);
    expect(next.content!.controls).toBe(first.content!.controls);
    expect(next.place).toBe(first.place);
    // The classes hold still while the years go by (the latest year's breaks).
    expect(next.content!.legend).toBe(first.content!.legend);
  });

  it('figures that could not be loaded show nothing under their name, and say why', () => {
    const page = derivePage(input({ dataset: 'nspcc-foi' }, { figures: { status: 'failed', id: 'nspcc-foi', message: 'the server answered 500' } }));
    expect(page.content).toBeUndefined();
    expect(page.failure).toEqual({ title: nspcc.meta.title, message: 'the server answered 500' });
  });
});

describe('totals the publisher gave, where a reader looks for them', () => {
  it('shows the South West’s in the region’s view, reconciled with the figures here', () => {
    const totals = content({ region: 'South West' }, {}, nspcc).publishedTotals!;
    expect(totals.heading).toBe('Totals the publisher gave for the South West');
    const southWest = totals.items.map(plainTotal).find((item) => item.heading === 'South West, 2016/17 to 2020/21: 6,852')!;
    // Dorset 1,154 + Devon and Cornwall 3,632 + Avon and Somerset 370 (2017/18 only).
    expect(southWest.text).toContain(`add up to ${(1154 + 3632 + 370).toLocaleString('en-GB')}`);
    // Dorset's and Devon and Cornwall's came in the Nov 2021 release, Avon and Somerset's in Mar 2024 (data/nspcc-foi-figures.csv).
    expect(southWest.text).toContain('5,156, from the NSPCC FOI Nov 2021 and NSPCC FOI Mar 2024 releases;');
  });

  it('says when a sum mixes releases: the North West but Cumbria, 2016/17, is Cheshire’s 226 (Nov 2021) and Lancashire’s 591 (Feb 2023)', () => {
    const items = content({ region: 'North West' }, {}, nspcc).publishedTotals!.items.map(plainTotal);
    const northWest = items.find((item) => item.heading === 'North West excluding Cumbria, 2016/17: 2,107')!;
    // The total's own release (Feb 2023) first.
    expect(northWest.text).toContain(`add up to ${226 + 591}, from the NSPCC FOI Feb 2023 and NSPCC FOI Nov 2021 releases;`);
  });

  it('names no release beside a sum made of the total’s own: Wales, 2016/17 (Sep 2018)', () => {
    const wales = content({ region: 'Wales' }, {}, nspcc)
      .publishedTotals!.items.map(plainTotal)
      .find((item) => item.heading === 'Wales, 2016/17: 1,437')!;
    expect(wales.text).toMatch(/add up to [\d,]+; /);
  });

  it('shows the UK’s in the national view, saying it covers more than the map', () => {
    const totals = content({}, {}, nspcc).publishedTotals!;
    const uk = totals.items.map(plainTotal).find((item) => item.heading === 'United Kingdom, 2016/17 to 2020/21: 107,555')!;
    expect(uk.text).toContain('for the whole United Kingdom');
    expect(uk.text).not.toMatch(/add up to/);
  });

  it('leaves them to the profile when a force is chosen, and shows none for figures without published totals', () => {
    expect(content({ region: 'South West', force: DORSET }, {}, nspcc).publishedTotals).toBeUndefined();
    expect(content({ region: 'South West' }).publishedTotals).toBeUndefined();
  });

  it('says of a region total whose forces the publisher did not list that no sum is compared', () => {
    const northWest = content({ region: 'North West' }, {}, nspcc).publishedTotals!;
    expect(northWest.items.map(plainTotal).find((item) => item.heading.startsWith('North West, 2016/17 to 2020/21'))!.text).toContain(
      'did not say which forces it covers',
    );
  });
});

describe('the year a series opens on, and the year kept across a switch (issue 19, item 8)', () => {
  // Counted with python3 over public/generated/datasets/nspcc-foi.json: forces with a figure per year, 2016/17 to 2022/23,
  // 21, 21, 4, 5, 6, 8, 4, of 24 forces with any; three quarters of 24 is 18, so the latest year with 18 or more is 2017/18.
  it('opens the NSPCC figures on the latest year with figures for three quarters of the forces, not on 2022/23 with 4', () => {
    const page = content({ measure: 'count' }, {}, nspcc);
    expect(page.timeline.years[page.timeline.index]).toBe('2017/18');
    expect(page.header.subtitle).toBe('Number of offences, 2017/18, England and Wales');
    expect(page.controls.scopes[0]!.label).toBe('From 2017/18, for every year');
  });

  it('opens the Home Office figures, published for all 43 forces every year, on the latest year', () => {
    const page = content({ measure: 'rate' });
    expect(page.timeline.years[page.timeline.index]).toBe('2022/23');
  });

  it('shows the year the reader chose in the series switched to when it has that year, whatever that series opens on', () => {
    for (const [year, dataset] of [
      ['2019/20', nspcc],
      ['2022/23', nspcc],
      ['2014/15', homeOffice],
    ] as const) {
      const page = content({ measure: 'count', year }, {}, dataset);
      expect(page.timeline.years[page.timeline.index], `${dataset.meta.id} ${year}`).toBe(year);
    }
  });
});

describe('the table’s columns, as each measure’s record says', () => {
  const keys = (state: Partial<AppState>) => content({ year: '2016/17', ...state }).table!.columns.map((column) => column.key);

  it('leaves out the plain figure the measure already is, and the rank of a comparison’s categories', () => {
    expect(keys({ measure: 'count' })).toEqual(['name', 'region', 'value', 'rate', 'interval', 'rank']);
    expect(keys({ measure: 'rate' })).toEqual(['name', 'region', 'value', 'count', 'interval', 'rank']);
    expect(keys({ measure: 'change-previous' })).toEqual(['name', 'region', 'value', 'count', 'rate', 'interval', 'rank']);
    expect(keys({ measure: 'change-base', base: '2014/15' })).toEqual(['name', 'region', 'value', 'count', 'rate', 'interval', 'rank']);
    expect(keys({ measure: 'compared' })).toEqual(['name', 'region', 'value', 'count', 'rate', 'interval']);
  });

  it('heads the interval column with what it is the interval of: a change’s own, else the rate’s', () => {
    const intervalLabel = (state: Partial<AppState>) =>
      content({ year: '2016/17', ...state }).table!.columns.find((column) => column.key === 'interval')!.label;
    expect(intervalLabel({ measure: 'change-base', base: '2014/15' })).toBe('Change: 95% interval');
    expect(intervalLabel({ measure: 'count' })).toBe('Rate: 95% interval');
    expect(intervalLabel({ measure: 'compared' })).toBe('Rate: 95% interval');
  });
});

describe('intervals worked out ahead of need', () => {
  // A dataset object of its own: the intervals worked out are kept per dataset, and another test's must not count here.
  const fresh = () => datasetSchema.parse(readGeneratedJson('offences/code-86.json'));
  const dorsetInterval = (page: ContentModel) => page.table!.rows.find((row) => row.code === DORSET)!.cells.interval.text;
  /** Time for `count` asks of hasTime(), then none. */
  const forAsks = (count: number) => {
    let asked = 0;
    return () => asked++ < count;
  };

  it('the description waits for its code (loaded after the first map); until then the page has not settled and an export says so', () => {
    const waiting = content({}, { settling: false, modules: {} });
    expect(waiting.description).toBeUndefined();
    expect(waiting.settled).toBe(false);
    expect(waiting.export.afterFirstMap).toBeUndefined();
    expect(() => describedExport(waiting.export)).toThrow('The map’s description in words is still loading: try again in a moment.');
    const described = content({}, { settling: false });
    expect(described.settled).toBe(true);
    expect(described.description).toMatch(/^Map of offences per 100,000 people by police force area, England and Wales, 2022\/23\. Highest: /);
  });

  it('the table waits while the shown year’s intervals are pending, unless the table is the view', () => {
    expect(content({}, { settling: true }).table).toBeUndefined();
    expect(content({ view: 'table' }, { settling: true }).table?.rows).toHaveLength(43);
    expect(content({}, { settling: false }).table?.rows).toHaveLength(43);
    expect(content({}).table?.rows).toHaveLength(43);
  });

  it('works out the shown year first, a force at a time, then the others, and stops when it has no time left', () => {
    const dataset = fresh();
    // The table pending, as on a first load: nothing has asked for 2022/23's intervals yet.
    const { workAhead } = content({ year: '2022/23' }, { settling: true }, dataset);
    expect(workAhead(forAsks(10))).toEqual({ shownYear: false, everyYear: false });
    // 43 forces in a year: the 33 left of 2022/23 complete it, and the next year gets no time.
    expect(workAhead(forAsks(33))).toEqual({ shownYear: true, everyYear: false });
    expect(workAhead(() => true)).toEqual({ shownYear: true, everyYear: true });
    expect(workAhead(() => false)).toEqual({ shownYear: true, everyYear: true });
    // Worked out piecemeal or at once, the figures are the same: 341 offences among 785,200 people (scipy, see significance-text.test.ts).
    expect(dorsetInterval(content({ year: '2022/23' }, {}, dataset))).toBe('38.9 to 48.3');
    expect(dorsetInterval(content({ year: '2022/23' }, {}, fresh()))).toBe('38.9 to 48.3');
  });

  it('with a force chosen, works out its years first (its profile shows them all), then the shown year', () => {
    const dataset = fresh();
    // No profile yet (its code not loaded): nothing has asked for Dorset's years.
    const { workAhead } = content({ year: '2022/23', force: DORSET }, { settling: true, modules: {} }, dataset);
    // 11 asks go to Dorset's 11 years; 32 of the 42 other forces of 2022/23 follow.
    expect(workAhead(forAsks(43))).toEqual({ shownYear: false, everyYear: false });
    expect(workAhead(forAsks(10))).toEqual({ shownYear: true, everyYear: false });
    // Without a force chosen, the same 43 asks complete the year.
    expect(content({ year: '2022/23' }, { settling: true }, fresh()).workAhead(forAsks(43))).toEqual({ shownYear: true, everyYear: false });
  });

  it('a new measure or other classes keep what was worked out for the same figures; another base year does not share change intervals', () => {
    const dataset = fresh();
    content({ year: '2022/23' }, {}, dataset).workAhead(() => true);
    expect(content({ year: '2022/23', measure: 'count', classes: 4 }, {}, dataset).workAhead(() => false)).toEqual({ shownYear: true, everyYear: true });
    // A change map's colours need the shown year's change intervals (lighter within year-to-year variation): that year is worked out to draw it.
    expect(content({ year: '2022/23', measure: 'change-base', base: '2016/17' }, {}, dataset).workAhead(() => false)).toEqual({
      shownYear: true,
      everyYear: false,
    });
  });

  it('orders the years outwards from the shown one, the later first at each distance', () => {
    expect(yearsNearest(10, 11)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(yearsNearest(0, 4)).toEqual([0, 1, 2, 3]);
    expect(yearsNearest(2, 5)).toEqual([2, 3, 1, 4, 0]);
    expect(yearsNearest(0, 1)).toEqual([0]);
  });
});
