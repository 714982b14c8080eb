import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useAppPage, waitForMapIdle } from './browser';

const DORSET_INSIDE: [number, number] = [-2.3, 50.8];
const KENT = 'E23000032';
const KENT_INSIDE: [number, number] = [0.7, 51.2];

async function kentFill(page: Page): Promise<{ state: string | null; pixel: string | null }> {
  const state = (await page.evaluate(() => window.pfaAtlas!.renderedFills()))[KENT] ?? null;
  const [pixel] = await page.evaluate((point) => window.pfaAtlas!.pixelsAt([point]), KENT_INSIDE);
  return { state, pixel: pixel ?? null };
}

const yearShown = (page: Page) => page.locator('#year-slider').getAttribute('aria-valuetext');

describe('the explorer: timeline, measures, tooltip', () => {
  const appPage = useAppPage(() => inject('baseUrl'));

  it('steps the years by keyboard and recolours Kent on the canvas', async () => {
    const { page } = appPage();
    expect(await yearShown(page)).toBe('2022/23');
    const before = await kentFill(page);
    expect(before.pixel).toBe(before.state);

    await page.focus('#year-slider');
    await page.keyboard.press('Home');
    await waitForMapIdle(page);
    expect(await yearShown(page)).toBe('2012/13');
    expect(page.url()).toContain('year=2012-13');
    const after = await kentFill(page);
    // Kent: 92.6 offences per 100,000 people in 2022/23, in the top class; far fewer in 2012/13.
    expect(after.state).not.toBe(before.state);
    expect(after.pixel).toBe(after.state);

    await page.keyboard.press('ArrowRight');
    await waitForMapIdle(page);
    expect(await yearShown(page)).toBe('2013/14');
    await screenshot(page, 'explorer-2013-14');
  });

  it('plays three steps, one year a second, updating the URL in place', async () => {
    const { page } = appPage();
    await page.selectOption('#measure-select', 'count');
    await waitForMapIdle(page);
    const historyLength = await page.evaluate(() => history.length);
    const yearBefore = await yearShown(page);
    await page.focus('#year-slider');
    await page.keyboard.press('Home');
    await page.keyboard.press(' ');
    expect(await page.locator('.timeline-play').getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => document.querySelector('#year-slider')?.getAttribute('aria-valuetext') === '2015/16', null, { timeout: 6000 });
    await page.keyboard.press(' ');
    expect(await page.locator('.timeline-play').getAttribute('aria-pressed')).toBe('false');
    expect(page.url()).toContain('year=2015-16');
    // Home pushed one entry; the three played years replaced it in place: Back returns to the year before Home.
    expect(await page.evaluate(() => history.length)).toBe(historyLength + 1);
    await page.goBack();
    await waitForMapIdle(page);
    expect(await yearShown(page)).toBe(yearBefore);
    await page.goForward();
    await waitForMapIdle(page);
    expect(await yearShown(page)).toBe('2015/16');
    await waitForMapIdle(page);
    await screenshot(page, 'explorer-played-2015-16');
  });

  it('hovers Dorset and reads its real figure, rank and source in the tooltip, marked in the legend', async () => {
    const { page } = appPage();
    await page.focus('#year-slider');
    await page.keyboard.press('End');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    expect(await yearShown(page)).toBe('2016/17');
    await waitForMapIdle(page);
    const point = await page.evaluate((p) => window.pfaAtlas!.pagePointOf(p), DORSET_INSIDE);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('.tooltip');
    await tooltip.waitFor({ state: 'visible' });
    const text = await tooltip.textContent();
    expect(text).toContain('Dorset');
    expect(text).toContain('South West');
    expect(text).toContain('188 offences in 2016/17');
    expect(text).toMatch(/Ranks \d+(st|nd|rd|th) of 43 forces with figures/);
    expect(text).toContain('Home Office');
    expect(await page.locator('.legend-row.is-marked').textContent()).toContain('Dorset: 188');
    await screenshot(page, 'explorer-hover-dorset');
  });

  it('switches back to rates per 100,000 people (the default) and shows Dorset’s rate from the same year’s population', async () => {
    const { page } = appPage();
    await page.selectOption('#measure-select', 'rate');
    await waitForMapIdle(page);
    expect(page.url()).not.toContain('measure=');
    expect(await page.textContent('#map-subtitle')).toContain('Offences per 100,000 people, 2016/17');
    const point = await page.evaluate((p) => window.pfaAtlas!.pagePointOf(p), DORSET_INSIDE);
    await page.mouse.move(point.x + 1, point.y);
    await page.locator('.tooltip').waitFor({ state: 'visible' });
    // 188 offences / 767,297 people (mid-2016) × 100,000 = 24.5.
    expect(await page.locator('.tooltip').textContent()).toContain('24.5 per 100,000 people in 2016/17');
    expect(await page.textContent('#source-line')).toContain('ONS mid-year estimates');
    await screenshot(page, 'explorer-rate-dorset');
  });

  it('shows change from the previous year on a diverging palette', async () => {
    const { page } = appPage();
    await page.selectOption('#measure-select', 'change-previous');
    await waitForMapIdle(page);
    const labels = await page.locator('.legend-label').allTextContents();
    expect(labels.some((label) => label.includes('−'))).toBe(true);
    expect(await page.inputValue('#palette-select')).toBe('purple-orange');
    // Its six columns, long heading included, fit beside the side panel.
    expect(await page.locator('#force-table thead th').allTextContents()).toHaveLength(7);
    const table = await page.evaluate(() => {
      const scroll = document.querySelector('#force-table')!.closest('.table-scroll')!;
      return { scrollWidth: scroll.scrollWidth, clientWidth: scroll.clientWidth };
    });
    expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth);
    await screenshot(page, 'explorer-change');
  });
});
