import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, screenshot, waitForMapIdle } from './browser';
import { rawSources } from '../../data/sources';
import { VINTAGE_2017_18, withSources } from '../sources';

async function openImporter(page: Page): Promise<void> {
  await page.click('#import-panel summary');
  await page.locator('#import-file').waitFor({ state: 'attached' });
}

const MISTAKES = [
  'force,year,value',
  'Dorset,2020/21,212', // line 2: fine
  'Dorest,2020/21,100', // 3: unknown force, "Dorset" suggested
  'Wiltshire,2020,90', // 4: bad year
  'Kent,2020/21,lots', // 5: non-numeric
  'Surrey,2020/21,-5', // 6: negative
  'Dorset,2020/21,999', // 7: duplicate of line 2
  'British Transport Police,2020/21,50', // 8: no area on this map
  'Devon & Cornwall Police,2020/21,"1,931"', // 9: fine, alias and thousands separator
  'Gwent,2020/21,[x]', // 10: not published
  '<img src=x onerror=alert(1)>,2020/21,5', // 11: unknown force, shown as text
].join('\r\n');

describe('bring your own figures', () => {
  const browser = useBrowser();

  withSources(rawSources.homeOfficeTable).it('imports the 32 MB Home Office table, sums offence 86 and maps Dorset’s 2017/18 figure (278)', async () => {
    const { page, context, errors } = await openApp(browser(), inject('baseUrl'));
    await waitForMapIdle(page);
    await openImporter(page);
    await page.setInputFiles('#import-file', rawSources.homeOfficeTable);
    await page.locator('#offence-search').waitFor({ timeout: 60_000 });
    expect(await page.locator('.import-summary').textContent()).toContain('258,905');
    await page.fill('#offence-search', 'obscene');
    await page.check('input[data-code="86"]');
    await page.click('#offence-apply');
    await page.locator('#import-use').waitFor({ timeout: 60_000 });
    const summary = (await page.locator('.import-result').textContent()) ?? '';
    expect(summary).toContain('2012/13 to 2022/23');
    expect(summary).toContain('2023/24 holds only 1 of 4 quarters');
    expect(summary).toContain('British Transport Police');
    await page.fill('#import-title', 'Code 86, my own import');
    await page.click('#import-use');
    await waitForMapIdle(page);
    expect(page.url()).toContain('dataset=import-1');
    expect(await page.textContent('#map-title')).toBe('Code 86, my own import');
    await page.focus('#year-slider');
    await page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await waitForMapIdle(page);
    expect(await page.locator('#year-slider').getAttribute('aria-valuetext')).toBe('2017/18');
    const dorsetCount = () => page.locator('#force-table tr[data-code="E23000039"] td[data-key="count"]').textContent();
    expect(await dorsetCount()).toBe('278');
    expect(await page.textContent('.import-status')).toContain('It stays in this browser tab, reloads included');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'import-home-office');

    // A reload keeps the imported figures, and the link to them.
    await page.reload();
    await waitForMapIdle(page);
    expect(page.url()).toContain('dataset=import-1');
    expect(await page.textContent('#map-title')).toBe('Code 86, my own import');
    expect(await page.locator('.notice').count()).toBe(0);
    expect(await page.locator('#year-slider').getAttribute('aria-valuetext')).toBe('2017/18');
    expect(await dorsetCount()).toBe('278');
    expect(errors).toEqual([]);

    // Another tab has no such figures: it says why, and shows a shipped dataset.
    const other = await context.newPage();
    await other.goto(page.url());
    await waitForMapIdle(other);
    expect(await other.locator('.notices').textContent()).toContain('imported figures stay only in the browser tab they were imported in');
    expect(other.url()).not.toContain('import-1');
    await context.close();
  });

  withSources(VINTAGE_2017_18).it('reads the older vintage of the table too (2017/18 only, "Devon and Cornwall")', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl'));
    await waitForMapIdle(page);
    await openImporter(page);
    await page.setInputFiles('#import-file', VINTAGE_2017_18);
    await page.locator('#offence-search').waitFor({ timeout: 60_000 });
    await page.check('input[data-code="86"]');
    await page.click('#offence-apply');
    await page.locator('#import-use').waitFor({ timeout: 60_000 });
    expect(await page.locator('.import-result').textContent()).toContain('2017/18 to 2017/18');
    await page.click('#import-use');
    await waitForMapIdle(page);
    const fills = await page.evaluate(() => window.pfaAtlas!.renderedFills());
    expect(Object.values(fills).filter((fill) => fill !== null)).toHaveLength(43);
    await context.close();
  });

  it('reports every mistake of a bad file with its line and reason, renders names as text, and maps what is valid', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl'));
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await waitForMapIdle(page);
    await openImporter(page);
    await page.fill('#import-paste', MISTAKES);
    await page.click('button:text("Read the pasted table")');
    await page.locator('#import-errors').waitFor();
    const summary = (await page.locator('.import-summary').textContent()) ?? '';
    // 10 rows read = 3 used (one of them not published) + 7 rejected (6 errors, 1 with no area).
    expect(summary).toContain('Rows read10');
    expect(summary).toContain('Used3 (1 marked as not published)');
    expect(summary).toContain('Rejected7: 6 with an error, 1 for bodies with no area on this map');
    const errors = await page.locator('#import-errors li').allTextContents();
    expect(errors).toHaveLength(6);
    expect(errors.join('\n')).toMatch(/line 3: unknown force "Dorest"; did you mean "Dorset"\?/);
    expect(errors.join('\n')).toMatch(/line 4: .*2020.* financial year/);
    expect(errors.join('\n')).toMatch(/line 5: "lots" is not a number/);
    expect(errors.join('\n')).toMatch(/line 6: -5 is negative/);
    expect(errors.join('\n')).toMatch(/line 7: .*line 2/);
    expect(errors.join('\n')).toContain('line 11: unknown force "<img src=x onerror=alert(1)>"');
    expect(await page.locator('.import-result img').count()).toBe(0);
    expect(await page.locator('.unknown-name').allTextContents()).toContain('"<img src=x onerror=alert(1)>"');

    // Map the misspelt name by hand: its row is then used.
    // Nothing is chosen for a name: "Did you mean Dorset?" is offered; the reader picks Sussex instead.
    expect(await page.inputValue('input[data-name="Dorest"]')).toBe('');
    expect(await page.locator('.name-suggestion').allTextContents()).toContain('Did you mean Dorset?');
    await page.fill('input[data-name="Dorest"]', 'Sussex');
    await page.click('#mapping-apply');
    await page.locator('.import-summary').waitFor();
    await page.waitForFunction(() => document.querySelector('.import-summary')?.textContent?.includes('Used4'));
    await page.click('#import-use');
    await waitForMapIdle(page);
    const fills = await page.evaluate(() => window.pfaAtlas!.renderedFills());
    expect(fills['E23000039']).not.toBeNull(); // Dorset 212
    expect(fills['E23000033']).not.toBeNull(); // Sussex, mapped by hand from "Dorest"
    expect(fills['W15000002']).toBeNull(); // Gwent: marked [x], not published, hatched
    expect(fills['E23000002']).toBeNull(); // Cumbria: not in the file
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'import-mistakes');
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('says clearly what is wrong with an empty file, a binary file and a spreadsheet saved as .csv', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl'));
    await waitForMapIdle(page);
    await openImporter(page);
    const cases: [string, Buffer, RegExp][] = [
      ['empty.csv', Buffer.alloc(0), /empty/],
      ['picture.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary/],
      ['workbook.csv', Buffer.from('PK\u0003\u0004rest of a zip', 'latin1'), /Excel|zip/],
    ];
    for (const [name, buffer, message] of cases) {
      await page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer });
      await page.locator('.import-error').waitFor();
      expect(await page.textContent('.import-error')).toMatch(message);
    }
    await context.close();
  });
});
