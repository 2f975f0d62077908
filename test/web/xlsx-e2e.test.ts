/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { check } from '../../server/engine/check.js';
import { createApp } from '../../server/http/app.js';
import { projectRoot } from '../../server/paths.js';
import { uitslagLabel } from '../../server/messages.js';
import type { Zelfevaluatie } from '../../server/types/contract.js';
import { zelfevaluatieXlsx } from '../../server/workbook/generate.js';
import { expectAccessible, openPage, shoot, useBrowserApp } from '../helpers/browser.js';
import { answerCell, editWorkbook } from '../helpers/workbook.js';

/** In headless Chromium: download the Excel sjabloon from the start page, upload a filled one, the form opens prefilled. */
const catalog = loadCatalog();
const app = useBrowserApp(() => createApp({ catalog }));
const screenshots = process.env.SCREENSHOTS;
const bid = JSON.parse(readFileSync(path.join(projectRoot, 'samples/gelderland-zuid/bod-zorggroep-de-linde.json'), 'utf8')) as Zelfevaluatie;
const region = catalog.regios.get('gelderland-zuid')!;

describe('het Excel-sjabloon in de browser', () => {
  it('downloaden van de startpagina, ingevuld inlezen: het formulier staat open met de antwoorden en geeft dezelfde uitslag', async () => {
    const context = await app.browser.newContext({ acceptDownloads: true, locale: 'nl-NL' });
    const { page, problems } = await openPage(context);
    await page.goto(app.base);
    const item = page.locator('.regio-lijst__item').filter({ hasText: region.naam });
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: 'Excel-sjabloon downloaden' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^zelfevaluatie-gelderland-zuid-[0-9a-f]{12}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Uitleg', 'Organisatie', 'Rooster', 'Medewerkers', 'Beschikbaarheid', 'Bijlagen', ...region.producten.keys()]);

    // The provider's filled workbook (the same bid as the sample), read in on the start page.
    const filled = await zelfevaluatieXlsx(region, bid);
    await page.getByLabel('Zelfevaluatie (JSON- of Excel-bestand)').setInputFiles({ name: 'ingevuld.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled });
    await page.getByRole('button', { name: 'Inlezen en formulier openen' }).click();
    await expect.poll(async () => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe(`Zelfevaluatie ${region.naam}`);
    expect(await page.getByLabel('Naam van de aanbieder').inputValue()).toBe(bid.aanbieder.naam);
    expect(await page.getByLabel('KvK-nummer').inputValue()).toBe(bid.aanbieder.kvkNummer);
    for (const { productcode } of bid.aanbod) expect(await page.getByRole('checkbox', { name: new RegExp(`^${productcode} `) }).isChecked()).toBe(true);
    await shoot(page, screenshots, 'xlsx-ingelezen');
    await page.getByRole('button', { name: 'Verder naar controleren' }).click();
    await page.getByRole('button', { name: 'Toets uitvoeren' }).click();
    await expect.poll(async () => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toMatch(/^\s*Uitslag:/);
    const expected = check(bid, catalog);
    expect(expected.ok).toBe(true);
    if (expected.ok) {
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(uitslagLabel[expected.resultaat.uitslag].toLowerCase());
      expect(await page.locator('body').textContent()).toContain(`${expected.resultaat.samenvatting.eisenVoldoetNiet}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('een cel die niet te lezen is: de startpagina noemt blad en cel', async () => {
    const bad = await editWorkbook(await zelfevaluatieXlsx(region, bid), (wb) => {
      answerCell(wb.getWorksheet('15N03')!, 'begeleiding/individueelUrenPerWeek').value = 'twee';
    });
    const context = await app.browser.newContext({ locale: 'nl-NL' });
    const { page } = await openPage(context);
    await page.goto(app.base);
    await page.getByLabel('Zelfevaluatie (JSON- of Excel-bestand)').setInputFiles({ name: 'fout.xlsx', mimeType: 'application/octet-stream', buffer: bad });
    await page.getByRole('button', { name: 'Inlezen en formulier openen' }).click();
    await expect.poll(async () => page.locator('.foutmelding').textContent(), { timeout: 10_000 }).toMatch(/Blad 15N03, cel C\d+: 'twee' is geen getal/);
    await expectAccessible(page);
    await shoot(page, screenshots, 'xlsx-fout');
    await context.close();
  }, 60_000);
});
