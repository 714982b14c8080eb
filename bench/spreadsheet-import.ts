import type { Browser, CDPSession, Page } from 'playwright-core';

/**
 * The Home Office release imported as .ods beside the CSV of the same
 * table, in the same run and browser (issue 20): each from choosing the
 * file to the offence list of the report, on a fresh page; the longest
 * main-thread task meanwhile; and the import worker's peak heap, read
 * every 100 ms through the DevTools protocol (Runtime.getHeapUsage in the
 * worker's own session).
 */

const VIEWPORT = { width: 1280, height: 900 };

/** Polls the heap of every dedicated worker the page starts; peak() is the largest used size seen, in bytes. */
async function watchWorkerHeap(page: Page): Promise<{ peak(): number; stop(): void }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const workers = new Set<string>();
  let peak = 0;
  let nextId = 1;
  session.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type === 'worker') workers.add(event.sessionId);
  });
  session.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as { result?: { usedSize?: number } };
    if (message.result?.usedSize !== undefined) peak = Math.max(peak, message.result.usedSize);
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const timer = setInterval(() => {
    for (const sessionId of workers) {
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method: 'Runtime.getHeapUsage' }) }).catch(() => workers.delete(sessionId));
    }
  }, 100);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

async function importToReport(browser: Browser, url: string, file: string): Promise<{ time: number; longestTask: number; workerPeak: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const watch = { longest: 0 };
    (window as unknown as { importWatch: typeof watch }).importWatch = watch;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.longest = Math.max(watch.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('#map')?.getAttribute('data-state') === 'idle', null, { timeout: 60_000 });
  await page.click('#import-panel summary');
  await page.locator('#import-file').waitFor({ state: 'attached' });
  const heap = await watchWorkerHeap(page);
  await page.evaluate(() => ((window as unknown as { importWatch: { longest: number } }).importWatch.longest = 0));
  const started = Date.now();
  await page.setInputFiles('#import-file', file);
  await page.locator('#offence-search').waitFor({ timeout: 300_000 });
  const time = Date.now() - started;
  heap.stop();
  const longestTask = await page.evaluate(() => (window as unknown as { importWatch: { longest: number } }).importWatch.longest);
  await context.close();
  return { time, longestTask, workerPeak: heap.peak() };
}

/** One run: the CSV, then the .ods, each on a fresh page. */
export async function measureSpreadsheetImport(browser: Browser, url: string, files: { csv: string; ods: string }): Promise<Record<string, number>> {
  const csv = await importToReport(browser, url, files.csv);
  const ods = await importToReport(browser, url, files.ods);
  return {
    csvImportReport: csv.time,
    csvImportLongestTask: csv.longestTask,
    csvWorkerPeakHeapMb: csv.workerPeak / 1024 / 1024,
    odsImportReport: ods.time,
    odsImportLongestTask: ods.longestTask,
    odsWorkerPeakHeapMb: ods.workerPeak / 1024 / 1024,
    odsToCsvRatio: ods.time / csv.time,
  };
}
