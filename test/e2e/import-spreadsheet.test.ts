import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturePaths } from '../../scripts/spreadsheet-fixtures/fixture-paths';
import { gigabyteBomb } from '../ingest/spreadsheet/hostile-zips';
import { useBrowser, openApp, screenshot, waitForMapIdle } from './browser';

async function openImporter(page: Page): Promise<void> {
  await page.click('#import-panel summary');
  await page.locator('#import-file').waitFor({ state: 'attached' });
}

/** The whole release when it has been generated (scripts/make-spreadsheet-fixtures.ts), the committed sample otherwise. */
const releaseOds = existsSync(fixturePaths.fullOds) ? fixturePaths.fullOds : fixturePaths.sampleOds;

describe('spreadsheets in the import panel', () => {
  const browser = useBrowser();

  it(`imports the Home Office release as .ods (${existsSync(fixturePaths.fullOds) ? 'the whole release' : 'the committed sample'}): Dorset 2022/23 code 86 is 341`, async () => {
    // The phone reads the committed sample: the whole release once is enough for a slow machine.
    for (const [viewport, file] of [
      [{ width: 1280, height: 800 }, releaseOds],
      [{ width: 375, height: 812 }, fixturePaths.sampleOds],
    ] as const) {
      const { page, context, errors } = await openApp(browser(), inject('baseUrl'), viewport);
      await waitForMapIdle(page);
      await openImporter(page);
      await page.setInputFiles('#import-file', file);
      await page.locator('#offence-search').waitFor({ timeout: 120_000 });
      expect(await page.locator('.import-result').textContent()).toContain('read as one table');
      await page.fill('#offence-search', 'obscene');
      await page.check('input[data-code="86"]');
      await page.click('#offence-apply');
      await page.locator('#import-use').waitFor({ timeout: 120_000 });
      await page.click('#import-use');
      await waitForMapIdle(page);
      expect(page.url()).toContain('dataset=import-1');
      expect(await page.locator('#year-slider').getAttribute('aria-valuetext')).toBe('2022/23');
      expect(await page.locator('#force-table tr[data-code="E23000039"] td[data-key="count"]').textContent()).toBe('341');
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `import-ods-${viewport.width}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 300_000);

  it('refuses a zip bomb (1 GB unpacked) with a clear message, and the map keeps its dataset', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl'), { width: 1280, height: 800 });
    await waitForMapIdle(page);
    const before = page.url();
    await openImporter(page);
    await page.setInputFiles('#import-file', {
      name: 'prc-pfa-tables.ods',
      mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
      buffer: Buffer.from(gigabyteBomb()),
    });
    const alert = page.locator('.import-error[role="alert"]');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toContain('the workbook would unpack to more than 1,024 MB');
    expect(page.url()).toBe(before);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'import-zip-bomb');
    await context.close();
  }, 120_000);

  it('Cancel stops a workbook being read, and nothing is imported', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl'), { width: 1280, height: 800 });
    await waitForMapIdle(page);
    const before = page.url();
    await openImporter(page);
    await page.setInputFiles('#import-file', {
      name: 'release.ods',
      mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
      buffer: readFileSync(releaseOds),
    });
    await page.locator('.import-cancel').waitFor({ state: 'visible' });
    await page.click('.import-cancel');
    expect(await page.textContent('.import-status')).toBe('Cancelled: nothing was imported, and the map shows what it showed before.');
    expect(await page.locator('.import-cancel').isHidden()).toBe(true);
    expect(await page.locator('.import-result').textContent()).toBe('');
    expect(page.url()).toBe(before);
    await context.close();
  }, 120_000);
});
