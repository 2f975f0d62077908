import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { projectRoot } from '../../server/paths.js';
import { regionForm } from '../../server/web/form-spec.js';
import { valuesFromZelfevaluatie } from '../../server/web/form-values.js';
import { encodeState } from '../../server/web/state-token.js';
import { AFGEROND } from '../../server/web/tasks.js';
import { expectAccessible, expectReflow, openPage, shoot, useBrowserApp, wcag22Tags } from '../helpers/browser.js';

/**
 * The task list in Chromium, by keyboard only (focus, type, Space, Enter; no clicks), for the 4-product
 * Gelderland Zuid bid of issue 12: axe (WCAG 2.2 A/AA) on every task at 1280 and 320 px, no sideways
 * scrolling at 320 px, Back and Reload never repeat a POST. Measures page height at 1280 px and tab stops
 * per task (printed; the README quotes them). SCREENSHOTS=dir keeps full-page screenshots to look at.
 */

const catalog = loadCatalog();
const app = useBrowserApp(() => createApp({ catalog }));
const CODES = ['15N03', '15N12', '15N13', '15N16'];
const R = '/regio/gelderland-zuid';
const shots = process.env.SCREENSHOTS;
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 50 });
const h1 = async (page: Page) => ((await page.locator('h1').first().textContent()) ?? '').trim();

async function typeInto(page: Page, l: Locator, text: string) {
  await l.focus();
  await page.keyboard.type(text);
}
async function press(page: Page, l: Locator, key: string) {
  await l.focus();
  await page.keyboard.press(key);
}

/** Tab stops on the page: Tab from the top until focus comes back round (radio groups are one stop, as in a browser). */
async function tabStops(page: Page): Promise<number> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  const seen: string[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return '';
      return `${el.tagName}#${el.id}|${(el as HTMLInputElement).name ?? ''}|${(el as HTMLButtonElement).value ?? ''}|${el.getAttribute('href') ?? ''}|${el.textContent?.slice(0, 40) ?? ''}`;
    });
    if (key === '' || key === seen[0]) break;
    seen.push(key);
  }
  return seen.length;
}

describe('de takenlijst in Chromium', () => {
  it('4 producten Gelderland Zuid met alleen het toetsenbord: axe per taak bij 1280 en 320 px, Terug en Vernieuwen zonder opnieuw versturen', async () => {
    const context = await app.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    const metingen: Record<string, { hoogte: number; tabstops: number }> = {};
    const measure = async (naam: string) => {
      await expectAccessible(page, [1280, 320], wcag22Tags);
      await expectReflow(page);
      metingen[naam] = { hoogte: await page.evaluate(() => document.documentElement.scrollHeight), tabstops: await tabStops(page) };
      await shoot(page, shots, `taak-${naam}`);
    };

    await page.goto(app.base);
    await press(page, page.getByRole('link', { name: 'Regio Gelderland Zuid' }), 'Enter');
    await poll(() => h1(page)).toBe('Zelfevaluatie Regio Gelderland Zuid');
    await measure('takenlijst');

    // Uw organisatie en producten.
    await press(page, page.getByRole('link', { name: 'Uw organisatie en producten' }), 'Enter');
    await poll(() => h1(page)).toBe('Uw organisatie en producten');
    await measure('organisatie');
    await typeInto(page, page.getByLabel('Naam van de aanbieder'), 'Zorggroep Test');
    await typeInto(page, page.getByLabel('KvK-nummer'), '12345678');
    for (const code of CODES) await press(page, page.getByRole('checkbox', { name: new RegExp(`^${code} `) }), 'Space');
    await press(page, page.getByRole('button', { name: 'Opslaan en verder' }), 'Enter');
    await poll(() => h1(page)).toBe('Zelfevaluatie Regio Gelderland Zuid');
    await poll(() => page.locator('#taak-organisatie-status').textContent()).toBe('Klaar');
    const afterPost = posts.length;
    expect(afterPost).toBe(1);

    // Back returns to the task page, Reload reloads the list: both are GETs, nothing is posted again.
    await page.goBack();
    await poll(() => h1(page)).toBe('Uw organisatie en producten');
    await page.goForward();
    await page.reload();
    await poll(() => page.locator('#taak-organisatie-status').textContent()).toBe('Klaar');
    expect(posts.length).toBe(afterPost);

    // Location facts once: a night shift in one key press, then the people in it.
    await press(page, page.getByRole('link', { name: 'Locatie, team, rooster en beschikbaarheid' }), 'Enter');
    await poll(() => h1(page)).toBe('Locatie, team, rooster en beschikbaarheid');
    await measure('locatie');
    await typeInto(page, page.getByLabel(/^Locatie/), 'Hof van Wijchen');
    await press(page, page.getByRole('button', { name: 'Nacht 23:00-07:00 (Diensten)' }), 'Enter');
    await poll(() => page.locator('[name="g.rooster.diensten.0.van"]').inputValue()).toBe('23:00');
    expect(await page.locator('[name="g.locatie"]').inputValue()).toBe('Hof van Wijchen');
    await press(page, page.getByRole('button', { name: 'Opslaan en later verder' }), 'Enter');
    await poll(() => page.locator('#taak-locatie-status').textContent()).toBe('Bezig');

    for (const code of CODES) {
      await press(page, page.getByRole('link', { name: new RegExp(`^${code} `) }), 'Enter');
      await poll(() => h1(page)).toMatch(new RegExp(`^${code} `));
      await measure(code);
      await press(page, page.getByRole('link', { name: 'Terug naar de takenlijst' }), 'Enter');
      await poll(() => h1(page)).toBe('Zelfevaluatie Regio Gelderland Zuid');
    }
    await press(page, page.getByRole('link', { name: 'Combinaties van producten' }), 'Enter');
    await poll(() => h1(page)).toBe('Combinaties van producten');
    await measure('combinaties');

    // With every task done (state from the samples), Controleren → Toets uitvoeren → result; Reload and Back stay GETs.
    const form = regionForm(catalog.regios.get('gelderland-zuid')!);
    const sample = (c: string) => JSON.parse(readFileSync(path.join(projectRoot, 'samples/gelderland-zuid', `${c}-voldoet.json`), 'utf8')) as { aanbieder: object; aanbod: Array<Record<string, unknown>> };
    const loc = sample('15N13').aanbod.find((a) => a.productcode === '15N13')!;
    const bid = { versie: '2', regio: 'gelderland-zuid', aanbieder: sample('15N13').aanbieder, aanbod: CODES.map((c) => ({ ...sample(c).aanbod.find((a) => a.productcode === c)!, locatie: loc.locatie, rooster: loc.rooster, beschikbaarheid: loc.beschikbaarheid, beschikbaarheidWijkMinuten: 15 })) };
    const values = valuesFromZelfevaluatie(bid, form);
    values.set(AFGEROND, ['organisatie', 'locatie', ...CODES.map((c) => `product-${c}`), 'combinaties']);
    await page.goto(`${app.base}${R}/taken?s=${encodeState(values)}`);
    await press(page, page.getByRole('link', { name: 'Controleren en toetsen' }), 'Enter');
    await poll(() => h1(page)).toBe('Controleer uw antwoorden');
    await measure('controleren');
    const before = posts.length;
    await press(page, page.getByRole('button', { name: 'Toets uitvoeren' }), 'Enter');
    await poll(() => h1(page)).toMatch(/^Uitslag: /);
    expect(posts.length).toBe(before + 1);
    await page.reload();
    await poll(() => h1(page)).toMatch(/^Uitslag: /);
    await page.goBack();
    await poll(() => h1(page)).toBe('Controleer uw antwoorden');
    expect(posts.length).toBe(before + 1);

    console.log(`metingen (hoogte in px bij 1280 px breed, tabstops): ${JSON.stringify(metingen)}`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
