/// <reference lib="dom" />
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeRun, startBrowserApp } from '../helpers/browser.js';
import { PASSWORD, asFile, bid, fiftyBids, testEnv, zipOf, type TestEnv, SLUITINGSDATUM } from './helpers.js';

/**
 * In real headless Chromium: a procurement officer logs in, makes a round, uploads a ZIP of bids, watches the
 * progress, sees the matrix, filters it, opens one bid and downloads the XLSX. axe-core checks WCAG 2.1 A/AA on
 * every page; CSP violations or script errors fail the test. SCREENSHOTS=<dir> keeps screenshots at 1280 px.
 */

const screenshots = process.env.SCREENSHOTS;

let env: TestEnv;
let base: string;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  env = await testEnv();
  ({ base, browser, stop } = await startBrowserApp(env.app));
  if (screenshots) mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await stop?.();
});

async function snap(page: Page, name: string): Promise<void> {
  expect((await axeRun(page)).violations, name).toEqual([]);
  if (!screenshots) return;
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  await page.screenshot({ path: path.join(screenshots, `${name}-boven.png`) });
}

describe('inkoop in de browser', () => {
  it('inloggen, ronde maken, ZIP uploaden met voortgang, matrix zien, XLSX downloaden', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'nl-NL' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of (401|404|422)/.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));

    await page.goto(`${base}/inkoop`);
    expect(page.url()).toBe(`${base}/inkoop/inloggen?terug=%2Finkoop`);
    await snap(page, '1-inloggen');
    await page.getByLabel('E-mailadres').fill('inkoper@gz.example');
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${base}/inkoop`);
    await page.getByRole('heading', { name: 'Screeningsrondes', level: 1 }).waitFor();

    await page.getByLabel('Naam van de ronde').fill('Beschermd Wonen 2026, ronde 1');
    await page.getByLabel('Sluitingsdatum van de inschrijving').fill(SLUITINGSDATUM);
    await snap(page, '2-rondes');
    await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
    await page.waitForURL(/\/inkoop\/rondes\/[0-9a-f-]{36}$/);
    await page.getByText('Nog geen inschrijvingen.').waitFor();

    const { files } = fiftyBids();
    const zip = await zipOf([...files, asFile('extra/bod-200.json', bid(200))]);
    const zipFile = path.join(env.dir, 'inschrijvingen.zip');
    writeFileSync(zipFile, zip);
    await page.getByLabel('Zelfevaluaties (JSON- of Excel-bestanden) of één ZIP-bestand').setInputFiles(zipFile);
    const progress = page.locator('.voortgang-tekst');
    await page.getByRole('button', { name: 'Uploaden en toetsen' }).click();
    await progress.filter({ hasText: /Versturen|Getoetst|Opslaan|Klaar/ }).waitFor();
    await page.waitForURL(/\?ontvangen=51&geldig=45&ongeldig=6&dubbel=1$/);
    await page.getByText('51 bestanden ontvangen en getoetst: 45 geldig, 6 ongeldig.').waitFor();

    const rows = page.locator('table.matrix tbody tr');
    expect(await rows.count()).toBe(44);
    expect(await page.locator('table.matrix thead th abbr').count()).toBe(env.catalog.regios.get('gelderland-zuid')!.producten.size + 1);
    expect(await page.locator('#ongeldig li.ongeldig-lijst > p, #ongeldig .ongeldig-lijst > li').count()).toBe(6);
    await page.getByRole('heading', { name: 'Dubbele KvK-nummers' }).waitFor();
    await snap(page, '3-matrix');

    await page.getByRole('link', { name: 'Alleen wie niet voldoet' }).click();
    await page.waitForURL(/alleen=voldoet-niet/);
    const failing = await page.locator('table.matrix tbody tr').count();
    expect(failing).toBeGreaterThan(0);
    expect(failing).toBeLessThan(44);
    expect(await page.locator('table.matrix tbody .uitslag-voldoet').count()).toBe(0);

    await page.locator('table.matrix tbody tr').first().locator('th a').click();
    await page.waitForURL(/\/inschrijvingen\/[0-9a-f-]{36}$/);
    await page.getByText('Voldoet niet', { exact: false }).first().waitFor();
    expect(await page.locator('blockquote.citaat').count()).toBeGreaterThan(0);
    await snap(page, '4-inschrijving');
    await page.getByRole('link', { name: 'Terug naar de ronde' }).click();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel-werkmap' }).click()]);
    expect(download.suggestedFilename()).toBe('screening-beschermd-wonen-2026-ronde-1.xlsx');
    const saved = path.join(env.dir, 'download.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const sheet = wb.getWorksheet('Matrix')!;
    expect(sheet.getCell('A1').value).toBe('Nr');
    expect(sheet.getCell('B2').value).toBe('Zorgaanbieder 000 B.V.');
    expect(sheet.actualRowCount).toBe(1 + 44 + 3);

    await page.goto(`${base}/inkoop/logboek`);
    await page.getByRole('cell', { name: 'Export: Excel-werkmap' }).waitFor();
    await snap(page, '5-logboek');
    await page.goto(`${base}/inkoop/api-sleutels`);
    await snap(page, '6-api-sleutels');
    await page.goto(`${base}/inkoop`);
    await page.getByRole('link', { name: 'Beschermd Wonen 2026, ronde 1' }).waitFor();
    await snap(page, '7-rondes-met-ronde');
    await page.getByRole('link', { name: 'Beschermd Wonen 2026, ronde 1' }).click();
    await page.getByRole('link', { name: 'Opnieuw toetsen' }).click();
    await page.getByText('krijgt een andere uitslag', { exact: false }).first().waitFor();
    await snap(page, '7b-opnieuw-toetsen');
    await page.getByRole('link', { name: 'Terug naar de ronde' }).click();
    const rondeUrl = page.url().split('?')[0]!;
    await page.goto(`${rondeUrl}?zoek=zorg&sorteer=naam`);
    await snap(page, '7c-gezocht');
    await page.goto(`${rondeUrl}/vergelijken`);
    await page.getByRole('heading', { name: 'Twee inschrijvingen naast elkaar' }).waitFor();
    await snap(page, '7d-vergelijken');
    await page.goto(rondeUrl);
    await page.getByRole('link', { name: 'Ronde verwijderen' }).click();
    await page.getByText('51 inschrijvingen met hun bestanden en toetsresultaten worden definitief verwijderd').waitFor();
    await snap(page, '8-verwijderen');
    const missing = await page.goto(`${base}/inkoop/rondes/00000000-0000-4000-8000-000000000000`);
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Niet gevonden' }).waitFor();
    await snap(page, '9-niet-gevonden');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}/inkoop`);
    await page.getByRole('link', { name: 'Beschermd Wonen 2026, ronde 1' }).click();
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('body *'))
        .filter((e) => e.getBoundingClientRect().right > 376 && !e.parentElement?.closest('.tabel-rol'))
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
        .slice(0, 10),
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await snap(page, '10-matrix-smal');

    expect(problems).toEqual([]);
    await context.close();
  });
});
