import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/datasets/dataset';
import { homeOfficeReleaseSchema, offenceCatalogSchema } from '../../src/datasets/offence-catalog';
import { aboutModel } from '../../src/view-model/about-model';
import { readGeneratedJson, readProjectFile } from '../helpers';

const homeOffice = datasetSchema.parse(readGeneratedJson('offences/code-86.json'));
const nspcc = datasetSchema.parse(readGeneratedJson('datasets/nspcc-foi.json'));
const catalog = offenceCatalogSchema.parse(readGeneratedJson('offences/index.json'));

const sectionOrNone = (model: ReturnType<typeof aboutModel>, heading: string) => model.sections.find((candidate) => candidate.heading === heading);
const section = (model: ReturnType<typeof aboutModel>, heading: string) => sectionOrNone(model, heading)!;

describe('About these figures, Home Office', () => {
  const about = aboutModel(homeOffice, 43, { facts: catalog.release, notOffered: catalog.notOffered.length });
  const notMapped = section(about, 'What is left out, and why').list!.find((item) => item.includes('not mapped'))!;

  it('gives every reason a series is not mapped, the partial year among them', () => {
    // data/home-office/offences.csv: 48 not offered; 10 of them (28I–28P, 29B, 29C) count only in 2023/24, which this release holds in part.
    expect(notMapped).toMatch(/^48 series are not mapped/);
    expect(notMapped).toContain('2023/24');
    expect(notMapped).not.toContain('every force recorded 0 in every year');
  });

  it('speaks of yearly totals, not of figures, where it says a series is all 0 (Cheshire’s 2012/13 quarters of code 65 are +1 and −1)', () => {
    expect(notMapped).toContain('yearly total');
  });

  it('says that the estimates for mid-2012 to mid-2020 are those made before the Census 2021 revision', () => {
    const rates = section(about, 'How rates are worked out').paragraphs.join(' ');
    expect(rates).toMatch(/mid-2012 to mid-2020[^.]*before[^.]*Census 2021/);
  });
});

describe('About these figures, NSPCC', () => {
  const about = aboutModel(nspcc, 24, undefined);
  const sources = section(about, 'Where they come from').list!;

  it('lists a source that gave only published totals as such, never as “0 figures”', () => {
    // data/nspcc-*.csv: 24 (release, page) pairs give force figures; 8 more give only totals.
    expect(sources).toHaveLength(32);
    expect(sources.filter((item) => item.includes('0 figures'))).toEqual([]);
    expect(sources.filter((item) => /published totals? only/.test(item))).toHaveLength(8);
  });

  it('shows readers no path of the repository', () => {
    expect(sources.filter((item) => item.includes('../') || item.includes('seed/'))).toEqual([]);
  });
});

describe('About these figures: status, breaks and intervals', () => {
  it('gives the status of police recorded crime: official statistics, not accredited official statistics', () => {
    const status = sectionOrNone(aboutModel(homeOffice, 43, undefined), 'How far the figures can be trusted')!;
    expect(status.paragraphs[0]).toContain('official statistics, but not accredited official statistics');
    expect(status.paragraphs[1]).toContain('2014');
    // The NSPCC's figures are not police recorded crime statistics: no such section.
    expect(sectionOrNone(aboutModel(nspcc, 43, undefined), 'How far the figures can be trusted')).toBeUndefined();
  });

  it('names the known breaks of the series shown, or says there are none', () => {
    expect(sectionOrNone(aboutModel(homeOffice, 43, undefined), 'Breaks in this series')!.list).toEqual([]);
    const withoutInjury = datasetSchema.parse(readGeneratedJson('offences/subgroup-violence-without-injury.json'));
    expect(sectionOrNone(aboutModel(withoutInjury, 43, undefined), 'Breaks in this series')!.list).toEqual([
      'After 2012/13: code 8L (Harassment) was counted here until 2012/13, then under Stalking and harassment.',
      'After 2012/13: code 8M (Racially or religiously aggravated harassment) was counted here until 2012/13, then under Stalking and harassment.',
    ]);
  });

  it('says how intervals and the comparison are worked out', () => {
    const intervals = sectionOrNone(aboutModel(nspcc, 43, undefined), 'Is a difference real? Intervals')!;
    expect(intervals.paragraphs.join(' ')).toMatch(/Garwood.*within year-to-year variation.*higher or lower.*small number: the rate is unstable/s);
  });
});

describe('aboutModel: how current the Home Office figures are', () => {
  const dataset = datasetSchema.parse(readGeneratedJson('offences/code-86.json'));
  const facts = homeOfficeReleaseSchema.parse(JSON.parse(readProjectFile('data/home-office/release.json')));

  it('names the release and its last full year, and the Home Office page (as text) where a newer one is, to drop here', () => {
    const section = aboutModel(dataset, 43, { facts, notOffered: 0 }).sections.find((entry) => entry.heading === 'How current these figures are');
    expect(section?.paragraphs).toEqual([
      'These figures are from the Home Office open data tables, 19 October 2023 (home-office-prc-pfa-2012-13-to-2023-24q1.csv); its last full year is 2022/23.',
      'The Home Office publishes newer releases on its page "Police recorded crime and outcomes open data tables" (www.gov.uk/government/statistics/police-recorded-crime-open-data-tables), as a spreadsheet named like prc-pfa-mar2013-onwards-tables-DDMMYY.ods. Download it, open "Map your own figures" and drop the file here to map it: it is read in this browser and never uploaded.',
    ]);
    expect(section?.link).toBeUndefined();
  });

  it('says nothing of it for figures that are not the Home Office release', () => {
    expect(aboutModel(dataset, 43, undefined).sections.map((entry) => entry.heading)).not.toContain('How current these figures are');
  });
});
