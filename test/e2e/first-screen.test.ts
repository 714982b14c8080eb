import { describe, expect, inject, it } from 'vitest';
import { screenshot, useAppPage } from './browser';

describe('first screen: England and Wales coloured by the default dataset', () => {
  const appPage = useAppPage(() => inject('baseUrl'));

  it('draws all 43 forces, each coloured by its rate in the latest year, and the City of London, without a population estimate, hatched', async () => {
    const fills = await appPage().page.evaluate(() => window.pfaAtlas!.renderedFills());
    expect(Object.keys(fills)).toHaveLength(43);
    // Every force has a figure; the City of London has no mid-2022 population, so no rate: hatched as not available.
    expect(
      Object.entries(fills)
        .filter(([, fill]) => fill === null)
        .map(([code]) => code),
    ).toEqual(['E23000034']);
    expect(new Set(Object.values(fills)).size).toBe(6);
    expect(await appPage().page.textContent('#map-subtitle')).toBe('Offences per 100,000 people, 2022/23, England and Wales');
    await screenshot(appPage().page, 'first-screen');
  });

  it('shows colour on the canvas, not a blank map: pixels inside Dorset and Kent are classed colours', async () => {
    const pixels = await appPage().page.evaluate(() =>
      window.pfaAtlas!.pixelsAt([
        [-2.3, 50.8],
        [0.7, 51.2],
      ]),
    );
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

  it('asks nothing of any other origin, asks for no file that is not there, and logs no errors', () => {
    const origin = new URL(inject('baseUrl')).origin;
    expect(appPage().requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(appPage().missing).toEqual([]);
    expect(appPage().errors).toEqual([]);
  });
});
