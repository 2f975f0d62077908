/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { projectRoot } from '../../server/paths.js';

/**
 * The catalog, the comparison and "waar past mijn aanbod?" in real headless Chromium: axe-core finds no
 * WCAG 2.1 A/AA violations (at 1280 and 375 px, where the comparison changes layout), nothing scrolls
 * sideways at 320 px, the strict CSP is never violated, and the pages work without JavaScript.
 * Screenshots at 1280 and 375 px go to SCREENSHOTS=<dir> (default: a folder in the system temp dir).
 * axe is injected with page.evaluate, as in e2e.test.ts: the CSP rightly blocks an inline script tag.
 */

const catalog = loadCatalog();
const axeSource = readFileSync(path.join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
const screenshots = process.env.SCREENSHOTS ?? path.join(os.tmpdir(), 'eisentoets-catalogus-screenshots');
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  const app = createApp({ catalog });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 50 });

/** A page whose console errors (CSP violations, script errors) are collected; a 422 form page is by design. */
async function open(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('status of 422')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}

/** axe-core with the WCAG 2.1 A and AA rules, at the current width and at 375 px. */
async function expectAccessible(page: Page): Promise<void> {
  const before = page.viewportSize()!;
  for (const width of [before.width, 375]) {
    await page.setViewportSize({ width, height: 900 });
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    const result = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>; passes: unknown[] }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return { violations: r.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(', ')}`), passes: r.passes.length };
    }, wcag);
    expect(result.violations, `axe op ${page.url()} bij ${width} px`).toEqual([]);
    expect(result.passes).toBeGreaterThan(10);
  }
  await page.setViewportSize(before);
}

/** WCAG 1.4.10 reflow: at 320 CSS px the page itself never scrolls sideways. */
async function expectReflow(page: Page): Promise<void> {
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontaal scrollen op 320 px: ${page.url()}`).toBeLessThanOrEqual(0);
  await page.setViewportSize(before);
}

async function shoot(page: Page, name: string): Promise<void> {
  const before = page.viewportSize()!;
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(screenshots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(before);
}

describe('catalogus in de browser', () => {
  it('overzicht, regio en product: toegankelijk, zonder zijwaarts scrollen, eis-ankers werken', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const { page, problems } = await open(context);
    await page.goto(`${base}/catalogus`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expectAccessible(page);
    await expectReflow(page);
    await shoot(page, 'catalogus');

    await page.getByRole('link', { name: 'Regio Gelderland Zuid' }).click();
    await poll(async () => page.url()).toBe(`${base}/catalogus/gelderland-zuid`);
    await expectAccessible(page);
    await expectReflow(page);
    await shoot(page, 'catalogus-regio');

    await page.getByRole('link', { name: /^15N13 / }).click();
    await poll(async () => page.url()).toBe(`${base}/catalogus/gelderland-zuid/15N13`);
    await expectAccessible(page);
    await expectReflow(page);
    await shoot(page, 'catalogus-product');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('vergelijken in de browser', () => {
  it('de matrix is toegankelijk op 1280 en 375 px, scrolt binnen zijn regio en een cel leidt naar de eis', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const { page, problems } = await open(context);
    await page.goto(`${base}/vergelijken`);
    await expectAccessible(page);
    await expectReflow(page);

    // Wide: the table is wider than the screen, but only its region scrolls; the region is reachable by keyboard.
    const region = page.getByRole('region', { name: /^Intramuraal beschermd wonen: \d+ producten, per onderwerp wat de regio vraagt$/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The table has its caption and headers: the cell is found by its row and column.
    const table = page.getByRole('table', { name: /^Intramuraal beschermd wonen/ });
    expect(await table.getByRole('columnheader', { name: "Fysiek beschikbaar 's nachts" }).count()).toBe(1);
    await shoot(page, 'vergelijken');

    // Narrow: a card per product, only the topics with an eis, no sideways scrolling at all.
    await page.setViewportSize({ width: 375, height: 900 });
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('td.cat-matrix__leeg').first().isVisible()).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });

    const cell = page.locator('a[href="/catalogus/gelderland-zuid/15N13#gz-15N13-beschikbaarheid-nacht"]');
    expect(((await cell.textContent()) ?? '').startsWith('ten hoogste 15 minuten')).toBe(true);
    await cell.click();
    await poll(async () => page.url()).toBe(`${base}/catalogus/gelderland-zuid/15N13#gz-15N13-beschikbaarheid-nacht`);
    const target = page.locator('#gz-15N13-beschikbaarheid-nacht');
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await target.isVisible()).toBe(true);
    expect(await target.textContent()).toContain('6 Beschermd Wonen: zwaar - Toezicht');
    await shoot(page, 'vergelijken-eis');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('waar past mijn aanbod? in de browser', () => {
  /** "2 mbo-4 by day, 1 asleep at night, on site within 30 minutes, 8 hours a week", typed as a user would. */
  async function fill(page: Page): Promise<void> {
    await page.getByLabel(/^Fysieke beschikbaarheid/).first().fill('30');
    const dag = page.locator('[name^="p.feiten.bezetting.dag."][name$=".niveau"]');
    await dag.nth(0).selectOption('mbo4');
    await page.getByRole('button', { name: /^Nog een medewerker toevoegen.*overdag/ }).click();
    await poll(() => dag.count()).toBe(2);
    await dag.nth(1).selectOption('mbo4');
    await page.locator('[name="p.feiten.bezetting.nacht.0.niveau"]').selectOption('mbo4');
    await page.locator('[name="p.feiten.bezetting.nacht.0.wijze"]').selectOption('slapend');
    await page.locator('[name="p.feiten.bezetting.nacht.0.functie"]').selectOption('begeleider');
    await page.getByLabel(/^Individuele begeleiding per week/).fill('8');
  }

  it('feiten invullen, toetsen, uitslag lezen: toegankelijk, met wijzigingen die naar de eis linken', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const { page, problems } = await open(context);
    await page.goto(`${base}/kwalificatie`);
    await expectAccessible(page);
    await expectReflow(page);
    await fill(page);
    await shoot(page, 'kwalificatie-formulier');
    await page.getByRole('button', { name: 'Toets aan alle producten' }).click();

    await page.getByRole('heading', { name: 'Uitslag' }).waitFor();
    const table = page.getByRole('table', { name: /^Alle producten van alle regio's/ });
    // The verdict is a word (the symbol beside it is hidden from screen readers), not a colour alone.
    const met = table.getByRole('cell', { name: 'Voldoet', exact: true });
    const notMet = table.getByRole('cell', { name: 'Voldoet niet', exact: true });
    expect(await met.count()).toBeGreaterThan(0);
    expect(await notMet.count()).toBeGreaterThan(0);
    const change = table.getByRole('link', { name: 'Fysieke beschikbaarheid: van 30 minuten naar 15 minuten' }).first();
    expect(await change.getAttribute('href')).toMatch(/^\/catalogus\/[a-z0-9-]+\/[0-9A-Z]+#[A-Za-z0-9-]+$/);
    // The form stays filled in, to adjust the facts and toets again.
    expect(await page.locator('[name="p.feiten.bezetting.dag.1.niveau"]').inputValue()).toBe('mbo4');
    await expectAccessible(page);
    await expectReflow(page);
    await shoot(page, 'kwalificatie-uitslag');

    await page.getByRole('link', { name: 'Fysieke beschikbaarheid: van 30 minuten naar 15 minuten' }).first().click();
    await poll(() => page.evaluate(() => document.querySelector(':target')?.className)).toBe('cat-eis');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fouten: het foutoverzicht krijgt focus en linkt naar het veld', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const { page, problems } = await open(context);
    await page.goto(`${base}/kwalificatie`);
    await page.getByLabel(/^Telefonische bereikbaarheid/).fill('vijf');
    await page.getByRole('button', { name: 'Toets aan alle producten' }).click();
    await poll(() => page.title()).toMatch(/^Fout: /);
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('foutoverzicht');
    const link = page.locator('.foutoverzicht').getByRole('link', { name: 'Telefonische bereikbaarheid moet een getal zijn, bijvoorbeeld 5 of 7,5.' });
    await link.click();
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-p-feiten-bereikbaarheidMinuten');
    expect(await page.getByLabel(/^Telefonische bereikbaarheid/).inputValue()).toBe('vijf');
    await expectAccessible(page);
    await expectReflow(page);
    await shoot(page, 'kwalificatie-fouten');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('zonder JavaScript: een medewerker toevoegen en toetsen gaan via de server', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const { page } = await open(context);
    await page.goto(`${base}/kwalificatie`);
    await fill(page);
    await page.getByRole('button', { name: 'Toets aan alle producten' }).click();
    await page.getByRole('heading', { name: 'Uitslag' }).waitFor();
    expect(await page.getByRole('link', { name: 'Fysieke beschikbaarheid: van 30 minuten naar 15 minuten' }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
