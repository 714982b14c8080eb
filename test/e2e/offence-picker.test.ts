import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppPage, waitForMapIdle } from './browser';

const DORSET = 'E23000039';

/**
 * Dorset's counts summed by hand from the raw Home Office table
 * (home-office-prc-pfa-2012-13-to-2023-24q1.csv, the four quarters of each
 * financial year): sexual offences, and every offence group but fraud.
 */
const DORSET_SEXUAL_OFFENCES = { '2016/17': '1,419', '2022/23': '2,348' };
const DORSET_ALL_CRIME = { '2016/17': '45,215', '2022/23': '51,829' };

/**
 * Chooses an offence the way a keyboard user does: to the button, Enter,
 * type, Enter. (The address is written a task after the change, once for
 * all the changes of that task: tests wait for it rather than read it at once.)
 */
async function chooseOffence(page: Page, typed: string, expected: string, title: string): Promise<void> {
  await page.focus('#offence-button');
  await page.keyboard.press('Enter');
  const search = page.locator('#offence-picker-search');
  await search.waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.activeElement?.id === 'offence-picker-search');
  await page.keyboard.type(typed);
  const active = page.locator('.offence-option[aria-selected="true"] .offence-option-name');
  await page.waitForFunction((name) => document.querySelector('.offence-option[aria-selected="true"] .offence-option-name')?.textContent === name, expected);
  expect(await active.textContent()).toBe(expected);
  await page.keyboard.press('Enter');
  await search.waitFor({ state: 'hidden' });
  // The new figures load first (after the catalogue's check): the title changes once they are drawn from.
  await page.waitForFunction((name) => document.querySelector('#map-title')?.textContent?.includes(name), title);
  await waitForMapIdle(page);
}

async function dorsetRow(page: Page): Promise<string> {
  return (await page.locator(`#force-table tr[data-code="${DORSET}"]`).textContent()) ?? '';
}

describe('the offence picker maps every offence the Home Office publishes by force (issue 11)', () => {
  const app = useAppPage(() => inject('baseUrl'), '?measure=count');

  it('maps Dorset’s sexual offences, chosen by keyboard, with the offence in the link and the title', async () => {
    const { page } = app();
    await chooseOffence(page, 'sexual', 'Sexual offences', 'Sexual offences');
    await page.waitForFunction(() => decodeURIComponent(window.location.search).includes('offence=group:sexual-offences'), null, { timeout: 5_000 });
    expect(await page.textContent('#map-title')).toContain('Sexual offences');
    expect(await page.textContent('#offence-button')).toContain('Sexual offences');
    expect(await dorsetRow(page)).toContain(DORSET_SEXUAL_OFFENCES['2022/23']);
    // Focus is back where the reader started.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('offence-button');
  });

  it('maps all crime excluding fraud, and keeps the offence as the year changes', async () => {
    const { page } = app();
    await chooseOffence(page, 'all police', 'All police recorded crime, excluding fraud', 'All police recorded crime');
    await page.waitForFunction(() => window.location.search.includes('offence=all'), null, { timeout: 5_000 });
    expect(await dorsetRow(page)).toContain(DORSET_ALL_CRIME['2022/23']);
    await page.goto(`${inject('baseUrl')}?measure=count&offence=all&year=2016-17`);
    await waitForMapIdle(page);
    expect(await dorsetRow(page)).toContain(DORSET_ALL_CRIME['2016/17']);
    await page.goto(`${inject('baseUrl')}?measure=count&offence=group:sexual-offences&year=2016-17`);
    await waitForMapIdle(page);
    expect(await dorsetRow(page)).toContain(DORSET_SEXUAL_OFFENCES['2016/17']);
  });

  it('closes on Escape without changing the offence', async () => {
    const { page } = app();
    const before = page.url();
    await page.focus('#offence-button');
    await page.keyboard.press('Enter');
    await page.locator('#offence-picker-search').waitFor({ state: 'visible' });
    await page.keyboard.type('robbery');
    await page.keyboard.press('Escape');
    await page.locator('#offence-picker-search').waitFor({ state: 'hidden' });
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('offence-button');
  });
});
