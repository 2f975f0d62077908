/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { projectRoot } from '../../server/paths.js';
import { ruleScope } from '../../server/engine/offered-rules.js';
import type { Toetsresultaat } from '../../server/types/contract.js';
import { expectAccessible, expectReflow, openPage, shoot, useBrowserApp } from '../helpers/browser.js';

/**
 * End to end, in real headless Chromium: a quality officer fills the form for one product of each
 * region, checks the answers, sees the verdict, downloads the PDF and the JSON, reads the JSON in
 * again and gets the same result. axe-core checks WCAG 2.1 A/AA on every page it passes.
 *
 * Set SCREENSHOTS=<dir> to keep screenshots of the filled form and the result at 1280 and 375 px.
 */

const catalog = loadCatalog();
const screenshots = process.env.SCREENSHOTS;

const app = useBrowserApp(() => createApp({ catalog }));

/** Playwright's web-first assertions belong to @playwright/test; with vitest, poll instead. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 50 });
const textOf = async (l: Locator) => ((await l.first().textContent({ timeout: 10_000 })) ?? '').replace(/\s+/g, ' ').trim();
const valueOf = (l: Locator) => l.inputValue({ timeout: 10_000 });

/** A small but real PDF: the server sniffs the content, not the name. */
const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

type Json = Record<string, unknown>;

const text = (v: unknown, klok: boolean) =>
  typeof v === 'number' ? (klok ? `${Math.floor(v)}.${String(Math.round((v % 1) * 60)).padStart(2, '0')}` : String(v).replace('.', ',')) : String(v);

/** Types the facts of one aanbod item into the form, as a user would: text, radios, selects, checkboxes, files. */
async function fillFacts(page: Page, code: string, index: number, item: Json): Promise<void> {
  const walk = async (value: unknown, at: string[]): Promise<void> => {
    const name = `p.${code}.${at.join('.')}`;
    if (Array.isArray(value)) {
      // The rooster is asked as one row per person per dienst, with the dienst's days and times on each row.
      const rows: Json[] = at.join('.') === 'rooster.diensten'
        ? (value as Json[]).flatMap(({ medewerkers, overMiddernacht: _o, ...dienst }) => ((medewerkers as Json[]).length > 0 ? (medewerkers as Json[]) : [{}]).map((m) => ({ ...dienst, ...m })))
        : (value as Json[]).map(({ overMiddernacht: _o, ...rest }) => rest);
      for (let row = 0; row < rows.length; row++) {
        const entry = rows[row]!;
        const first = page.locator(`[name^="${name}.${row}."]`).first();
        if ((await page.locator(`[name^="${name}.${row}."]`).count()) === 0) {
          if ((await page.locator(`[name^="${name}.0."]`).count()) === 0) return;
          await page.locator(`button[value="rij:${name}"]`).click();
          await poll(() => first.count()).toBe(1);
        }
        for (const [k, v] of Object.entries(entry)) {
          const el = page.locator(`[name="${name}.${row}.${k}"]`);
          if ((await el.count()) === 0) continue;
          if ((await el.evaluate((e) => e.tagName)) === 'SELECT') await el.selectOption(typeof v === 'boolean' ? (v ? 'ja' : 'nee') : Array.isArray(v) ? v.join(',') : String(v));
          else if (typeof v === 'boolean') await el.setChecked(v);
          else await el.fill(typeof v === 'number' ? String(v).replace('.', ',') : String(v));
        }
      }
      return;
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) await walk(v, [...at, k]);
      return;
    }
    const el = page.locator(`[name="${name}"]`);
    if ((await el.count()) === 0) return;
    if ((await el.first().getAttribute('type')) === 'radio') {
      await page.locator(`[name="${name}"][value="${value === true ? 'ja' : value === false ? 'nee' : String(value)}"]`).check();
    } else {
      await el.fill(text(value, false));
    }
  };
  for (const [k, v] of Object.entries(item)) {
    if (k === 'productcode') continue;
    if (k === 'verklaringen') {
      for (const [id, on] of Object.entries(v as Record<string, boolean>)) await page.locator(`[name="p.${code}.verklaringen"][value="${id}"]`).setChecked(on);
      continue;
    }
    if (k === 'bijlagen') {
      for (const b of v as Array<{ soort: string; bestandsnaam: string }>) {
        await page.locator(`[name="bijlage[${index}][${b.soort}]"]`).setInputFiles({ name: b.bestandsnaam, mimeType: 'application/pdf', buffer: pdfBytes });
      }
      continue;
    }
    await walk(v, [k]);
  }
}

type Row = [titel: string, uitslag: string, verwacht: string, opgegeven: string, advies: string];

/** Each eis as the result page shows it: title, verdict word, what is expected, what was given, what to do. */
async function shownVerdicts(page: Page): Promise<Row[]> {
  return page.locator('table.eisen tbody tr').evaluateAll((rows) =>
    rows.map((r) => {
      const cells = r.querySelectorAll('td');
      const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return [text(r.querySelector('.eisen__titel')), text(cells[0]).replace(/^\W+/u, ''), text(r.querySelector('.eisen__verwacht')), text(cells[2]), text(cells[3])] as Row;
    }),
  );
}

async function shownSha(page: Page): Promise<string> {
  return (await page.locator('.overzicht__waarde--code').textContent())!.trim();
}

async function api(body: unknown): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${app.base}/api/v1/toetsingen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Json };
}

type EisR = { titel: string; uitslag: string; verwacht: string; opgegeven: string; advies?: string };
type Resultaat = { invoerSha256: string; uitslag: string; regioEisen: EisR[]; producten: Array<{ eisen: EisR[] }> };
const label: Record<string, string> = { voldoet: 'Voldoet', 'voldoet-niet': 'Voldoet niet', ontbreekt: 'Ontbreekt', signaal: 'Signaal' };
const order: Record<string, number> = { 'voldoet-niet': 0, ontbreekt: 1, signaal: 2, voldoet: 3 };
/** The API's eisen in the order the page lists them (per table, most urgent first). */
function apiVerdicts(r: Resultaat): Row[] {
  const sorted = (eisen: EisR[]) => [...eisen].sort((a, b) => order[a.uitslag]! - order[b.uitslag]!);
  // The page shows the rules over products that apply to what was offered (engine/offered-rules.ts); the API gives them all.
  const full = r as unknown as Toetsresultaat;
  const scope = ruleScope(full, catalog.regios.get(full.regio.id)!);
  return [...sorted(r.regioEisen.filter((e) => scope.toepasselijk.has((e as unknown as { id: string }).id))), ...r.producten.flatMap((p) => sorted(p.eisen))].map((e) => [e.titel, label[e.uitslag]!, e.verwacht, e.opgegeven, e.advies ?? 'Geen actie nodig.']);
}

const cases = [
  { regio: 'gelderland-zuid', sample: 'gelderland-zuid/15N13-voldoet.json' },
  { regio: 'centraal-gelderland', sample: 'centraal-gelderland/15B03-voldoet.json' },
  { regio: 'meierij-bommelerwaard', sample: 'meierij-bommelerwaard/15A01-voldoet.json' },
  { regio: 'regio-003', sample: 'regio-003/15A06-voldoet.json' },
];

describe('een kwaliteitsmedewerker doet de toets in de browser', () => {
  it('heeft voor elke regio een product in deze test', () => {
    expect(cases.map((c) => c.regio).sort()).toEqual([...catalog.regios.keys()].sort());
  });

  for (const { regio, sample } of cases) {
    it(`${regio}: invullen, controleren, uitslag, PDF en JSON downloaden, JSON opnieuw inlezen`, async () => {
      const input = JSON.parse(readFileSync(path.join(projectRoot, 'samples', sample), 'utf8')) as { aanbieder: Json; aanbod: Json[] };
      const codes = input.aanbod.map((item) => item.productcode as string);
      const region = catalog.regios.get(regio)!;
      const context = await app.browser.newContext({ acceptDownloads: true, locale: 'nl-NL' });
      const { page, problems } = await openPage(context);

      // Start: choose the region.
      await page.goto(app.base);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await expectAccessible(page);
      await page.getByRole('link', { name: region.naam }).click();
      await poll(() => textOf(page.getByRole('heading', { level: 1 }))).toBe(`Zelfevaluatie ${region.naam}`);
      // The start page opens the task list (test/web/taken-e2e.test.ts); this walk uses the form on one page.
      await page.getByRole('link', { name: /alles op één pagina/ }).click();
      await poll(() => page.locator('button[value="producten"]').count()).toBe(1);

      // Organisation details, by their labels.
      const a = input.aanbieder as Record<string, string>;
      await page.getByLabel('Naam van de aanbieder').fill(a.naam!);
      await page.getByLabel('KvK-nummer').fill(a.kvkNummer!);
      if (a.agbCode) await page.getByLabel(/^AGB-code/).fill(a.agbCode);
      if (a.contactpersoon) await page.getByLabel(/^Contactpersoon/).fill(a.contactpersoon);
      if (a.email) await page.getByLabel(/^E-mailadres/).fill(a.email);

      // Choose the products; each one's section shows what its eisen ask.
      for (const code of codes) await page.getByRole('checkbox', { name: new RegExp(`^${code} `) }).check();
      await page.getByRole('button', { name: 'Gekozen producten tonen' }).click();
      for (const [index, item] of input.aanbod.entries()) {
        await page.getByRole('heading', { level: 2, name: new RegExp(`^${codes[index]} `) }).first().waitFor();
        await fillFacts(page, codes[index]!, index, item);
      }
      await expectAccessible(page);
      await expectReflow(page);
      await shoot(page, screenshots, `formulier-${regio}`);

      // Review (WCAG 3.3.4): what was entered, with a way back to each answer.
      await page.getByRole('button', { name: 'Verder naar controleren' }).click();
      await poll(() => textOf(page.getByRole('heading', { level: 1 }))).toBe('Controleer uw antwoorden');
      await page.getByText(a.naam!).first().waitFor();
      expect(await page.getByRole('button', { name: /^Wijzigen/ }).count()).toBeGreaterThan(3);
      await expectAccessible(page);
      await expectReflow(page);
      await shoot(page, screenshots, `controle-${regio}`);
      if (regio === 'gelderland-zuid') {
        // "Wijzigen" goes back to that very answer in the form, with everything kept.
        await page.getByRole('button', { name: `Wijzigen tijdvakken (${codes[0]})` }).click();
        await poll(async () => new URL(page.url()).hash).toBe(`#f-p-${codes[0]}-beschikbaarheid-vensters`);
        const eerste = (input.aanbod[0]!.beschikbaarheid as { vensters: Array<{ telefonischMinuten: number }> }).vensters[0]!;
        expect(await valueOf(page.locator(`[name="p.${codes[0]}.beschikbaarheid.vensters.0.telefonischMinuten"]`))).toBe(String(eerste.telefonischMinuten));
        await page.getByRole('button', { name: 'Verder naar controleren' }).click();
        await poll(() => textOf(page.getByRole('heading', { level: 1 }))).toBe('Controleer uw antwoorden');
      }
      await page.getByRole('button', { name: 'Toets uitvoeren' }).click();

      // Result.
      await poll(() => textOf(page.getByRole('heading', { level: 1 }))).toMatch(/^Uitslag: (voldoet|voldoet niet)$/);
      await page.getByRole('heading', { level: 2, name: 'Regels over producten heen' }).first().waitFor();
      await expectAccessible(page);
      await expectReflow(page);
      await shoot(page, screenshots, `uitslag-${regio}`);
      const verdicts = await shownVerdicts(page);
      const sha = await shownSha(page);

      // The facts typed into the form give the same verdict per eis as the sample sent to the API.
      const fromSample = (await api(input)).json as unknown as Resultaat;
      expect(verdicts.map((v) => v.slice(0, 2))).toEqual(apiVerdicts(fromSample).map((v) => v.slice(0, 2)));

      // Download the zelfevaluatie: the API gives the identical toetsresultaat for it, eis for eis and word for word.
      const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Zelfevaluatie downloaden/ }).click()]);
      expect(jsonDownload.suggestedFilename()).toBe(`zelfevaluatie-${regio}-${a.kvkNummer}.json`);
      const jsonPath = await jsonDownload.path();
      const downloaded = JSON.parse(readFileSync(jsonPath, 'utf8')) as Json;
      const viaApi = await api(downloaded);
      expect(viaApi.status).toBe(200);
      const resultaat = viaApi.json as unknown as Resultaat;
      expect(resultaat.invoerSha256).toBe(sha);
      expect(apiVerdicts(resultaat)).toEqual(verdicts);
      input.aanbod.forEach((item, index) => {
        for (const [i, b] of ((item.bijlagen as Json[] | undefined) ?? []).entries()) {
          const bijlage = ((downloaded.aanbod as Json[])[index]!.bijlagen as Json[])[i]!;
          expect(bijlage).toMatchObject({ soort: b.soort, bestandsnaam: b.bestandsnaam, grootte: pdfBytes.length, mediatype: 'application/pdf' });
          expect(bijlage.sha256).toMatch(/^[0-9a-f]{64}$/);
        }
      });

      // Download the PDF report.
      const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF-rapport downloaden' }).click()]);
      expect(pdfDownload.suggestedFilename()).toMatch(new RegExp(`^toetsrapport-${regio}-[0-9a-f-]{36}\\.pdf$`));
      const pdf = readFileSync(await pdfDownload.path());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(2000);

      // Next time: read the JSON in, the form is prefilled, and the same answers give the same result.
      await page.goto(app.base);
      await page.getByLabel('Zelfevaluatie (JSON- of Excel-bestand)').setInputFiles(jsonPath);
      await page.getByRole('button', { name: 'Inlezen en formulier openen' }).click();
      await poll(() => textOf(page.getByRole('heading', { level: 1 }))).toBe(`Zelfevaluatie ${region.naam}`);
      expect(await valueOf(page.getByLabel('Naam van de aanbieder'))).toBe(a.naam!);
      await page.getByRole('button', { name: 'Verder naar controleren' }).click();
      await page.getByRole('button', { name: 'Toets uitvoeren' }).click();
      await poll(() => textOf(page.getByRole('heading', { level: 1 }))).toMatch(/^Uitslag:/);
      expect(await shownVerdicts(page)).toEqual(verdicts);
      expect(await shownSha(page)).toBe(sha);

      // "Antwoorden wijzigen" goes back to the filled form.
      await page.getByRole('button', { name: 'Antwoorden wijzigen' }).click();
      expect(await valueOf(page.getByLabel('KvK-nummer'))).toBe(a.kvkNummer!);
      for (const code of codes) expect(await page.getByRole('checkbox', { name: new RegExp(`^${code} `) }).isChecked()).toBe(true);

      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('losse pagina’s', () => {
  it('startpagina, toegankelijkheidsverklaring en de pagina voor een onbekend adres zijn toegankelijk', async () => {
    const context = await app.browser.newContext({ locale: 'nl-NL' });
    const { page, problems } = await openPage(context);
    for (const url of ['/', '/toegankelijkheid', '/regio/atlantis']) {
      await page.goto(`${app.base}${url}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await expectAccessible(page);
      await expectReflow(page);
    }
    // Keyboard: the first Tab reaches the skip link, which leads to the main content.
    await page.goto(app.base);
    await page.keyboard.press('Tab');
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
    await context.close();
  });
});

describe('fouten in het formulier', () => {
  it('toont een foutoverzicht dat focus krijgt, linkt naar elk veld en de invoer bewaart', async () => {
    const context = await app.browser.newContext({ locale: 'nl-NL' });
    const { page, problems } = await openPage(context);
    await page.goto(`${app.base}/regio/gelderland-zuid`);
    await page.getByLabel('KvK-nummer').fill('1234');
    await page.getByLabel(/^E-mailadres/).fill('geen-adres');
    await page.getByRole('checkbox', { name: /^15N13 / }).check();
    await page.getByRole('button', { name: 'Gekozen producten tonen' }).click();
    // Nothing is checked while typing: only on submit.
    const telefonisch = page.locator('[name="p.15N13.beschikbaarheid.vensters.0.telefonischMinuten"]');
    await telefonisch.fill('vijf');
    await page.locator('[name="p.15N13.rooster.diensten.0.van"]').fill('7.00');
    await page.locator('[name="p.15N13.rooster.diensten.0.tot"]').fill('25.00');
    await poll(() => page.locator('.foutoverzicht').count()).toBe(0);
    await page.getByRole('button', { name: 'Verder naar controleren' }).click();

    await poll(() => page.title()).toMatch(/^Fout: /);
    const summary = page.locator('.foutoverzicht');
    await summary.getByRole('heading', { name: 'Er is een probleem' }).first().waitFor();
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('foutoverzicht');
    const links = summary.getByRole('link');
    const texts = await links.allTextContents();
    expect(texts).toContain('Vul de naam van uw organisatie in.');
    expect(texts).toContain('Het KvK-nummer bestaat uit precies 8 cijfers, bijvoorbeeld 12345678.');
    expect(texts).toContain('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
    expect(texts).toContain('15N13: Tijdvak 1, telefonisch contact binnen: vul een aantal minuten in, bijvoorbeeld 15.');
    expect(texts).toContain('15N13: Tijdvak 1, begin van het tijdvak: vul een tijd in als uu:mm, bijvoorbeeld 07:00 of 22:30.');
    expect(texts).toContain('15N13: Regel 1 van het rooster, einde van de dienst: vul een tijd in als uu:mm, bijvoorbeeld 07:00 of 22:30.');
    expect(texts.every((t) => !/verplicht/i.test(t))).toBe(true);

    // The message is repeated at the field, tied to it, and what was typed is kept.
    const kvk = page.getByLabel('KvK-nummer');
    expect(await valueOf(kvk)).toBe('1234');
    expect(await kvk.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await kvk.getAttribute('aria-describedby'))!.split(' ');
    const messages = await Promise.all(describedBy.map((id) => page.locator(`#${id}`).textContent()));
    expect(messages.join(' ')).toContain('Het KvK-nummer bestaat uit precies 8 cijfers');
    expect(await valueOf(telefonisch)).toBe('vijf');
    expect(await page.getByRole('checkbox', { name: /^15N13 / }).isChecked()).toBe(true);

    // A summary link moves focus to its field.
    await links.filter({ hasText: 'Het KvK-nummer' }).click();
    await poll(() => kvk.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page);
    await shoot(page, screenshots, 'fouten-gelderland-zuid');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('weigert een bijlage die geen PDF, PNG of JPEG is, wat de naam ook zegt', async () => {
    const context = await app.browser.newContext({ locale: 'nl-NL' });
    const { page } = await openPage(context);
    await page.goto(`${app.base}/regio/centraal-gelderland`);
    await page.getByRole('checkbox', { name: /^15B03 / }).check();
    await page.getByRole('button', { name: 'Gekozen producten tonen' }).click();
    await page.locator('[name="bijlage[0][spv-bewijs]"]').setInputFiles({ name: 'spv.pdf', mimeType: 'application/pdf', buffer: Buffer.from('dit is tekst, geen pdf') });
    await page.getByRole('button', { name: 'Verder naar controleren' }).click();
    await poll(() => textOf(page.locator('.foutoverzicht'))).toContain('15B03: Bestand "spv.pdf" is geen PDF, PNG of JPEG');
    expect(await page.locator('[name="bijlage[0][spv-bewijs]"]').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });
});

describe('zonder JavaScript', () => {
  it('werkt het formulier ook: producten tonen en een medewerker toevoegen gaan via de server', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const { page } = await openPage(context);
    await page.goto(`${app.base}/regio/gelderland-zuid`);
    await page.getByLabel('Naam van de aanbieder').fill('Zorggroep Zonder Script');
    await page.getByRole('checkbox', { name: /^15N13 / }).check();
    await page.getByRole('button', { name: 'Gekozen producten tonen' }).click();
    expect(await valueOf(page.getByLabel('Naam van de aanbieder'))).toBe('Zorggroep Zonder Script');
    const rows = page.locator('[name^="p.15N13.rooster.diensten."][name$=".niveau"]');
    await poll(() => rows.count()).toBe(1);
    await rows.first().selectOption('mbo4');
    await page.getByRole('button', { name: /^Nog een regel toevoegen/ }).click();
    await poll(() => rows.count()).toBe(2);
    expect(await valueOf(rows.first())).toBe('mbo4');
    await page.getByRole('button', { name: 'Verder naar controleren' }).click();
    await poll(() => page.title()).toMatch(/^Fout: /);
    await context.close();
  });
});
