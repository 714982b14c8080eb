import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useAppPage, waitForMapIdle } from './browser';

/** Every id on the page that more than one element carries. */
async function repeatedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
  });
}

/** What the combobox points a screen reader at: the option its aria-activedescendant names, and the one marked selected. */
async function announced(page: Page, combobox: string): Promise<{ pointedAt: string | null; selected: string[] }> {
  return page.evaluate((selector) => {
    const input = document.querySelector(selector)!;
    const id = input.getAttribute('aria-activedescendant');
    const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '') ?? document;
    return {
      pointedAt: id ? (document.getElementById(id)?.textContent ?? null) : null,
      selected: [...listbox.querySelectorAll('[role="option"][aria-selected="true"]')].map((option) => option.textContent ?? ''),
    };
  }, combobox);
}

describe('access: unique option ids and a focus ring that shows (issue 19, item 6)', () => {
  const app = useAppPage(() => inject('baseUrl'));

  it('gives every option of the offence picker its own id, and announces the option the arrows reach', async () => {
    const { page } = app();
    await page.focus('#offence-button');
    await page.keyboard.press('Enter');
    await page.locator('#offence-picker-search').waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.querySelectorAll('#offence-options [role="option"]').length > 100);
    expect(await repeatedIds(page)).toEqual([]);
    // Down through the first group (all crime, its groups) into the next: the option pointed at is the one selected, each time.
    const reached = new Set<string>();
    for (let step = 0; step < 6; step++) {
      await page.keyboard.press('ArrowDown');
      const { pointedAt, selected } = await announced(page, '#offence-picker-search');
      expect(selected).toHaveLength(1);
      expect(pointedAt).toBe(selected[0]);
      reached.add(pointedAt!);
    }
    expect(reached.size).toBe(6);
    await page.keyboard.type('sexual');
    await page.waitForFunction(() => document.querySelector('.offence-option[aria-selected="true"] .offence-option-name')?.textContent === 'Sexual offences');
    expect(await repeatedIds(page)).toEqual([]);
    expect((await announced(page, '#offence-picker-search')).pointedAt).toContain('Sexual offences');
    await page.keyboard.press('Escape');
  });

  it('gives every option of the force search its own id, and announces the option the arrows reach', async () => {
    const { page } = app();
    const input = page.locator('input[role="combobox"][id^="force-search-"]').first();
    await input.fill('yorkshire');
    await page.waitForFunction(() => document.querySelectorAll('[id^="force-search-"][role="listbox"] [role="option"]').length >= 3);
    expect(await repeatedIds(page)).toEqual([]);
    for (let step = 0; step < 3; step++) {
      await input.press('ArrowDown');
      const { pointedAt, selected } = await announced(page, 'input[role="combobox"][id^="force-search-"]');
      expect(selected).toHaveLength(1);
      expect(pointedAt).toBe(selected[0]);
    }
    await input.fill('');
  });

  it('rings the map in black and white when it has the keyboard, over the map, and the force the arrows reach', async () => {
    const { page } = app();
    await page.focus('#map');
    await page.keyboard.press('ArrowRight');
    await waitForMapIdle(page);
    const box = (await page.locator('#map').boundingBox())!;
    const file = await screenshot(page, 'access-map-focus');
    // The ring's bands, read from the screen at the middle of the frame's left edge: white at the edge, then black, then white.
    const pixels = await page.evaluate(
      async ({ png, x, y }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return [1, 4, 7].map((dx) => [...context.getImageData(x + dx, y, 1, 1).data.slice(0, 3)]);
      },
      { png: (await page.screenshot()).toString('base64'), x: Math.round(box.x), y: Math.round(box.y + box.height / 2) },
    );
    expect(pixels, file).toEqual([
      [255, 255, 255],
      [0, 0, 0],
      [255, 255, 255],
    ]);
    // The force the keyboard is on: its dashed black line over a white halo, both drawn.
    const outlines = await page.evaluate(() =>
      [
        ...document.querySelectorAll('#map .map-layout.is-shown path[stroke-dasharray], #map .map-layout.is-shown path[stroke="#ffffff"][stroke-width="6"]'),
      ].map((path) => ({
        stroke: path.getAttribute('stroke'),
        drawn: (path.getAttribute('d') ?? '').length > 10,
      })),
    );
    expect(outlines).toEqual([
      { stroke: '#ffffff', drawn: true },
      { stroke: '#000000', drawn: true },
    ]);
  });
});
