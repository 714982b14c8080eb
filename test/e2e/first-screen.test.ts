import { describe, expect, inject, it } from 'vitest';
import { screenshot, useAppPage } from './browser';

describe('first screen: England and Wales coloured by the default dataset', () => {
  const appPage = useAppPage(() => inject('baseUrl'));

  it('draws all 43 forces, each coloured by a real figure of the latest year', async () => {
    const fills = await appPage().page.evaluate(() => window.pfaAtlas!.renderedFills());
    expect(Object.keys(fills)).toHaveLength(43);
    // The default dataset has a figure for every force, so none is hatched.
    expect(Object.values(fills).filter((fill) => fill === null)).toHaveLength(0);
    expect(new Set(Object.values(fills)).size).toBeGreaterThanOrEqual(4);
    await screenshot(appPage().page, 'first-screen');
  });

  it('shows colour on the canvas, not a blank map: pixels inside Dorset and Kent are classed colours', async () => {
    const pixels = await appPage().page.evaluate(() => window.pfaAtlas!.pixelsAt([[-2.3, 50.8], [0.7, 51.2]]));
    const fills = await appPage().page.evaluate(() => window.pfaAtlas!.renderedFills());
    expect(pixels[0]).toBe(fills['E23000039']);
    expect(pixels[1]).toBe(fills['E23000032']);
  });

  it('shows the ONS boundary and Home Office figure attribution', async () => {
    const source = await appPage().page.textContent('#source-line');
    expect(source).toContain('Office for National Statistics licensed under the Open Government Licence v.3.0');
    expect(source).toContain('Contains OS data © Crown copyright and database right 2022');
    expect(source).toContain('Home Office');
  });

  it('asks nothing of any other origin and logs no errors', () => {
    const origin = new URL(inject('baseUrl')).origin;
    expect(appPage().requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(appPage().errors).toEqual([]);
  });
});
