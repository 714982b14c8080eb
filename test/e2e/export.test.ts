import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, openDownloads, screenshotDir, waitForMapIdle, type AppPage } from './browser';

const STORY = '?dataset=ho-code-86&year=2020-21&measure=rate&region=south-west&force=dorset';
/** Inside Dorset, west of its middle, where the label with its name does not sit. */
const DORSET_INSIDE: [number, number] = [-2.75, 50.8];
const YEARS = ['2012/13', '2013/14', '2014/15', '2015/16', '2016/17', '2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23'];
const PRESETS = [
  { id: 'social-card', width: 1200, height: 675 },
  { id: 'square', width: 1080, height: 1080 },
  { id: 'portrait', width: 1080, height: 1350 },
] as const;

/** Clicks an export button and saves what it downloads; an export that fails instead fails the test with the panel's words. */
async function download(page: Page, button: string): Promise<{ name: string; file: string }> {
  await openDownloads(page);
  const failed = page
    .waitForFunction(() => document.querySelector('.export-status')?.textContent?.startsWith('The export failed'), null, { timeout: 60_000 })
    .then(async () => {
      throw new Error(`"${button}": ${await page.textContent('.export-status')}`);
    });
  const [file] = await Promise.all([
    Promise.race([page.waitForEvent('download', { timeout: 60_000 }), failed]),
    page.click(`.export-buttons button:text-is("${button}")`),
  ]);
  failed.catch(() => undefined);
  const target = path.join(screenshotDir, 'exports', file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), file: target };
}

async function chooseSize(page: Page, size: string): Promise<void> {
  await openDownloads(page);
  await page.selectOption('.export select', size);
}

/** Decodes a PNG in the page and reads pixels: dimensions, distinct colours, a pixel, and dark pixels in bands. */
async function inspectPng(page: Page, file: string, point: [number, number] | null = null, scale = 1) {
  const base64 = readFileSync(file).toString('base64');
  return page.evaluate(
    async ({ base64, point, scale }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const hex = (x: number, y: number) => {
        const i = (Math.round(y) * bitmap.width + Math.round(x)) * 4;
        return `#${[data[i], data[i + 1], data[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
      };
      const colours = new Set<string>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      const darkIn = (top: number, bottom: number) => {
        let dark = 0;
        for (let y = Math.floor(top * bitmap.height); y < bottom * bitmap.height; y += 2)
          for (let x = 0; x < bitmap.width; x += 2) {
            const i = (y * bitmap.width + x) * 4;
            if (data[i]! < 90 && data[i + 1]! < 90 && data[i + 2]! < 90) dark++;
          }
        return dark;
      };
      return {
        width: bitmap.width,
        height: bitmap.height,
        colours: colours.size,
        pixel: point ? hex(point[0] * scale, point[1] * scale) : null,
        darkTop: darkIn(0, 0.06),
        darkBottom: darkIn(0.9, 1),
      };
    },
    { base64, point, scale },
  );
}

/**
 * The picture as chromium draws it: its size, its text, and every way
 * the drawn text could be cut or covered: a text outside the picture, two
 * texts on each other, a text on a map (other than the force's label).
 */
async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const holder = document.createElement('div');
    holder.style.position = 'absolute';
    holder.style.left = '-20000px';
    document.body.append(holder);
    holder.append(document.importNode(doc.documentElement, true));
    const root = holder.querySelector('svg')!;
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    const texts = [...root.querySelectorAll('text')].map((node) => {
      const box = node.getBBox();
      return {
        text: node.textContent ?? '',
        x: box.x,
        y: box.y,
        right: box.x + box.width,
        bottom: box.y + box.height,
        label: node.closest('.force-label') !== null,
      };
    });
    const maps = [...root.querySelectorAll('clipPath rect')].map((node) => {
      const box = (node as SVGGraphicsElement).getBBox();
      return { x: box.x, y: box.y, right: box.x + box.width, bottom: box.y + box.height };
    });
    type Box = { x: number; y: number; right: number; bottom: number };
    const on = (a: Box, b: Box) => a.x < b.right - 0.5 && b.x < a.right - 0.5 && a.y < b.bottom - 0.5 && b.y < a.bottom - 0.5;
    const problems: string[] = [];
    for (const item of texts) if (item.x < 0 || item.y < 0 || item.right > width || item.bottom > height) problems.push(`"${item.text}" is cut by the edge`);
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) if (on(texts[i]!, texts[j]!)) problems.push(`"${texts[i]!.text}" is on "${texts[j]!.text}"`);
      if (!texts[i]!.label) for (const map of maps) if (on(texts[i]!, map)) problems.push(`"${texts[i]!.text}" is on a map`);
    }
    holder.remove();
    return {
      error,
      width,
      height,
      texts: texts.map((item) => item.text),
      labels: texts.filter((item) => item.label).map((item) => item.text),
      listed: [...root.querySelectorAll('.also-pinned text')].map((node) => node.textContent ?? ''),
      maps: maps.length,
      problems,
      paths: [...doc.querySelectorAll('path[data-code]:not(.selected-outline)')].map(
        (p) => [p.getAttribute('data-code'), p.getAttribute('fill')] as [string, string],
      ),
      yearMaps: [...doc.querySelectorAll('g.year-map')].map((group) => group.querySelector('text')?.textContent ?? ''),
    };
  }, svg);
}

/** One browser and page for a suite, at a size, opened at the story's link (with more parameters) and ready when `ready` says. */
function useStoryPage(parameters: string, viewport: { width: number; height: number }, ready: (page: Page) => Promise<unknown>): () => AppPage {
  let browser: Browser | undefined;
  let app: AppPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, inject('baseUrl') + STORY + parameters, viewport);
    await ready(app.page);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => app!;
}

describe('exports of the South West with Dorset selected: PNG at 1×, 2× and 4×, SVG, presets, every year, and the figures', () => {
  const appPage = useStoryPage('', { width: 1280, height: 900 }, waitForMapIdle);
  let app: AppPage;
  let mapWidth: number;
  let dorsetFill: string;

  beforeAll(async () => {
    app = appPage();
    mapWidth = await app.page.evaluate(() => document.querySelector('#map')!.clientWidth);
    dorsetFill = (await app.page.evaluate(() => window.pfaAtlas!.renderedFills()))['E23000039']!;
  });

  for (const scale of [1, 2, 4]) {
    it(`PNG ${scale}×: ${scale} × the map's width, not blank, Dorset in its class colour, title and source drawn`, async () => {
      const { page } = app;
      await chooseSize(page, 'screen');
      const { name, file } = await download(page, `PNG ${scale}×`);
      expect(name).toBe(`pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset${scale === 1 ? '' : `@${scale}x`}.png`);
      const point = await page.evaluate((p) => window.pfaAtlas!.exportPointOf(p), DORSET_INSIDE);
      const png = await inspectPng(page, file, point, scale);
      expect(png.width).toBe(mapWidth * scale);
      expect(png.height).toBeGreaterThan(png.width * 0.6);
      expect(png.colours).toBeGreaterThan(8);
      expect(png.pixel).toBe(dorsetFill);
      expect(png.darkTop).toBeGreaterThan(50 * scale);
      expect(png.darkBottom).toBeGreaterThan(20 * scale);
      expect(await page.textContent('.export-status')).toContain(`(${(mapWidth * scale).toLocaleString('en-GB')} × `);
    });
  }

  it('SVG: parses, one path per force in view with the screen’s fill, title, legend with the not-published key, the source line, and Dorset named', async () => {
    const { page } = app;
    await chooseSize(page, 'screen');
    const { name, file } = await download(page, 'SVG');
    expect(name).toBe('pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset.svg');
    const svg = readFileSync(file, 'utf8');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const fills = await page.evaluate(() => window.pfaAtlas!.renderedFills());
    const parsed = await inspectSvg(page, svg);
    expect(parsed.error).toBeNull();
    const southWest = ['E23000035', 'E23000036', 'E23000037', 'E23000038', 'E23000039'];
    const drawn = new Map(parsed.paths);
    for (const code of southWest) expect(drawn.get(code)).toBe(fills[code]);
    expect(new Set(parsed.paths.map(([code]) => code)).size).toBe(parsed.paths.length);
    const text = parsed.texts.join(' ');
    expect(text).toContain('Obscene publications offences (Home Office code 86)');
    expect(text).toContain('Offences per 100,000 people, 2020/21, South West');
    expect(text).toContain('not available');
    expect(text).toContain('Office for National Statistics licensed under the Open Government Licence v.3.0');
    // 254 offences / 776,780 people (mid-2020) × 100,000 = 32.699.
    expect(parsed.labels).toEqual(['Dorset: 32.7']);
    expect(parsed.problems).toEqual([]);
  });

  for (const preset of PRESETS) {
    it(`${preset.id}: a PNG of exactly ${preset.width} × ${preset.height}, and its SVG with nothing cut or covered as chromium draws it`, async () => {
      const { page } = app;
      await chooseSize(page, preset.id);
      const png = await download(page, 'PNG 1×');
      expect(png.name).toBe(`pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset_${preset.id}.png`);
      const pixels = await inspectPng(page, png.file);
      expect([pixels.width, pixels.height]).toEqual([preset.width, preset.height]);
      expect(pixels.colours).toBeGreaterThan(8);
      const twice = await download(page, 'PNG 2×');
      expect(twice.name).toBe(`pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset_${preset.id}@2x.png`);
      expect(await inspectPng(page, twice.file)).toMatchObject({ width: preset.width * 2, height: preset.height * 2 });
      const svg = await inspectSvg(page, readFileSync((await download(page, 'SVG')).file, 'utf8'));
      expect([svg.width, svg.height]).toEqual([preset.width, preset.height]);
      expect(svg.labels).toEqual(['Dorset: 32.7']);
      expect(svg.problems).toEqual([]);
      await chooseSize(page, 'screen');
    });
  }

  it('small multiples: every year in one SVG and one PNG, each year’s map named, nothing cut', async () => {
    const { page } = app;
    await chooseSize(page, 'screen');
    const svgFile = await download(page, 'Small multiples (SVG)');
    expect(svgFile.name).toBe('pfa-atlas_ho-code-86_rate_all-years_south-west_dorset_small-multiples.svg');
    const svg = await inspectSvg(page, readFileSync(svgFile.file, 'utf8'));
    expect(svg.error).toBeNull();
    expect(svg.yearMaps).toEqual(YEARS);
    expect(svg.maps).toBe(11);
    expect(svg.texts).toContain('Offences per 100,000 people, 2012/13 to 2022/23, South West');
    expect(svg.problems).toEqual([]);
    expect(svg.width).toBe(mapWidth);
    const png = await download(page, 'Small multiples (PNG)');
    expect(png.name).toBe('pfa-atlas_ho-code-86_rate_all-years_south-west_dorset_small-multiples.png');
    expect(await inspectPng(page, png.file)).toMatchObject({ width: svg.width, height: svg.height });
    await chooseSize(page, 'portrait');
    const portrait = await download(page, 'Small multiples (PNG)');
    expect(portrait.name).toBe('pfa-atlas_ho-code-86_rate_all-years_south-west_dorset_small-multiples-portrait.png');
    expect(await inspectPng(page, portrait.file)).toMatchObject({ width: 1080, height: 1350 });
    await chooseSize(page, 'screen');
  });

  it('every year: a ZIP with one PNG a year in the chosen size', async () => {
    const { page } = app;
    await chooseSize(page, 'social-card');
    const { name, file } = await download(page, 'Every year (ZIP)');
    expect(name).toBe('pfa-atlas_ho-code-86_rate_all-years_south-west_dorset_social-card.zip');
    const files = unzipSync(readFileSync(file));
    // Each picture with its description beside it.
    expect(Object.keys(files)).toEqual(
      YEARS.flatMap((year) =>
        ['png', 'txt'].map((extension) => `pfa-atlas_ho-code-86_rate_${year.replace('/', '-')}_south-west_dorset_social-card.${extension}`),
      ),
    );
    const first = path.join(screenshotDir, 'exports', 'zip-first.png');
    writeFileSync(first, files[Object.keys(files)[0]!]!);
    expect(await inspectPng(page, first)).toMatchObject({ width: 1200, height: 675 });
    expect(await page.textContent('.export-status')).toContain('11 pictures');
    await chooseSize(page, 'screen');
  });

  it('every year, cancelled: the ZIP stops part-way, says so, and saves nothing', async () => {
    const { page } = app;
    const downloads: string[] = [];
    const onDownload = (file: { suggestedFilename(): string }) => downloads.push(file.suggestedFilename());
    page.on('download', onDownload);
    // Cancel as soon as the second year is being drawn, from inside the page: the export cannot outrun the click.
    const cancelledAt = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const status = document.querySelector('.export-status')!;
          const observer = new MutationObserver(() => {
            const text = status.textContent ?? '';
            if (!/Drawing year 2 of 11/.test(text)) return;
            observer.disconnect();
            document.querySelector<HTMLButtonElement>('.export-progress-row button')!.click();
            resolve(text);
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        }),
    );
    await openDownloads(page);
    await page.click('.export-buttons button:text-is("Every year (ZIP)")');
    expect(await cancelledAt).toBe('Drawing year 2 of 11…');
    await page.waitForFunction(() => document.querySelector('.export-status')?.textContent === 'Cancelled.');
    expect(await page.locator('.export-progress-row button:text-is("Cancel")').isHidden()).toBe(true);
    expect(await page.locator('.export-progress-row progress').isHidden()).toBe(true);
    // Downloads arrive in order: had the cancelled ZIP been saved, it would come before the next export's file.
    const next = page.waitForEvent('download');
    await page.click('.export-buttons button:text-is("Table (CSV)")');
    await next;
    page.off('download', onDownload);
    expect(downloads).toEqual(['pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset.csv']);
  });

  it('every year, double-clicked: one ZIP is made, the second click says so, and Cancel stops the one running', async () => {
    const { page } = app;
    const downloads: string[] = [];
    const onDownload = (file: { suggestedFilename(): string }) => downloads.push(file.suggestedFilename());
    page.on('download', onDownload);
    const zip = '.export-buttons button:text-is("Every year (ZIP)")';
    await openDownloads(page);
    await page.dblclick(zip);
    await page.waitForFunction(() => /being made already/.test(document.querySelector('.export-status')?.textContent ?? ''));
    expect(await page.getAttribute(zip, 'aria-disabled')).toBe('true');
    await page.waitForFunction(() => /^Saved .*\.zip: 11 pictures/.test(document.querySelector('.export-status')?.textContent ?? ''), null, {
      timeout: 60_000,
    });
    expect(await page.getAttribute(zip, 'aria-disabled')).toBeNull();

    // Again, cancelled while the second click is ignored: nothing saved.
    await page.dblclick(zip);
    await page.waitForFunction(() => /being made already/.test(document.querySelector('.export-status')?.textContent ?? ''));
    await page.click('.export-progress-row button:text-is("Cancel")');
    await page.waitForFunction(() => document.querySelector('.export-status')?.textContent === 'Cancelled.');
    const next = page.waitForEvent('download');
    await page.click('.export-buttons button:text-is("Table (CSV)")');
    await next;
    page.off('download', onDownload);
    expect(downloads).toEqual(['pfa-atlas_ho-code-86_rate_all-years_south-west_dorset.zip', 'pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset.csv']);
  });

  it('Table (CSV): the table on screen, its columns in their order and its rows in the order shown', async () => {
    const { page } = app;
    const { name, file } = await download(page, 'Table (CSV)');
    expect(name).toBe('pfa-atlas_ho-code-86_rate_2020-21_south-west_dorset.csv');
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    const shown = await page.evaluate(() => ({
      head: [...document.querySelectorAll('#force-table thead th')].map((th) => th.querySelector('button')!.firstChild!.textContent),
      names: [...document.querySelectorAll('#force-table tbody tr')].map((tr) => tr.querySelector('th')!.textContent),
      ranks: Object.fromEntries(
        [...document.querySelectorAll('#force-table tbody tr')].map((tr) => [
          tr.querySelector('th')!.textContent,
          tr.querySelector('td[data-key="rank"]')!.textContent,
        ]),
      ),
      caption: document.querySelector('#force-table caption')!.textContent,
    }));
    // The columns on screen, then the source and release of each row's figure.
    expect(lines[0]).toBe([...shown.head.map((label) => (label!.includes(',') ? `"${label}"` : label)), 'Source', 'Release'].join(','));
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(shown.names);
    expect(lines).toHaveLength(6);
    // 254 offences / 776,780 people (mid-2020) × 100,000; its 95% interval (python3, scipy.stats.chi2.ppf, Garwood) 28.8 to 37.0.
    // Source and release: data/datasets.json, "home-office".
    expect(lines.find((line) => line.startsWith('Dorset,'))).toBe(
      `Dorset,South West,32.699,254,28.8 to 37.0,${shown.ranks.Dorset},"Home Office, police recorded crime and outcomes open data tables (police force area)","Home Office open data tables, 19 October 2023"`,
    );
    expect(shown.caption).toContain(
      'Source: Home Office, police recorded crime and outcomes open data tables (police force area) (Home Office open data tables, 19 October 2023)',
    );
  });

  it('all figures CSV: every year of the five forces in view, with units, population and sources', async () => {
    const { page } = app;
    const { name, file } = await download(page, 'All figures (CSV)');
    expect(name).toBe('pfa-atlas_ho-code-86_all-measures-base-2012-13_all-years_south-west.csv');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines).toHaveLength(1 + 5 * 11);
    expect(lines[0]).toBe(
      'dataset,offence_code,offence_name,offence_group,force_code,force_name,region,year,count,count_status,count_unit,population,population_mid_year,rate,rate_lower_95,rate_upper_95,rate_unit,compared_with_england_and_wales,compared_with_region,' +
        'change_from_previous_year,change_from_previous_year_lower_95,change_from_previous_year_upper_95,change_from_base_year,change_from_base_year_lower_95,change_from_base_year_upper_95,base_year,change_unit,note,source,release,source_url,licence',
    );
    // 188 offences / 767,297 people (mid-2016) × 100,000 = 24.5016; (188 − 81) / 81 = +132.099%; (188 − 24) / 24 = +683.333%.
    // 95% intervals (python3 scipy, see test/export/figures-csv.test.ts): rate 21.124 to 28.265; changes +77.951% to +205.023% and +410.69% to +1153.258%.
    // England and Wales 2016/17: 32.3 per 100,000, above the interval; the South West: 27.3, inside it.
    expect(lines.find((line) => line.includes(',E23000039,Dorset,South West,2016/17,'))).toMatch(
      /^Obscene publications offences \(Home Office code 86\) recorded by police,86,Obscene publications etc,Miscellaneous crimes against society,E23000039,Dorset,South West,2016\/17,188,published,offences,767297,2016,24\.502,21\.124,28\.265,"per 100,000 people",lower than England and Wales,similar to the South West,132\.099,77\.951,205\.023,683\.333,410\.69,1153\.258,2012\/13,per cent,,/,
    );
    expect(await page.textContent('.export-status')).toContain('55 rows');
  });
});

describe('exports of the tile map: the chosen and pinned forces labelled, a pin outside the region listed', () => {
  // Year 2020/21 (python3, from the committed tables, count / mid-2020 population × 100,000): Dorset 254 / 776,780 = 32.699,
  // Devon and Cornwall 914 / 1,785,298 = 51.196, Cleveland 434 / 569,768 = 76.171.
  const appPage = useStoryPage('&view=tiles&pins=cleveland,devon-and-cornwall', { width: 1280, height: 900 }, (page) =>
    page.waitForFunction(() => document.querySelectorAll('.value-label').length === 2),
  );

  it('SVG at the screen’s size and in every preset, PNG, and every year (ZIP)', async () => {
    const { page, errors } = appPage();
    for (const size of ['screen', ...PRESETS.map((preset) => preset.id)]) {
      await chooseSize(page, size);
      const svg = await inspectSvg(page, readFileSync((await download(page, 'SVG')).file, 'utf8'));
      expect(svg.error).toBeNull();
      expect(svg.labels, size).toEqual(['Dorset: 32.7', 'Devon and Cornwall: 51.2']);
      expect(svg.listed, size).toEqual(['Outside this map', 'Cleveland: 76.2']);
    }
    const png = await download(page, 'PNG 1×');
    expect((await inspectPng(page, png.file)).colours).toBeGreaterThan(8);
    const zip = await download(page, 'Every year (ZIP)');
    expect(Object.keys(unzipSync(readFileSync(zip.file))).filter((name) => name.endsWith('.png'))).toHaveLength(YEARS.length);
    await chooseSize(page, 'screen');
    expect(errors).toEqual([]);
  });
});

describe('exports while the table is shown instead of the map', () => {
  const appPage = useStoryPage('&view=table', { width: 1280, height: 900 }, (page) => page.waitForSelector('#force-table tbody tr'));

  it('PNG 1× draws the view 900 px wide and says why; the SVG and the small multiples work too', async () => {
    const app = appPage();
    const { page } = app;
    expect(await page.evaluate(() => document.querySelector('#map')!.clientWidth)).toBe(0);
    const png = await download(page, 'PNG 1×');
    expect(await inspectPng(page, png.file)).toMatchObject({ width: 900 });
    expect(await page.textContent('.export-status')).toMatch(
      /^Saved pfa-atlas_.*\.png \(900 × [\d,]+ px, [\d,]+ KB\): the map is not on screen, so it is drawn 900 px wide\.$/,
    );
    const svg = await inspectSvg(page, readFileSync((await download(page, 'SVG')).file, 'utf8'));
    expect(svg.labels).toEqual(['Dorset: 32.7']);
    expect(svg.problems).toEqual([]);
    const grid = await download(page, 'Small multiples (PNG)');
    expect(await inspectPng(page, grid.file)).toMatchObject({ width: 900 });
    expect(app.errors).toEqual([]);
  });
});

describe('exports on a narrow screen (320 px)', () => {
  const appPage = useStoryPage('', { width: 320, height: 700 }, waitForMapIdle);

  it('PNG 1× is drawn 480 px wide with nothing cut, and says the screen was narrower', async () => {
    const app = appPage();
    const { page } = app;
    const mapWidth = await page.evaluate(() => document.querySelector('#map')!.clientWidth);
    expect(mapWidth).toBeLessThan(360);
    const png = await download(page, 'PNG 1×');
    expect(await inspectPng(page, png.file)).toMatchObject({ width: 480 });
    expect(await page.textContent('.export-status')).toContain(`: the map is ${mapWidth} px wide on screen, so it is drawn 480 px wide.`);
    const svg = await inspectSvg(page, readFileSync((await download(page, 'SVG')).file, 'utf8'));
    expect(svg.problems).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
