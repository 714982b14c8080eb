import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, waitForMapIdle } from './browser';

/**
 * Faults of the import page, each reproduced in the built app (issue 15):
 * a worker or a panel chunk that fails to load, a file of 100,000 unknown
 * names, a report of 253,000 errors, suggestions that must never be
 * applied unasked, and text that must not reorder the page's own words.
 * Measured numbers are printed for the README.
 */

/** A reader of the main-thread time the page's tasks have taken since it was made, in ms (Chromium's TaskDuration metric). */
async function mainThreadClock(page: Page): Promise<() => Promise<number>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
}

/** Makes a file in the page (header, then count lines from a template in which ${i} is the line's number), for chooseFileMadeInPage; its size in bytes. */
async function makeFileInPage(page: Page, name: string, header: string, count: number, template: string): Promise<number> {
  return page.evaluate(
    ({ name, header, count, template }) => {
      const lines = Array.from({ length: count }, (_, i) => template.replace('${i}', String(i)));
      const file = new File([`${header}\n${lines.join('\n')}\n`], name, { type: 'text/csv' });
      Object.assign(window, { fileMadeInPage: file });
      return file.size;
    },
    { name, header, count, template },
  );
}

/** Chooses the file makeFileInPage made, as the file picker would. */
async function chooseFileMadeInPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#import-file')!;
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as { fileMadeInPage: File }).fileMadeInPage);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  });
}

async function usedHeap(page: Page): Promise<number> {
  return page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
}

async function openPanel(page: Page): Promise<void> {
  await page.click('#import-panel summary');
  await page.locator('#import-file').waitFor({ state: 'attached' });
}

async function paste(page: Page, text: string): Promise<void> {
  await page.fill('#import-paste', text);
  await page.click('button:text("Read the pasted table")');
}

const usedCount = async (page: Page) => Number(/Used([\d,]+)/.exec((await page.textContent('.import-summary')) ?? '')?.[1]?.replace(/,/g, ''));

describe('the import page when things go wrong', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(['--enable-precise-memory-info']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says so, with a Try again button, when the import worker cannot load (item 9), and recovers', async () => {
    const { page, context } = await openApp(browser, inject('baseUrl'));
    await waitForMapIdle(page);
    const workerChunk = /\/assets\/import-worker-[\w-]+\.js$/;
    await page.route(workerChunk, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await openPanel(page);
    await paste(page, 'force,year,value\nDorset,2016/17,212\n');
    const alert = page.locator('.import-result .import-error');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/^The file could not be read: the file reader could not be loaded .*reloading the page will fix it\.$/);
    expect(await page.locator('.import-progress').isHidden()).toBe(true);
    expect(await page.locator('.import-body > .import-status').textContent()).toBe('');
    await page.unroute(workerChunk);
    await page.click('.import-retry');
    await page.locator('.import-summary').waitFor({ timeout: 30_000 });
    expect(await usedCount(page)).toBe(1);
    await context.close();
  });

  it('retries a panel chunk that failed to load (item 9)', async () => {
    const { page, context } = await openApp(browser, inject('baseUrl'));
    await waitForMapIdle(page);
    const panelChunk = /\/assets\/import-view-[\w-]+\.js$/;
    await page.route(panelChunk, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.click('#import-panel summary');
    const alert = page.locator('#import-panel .import-error');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/^The import panel could not be loaded/);
    await page.unroute(panelChunk);
    await page.click('#import-panel .import-retry');
    await page.locator('#import-file').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.locator('#import-panel .import-error').count()).toBe(0);
    await context.close();
  });

  it('reports a file of 100,000 unknown names within 4 s, listing 50 of them beside one shared force list (item 4)', async () => {
    const { page, context } = await openApp(browser, inject('baseUrl'));
    await waitForMapIdle(page);
    await openPanel(page);
    const size = await makeFileInPage(page, 'local-authorities.csv', 'area,year,value', 100_000, 'Local authority ${i},2016/17,1');
    const heapBefore = await usedHeap(page);
    const nodesBefore = await page.evaluate(() => document.getElementsByTagName('*').length);
    const mainThreadTime = await mainThreadClock(page);
    const busyBefore = await mainThreadTime();
    const started = Date.now();
    await chooseFileMadeInPage(page);
    await page.locator('.name-mapper').waitFor({ timeout: 60_000 });
    const elapsed = Date.now() - started;
    const nodesAfter = await page.evaluate(() => document.getElementsByTagName('*').length);
    const heap = await usedHeap(page);
    const busy = (await mainThreadTime()) - busyBefore;
    console.log(
      `100,000 unknown names (${(size / 1e6).toFixed(2)} MB): report in ${elapsed} ms; main-thread task time ${busy.toFixed(0)} ms; ` +
        `DOM ${nodesBefore} → ${nodesAfter} elements; page heap ${(heapBefore / 1e6).toFixed(1)} → ${(heap / 1e6).toFixed(1)} MB`,
    );
    expect(await page.locator('.name-mapper li').count()).toBe(50);
    expect(await page.locator('.name-mapper select').count()).toBe(0);
    expect(await page.locator('.name-mapper datalist option').count()).toBe(43);
    expect(await page.textContent('.unknown-names-more')).toContain('And 99,950 more names on 99,950 lines');
    expect(await page.locator('#import-errors li').count()).toBe(200);
    expect(nodesAfter - nodesBefore).toBeLessThan(2000);
    expect(heap - heapBefore).toBeLessThan(50e6);
    expect(elapsed).toBeLessThan(4000);
    await context.close();
  });

  it('keeps a report of 253,000 errors off the main thread, and gives all of them as CSV (item 17)', async () => {
    const { page, context } = await openApp(browser, inject('baseUrl'));
    await waitForMapIdle(page);
    await openPanel(page);
    // The file is made in the page, so that building it is not a task of the import; the tasks are watched from then on.
    await makeFileInPage(page, 'errors.csv', 'force,year,value\nDorset,2016/17,1', 253_000, 'Dorset,1800/01,${i}');
    await page.evaluate(() => {
      const durations: number[] = [];
      Object.assign(window, { longTasks: durations });
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration))).observe({ type: 'longtask' });
    });
    const mainThreadTime = await mainThreadClock(page);
    const busyBefore = await mainThreadTime();
    await chooseFileMadeInPage(page);
    await page.locator('#import-errors').waitFor({ timeout: 60_000 });
    // Two frames on, every task the report caused has run.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const longest = Math.max(0, ...longTasks);
    const busy = (await mainThreadTime()) - busyBefore;
    console.log(
      `253,000 errors: main-thread task time from file to report ${busy.toFixed(0)} ms; longest task ${longest.toFixed(0)} ms (long tasks: ${longTasks.map((d) => d.toFixed(0)).join(', ') || 'none'})`,
    );
    expect(await page.textContent('.import-error-list h3')).toBe('Rows rejected with an error: 253,000');
    expect(await page.textContent('.import-reasons')).toBe('By reason: year out of range 253,000.');
    expect(await page.locator('#import-errors li').count()).toBe(200);
    await page.click('#import-errors-more');
    expect(await page.locator('#import-errors li').count()).toBe(400);
    expect(longest).toBeLessThan(200);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('#import-errors-csv')]);
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(download.suggestedFilename()).toBe('rejected-rows-errors.csv');
    expect(csv[0]).toBe('line,column,reason,message,text');
    expect(csv[1]).toBe('3,,year-out-of-range,1800/01 is outside the years the map takes (1950/51 to 2027/28),1800/01');
    expect(csv.filter(Boolean)).toHaveLength(253_001);
    await context.close();
  });

  it('applies no suggested force unasked: each is offered as "Did you mean …?" for the reader to confirm (item 8)', async () => {
    const { page, context } = await openApp(browser, inject('baseUrl'));
    await waitForMapIdle(page);
    await openPanel(page);
    await paste(page, 'force,year,value\nAtlantis,2016/17,1\nYorkshire,2016/17,2\nHants,2016/17,3\nHampshre,2017/18,4\n');
    await page.locator('.name-mapper').waitFor();
    // "Hants" is a short form of Hampshire's: used at once. The others wait for the reader.
    expect(await usedCount(page)).toBe(1);
    for (const name of ['Atlantis', 'Yorkshire', 'Hampshre']) expect(await page.inputValue(`input[data-name="${name}"]`)).toBe('');
    const offers = async (name: string) => page.locator(`li:has(input[data-name="${name}"]) .name-suggestion`).allTextContents();
    expect(await offers('Atlantis')).toEqual([]);
    expect(await offers('Yorkshire')).toEqual(['Did you mean North Yorkshire?', 'Did you mean South Yorkshire?', 'Did you mean West Yorkshire?']);
    expect(await offers('Hampshre')).toEqual(['Did you mean Hampshire?']);

    // "Use these names" with nothing chosen changes nothing.
    await page.click('#mapping-apply');
    await page.locator('.name-mapper').waitFor();
    expect(await usedCount(page)).toBe(1);

    await page.click('li:has(input[data-name="Hampshre"]) .name-suggestion');
    expect(await page.inputValue('input[data-name="Hampshre"]')).toBe('Hampshire');
    await page.click('#mapping-apply');
    await page.waitForFunction(() => document.querySelector('.import-summary')?.textContent?.includes('Used2'));
    expect(await page.locator('input[data-name="Atlantis"]').count()).toBe(1);
    await page.click('#import-use');
    await waitForMapIdle(page);
    const fills = await page.evaluate(() => window.pfaAtlas!.renderedFills());
    expect(fills['E23000022']).toBeNull(); // Northamptonshire: "Atlantis" is not filed under it
    expect(fills['E23000009']).toBeNull(); // North Yorkshire: "Yorkshire" was not guessed
    await context.close();
  });

  it('shows hidden characters from a file or a link as visible escapes, each piece of user text in a <bdi> (item 11)', async () => {
    const rlo = '\u202E';
    const { page, context } = await openApp(browser, `${inject('baseUrl')}?year=${encodeURIComponent(`${rlo}moc.elpmaxe-live ta nigol-er :DILAVNI KNIL`)}`);
    await waitForMapIdle(page);
    const notice = page.locator('.notice span').first();
    expect(await notice.textContent()).toContain('"year=⟨U+202E⟩moc.elpmaxe-live ta nigol-er :DILAVNI KNIL"');
    expect(await notice.locator('bdi').count()).toBe(2);
    expect(await notice.evaluate((element) => element.innerHTML)).not.toContain(rlo);

    await openPanel(page);
    await paste(page, `force,year,value\nAt${rlo}sitnal,2016/17,1\nDor\u200Dset,2016/17,2\n`);
    await page.locator('#import-errors').waitFor();
    const error = page.locator('#import-errors li').first();
    expect(await error.textContent()).toBe('line 2: unknown force "At⟨U+202E⟩sitnal"');
    expect(await error.locator('bdi').textContent()).toBe('At⟨U+202E⟩sitnal');
    expect(await page.locator('.unknown-name bdi').textContent()).toBe('At⟨U+202E⟩sitnal');
    expect(await page.locator('.import-result').evaluate((element) => element.innerHTML)).not.toMatch(/[\u202E\u200D]/);
    // "Dor\u200Dset" is Dorset, and the report says which line held the hidden character.
    expect(await usedCount(page)).toBe(1);
    expect(await page.locator('.import-warning').allTextContents()).toContain(
      'lines 2 and 3 hold invisible characters such as ⟨U+202E⟩: they are ignored in force names, and shown like that wherever a message repeats the text',
    );
    await context.close();
  });
});
