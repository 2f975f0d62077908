import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { check } from '../../server/engine/check.js';
import { createApp } from '../../server/http/app.js';
import { projectRoot } from '../../server/paths.js';
import { regionForm } from '../../server/web/form-spec.js';
import { readForm, valuesFromZelfevaluatie, type FormValues } from '../../server/web/form-values.js';
import { decodeState, encodeState, MAX_TOKEN } from '../../server/web/state-token.js';
import { AFGEROND, taskValues } from '../../server/web/tasks.js';

/**
 * The form as a task list (issue 12), through HTTP as a browser without JavaScript uses it: every POST
 * answers 303 (Back and Reload repeat only GETs), the answers travel in the address, facts of the location
 * are asked once and reach every product, and a tampered address gets a clear page instead of a 500.
 */

const catalog = loadCatalog();
const app = createApp({ catalog });
const form = regionForm(catalog.regios.get('gelderland-zuid')!);
const CODES = ['15N03', '15N12', '15N13', '15N16'];
const R = '/regio/gelderland-zuid';

const sample = (f: string) => JSON.parse(readFileSync(path.join(projectRoot, 'samples/gelderland-zuid', f), 'utf8')) as { aanbieder: object; aanbod: Array<Record<string, unknown>> };
/** One location, four products: the location's facts from the 15N13 sample, each product's own answers from its sample. */
const location = (() => {
  const item = sample('15N13-voldoet.json').aanbod.find((a) => a.productcode === '15N13')!;
  return { locatie: item.locatie, rooster: item.rooster, beschikbaarheid: item.beschikbaarheid, beschikbaarheidWijkMinuten: 15 };
})();
const bid = {
  versie: '2',
  regio: 'gelderland-zuid',
  aanbieder: sample('15N13-voldoet.json').aanbieder,
  aanbod: CODES.map((c) => ({ ...sample(`${c}-voldoet.json`).aanbod.find((a) => a.productcode === c)!, ...location })),
};
const source = taskValues(form, valuesFromZelfevaluatie(bid, form));

const tokenOf = (location: string) => new URL(location, 'http://x').searchParams.get('s')!;
const unescape = (s: string) => s.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');

async function post(task: string, token: string, values: FormValues | Array<[string, string[]]>, actie = 'opslaan') {
  let req = request(app).post(`${R}/taak/${task}`).field('s', token).field('actie', actie);
  for (const [name, vs] of values) for (const v of vs) req = req.field(name, v);
  const res = await req.expect(303);
  return { location: res.headers.location as string, token: tokenOf(res.headers.location as string) };
}
const pick = (prefix: (n: string) => boolean) => [...source].filter(([n]) => prefix(n));

/** Visible controls on a page (no hidden fields, no buttons): all of them, and the questions (one per name: a radio or checkbox group is one). */
function controls(html: string): { velden: number; vragen: number } {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const names = new Set<string>();
  let velden = 0;
  for (const m of main.matchAll(/<(input|select|textarea)\b[^>]*>/g)) {
    const tag = m[0];
    if (/type="(hidden|submit|button)"/.test(tag) || /tabindex="-1"/.test(tag)) continue;
    const type = /type="([^"]*)"/.exec(tag)?.[1];
    const name = /name="([^"]*)"/.exec(tag)?.[1] ?? '';
    if (type !== 'radio' || !names.has(name)) velden++;
    names.add(name);
  }
  return { velden, vragen: names.size };
}

describe('de takenlijst', () => {
  it('de startpagina opent de takenlijst; die begint met "Uw organisatie", niet begonnen', async () => {
    const start = await request(app).get('/').expect(200);
    expect(start.text).toContain(`href="${R}/taken"`);
    const res = await request(app).get(`${R}/taken`).expect(200);
    expect(res.text).toContain('Uw organisatie en producten');
    expect(res.text).toMatch(/taakstatus--niet-begonnen[^>]*>Niet begonnen/);
    expect(res.text).toContain('Kan pas als de taken hierboven klaar zijn.');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('vier producten op één locatie: locatie, rooster en beschikbaarheid één keer gevraagd, dezelfde uitslag als de JSON met alles per product', async () => {
    let { location: loc, token } = await post('organisatie', encodeState(new Map()), [...pick((n) => n.startsWith('aanbieder.')), ['producten', CODES]]);
    expect(loc).toMatch(new RegExp(`^${R}/taken\\?s=[A-Za-z0-9_-]+#taak-organisatie$`));
    let list = await request(app).get(unescape(loc.split('#')[0]!)).expect(200);
    expect(list.text).toContain('Locatie, team, rooster en beschikbaarheid');
    for (const c of CODES) expect(list.text).toContain(`/taak/product-${c}?`);
    expect(list.text).toMatch(/id="taak-organisatie-status">Klaar/);
    expect(list.text).toMatch(/id="taak-locatie-status">Niet begonnen/);

    // The location's page asks each fact once, with the products that need it named.
    const locPage = await request(app).get(`${R}/taak/locatie?s=${token}`).expect(200);
    expect(locPage.text.match(/name="g\.locatie"/g)).toHaveLength(1);
    expect(locPage.text).not.toMatch(/name="p\./);
    expect(locPage.text).toMatch(/Nodig om te voldoen aan [^<]*\(15N12\)/);
    ({ token } = await post('locatie', token, pick((n) => n.startsWith('g.'))));
    for (const c of CODES) {
      ({ token } = await post(`product-${c}`, token, pick((n) => n.startsWith(`p.${c}.`))));
    }
    // Combinaties: the region's rules for these products, read before the check.
    const rules = await request(app).get(`${R}/taak/combinaties?s=${token}`).expect(200);
    expect(rules.text).toContain('Gelezen, verder');
    expect(rules.text).toContain('Toeslag wakende wacht alleen in combinatie met Beschermd Wonen middel of zwaar');
    // Meerzorg (15N31) is not chosen: its rule says nothing to this bid.
    expect(rules.text).not.toContain('Meerzorg alleen in combinatie');
    ({ token } = await post('combinaties', token, []));
    list = await request(app).get(`${R}/taken?s=${token}`).expect(200);
    expect(list.text).not.toMatch(/taakstatus--(niet-begonnen|bezig|fouten)"/);
    expect(list.text).toContain(`href="${R}/controleren?s`);

    // Every product carries the location's facts; the verdicts match the JSON that repeats them per product.
    const { zelfevaluatie, errors } = readForm(decodeState(token), form);
    expect(errors).toEqual([]);
    const verdicts = (input: unknown) => {
      const out = check(input, catalog, { id: '00000000-0000-4000-8000-000000000000', now: new Date('2026-01-01T00:00:00Z') });
      if (!out.ok) throw new Error(JSON.stringify(out.errors));
      return Object.fromEntries(out.resultaat.producten.flatMap((p) => p.eisen.map((e) => [`${p.productcode} ${e.id}`, e.uitslag])));
    };
    expect(verdicts(zelfevaluatie)).toEqual(verdicts(bid));

    // Controleren → Toets uitvoeren: POST answers 303, the result is a GET that can be reloaded.
    const review = await request(app).get(`${R}/controleren?s=${token}`).expect(200);
    expect(review.text).toContain('Toets uitvoeren');
    expect(review.text).toContain(`href="${R}/taak/locatie?s`);
    const toets = await request(app).post(`${R}/toetsen`).type('form').send({ s: token }).expect(303);
    const uitslag = toets.headers.location as string;
    expect(uitslag).toMatch(new RegExp(`^${R}/uitslag\\?s=`));
    for (let i = 0; i < 2; i++) {
      const page = await request(app).get(uitslag).expect(200);
      expect(page.text).toMatch(/<h1 class="uitslag-kop">Uitslag: /);
      expect(page.text).toContain(`href="${R}/taken?s`);
    }
  });

  it('leeg opslaan: de velden die een eis nodig heeft, geven een fout die zegt waarvoor; de taak staat op "Fouten"', async () => {
    let { token } = await post('organisatie', encodeState(new Map()), [...pick((n) => n.startsWith('aanbieder.')), ['producten', ['15N12', '15N13']]]);
    const saved = await post('locatie', token, []);
    expect(saved.location).toMatch(new RegExp(`^${R}/taak/locatie\\?s=`));
    token = saved.token;
    const page = await request(app).get(`${R}/taak/locatie?s=${token}`).expect(200);
    expect(page.text).toContain('Er is een probleem');
    expect(page.text).toMatch(/Vul ten minste één regel in bij [^<]*nodig om te voldoen aan “[^”]+” \(15N12\)/);
    const list = await request(app).get(`${R}/taken?s=${token}`).expect(200);
    expect(list.text).toMatch(/id="taak-locatie-status">Fouten/);
    // "Opslaan en later verder" keeps what was typed without checking: the task is "Bezig".
    const later = await post('locatie', token, [['g.locatie', ['Hof van Wijchen']]], 'later');
    expect(later.location).toMatch(new RegExp(`^${R}/taken\\?s=`));
    const list2 = await request(app).get(`${R}/taken?s=${later.token}`).expect(200);
    expect(list2.text).toMatch(/id="taak-locatie-status">Bezig/);
  });

  it('een dagdeel in één klik: nacht 23:00-07:00 elke dag; niemand in de nacht geeft een melding; 00:00-00:00 wordt uitgelegd', async () => {
    let { token } = await post('organisatie', encodeState(new Map()), [...pick((n) => n.startsWith('aanbieder.')), ['producten', ['15N13']]]);
    ({ token } = await post('locatie', token, [], 'preset:dag:g.rooster.diensten'));
    let page = await request(app).get(`${R}/taak/locatie?s=${token}`).expect(200);
    expect(page.text).toMatch(/name="g\.rooster\.diensten\.0\.van" type="text" value="07:00"/);
    expect(page.text).toContain('niemand in de nacht');
    const nacht = await post('locatie', token, [...decodeState(token)].filter(([n]) => n.startsWith('p.15N13.rooster')).map(([n, v]) => [n.replace('p.15N13.', 'g.'), v]), 'preset:nacht:g.rooster.diensten');
    page = await request(app).get(`${R}/taak/locatie?s=${nacht.token}`).expect(200);
    expect(page.text).toMatch(/name="g\.rooster\.diensten\.1\.van" type="text" value="23:00"/);
    expect(page.text).toMatch(/name="g\.rooster\.diensten\.1\.tot" type="text" value="07:00"/);
    expect(page.text).toMatch(/<option value="ma,di,wo,do,vr,za,zo" selected>/);
    expect(page.text).not.toContain('niemand in de nacht');

    const etmaal = await post('locatie', token, [['g.beschikbaarheid.vensters.0.dagen', ['ma,di,wo,do,vr,za,zo']], ['g.beschikbaarheid.vensters.0.van', ['00:00']], ['g.beschikbaarheid.vensters.0.tot', ['00:00']]]);
    page = await request(app).get(`${R}/taak/locatie?s=${etmaal.token}`).expect(200);
    expect(page.text).toContain('Tijdvak 1: begin en einde zijn gelijk. 24 uur schrijft u als 00:00 tot 24:00');
  });

  it('uitslag: alleen regels over aangeboden producten; een falende regel zet de producten die ze noemt op "voldoet niet"; "Wijzigen" leidt naar het veld', async () => {
    // 15N16 (toeslag wakende wacht) without Beschermd Wonen middel or zwaar: the region's rule fails.
    const item = sample('15N16-voldoet.json').aanbod.find((a) => a.productcode === '15N16')!;
    const alone = { versie: '2', regio: 'gelderland-zuid', aanbieder: sample('15N16-voldoet.json').aanbieder, aanbod: [item] };
    const values = valuesFromZelfevaluatie(alone, form);
    values.set(AFGEROND, ['organisatie', 'locatie', 'product-15N16', 'combinaties']);
    const page = await request(app).get(`${R}/uitslag?s=${encodeState(values)}`).expect(200);
    const text = unescape(page.text);
    expect(text).toContain('Toeslag wakende wacht alleen in combinatie met Beschermd Wonen middel of zwaar');
    expect(text).not.toContain('Meerzorg alleen in combinatie');
    expect(text).toMatch(/andere regels over producten heen gaan over producten die u niet aanbiedt/);
    expect(text).toContain('Voldoet niet door de regel over producten heen: “Toeslag wakende wacht alleen in combinatie met Beschermd Wonen middel of zwaar”.');
    const badge = /<li class="productoverzicht__item"><span class="uitslag-label ([^"]+)"/.exec(text)![1];
    expect(badge).toBe('uitslag--voldoet-niet');
    expect(text).toMatch(new RegExp(`<a href="${R}/taak/organisatie\\?s=[A-Za-z0-9_-]+#f-producten-15N16">Wijzigen`));

    // The 4-product bid: no rule about a product it does not offer.
    const four = valuesFromZelfevaluatie(bid, form);
    four.set(AFGEROND, ['organisatie', 'locatie', ...CODES.map((c) => `product-${c}`), 'combinaties']);
    const res = unescape((await request(app).get(`${R}/uitslag?s=${encodeState(four)}`).expect(200)).text);
    expect(res).not.toContain('Meerzorg alleen in combinatie');
    expect(res).not.toContain('Vervoer alleen van en naar de dagbesteding');
    expect(res).toContain('Toeslag wakende wacht alleen in combinatie met Beschermd Wonen middel of zwaar');
  });

  it('PDF: kort (falend en ontbrekend volledig, voldoend in één regel) naast volledig; regels over niet aangeboden producten staan er niet in', async () => {
    const item = sample('15N16-voldoet.json').aanbod.find((a) => a.productcode === '15N16')!;
    const alone = { versie: '2', regio: 'gelderland-zuid', aanbieder: sample('15N16-voldoet.json').aanbieder, aanbod: [item] };
    const pdfText = async (extra: Record<string, string>) => {
      const res = await request(app)
        .post('/rapport.pdf')
        .type('form')
        .send({ zelfevaluatie: JSON.stringify(alone), id: '00000000-0000-4000-8000-000000000000', getoetstOp: '2026-12-01T10:00:00Z', ...extra })
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200)
        .expect('content-type', 'application/pdf');
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'eisentoets-taken-')), 'r.pdf');
      writeFileSync(file, res.body as Buffer);
      return { text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '), pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]), name: res.headers['content-disposition'] as string };
    };
    const full = await pdfText({});
    const kort = await pdfText({ kort: 'ja' });
    expect(kort.name).toContain('toetsrapport-kort-gelderland-zuid-');
    for (const t of [full.text, kort.text]) {
      expect(t).not.toContain('Meerzorg alleen in combinatie');
      expect(t).toContain('Toeslag wakende wacht alleen in combinatie met Beschermd Wonen middel of');
      expect(t).toContain('Voldoet niet door de regel over producten heen');
    }
    // Passing eisen: a table row with the quote in the full report, one line in the short one.
    expect(kort.text).toMatch(/✓ Voldoet: /);
    expect(full.text).not.toMatch(/✓ Voldoet: /);
    console.log(`PDF 15N16 alleen: volledig ${full.pages} pagina's, kort ${kort.pages}`);
    expect(kort.pages).toBeLessThanOrEqual(full.pages);
    expect(kort.text.length).toBeLessThan(full.text.length);
  });

  it('/kwalificatie: een product zonder iets meetbaars zegt dat en telt niet mee; signalen staan erbij; een regel over producten heen telt mee', async () => {
    const res = await request(app).post('/kwalificatie').type('form').send({ 'p.feiten.begeleiding.individueelUrenPerWeek': '12', actie: 'toetsen' }).expect(200);
    const text = res.text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
    // 15N31 Meerzorg: only declarations, nothing the facts can meet.
    const row = (code: string) => text.slice(text.indexOf(`/catalogus/gelderland-zuid/${code}"`) - 400, text.indexOf(`/catalogus/gelderland-zuid/${code}"`) + 1500);
    expect(row('15N31')).toContain('niets te meten');
    expect(row('15N31')).toContain('het telt niet als passend');
    expect(text).toMatch(/producten hebben niets wat de feiten kunnen meten; die tellen niet als passend/);
    // 12 hours a week against a 2-3 hour product: the signaal is shown with the row.
    expect(row('15N02')).toContain('Signaal: Individuele begeleiding binnen de bandbreedte van 2-3 uur. Let op: de tekst gaat uit van ten hoogste 3 uur.');
    // 15N16 Toeslag wakende wacht needs Beschermd Wonen middel or zwaar, which 12 hours alone does not meet.
    expect(row('15N16')).toContain('Regel over producten heen voldoet niet, ook niet naast de producten waar dit aanbod bij past: Toeslag wakende wacht alleen in combinatie met Beschermd Wonen middel of zwaar');
    expect(row('15N16')).not.toMatch(/uitslag--voldoet"/);
  });

  it('twee locaties: een product uitvinken bij "Deze gegevens gelden voor" geeft het een eigen locatie; elke locatie vult haar eigen producten', async () => {
    let { token } = await post('organisatie', encodeState(new Map()), [...pick((n) => n.startsWith('aanbieder.')), ['producten', ['15N12', '15N13']]]);
    const page = await request(app).get(`${R}/taak/locatie?s=${token}`).expect(200);
    expect(page.text).toContain('Deze gegevens gelden voor');
    ({ token } = await post('locatie', token, [['g.locatie', ['De Linde, Lindenlaan 12']], ['_voor.getoond', ['ja']], ['_voor', ['15N12']]], 'later'));
    const list = unescape((await request(app).get(`${R}/taken?s=${token}`).expect(200)).text);
    expect(list).toContain('Locatie 1 (De Linde, Lindenlaan 12): team, rooster en beschikbaarheid');
    expect(list).toContain('Locatie 2 (De Linde, Lindenlaan 12): team, rooster en beschikbaarheid');
    expect(list).toContain(`${R}/taak/locatie-2?s=`);
    // The second location starts from the first one's answers and changes only its own product.
    const second = await request(app).get(`${R}/taak/locatie-2?s=${token}`).expect(200);
    expect(second.text).toContain('value="De Linde, Lindenlaan 12"');
    expect(second.text).not.toContain('name="_voor"');
    ({ token } = await post('locatie-2', token, [['g.locatie', ['De Linde, Lindenlaan 14']]], 'later'));
    const state = decodeState(token);
    expect(state.get('p.15N12.locatie')).toEqual(['De Linde, Lindenlaan 12']);
    expect(state.get('p.15N13.locatie')).toEqual(['De Linde, Lindenlaan 14']);
    const { zelfevaluatie } = readForm(state, form);
    expect((zelfevaluatie.aanbod as Array<{ locatie?: string }>).map((a) => a.locatie)).toEqual(['De Linde, Lindenlaan 12', 'De Linde, Lindenlaan 14']);
  });

  it('een gewijzigd, afgekapt of te groot adres geeft een Nederlandse foutpagina, geen 500', async () => {
    const token = encodeState(new Map([['aanbieder.naam', ['Zorg BV']]]));
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [tampered, token.slice(0, 10), 'niet*een*token', 'x']) {
      const res = await request(app).get(`${R}/taken?s=${encodeURIComponent(bad)}`).expect(400).expect('content-type', /text\/html/);
      expect(res.text).toContain('Uw antwoorden konden niet worden gelezen');
    }
    const res = await request(app).get(`${R}/taken?s=${'A'.repeat(MAX_TOKEN + 1)}`).expect(413);
    expect(res.text).toContain('Te veel gegevens voor deze pagina');
    await request(app).post(`${R}/taak/organisatie`).field('s', tampered).field('actie', 'opslaan').expect(400);
    await request(app).get(`${R}/taak/bestaat-niet?s=${token}`).expect(404);
  });

  it('meet: zo veel invulvelden heeft de 4-product-inschrijving over alle taken, tegen het formulier op één pagina', async () => {
    const { token } = await post('organisatie', encodeState(new Map()), [...pick((n) => n.startsWith('aanbieder.')), ['producten', CODES]]);
    const perTask: Record<string, { velden: number; vragen: number }> = {};
    for (const t of ['organisatie', 'locatie', ...CODES.map((c) => `product-${c}`)]) {
      perTask[t] = controls((await request(app).get(`${R}/taak/${t}?s=${token}`).expect(200)).text);
    }
    // "Uw organisatie" lists every product of the region as a checkbox: that is one question (which products).
    const others = form.producten.size - 1;
    perTask.organisatie!.velden -= others;
    const total = Object.values(perTask).reduce((a, n) => ({ velden: a.velden + n.velden, vragen: a.vragen + n.vragen }), { velden: 0, vragen: 0 });
    let one = request(app).post(R).field('actie', 'producten');
    for (const c of CODES) one = one.field('producten', c);
    const onePage = controls((await one.expect(200)).text);
    onePage.velden -= others;
    console.log(`taken: ${JSON.stringify(perTask)}; alle taken samen ${JSON.stringify(total)}; formulier op één pagina ${JSON.stringify(onePage)}`);
    expect(total.vragen).toBeLessThanOrEqual(30);
    expect(total.velden).toBeLessThan(onePage.velden);
    expect(total.vragen).toBeLessThan(onePage.vragen);
  });
});
