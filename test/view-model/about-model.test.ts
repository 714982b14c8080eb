import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/datasets/dataset';
import { homeOfficeReleaseSchema } from '../../src/datasets/offence-catalog';
import { aboutModel } from '../../src/view-model/about-model';
import { readGeneratedJson, readProjectFile } from '../helpers';

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
