import { describe, expect, it } from 'vitest';
import { offenceCatalogSchema } from '../../src/datasets/offence-catalog';
import { DEFAULT_STATE } from '../../src/state/app-state';
import { resolveOffence } from '../../src/state/resolve-offence';
import { resolveStateForDataset } from '../../src/state/resolve-state-for-dataset';
import { en } from '../../src/i18n/en';
import { cy } from '../../src/i18n/cy';
import { plainNoticeText } from './plain-messages';
import { readGeneratedJson } from '../helpers';

const catalog = offenceCatalogSchema.parse(readGeneratedJson('offences/index.json'));

describe('resolveOffence: a link’s offence against the series on offer', () => {
  it('keeps an offence that is mapped', () => {
    const state = { ...DEFAULT_STATE, offence: 'group:sexual-offences' };
    expect(resolveOffence(state, catalog)).toEqual({ state, notices: [] });
  });

  it('falls back to code 86 for an outcomes-only code, saying why it is not mapped', () => {
    const { state, notices } = resolveOffence({ ...DEFAULT_STATE, offence: '12' }, catalog);
    expect(state.offence).toBe('86');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.param).toBe('offence');
    expect(plainNoticeText(notices[0]!)).toMatch(
      /^Ignored "offence=12": .* is not mapped: .*outcomes only.*\. Obscene publications etc \(code 86\) is shown\.$/,
    );
  });

  it('falls back for an offence the table does not have, naming it', () => {
    const { notices } = resolveOffence({ ...DEFAULT_STATE, offence: '999' }, catalog);
    expect(plainNoticeText(notices[0]!)).toContain('the Home Office table has no offence "999"');
  });

  it('leaves the offence alone while another dataset is shown', () => {
    const state = { ...DEFAULT_STATE, dataset: 'nspcc-foi', offence: '999' };
    expect(resolveOffence(state, catalog).notices).toEqual([]);
  });
});

describe('a part year asked for by a link', () => {
  it('is said to be left out because the release holds only some of its quarters', () => {
    const { notices } = resolveStateForDataset({ ...DEFAULT_STATE, year: '2023/24' }, ['2021/22', '2022/23'], [{ year: '2023/24', quarters: 1 }]);
    expect(plainNoticeText(notices[0]!)).toBe(
      'Ignored "year=2023-24": 2023/24 is left out: only April to June published in this release, so the latest year, 2022/23, is shown.',
    );
  });

  it('names the months a part year holds', () => {
    expect([1, 2, 3].map(en.years.partYear)).toEqual(['only April to June', 'only April to September', 'only April to December']);
    // After "i" the month takes the soft mutation: Mehefin, Medi, Rhagfyr.
    expect([1, 2, 3].map(cy.years.partYear)).toEqual(['Ebrill i Fehefin yn unig', 'Ebrill i Fedi yn unig', 'Ebrill i Ragfyr yn unig']);
  });
});
