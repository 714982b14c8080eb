import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, screenshot, waitForMapIdle, type AppPage } from './browser';

const STORY = '?dataset=nspcc-foi&year=2020-21&region=south-west&force=dorset';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(),
  );
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
}

async function mapBounds(page: Page): Promise<{ west: number; east: number; south: number; north: number }> {
  return page.evaluate(() => window.pfaAtlas!.viewBounds());
}

describe('drill-down: England and Wales → South West → Dorset', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the Dorset story link: South West outlined, the rest dimmed, Dorset profiled with its real NSPCC figures', async () => {
    app = await openApp(browser, inject('baseUrl') + STORY);
    const { page } = app;
    await waitForMapIdle(page);
    await page.locator('#profile-title').waitFor();
    expect(await page.textContent('#profile-title')).toBe('Dorset');
    expect(await page.locator('.breadcrumb').textContent()).toBe('England and WalesSouth WestDorset');

    const bounds = await mapBounds(page);
    // The map shows the South West (about −6.4 to −1.5 E, 49.9 to 52.1 N), not the whole of England and Wales.
    expect(bounds.west).toBeGreaterThan(-7.5);
    expect(bounds.east).toBeLessThan(0);
    expect(bounds.north).toBeLessThan(53.2);
    expect(bounds.south).toBeLessThan(50);

    const profile = await page.locator('.profile').textContent();
    // Rate: 212 / 776,780 (Dorset, mid-2020) × 100,000.
    expect(profile).toContain('Offences per 100,000 people, 2020/2127.3 per 100,000 people');
    expect(profile).toContain('Number of offences, 2020/21212');
    expect(profile).toContain('Total, 2016/17 to 2020/211,154');
    // Six forces have an NSPCC figure for 2020/21, two of them in the South West; ranked by the rate.
    expect(profile).toContain('Rank in England and Wales (1st is highest)5th of 6 forces with figures');
    expect(profile).toContain('Rank in the South West2nd of 2 forces with figures');
    expect(profile).toContain('South West, 2016/17 to 2020/21: 6,852 published');
    // No South West force has an NSPCC figure here for 2021/22: no sum of 0 beside the published total.
    expect(profile).toContain('South West, 2021/22: more than 2,700 published (NSPCC FOI Feb 2023). None of its 5 forces has a figure here for that period.');
    expect(profile).not.toMatch(/add up to 0\b/);
    await page.locator('.profile-chart').waitFor();
    expect(await page.locator('.profile-chart circle.line-force').count()).toBe(5);

    const fills = await page.evaluate(() => window.pfaAtlas!.renderedFills());
    const dimmed = await page.evaluate(() => window.pfaAtlas!.dimmedCodes());
    expect(dimmed).toHaveLength(38);
    expect(dimmed).not.toContain('E23000039');
    expect(fills['E23000039']).not.toBeNull();
    // Sparse data: Gloucestershire has no NSPCC figure, so it is hatched, not coloured as zero.
    expect(fills['E23000037']).toBeNull();
    expect(await page.evaluate(() => window.pfaAtlas!.regionOutlineCount())).toBe(1);
    await screenshot(page, 'story-dorset');
    expect(await seriousViolations(page)).toEqual([]);
    await app.context.close();
  });

  it('drills down by the region picker and a click on Dorset, and Back goes back up to England and Wales', async () => {
    app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await waitForMapIdle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.selectOption('#region-select', 'South West');
    await waitForMapIdle(page);
    expect(page.url()).toContain('region=south-west');
    expect(await page.locator('#force-table tbody tr').count()).toBe(5);
    await screenshot(page, 'drill-south-west');

    const point = await page.evaluate(() => window.pfaAtlas!.pagePointOf([-2.3, 50.8]));
    await page.mouse.click(point.x, point.y);
    await page.locator('#profile-title').waitFor();
    expect(page.url()).toContain('force=dorset');
    expect(await page.locator('#force-table tr.is-selected').getAttribute('data-code')).toBe('E23000039');
    await waitForMapIdle(page);
    await screenshot(page, 'drill-dorset');

    await page.goBack();
    await waitForMapIdle(page);
    expect(page.url()).not.toContain('force=');
    expect(await page.locator('.profile').isHidden()).toBe(true);
    await page.goBack();
    await waitForMapIdle(page);
    expect(page.url()).not.toContain('region=');
    expect(await page.locator('.breadcrumb').textContent()).toBe('England and Wales');
    expect(await page.locator('#force-table tbody tr').count()).toBe(43);
    expect((await mapBounds(page)).north).toBeGreaterThan(55);
    await app.context.close();
  });

  it('finds a force by an alias, and sorts the table by keyboard', async () => {
    app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await waitForMapIdle(page);
    const search = page.getByRole('combobox', { name: 'Find a police force area' });
    await search.fill('Devon & Cornwall Police');
    await page.keyboard.press('Enter');
    await page.locator('#profile-title').waitFor();
    expect(await page.textContent('#profile-title')).toBe('Devon and Cornwall');
    expect(page.url()).toContain('force=devon-and-cornwall');

    // A misspelling is offered as a suggestion, chosen by the reader, never applied by itself.
    await search.fill('Dorest');
    const suggestions = page.getByRole('listbox', { name: 'Police force areas' });
    await suggestions.waitFor();
    expect(await suggestions.getByRole('option').first().textContent()).toContain('Dorset');
    expect(page.url()).toContain('force=devon-and-cornwall');
    await page.keyboard.press('Escape');

    await page.selectOption('#region-select', '');
    await waitForMapIdle(page);
    // On a wide screen the table is a view in the map's place.
    await page.click('.view-switch-button[data-view="table"]');
    const nameHeader = page.locator('th:has(button:text("Force")) button');
    await nameHeader.focus();
    await page.keyboard.press('Enter');
    const first = await page.locator('#force-table tbody tr').first().getAttribute('data-code');
    expect(first).toBe('E23000036'); // Avon and Somerset, first by name
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await app.context.close();
  });

  it('falls back with a visible, dismissible notice for an invalid parameter, and shows it as text', async () => {
    app = await openApp(browser, inject('baseUrl') + '?measure=ratee&force=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    const { page } = app;
    await waitForMapIdle(page);
    const notices = page.locator('.notice');
    expect(await notices.count()).toBe(2);
    const text = (await page.locator('.notices').textContent()) ?? '';
    expect(text).toContain('measure=ratee');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('.notices img').count()).toBe(0);
    expect(page.url()).not.toContain('measure=');
    await page.locator('.notice-dismiss').first().click();
    expect(await notices.count()).toBe(1);
    await app.context.close();
  });
});
