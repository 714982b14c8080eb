import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturePaths } from '../fixtures/fixture-paths';
import { rawSources } from '../../data/sources';
import { writeOds } from '../../scripts/spreadsheet-fixtures/ods-writer';
import { parseDelimited } from '../../src/ingest/parse-delimited';
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

  it('a workbook of several tables: the first sheet holding one is read, and the sheet picker reads another in the worker, by keyboard', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 812 },
    ]) {
      const { page, context, errors } = await openApp(browser(), inject('baseUrl'), viewport);
      await waitForMapIdle(page);
      await openImporter(page);
      await page.setInputFiles('#import-file', fixturePaths.foiTwoTablesXlsx);
      const picker = page.locator('#import-sheet');
      await picker.waitFor({ timeout: 60_000 });
      expect(await page.locator('.import-summary').textContent()).toContain('SheetsTable_1 (sheet 2 of 3)');
      expect(await picker.evaluate((select: HTMLSelectElement) => [...select.options].map((option) => option.text))).toEqual(['Cover', 'Table_1', 'Table_2']);
      expect(await picker.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe('Table_1');
      expect(await page.getByLabel('Sheet to read').count()).toBe(1);
      await picker.focus();
      await page.keyboard.press('ArrowDown');
      expect(await picker.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe('Table_2');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-sheet-read');
      await page.keyboard.press('Enter');
      // Said in the status region, and the keyboard is back on the list of sheets.
      await page.waitForFunction(() => document.querySelector('#import-panel .import-status')?.textContent === 'Sheet Table_2 read: Table_2 (sheet 3 of 3).');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-sheet');
      expect(await page.locator('.import-summary').textContent()).toContain('Years2016/17 to 2017/18');
      await page.locator('.sheet-picker').scrollIntoViewIfNeeded();
      await screenshot(page, `import-sheet-picker-${viewport.width}`);
      await page.click('#import-use');
      await waitForMapIdle(page);
      expect(await page.locator('#year-slider').getAttribute('aria-valuetext')).toBe('2017/18');
      // NSPCC FOI Sep 2018, Hampshire 2017/18, as ../shared/data/nspcc-foi-child-abuse-image-offences.csv has it.
      expect(await page.locator('#force-table tr[data-code="E23000030"] td[data-key="count"]').textContent()).toBe('1,199');
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 180_000);

  it('counts for years without a population estimate: the counts are mapped, the rates are "not available" with the reason, never 0', async () => {
    // Synthetic figures, made up for this test (never shipped): data/population.csv ends at mid-2022, so 2023/24 and 2024/25 have no population.
    const bytes = writeOds([
      { name: 'Cover', rows: [['A synthetic workbook for a test']] },
      {
        name: 'Table_1',
        rows: [
          ['Offences recorded by police force area, financial years 2022/23 to 2024/25'],
          ['Synthetic figures for a test.'],
          ['Police force', '2022/23', '2023/24', '2024/25'],
          ['Dorset', 10, 20, 30],
          ['Kent', 5, 6, 7],
          ['Devon and Cornwall', 1, 2, 3],
        ],
        trailingEmptyRows: 1_048_000,
      },
    ]);
    const { page, context, errors } = await openApp(browser(), inject('baseUrl'), { width: 1280, height: 800 });
    await waitForMapIdle(page);
    await openImporter(page);
    await page.setInputFiles('#import-file', {
      name: 'newer-years.ods',
      mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
      buffer: Buffer.from(bytes),
    });
    await page.locator('#import-use').waitFor({ timeout: 60_000 });
    expect(await page.locator('.import-summary').textContent()).toContain('Years2022/23 to 2024/25');
    await page.click('#import-use');
    await waitForMapIdle(page);
    expect(page.url()).toContain('dataset=import-1');
    expect(await page.locator('#year-slider').getAttribute('aria-valuetext')).toBe('2024/25');
    const dorset = (key: string) => page.locator(`#force-table tr[data-code="E23000039"] td[data-key="${key}"]`).textContent();
    expect(await dorset('count')).toBe('30');
    // The measure is the rate (per 100,000 people), the table's first figure column.
    expect(await dorset('value')).toBe('not available');
    // The profile says why: the app's words (src/view-model/profile-model.ts), not a 0.
    await page.goto(`${page.url()}&force=dorset`);
    await waitForMapIdle(page);
    const profile = page.locator('section.profile');
    await profile.waitFor();
    const said = await profile.textContent();
    expect(said).toContain('Figures per 100,000 people, 2024/25not available');
    expect(said).toContain('Number of figures, 2024/2530');
    // Dorset 30 + Devon and Cornwall 3; Kent's 7 besides in England and Wales.
    expect(said).toContain('South West33 figures from 2 of 5 forces; no rate (no population estimate)');
    expect(said).toContain('England and Wales40 figures from 3 of 43 forces; no rate (no population estimate)');
    // Every year: 2022/23 has a rate (mid-2022 population), the two after have none.
    expect(said).toMatch(/2023\/2420not available.*2024\/2530not available/);
    expect(await page.locator('#map').textContent()).toContain('Dorset: not available');
    await screenshot(page, 'import-no-population');
    // As counts, the same years are mapped: Dorset's 30 is a figure, coloured, not hatched.
    await page.goto(page.url().replace('force=dorset', 'force=dorset&measure=count'));
    await waitForMapIdle(page);
    expect(await dorset('value')).toBe('30');
    expect(await page.locator('#map').textContent()).toContain('Dorset: 30');
    await screenshot(page, 'import-no-population-counts');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  describe.skipIf(!existsSync(rawSources.homeOfficeTable))(
    'an .xlsx large enough to watch (the first 30,000 rows of the Home Office table, from ../shared)',
    () => {
      let xlsx: Buffer;
      beforeAll(async () => {
        const XLSX = await import('@e965/xlsx');
        const text = readFileSync(rawSources.homeOfficeTable, 'utf8');
        let cut = 0;
        for (let line = 0; line <= 30_000 && cut >= 0; line++) cut = text.indexOf('\n', cut + 1);
        const rows = parseDelimited(text.slice(0, cut)).map(({ fields }) => fields);
        const workbook = XLSX.utils.book_new();
        XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['Police recorded crime, the first rows of the open data table']]), 'Cover');
        XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), 'Table_1');
        xlsx = Buffer.from(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
      }, 60_000);

      /** Every value the progress bar takes and every status said, from the page's side. */
      const watchProgress = (page: Page) =>
        page.evaluate(() => {
          const seen = { values: [] as number[], statuses: [] as string[] };
          (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
          const bar = document.querySelector<HTMLProgressElement>('.import-progress')!;
          const status = document.querySelector('#import-panel .import-status')!;
          new MutationObserver(() => {
            if (!bar.hidden) seen.values.push(bar.value);
            if (status.textContent) seen.statuses.push(status.textContent);
          }).observe(document.querySelector('#import-panel')!, { attributes: true, childList: true, subtree: true, characterData: true });
        });
      const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: { values: number[]; statuses: string[] } }).progressSeen);

      it('the progress bar moves by bytes while the parts are unpacked, then by sheet, each sheet named', async () => {
        const { page, context, errors } = await openApp(browser(), inject('baseUrl'), { width: 1280, height: 800 });
        await waitForMapIdle(page);
        await openImporter(page);
        await watchProgress(page);
        await page.setInputFiles('#import-file', {
          name: 'prc-first-rows.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: xlsx,
        });
        await page.locator('#offence-search').waitFor({ timeout: 120_000 });
        const { values, statuses } = await progressSeen(page);
        // Unpacking is the first 30% of the reading, which is 80% of the import: up to 0.24 (python3: 0.8 * 0.3).
        expect(new Set(values.filter((value) => value > 0 && value <= 0.24)).size).toBeGreaterThanOrEqual(2);
        expect(values.some((value) => value >= 0.48)).toBe(true);
        expect(statuses).toContain('Reading… sheet Cover');
        expect(statuses).toContain('Reading… sheet Table_1');
        expect(errors).toEqual([]);
        await context.close();
      }, 180_000);

      it('Cancel ends the worker part way through an .xlsx (its parts unpacked, SheetJS reading it or its rows being read), and nothing is imported', async () => {
        const { page, context } = await openApp(browser(), inject('baseUrl'), { width: 1280, height: 800 });
        await waitForMapIdle(page);
        const before = page.url();
        await openImporter(page);
        const worker = page.waitForEvent('worker');
        await page.setInputFiles('#import-file', {
          name: 'prc-first-rows.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: xlsx,
        });
        const importWorker = await worker;
        const closed = new Promise<void>((resolve) => importWorker.on('close', () => resolve()));
        // Past unpacking: the worker is in SheetJS's one long call, where no message could reach it, or reading its rows.
        await page.waitForFunction(() => (document.querySelector<HTMLProgressElement>('.import-progress')?.value ?? 0) >= 0.24, null, { timeout: 60_000 });
        // By keyboard: a pointer click waits for the button to hold still, which it may not do while the side panel lays out the progress.
        await page.locator('.import-cancel').focus();
        await page.keyboard.press('Enter');
        await closed;
        expect(await page.textContent('#import-panel .import-status')).toBe('Cancelled: nothing was imported, and the map shows what it showed before.');
        expect(await page.locator('.import-progress').isHidden()).toBe(true);
        expect(await page.locator('.import-result').textContent()).toBe('');
        expect(page.url()).toBe(before);
        await context.close();
      }, 120_000);
    },
  );
});
