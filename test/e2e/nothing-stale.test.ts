import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, useBrowser, waitForMapIdle } from './browser';

/** Whether the element is on screen and is what a click at its middle reaches (not covered by the stage). */
async function reachable(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element || element.closest('[hidden]')) return false;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && element.contains(hit);
  }, selector);
}

/** Whether anything of the element is seen: not hidden, not invisible, and of some size. */
async function seen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element || element.closest('[hidden]')) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  }, selector);
}

describe('a failed switch leaves nothing stale in any view (issue 25, item 1)', () => {
  const browser = useBrowser();

  it('years view: a Home Office series that fails blanks every year’s map, names the offence asked for, and Try again draws it', async () => {
    const { page, context } = await openApp(browser(), `${inject('baseUrl')}?view=years&force=dorset`);
    let failing = true;
    let asked = 0;
    await page.route('**/generated/offences/group-robbery.json', (route) => {
      asked++;
      return failing ? route.fulfill({ status: 500, body: 'Internal Server Error' }) : route.continue();
    });
    await page.locator('.years-grid .years-cell').first().waitFor();
    await page.click('#offence-button');
    await page.locator('#offence-picker-search').waitFor({ state: 'visible' });
    await page.keyboard.type('robbery');
    await page.waitForFunction(() => document.querySelector('.offence-option[aria-selected="true"] .offence-option-name')?.textContent === 'Robbery');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => decodeURIComponent(window.location.search).includes('offence=group:robbery'));
    await page.locator('#map-panel .error-panel').waitFor({ state: 'visible' });
    expect(await page.textContent('#map-subtitle')).toContain('could not be loaded');
    // No figures are drawn meanwhile, so none are credited: only the boundaries.
    expect(await page.textContent('#source-line')).toMatch(/^Boundaries: Source: Office for National Statistics/);
    // The panel and its button are on top, not under code 86's eleven maps.
    expect(await seen(page, '.years-grid')).toBe(false);
    expect(await reachable(page, '.failure-retry')).toBe(true);
    expect(await page.textContent('#offence-button')).toContain('Robbery');
    await screenshot(page, 'failed-switch-years');
    // Choosing the offence again asks for it again.
    const before = asked;
    await page.click('#offence-button');
    await page.locator('#offence-picker-search').waitFor({ state: 'visible' });
    await page.keyboard.type('robbery');
    await page.waitForFunction(() => document.querySelector('.offence-option[aria-selected="true"] .offence-option-name')?.textContent === 'Robbery');
    await page.keyboard.press('Enter');
    await expect.poll(() => asked).toBeGreaterThan(before);
    failing = false;
    await page.click('.failure-retry');
    await page.waitForFunction(() => document.querySelector('#map-title')?.textContent?.includes('Robbery'));
    await page.locator('.years-grid .years-cell').first().waitFor();
    expect(await seen(page, '.years-grid')).toBe(true);
    expect(await page.locator('#map-panel .error-panel').isHidden()).toBe(true);
    expect(await page.textContent('#source-line')).toMatch(/^Figures: Home Office police recorded crime open data/);
    await context.close();
  });

  it('table view: NSPCC figures that fail take the table away and show the panel, and Try again brings the table back', async () => {
    const { page, context } = await openApp(browser(), `${inject('baseUrl')}?view=table`);
    let failing = true;
    await page.route('**/generated/datasets/nspcc-foi.json', (route) => (failing ? route.fulfill({ status: 500, body: '' }) : route.continue()));
    await page.locator('#stage-view #force-table').waitFor();
    await page.selectOption('#dataset-select', 'nspcc-foi');
    await page.locator('#map-panel .error-panel').waitFor({ state: 'visible' });
    expect(await seen(page, '#force-table')).toBe(false);
    expect(await reachable(page, '.failure-retry')).toBe(true);
    await screenshot(page, 'failed-switch-table');
    failing = false;
    await page.click('.failure-retry');
    await page.waitForFunction(() => document.querySelector('#map-title')?.textContent?.includes('NSPCC'));
    await page.locator('#stage-view #force-table').waitFor();
    expect(await seen(page, '#force-table')).toBe(true);
    expect(await page.locator('#map-panel .error-panel').isHidden()).toBe(true);
    await context.close();
  });

  it('map view: Try again after a failed switch draws the figures', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl'));
    await waitForMapIdle(page);
    let failing = true;
    await page.route('**/generated/datasets/nspcc-foi.json', (route) => (failing ? route.fulfill({ status: 500, body: '' }) : route.continue()));
    await page.selectOption('#dataset-select', 'nspcc-foi');
    await page.locator('#map-panel .error-panel').waitFor({ state: 'visible' });
    expect(await reachable(page, '.failure-retry')).toBe(true);
    failing = false;
    await page.click('.failure-retry');
    await page.waitForFunction(() => document.querySelector('#map-title')?.textContent?.includes('NSPCC'));
    await waitForMapIdle(page);
    expect(await seen(page, '.map-layer')).toBe(true);
    await context.close();
  });
});

describe('an import is one dataset, its title shown as text from a file is (issue 25, items 3 and 5)', () => {
  const browser = useBrowser();

  it('shows a typed title’s bidi control as an escape, and makes one dataset of five clicks on “Show on the map”', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl'));
    await waitForMapIdle(page);
    await page.click('#import-panel summary');
    await page.locator('#import-paste').waitFor();
    await page.fill('#import-paste', 'force,year,value\nDorset,2020/21,212\nKent,2020/21,300\n');
    await page.click('button:text("Read the pasted table")');
    await page.locator('#import-use').waitFor();
    await page.fill('#import-title', 'Abuse \u202Egnp.');
    for (let click = 0; click < 5; click++) {
      await page.click('#import-use');
      await page.waitForFunction(() => window.location.search.includes('dataset=import-1'));
    }
    await page.waitForFunction(() => document.querySelector('#map-title')?.textContent?.includes('Abuse'));
    await waitForMapIdle(page);
    const imports = await page.locator('#dataset-select option[value^="import-"]').allTextContents();
    expect(imports).toEqual(['Abuse ⟨U+202E⟩gnp.']);
    expect(await page.evaluate(() => JSON.parse(sessionStorage.getItem('pfa-atlas:imported-datasets') ?? '[]').length)).toBe(1);
    const heading = (await page.textContent('#map-title')) ?? '';
    expect(heading).toContain('Abuse ⟨U+202E⟩gnp.');
    expect(heading).not.toContain('\u202E');
    // Shown again under another title: the same dataset, renamed.
    await page.fill('#import-title', 'Second title');
    await page.click('#import-use');
    await page.waitForFunction(() => document.querySelector('#map-title')?.textContent?.includes('Second title'));
    expect(await page.locator('#dataset-select option[value^="import-"]').allTextContents()).toEqual(['Second title']);
    await screenshot(page, 'import-one-dataset');
    await context.close();
  });
});

describe('typed breaks are read as meant or refused (issue 25, item 7)', () => {
  const browser = useBrowser();

  it('refuses "1,234" at the field, saying why, and keeps the breaks in force', async () => {
    const { page, context } = await openApp(browser(), `${inject('baseUrl')}?classify=manual&breaks=1,2,3`);
    await waitForMapIdle(page);
    await page.click('#colours-button');
    await page.fill('#breaks-input', '1,234');
    await page.keyboard.press('Enter');
    await page.locator('#breaks-error').filter({ hasText: 'could be one break, 1234, or two' }).waitFor();
    expect(await page.getAttribute('#breaks-input', 'aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.get('breaks')).toBe('1,2,3');
    await page.fill('#breaks-input', '1234, 5000');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('breaks') === '1234,5000');
    expect(await page.textContent('#breaks-error')).toBe('');
    await context.close();
  });
});

describe('a long paste keeps the page responsive (issue 25, item 8)', () => {
  const browser = useBrowser();

  it('reads a 4.8 MB paste at once, as a file is read, without laying it out in the box', async () => {
    const { page, context } = await openApp(browser(), inject('baseUrl'));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('baseUrl')).origin });
    await waitForMapIdle(page);
    await page.click('#import-panel summary');
    await page.locator('#import-paste').waitFor();
    // 4.8 MB: one force's figures for 24 years over and over (all but the first 24 rows rejected as repeats).
    const rows = Array.from({ length: 256_000 }, (_, i) => `Dorset,${2000 + (i % 24)}/${String((i % 24) + 1).padStart(2, '0')},${i % 500}`);
    const table = `force,year,value\n${rows.join('\n')}\n`;
    expect(table.length).toBeGreaterThan(4_800_000);
    await page.evaluate((text) => navigator.clipboard.writeText(text), table);
    await page.evaluate(() => {
      const long: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = long;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => long.push(Math.round(entry.duration)))).observe({ type: 'longtask' });
    });
    await page.focus('#import-paste');
    await page.keyboard.press('Control+V');
    await page.locator('.import-summary').waitFor({ timeout: 30_000 });
    expect(await page.locator('.import-summary').textContent()).toContain('256,000');
    // Not laid out in the box: the layout of megabytes of text was the seconds-long freeze.
    expect(await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('#import-paste')!.value.length)).toBe(0);
    // For the report: the paste's own task holds the browser's read of the clipboard (getData), which any paste takes.
    console.log('long tasks from the paste to the report (ms):', await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks));
    await screenshot(page, 'long-paste');
    await context.close();
  });
});
