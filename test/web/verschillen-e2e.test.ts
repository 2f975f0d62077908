/// <reference lib="dom" />
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { expectAccessible, expectReflow, openPage, shoot, useBrowserApp } from '../helpers/browser.js';
import { twoYears } from '../helpers/two-years.js';

/** "Wat verandert" in real headless Chromium: reached from the region page, axe-clean at 1280 and 375 px, no sideways scroll. */

const screenshots = process.env.SCREENSHOTS ?? path.join(os.tmpdir(), 'eisentoets-catalogus-screenshots');
const app = useBrowserApp(() => createApp({ catalog: loadCatalog(twoYears()) }));

describe('wat verandert in de browser', () => {
  it('vanaf de regiopagina: toegankelijk, zonder zijwaarts scrollen, met de strengere eis', async () => {
    const context = await app.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context);
    await page.goto(`${app.base}/catalogus/gelderland-zuid`);
    await page.getByRole('link', { name: 'Wat verandert er van 2026 naar 2027' }).click();
    await expect.poll(async () => page.url(), { timeout: 10_000, interval: 50 }).toBe(`${app.base}/catalogus/gelderland-zuid/verschillen?van=2026&naar=2027`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Regio Gelderland Zuid: wat verandert van 2026 naar 2027');
    expect(await page.getByRole('region', { name: /\(strenger\)$/ }).count()).toBe(1);
    await expectAccessible(page, [1280, 375]);
    await expectReflow(page);
    await shoot(page, screenshots, 'catalogus-verschillen');
    expect(problems).toEqual([]);
    await context.close();
  });
});
