import { describe, expect, inject, it } from 'vitest';
import { screenshot, useAppPage, waitForMapIdle } from './browser';

const NORTHUMBRIA = 'E23000007';
const DORSET = 'E23000039';

describe('in the map’s place: every year’s map, or the table (issue 16)', () => {
  const app = useAppPage(() => inject('baseUrl'), '?view=years');

  it('shows every year’s map in one grid under one legend, the year shown marked', async () => {
    const { page } = app();
    await page.locator('.years-grid svg').waitFor();
    const cells = page.locator('.years-cell');
    expect(await cells.count()).toBe(11);
    expect(await page.locator('.years-grid .year-map').count()).toBe(11);
    expect(await page.locator('.years-cell[aria-current="true"]').getAttribute('aria-label')).toContain('2022/23');
    expect(await page.locator('#map-panel').isHidden()).toBe(true);
    // One legend, the page's, beside the grid.
    expect(await page.locator('.legend-rows').count()).toBe(1);
    // The grid is in the first screen, in the map's frame.
    const grid = (await page.locator('#stage-view').boundingBox())!;
    expect(grid.y + grid.height).toBeLessThanOrEqual(900);
    await screenshot(page, 'years-1280');
  });

  it('shows a year on the map when its small map is chosen by keyboard', async () => {
    const { page } = app();
    await page.locator('.years-cell[aria-label^="2016/17"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.search.includes('year=2016-17') && !window.location.search.includes('view='));
    await waitForMapIdle(page);
    expect(await page.locator('#map-panel').isVisible()).toBe(true);
    expect(await page.locator('#stage-view').isHidden()).toBe(true);
  });

  it('shows only the region in focus on every small map', async () => {
    const { page } = app();
    await page.goto(`${inject('baseUrl')}?view=years&region=south-west`);
    await page.locator('.years-grid svg').waitFor();
    const codes = await page
      .locator('.years-grid .year-map')
      .first()
      .locator('path[data-code]')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('data-code')));
    expect(codes).toContain(DORSET);
    expect(codes).not.toContain(NORTHUMBRIA);
  });

  it('brings the table up into the map’s place when Table is chosen', async () => {
    const { page } = app();
    await page.goto(`${inject('baseUrl')}?view=table`);
    await page.locator('#stage-view #force-table').waitFor();
    const table = (await page.locator('#force-table').boundingBox())!;
    expect(table.y).toBeLessThan(400);
    await page.click('.view-switch-button[data-view="map"]');
    await waitForMapIdle(page);
    // Back below the first screen, where it is the map's table alternative.
    expect(await page.locator('#table #force-table').count()).toBe(1);
  });
});
