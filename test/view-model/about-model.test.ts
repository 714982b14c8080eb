import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/datasets/dataset';
import { aboutModel } from '../../src/view-model/about-model';
import { homeOffice, nspcc } from '../export/picture-fixture';
import { readGeneratedJson } from '../helpers';

const section = (model: ReturnType<typeof aboutModel>, heading: string) => model.sections.find((each) => each.heading === heading);

describe('About these figures: status, breaks and intervals', () => {
  it('gives the status of police recorded crime: official statistics, not accredited official statistics', () => {
    const status = section(aboutModel(homeOffice, 43, undefined), 'How far the figures can be trusted')!;
    expect(status.paragraphs[0]).toContain('official statistics, but not accredited official statistics');
    expect(status.paragraphs[1]).toContain('2014');
    // The NSPCC's figures are not police recorded crime statistics: no such section.
    expect(section(aboutModel(nspcc, 43, undefined), 'How far the figures can be trusted')).toBeUndefined();
  });

  it('names the known breaks of the series shown, or says there are none', () => {
    expect(section(aboutModel(homeOffice, 43, undefined), 'Breaks in this series')!.list).toEqual([]);
    const withoutInjury = datasetSchema.parse(readGeneratedJson('offences/subgroup-violence-without-injury.json'));
    expect(section(aboutModel(withoutInjury, 43, undefined), 'Breaks in this series')!.list).toEqual([
      'After 2012/13: code 8L (Harassment) was counted here until 2012/13, then under Stalking and harassment.',
      'After 2012/13: code 8M (Racially or religiously aggravated harassment) was counted here until 2012/13, then under Stalking and harassment.',
    ]);
  });

  it('says how intervals and the comparison are worked out', () => {
    const intervals = section(aboutModel(nspcc, 43, undefined), 'Is a difference real? Intervals')!;
    expect(intervals.paragraphs.join(' ')).toMatch(/Garwood.*within year-to-year variation.*higher or lower.*small number: the rate is unstable/s);
  });
});
