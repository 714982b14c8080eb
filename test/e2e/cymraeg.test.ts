import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openApp, openDownloads, screenshot, screenshotDir, useBrowser, waitForMapIdle } from './browser';

/** The Dorset story (README), in Welsh. */
const DORSET_STORY = '?dataset=nspcc-foi&year=2020-21&region=south-west&force=dorset';

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ');

describe('the atlas in Welsh (issue 24)', () => {
  const browser = useBrowser();

  it('shows the Dorset story in Welsh: controls, legend, region names, the profile, About and an exported SVG', async () => {
    const { context, page, errors } = await openApp(browser(), `${inject('baseUrl')}${DORSET_STORY}&lang=cy`);
    await waitForMapIdle(page);
    await page.locator('#profile-title').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await page.title()).toBe('PFA Atlas: ffigurau’r heddlu ledled Cymru a Lloegr');
    // The controls and the header.
    const controls = await text(page, '#controls');
    expect(controls).toContain('Ffigurau');
    expect(controls).toContain('Dangos');
    expect(await page.textContent('#about-button')).toBe('Am y ffigurau');
    expect(await text(page, '.view-switch')).toBe('MapTeilsBlynyddoeddTabl');
    // The legend: its title, its open top class and what a missing figure is called.
    const legend = await text(page, '#legend');
    expect(legend).toContain('Troseddau fesul 100,000 o bobl');
    expect(legend).toContain('a throsodd');
    expect(legend).toContain('ddim ar gael');
    expect(await page.getAttribute('.legend', 'aria-label')).toBe('Allwedd');
    // The region's Welsh name, as the ONS gives it, in the subtitle and the breadcrumb.
    expect(await text(page, '#map-subtitle')).toBe('Troseddau fesul 100,000 o bobl, 2020/21, De-orllewin Lloegr');
    expect(await text(page, '.breadcrumb')).toContain('De-orllewin Lloegr');
    // Dorset's profile.
    const profile = await text(page, '#profile');
    expect(profile).toContain('Rhanbarth: De-orllewin Lloegr');
    expect(profile).toContain('Nifer y troseddau, 2020/21');
    expect(profile).toContain('cyfwng hyder o 95%');
    expect(await text(page, '#profile-chart-title')).toBe('Troseddau fesul 100,000 o bobl, pob blwyddyn');
    // What the keyboard does on the map, for a screen reader; the figures' own title and attributions, in Welsh (data/datasets.json).
    expect(await page.textContent('#map-keys')).toMatch(/^Mae’r bysellau saeth yn symud o heddlu i heddlu cyfagos;/);
    expect(await text(page, '#map-title')).toBe('Troseddau delweddau cam-drin plant a gofnodwyd gan yr heddlu (ffigurau rhyddid gwybodaeth yr NSPCC)');
    expect(await page.getAttribute('#map-title', 'lang')).toBeNull();
    expect(await text(page, '#source-line')).toMatch(
      /^Ffigurau: ceisiadau rhyddid gwybodaeth yr NSPCC .* Poblogaeth: amcangyfrifon canol blwyddyn yr ONS, .* Ffiniau: Ffynhonnell: Swyddfa Ystadegau Gwladol/,
    );
    expect(await page.getAttribute('#source-line', 'lang')).toBeNull();
    await screenshot(page, 'cymraeg-dorset-1280');

    // About, with the figures' own words in Welsh.
    await page.click('#about-button');
    const dialog = page.locator('#about-dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('h2').textContent()).toBe('Am y ffigurau hyn');
    const about = (await dialog.textContent()) ?? '';
    expect(about).toContain('Ardaloedd heddlu');
    expect(about).toContain('Sut mae cyfraddau’n cael eu cyfrifo');
    expect(await dialog.locator('.about-dataset').getAttribute('lang')).toBeNull();
    expect(about).toContain('fel y’u cafwyd gan yr NSPCC drwy geisiadau rhyddid gwybodaeth');
    // Where they come from: the source, dates and licence in Welsh too.
    expect(about).toContain('Ceisiadau rhyddid gwybodaeth yr NSPCC, fel y’u hadroddwyd yn y wasg');
    expect(about).toContain('2018-09 i 2024-03');
    expect(about).not.toContain('as reported in the press');
    await screenshot(page, 'cymraeg-about');
    await page.keyboard.press('Escape');

    // The SVG of the view, in the language shown.
    await openDownloads(page);
    expect(await page.getAttribute('#download .panel-dialog-close', 'aria-label')).toBe('Cau');
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('.export-buttons button:text-is("SVG")')]);
    const target = path.join(screenshotDir, 'exports', `cymraeg-${file.suggestedFilename()}`);
    await file.saveAs(target);
    const svg = readFileSync(target, 'utf8');
    expect(svg).toContain('Troseddau fesul 100,000 o bobl, 2020/21, De-orllewin Lloegr');
    expect(svg).toContain('a throsodd');
    expect(svg).toContain('<desc>Map fesul ardal heddlu: Troseddau fesul 100,000 o bobl, De-orllewin Lloegr, 2020/21.');
    expect(svg).not.toContain('and over');
    // A Welsh picture, with the dataset's title and the attributions marked as the publisher's English.
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" xml:lang="cy" /);
    // The figures' own title and attribution in Welsh too, and no English marked inside.
    expect(svg).toContain('<title>Troseddau delweddau cam-drin plant a gofnodwyd gan yr heddlu');
    expect(svg).toMatch(/<text [^>]*>Ffigurau: ceisiadau rhyddid gwybodaeth yr NSPCC/);
    expect(svg).not.toContain('xml:lang="en"');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes the table, its CSV, the Download panel and the embeddable page in Welsh, the data’s codes unchanged; axe finds nothing', async () => {
    const { context, page, errors } = await openApp(browser(), `${inject('baseUrl')}?region=wales&view=table&lang=cy`);
    await page.locator('#app[data-settled]').waitFor();
    // Code 86 rates in Wales: the table's headers, caption and source line from the Welsh catalogue.
    const headers = (await page.locator('#force-table thead th').allTextContents()).map((header) => header.replace(/[▲▼]/g, '').trim());
    expect(headers).toEqual(['Heddlu', 'Rhanbarth', 'Troseddau fesul 100,000 o bobl', 'Nifer', 'Cyfradd: cyfwng hyder o 95%', 'Safle']);
    const caption = await text(page, '#force-table-caption');
    expect(caption).toMatch(/^Troseddau fesul 100,000 o bobl, 2022\/23: 4 heddlu, Cymru\. Ffynhonnell: /);
    expect(await axeViolations(page), 'the Welsh table').toEqual([]);

    // The Download panel in Welsh, and the table as CSV: Welsh headers, the figures as published.
    await openDownloads(page);
    expect(await page.locator('#download .export-group h3').allTextContents()).toEqual([
      'Map y flwyddyn a ddangosir',
      'Pob blwyddyn mewn un llun',
      'Ffigurau',
      'Testun amgen',
    ]);
    expect(await axeViolations(page), 'the Welsh Download panel').toEqual([]);
    await screenshot(page, 'cymraeg-download-1280');
    const save = async (button: string) => {
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`.export-buttons button:text-is("${button}")`)]);
      const target = path.join(screenshotDir, 'exports', `cymraeg-${file.suggestedFilename()}`);
      await file.saveAs(target);
      return readFileSync(target, 'utf8');
    };
    const table = await save('Tabl (CSV)');
    expect(table.split('\r\n')[0]).toBe(
      '\uFEFFHeddlu,Rhanbarth,"Troseddau fesul 100,000 o bobl",Nifer,Cyfradd: cyfwng hyder o 95%,Safle,Ffynhonnell,Datganiad',
    );
    expect(table).toContain('Heddlu Gogledd Cymru,Cymru,');
    await page.locator('#download .export-status', { hasText: 'Wedi cadw' }).waitFor();
    // Every figure: the columns' names and the data's codes are the same in both languages, for programs that read them.
    const figures = await save('Pob ffigur (CSV)');
    expect(figures.split('\r\n')[0]).toMatch(/^\uFEFFdataset,offence_code,offence_name,offence_group,force_code,force_name,region,year,count,/);
    expect(figures).toContain(',W15000001,North Wales,Wales,2022/23,');
    expect(errors).toEqual([]);
    await context.close();

    // The embeddable page: its own link in Welsh, the page's language and the legend's words.
    const embed = await openApp(browser(), `${inject('baseUrl')}embed.html?region=wales&lang=cy`, { width: 600, height: 700 });
    await waitForMapIdle(embed.page);
    expect(await embed.page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await embed.page.textContent('#open-full')).toBe('Cael y data');
    expect(await text(embed.page, '#legend')).toContain('Troseddau fesul 100,000 o bobl');
    expect(await axeViolations(embed.page), 'the Welsh embed').toEqual([]);
    await screenshot(embed.page, 'cymraeg-embed');
    expect(embed.errors).toEqual([]);
    await embed.context.close();
  });

  it('reads a file in Welsh: the import panel, its report, the rejected rows and their CSV; the Home Office’s offence names stay English; axe finds nothing', async () => {
    const { context, page, errors } = await openApp(browser(), `${inject('baseUrl')}?lang=cy`, { width: 1280, height: 800 });
    await waitForMapIdle(page);
    expect(await page.textContent('#import-panel summary')).toBe('Mapio eich ffigurau eich hun');
    await page.click('#import-panel summary');
    await page.locator('#import-file').waitFor({ state: 'attached' });
    expect(await text(page, '#import-panel .privacy')).toBe(
      'Caiff eich ffeil ei darllen yn y porwr hwn ac mae’n aros yma: does dim yn cael ei uwchlwytho i unman.',
    );
    const table = [
      'force,year,value',
      'Dorset,2020/21,212', // line 2: used
      'Wiltshire,2020,90', // 3: not a financial year
      'Kent,2020/21,10000000000000', // 4: over the largest figure the map takes
      'Dorest,2020/21,100', // 5: unknown force, Dorset suggested
      'Gwent,2020/21,5', // 6: used
      'Gwent,2020/21,7', // 7: a second figure for Gwent 2020/21
    ].join('\n');
    await page.setInputFiles('#import-file', { name: 'ffigurau.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
    await page.locator('.import-summary').waitFor();
    const summary = await text(page, '.import-summary');
    expect(summary).toContain('Darllenwyd fel');
    expect(summary).toContain('tabl taclus (heddlu, blwyddyn, gwerth)');
    expect(summary).toContain('Rhesi a ddarllenwyd6');
    expect(summary).toContain('4: 4 â gwall, 0 ar gyfer cyrff heb ardal ar y map hwn');
    expect(await text(page, '.import-error-list h3')).toBe('Rhesi a wrthodwyd â gwall: 4');
    expect(await text(page, '.import-reasons')).toBe('Yn ôl y rheswm: heddlu anhysbys 1; nid blwyddyn ariannol 1; rhy fawr 1; dyblyg 1.');
    // Each row's line and cell exactly as in the file, the words around them Welsh.
    expect((await page.locator('#import-errors li').allTextContents()).map((row) => row.replace(/[\u2068\u2069]/g, ''))).toEqual([
      'llinell 3: nid yw "2020" yn flwyddyn ariannol fel 2016/17',
      'llinell 4: mae 10000000000000 yn fwy nag unrhyw ffigur y mae’r map yn ei dderbyn (1,000,000,000,000 ar y mwyaf)',
      'llinell 5: heddlu anhysbys "Dorest"; ai "Dorset" oedd dan sylw?',
      'llinell 7: mae gan Heddlu Gwent 2020/21 ffigur eisoes ar linell 6',
    ]);
    expect(await text(page, '.name-mapper legend')).toBe('Enwau heddluoedd heb eu hadnabod');
    expect(await page.textContent('.name-suggestion')).toBe('Ai Dorset oedd dan sylw?');
    expect(await page.textContent('#import-use')).toBe('Dangos ar y map');
    expect(await axeViolations(page), 'the Welsh import report').toEqual([]);
    await page.locator('.import-summary').evaluate((summary) => summary.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'cymraeg-import-1280');
    await page.locator('.import-error-list').evaluate((list) => list.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'cymraeg-import-errors-1280');

    // The CSV of every rejected row: a Welsh header and Welsh messages, the reasons' codes as programs read them.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('#import-errors-csv')]);
    expect(download.suggestedFilename()).toBe('rhesi-a-wrthodwyd-ffigurau.csv');
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toBe('llinell,colofn,rheswm,neges,testun');
    expect(csv[1]).toBe('3,,bad-year,"nid yw ""2020"" yn flwyddyn ariannol fel 2016/17",2020');
    expect(csv[4]).toBe('7,,duplicate,mae gan Heddlu Gwent 2020/21 ffigur eisoes ar linell 6,Gwent 2020/21');

    // Shown on the map: the figures' own words in Welsh until the reader names them.
    await page.click('#import-use');
    await page.locator('.import-status', { hasText: 'ar y map' }).waitFor();
    expect(await text(page, '.import-body > .import-status')).toBe(
      'Mae “Ffigurau a fewnforiwyd” ar y map, ac yn y rhestr o ffigurau. Mae’n aros yn y tab porwr hwn, gan gynnwys wrth ail-lwytho, nes cau’r tab.',
    );

    // A Home Office table: the offence picker in Welsh, the offences as the Home Office names them, marked as English.
    const homeOffice = [
      'Financial Year,Financial Quarter,Force Name,Offence Description,Offence Group,Offence Subgroup,Offence Code,Number of Offences',
      ...[1, 2, 3, 4].map((quarter) => `2022/23,${quarter},Dorset,Burglary - residential,Theft offences,Burglary,28E,10`),
      '',
    ].join('\n');
    await page.setInputFiles('#import-file', { name: 'prc.csv', mimeType: 'text/csv', buffer: Buffer.from(homeOffice) });
    await page.locator('.offence-picker').waitFor();
    expect(await text(page, '.offence-picker legend')).toBe('Troseddau i’w hadio, chwarter wrth chwarter, yn flynyddoedd ariannol');
    expect(await text(page, '.import-warning')).toContain('nid oes troseddau wedi’u dewis eto');
    const offence = page.locator('.import-offence bdi', { hasText: 'Burglary - residential' });
    expect(await offence.getAttribute('lang')).toBe('en-GB');
    expect(await axeViolations(page), 'the Welsh offence picker').toEqual([]);
    await page.locator('.offence-picker').scrollIntoViewIfNeeded();
    await screenshot(page, 'cymraeg-import-offences-1280');
    expect(errors).toEqual([]);
    await context.close();

    // A phone: the longer Welsh words of the report must not overflow.
    const phone = await openApp(browser(), `${inject('baseUrl')}?lang=cy`, { width: 375, height: 812 });
    await waitForMapIdle(phone.page);
    await phone.page.click('#import-panel summary');
    await phone.page.locator('#import-file').waitFor({ state: 'attached' });
    await phone.page.setInputFiles('#import-file', { name: 'ffigurau.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
    await phone.page.locator('.import-summary').waitFor();
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await phone.page.locator('.import-summary').scrollIntoViewIfNeeded();
    await screenshot(phone.page, 'cymraeg-import-375');
    await phone.page.locator('.import-error-list').scrollIntoViewIfNeeded();
    await screenshot(phone.page, 'cymraeg-import-errors-375');
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });

  it('gives the publisher’s totals in Welsh, the release names as published and marked as English, and the profile’s too', async () => {
    const { context, page, errors } = await openApp(browser(), `${inject('baseUrl')}?dataset=nspcc-foi&region=south-west&lang=cy`, { width: 375, height: 812 });
    const panel = page.locator('#published-totals .published-totals-panel');
    await panel.waitFor();
    expect(await text(page, '#published-totals-title')).toBe('Cyfansymiau a roddodd y cyhoeddwr ar gyfer De-orllewin Lloegr');
    const items = (await panel.locator('li').allTextContents()).map((item) => item.replace(/\s+/g, ' '));
    // data/nspcc-published-totals.csv: the South West's 6,852 over 2016/17 to 2020/21 (NSPCC FOI Nov 2021), over five forces.
    const southWest = items.find((item) => item.startsWith('De-orllewin Lloegr, 2016/17 i 2020/21: 6,852 '));
    expect(southWest).toMatch(
      /^De-orllewin Lloegr, 2016\/17 i 2020\/21: 6,852 a gyhoeddwyd \(NSPCC FOI Nov 2021\)\. Mae’r ffigurau yma ar gyfer ei 5 heddlu yn dod i gyfanswm o /,
    );
    expect(items.find((item) => item.startsWith('De-orllewin Lloegr, 2021/22: mwy na 2,700 '))).toBeDefined();
    // The releases' names, and no English sentence around them.
    expect(await panel.locator('span[lang="en"]').first().textContent()).toMatch(/^NSPCC FOI \w{3} \d{4}$/);
    expect(items.join(' ')).not.toMatch(/published|figures here|for every year/);
    await page.locator('#published-totals').scrollIntoViewIfNeeded();
    expect(await axeViolations(page), 'the Welsh totals').toEqual([]);
    await screenshot(page, 'cymraeg-published-totals-375');

    // Dorset's profile lists the totals that include it, in the same words.
    await page.goto(`${inject('baseUrl')}${DORSET_STORY}&lang=cy`);
    const profileTotals = page.locator('#profile .published-totals');
    await profileTotals.waitFor();
    expect(await text(page, '#profile .published-totals')).toContain('De-orllewin Lloegr, 2016/17 i 2020/21: 6,852 a gyhoeddwyd (NSPCC FOI Nov 2021)');
    expect(await profileTotals.locator('span[lang="en"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in Welsh why parts of the link were not used: the notices, and the breaks field', async () => {
    // A misspelt measure, a region that is not Dorset's, a year the figures lack (said once they load), unusable breaks.
    const link = '?dataset=nspcc-foi&measure=ratee&region=london&force=dorset&year=2040-41&classify=manual&breaks=80,20&lang=cy';
    const { context, page, errors } = await openApp(browser(), `${inject('baseUrl')}${link}`, { width: 375, height: 812 });
    await waitForMapIdle(page);
    const notice = (param: string) => page.locator(`.notice[data-param="${param}"]`);
    await notice('year').waitFor();
    expect(await text(page, '.notice[data-param="measure"] > span')).toBe(
      'Anwybyddwyd "measure=ratee": rhaid i measure fod yn un o count, rate, change-previous, change-base, compared.',
    );
    expect(await text(page, '.notice[data-param="region"] > span')).toBe(
      'Anwybyddwyd "region=london": mae Dorset yn rhanbarth De-orllewin Lloegr, nid yn rhanbarth Llundain, ac mae heddlu a ddewiswyd yn penderfynu’r rhanbarth.',
    );
    expect(await text(page, '.notice[data-param="year"] > span')).toMatch(
      /^Anwybyddwyd "year=2040-41": nid oes gan y set ddata hon ffigurau ar gyfer 2040\/41, felly dangosir \d{4}\/\d{2}, y flwyddyn ddiweddaraf â ffigurau ar gyfer y rhan fwyaf o heddluoedd\.$/,
    );
    expect(await notice('measure').locator('button').getAttribute('aria-label')).toBe('Cau’r hysbysiad am measure');
    // The link's own text stays apart from the Welsh around it.
    expect(await notice('measure').locator('bdi').allTextContents()).toEqual(['measure', 'ratee']);
    // The breaks the link gave cannot be used: the field says so in Welsh.
    expect(await text(page, '#breaks-error')).toContain('rhaid i breaks godi o’r chwith i’r dde, fel 100,200,400; nid yw 20 yn dod ar ôl 80.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'cymraeg-notices-375');
    // An offence the Home Office publishes but the map does not show: why, in Welsh, once the catalogue has loaded.
    await page.goto(`${inject('baseUrl')}?offence=12&lang=cy`);
    await notice('offence').waitFor();
    expect(await text(page, '.notice[data-param="offence"] > span')).toBe(
      'Anwybyddwyd "offence=12": nid yw Abandoning child under two years (outcomes only) ar y map: mae’r Swyddfa Gartref yn ei ddisgrifio fel canlyniadau yn unig ("outcomes only"): nid oes gan yr un heddlu gyfanswm blynyddol heblaw 0 mewn unrhyw flwyddyn. Dangosir Obscene publications etc (cod 86).',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in Welsh that figures could not be loaded, and why', async () => {
    const { context, page } = await openApp(browser(), `${inject('baseUrl')}?lang=cy`);
    await waitForMapIdle(page);
    await page.route('**/generated/datasets/nspcc-foi.json', (route) => route.fulfill({ status: 500, body: '' }));
    await page.selectOption('#dataset-select', 'nspcc-foi');
    const panel = page.locator('#map-panel .error-panel');
    await panel.waitFor({ state: 'visible' });
    expect(await text(page, '#map-subtitle')).toBe('Nid oedd modd llwytho’r ffigurau hyn.');
    expect(await text(page, '#map-panel .error-panel')).toContain('Nid oedd modd llwytho datasets/nspcc-foi.json: atebodd y gweinydd 500');
    // The figures asked for, named as the switcher names them, in Welsh.
    expect(await text(page, '#map-title')).toBe('Troseddau delweddau cam-drin plant a gofnodwyd gan yr heddlu (ffigurau rhyddid gwybodaeth yr NSPCC)');
    // No figures are drawn, so none are credited: not the Home Office's, shown before.
    expect(await text(page, '#source-line')).toMatch(/^Ffiniau: Ffynhonnell: Swyddfa Ystadegau Gwladol/);
    await screenshot(page, 'cymraeg-failure');
    await context.close();
  });

  it('switches back to English keeping the rest of the link, and to Welsh again', async () => {
    const { context, page } = await openApp(browser(), `${inject('baseUrl')}${DORSET_STORY}&lang=cy`);
    await waitForMapIdle(page);
    const toEnglish = page.locator('#language-switch');
    expect(await toEnglish.textContent()).toBe('English');
    expect(await toEnglish.getAttribute('lang')).toBe('en-GB');
    expect(new URL((await toEnglish.getAttribute('href'))!).search).toBe(`${DORSET_STORY}&lang=en`);
    await toEnglish.click();
    await page.waitForURL((url) => url.search === `${DORSET_STORY}&lang=en`);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(await text(page, '#map-subtitle')).toBe('Offences per 100,000 people, 2020/21, South West');
    const toWelsh = page.locator('#language-switch');
    expect(await toWelsh.textContent()).toBe('Cymraeg');
    expect(await toWelsh.getAttribute('lang')).toBe('cy');
    // The switch follows the view: another year, and the link to Welsh carries it.
    await page.focus('#year-slider');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(document.querySelector<HTMLAnchorElement>('#language-switch')!.href).search.includes('year=2021-22'));
    await toWelsh.click();
    await page.waitForURL((url) => url.search.includes('year=2021-22') && url.search.endsWith('&lang=cy'));
    await waitForMapIdle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    await context.close();
  });

  it('follows the browser’s language on a first visit with no lang in the link', async () => {
    const context = await browser().newContext({ locale: 'cy-GB', viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}?region=wales`);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => navigator.languages[0])).toMatch(/^cy/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await text(page, '#map-subtitle')).toContain('Cymru');
    // The Welsh forces by their Welsh names, in ICU's Welsh order, in the table.
    await page.click('.view-switch-button[data-view="table"]');
    await page.locator('#force-table tbody tr').first().waitFor();
    await page.click('.sort-button[data-key="name"]');
    await page.locator('th[aria-sort="ascending"] .sort-button[data-key="name"]').waitFor();
    const names = await page.locator('#force-table tbody th').allTextContents();
    expect(names.map((name) => name.trim())).toEqual(['Heddlu De Cymru', 'Heddlu Dyfed-Powys', 'Heddlu Gogledd Cymru', 'Heddlu Gwent']);
    await screenshot(page, 'cymraeg-wales-table-375');
    await context.close();
  });
});
