import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';

/** The catalog browser, the comparison and "waar past mijn aanbod?" as pages (without a browser). */

const catalog = loadCatalog();
const app = createApp({ catalog });
const productCount = [...catalog.regios.values()].reduce((n, r) => n + r.producten.size, 0);

const decode = (s: string) =>
  s.replace(/&#x3D;/g, '=').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#x60;/g, '`').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** Visible text, tags removed and whitespace collapsed: what a reader sees (plus visually hidden text). */
const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => decode(m[1]!));
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));

/** The pages keep the house rules: Dutch, no inline script or style, the shared layout and the page's own stylesheet. */
function expectPage(html: string): void {
  expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
  expect(html).not.toMatch(/<style|\sstyle="/);
  expect(html).not.toMatch(/\son[a-z]+="/);
  expect(html).toMatch(/<link rel="stylesheet" href="\/static\/site\.css\?v/);
  expect(html).toMatch(/<link rel="stylesheet" href="\/static\/catalogus\.css\?v/);
  expect(new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])).size, 'unieke ids').toBe([...html.matchAll(/\sid="([^"]+)"/g)].length);
}

describe('catalogus', () => {
  it('/catalogus noemt de vier regio’s en linkt naar hun pagina', async () => {
    const res = await request(app).get('/catalogus').expect(200).expect('content-type', /text\/html/);
    expectPage(res.text);
    const regios = ['gelderland-zuid', 'centraal-gelderland', 'meierij-bommelerwaard', 'regio-003'];
    for (const id of regios) expect(res.text).toContain(`href="/catalogus/${id}"`);
    expect([...res.text.matchAll(/class="regio-lijst__item"/g)]).toHaveLength(catalog.regios.size);
    expect(catalog.regios.size).toBe(4);
    for (const r of catalog.regios.values()) expect(textOf(res.text)).toContain(r.naam);
  });

  it('een regiopagina toont elk product met code, naam, tarief, eenheid en alleen-sterfhuis, en de regels', async () => {
    const res = await request(app).get('/catalogus/gelderland-zuid').expect(200);
    expectPage(res.text);
    const text = textOf(res.text);
    const region = catalog.regios.get('gelderland-zuid')!;
    for (const p of region.producten.values()) {
      expect(res.text).toContain(`href="/catalogus/gelderland-zuid/${p.code}"`);
      expect(text).toContain(`${p.code} ${p.naam}`);
    }
    expect(text).toContain('€ 239,15 per etmaal');
    expect(text).toContain('Alleen sterfhuis');
    expect(res.text).toContain('href="/api/v1/schemas/regios/gelderland-zuid/regio.schema.json"');
    for (const regel of region.regels) expect(ids(res.text).has(regel.id)).toBe(true);
  });

  it('/catalogus/gelderland-zuid/15N13 toont elke eis met citaat en sectie, de verklaringen en het JSON Schema', async () => {
    const res = await request(app).get('/catalogus/gelderland-zuid/15N13').expect(200);
    expectPage(res.text);
    const product = catalog.regios.get('gelderland-zuid')!.producten.get('15N13')!;
    const eis = product.eisen.find((e) => e.id === 'gz-15N13-beschikbaarheid-nacht')!;
    // The eis is a block with its id, title, what it asks, the quote and where it stands.
    const block = new RegExp(`<section class="cat-eis" id="gz-15N13-beschikbaarheid-nacht"[\\s\\S]*?</section>`).exec(res.text)![0];
    const blockText = textOf(block);
    expect(blockText).toContain(eis.titel);
    expect(blockText).toContain(eis.verwacht);
    expect(blockText).toContain(`“${eis.bron.citaat}”`);
    expect(blockText).toContain(`${eis.bron.sectie}, ${eis.bron.document}`);
    for (const e of product.eisen.filter((x) => x.soort === 'eis')) expect(ids(res.text).has(e.id), e.id).toBe(true);
    for (const v of product.verklaringen) {
      expect(ids(res.text).has(`verklaring-${v.id}`)).toBe(true);
      expect(textOf(res.text)).toContain(v.titel);
    }
    expect(res.text).toContain('href="/api/v1/schemas/regios/gelderland-zuid/15N13.schema.json"');
    await request(app).get('/api/v1/schemas/regios/gelderland-zuid/15N13.schema.json').expect(200);
    expect(ids(res.text).has('tarief')).toBe(true);
    expect(ids(res.text).has('verklaringen')).toBe(true);
  });

  it('een onbekende regio of productcode is een Nederlandse 404-pagina', async () => {
    const a = await request(app).get('/catalogus/atlantis').expect(404).expect('content-type', /text\/html/);
    expect(a.text).toContain('Pagina niet gevonden');
    await request(app).get('/catalogus/gelderland-zuid/XX99').expect(404).expect('content-type', /text\/html/);
    await request(app).get('/catalogus/gelderland-zuid/constructor').expect(404);
    await request(app).get('/catalogus/__proto__').expect(404);
  });
});

describe('vergelijken', () => {
  it('toont "22:00-07:00: ten hoogste 15 minuten" bij 15N13, met een link naar die eis', async () => {
    const res = await request(app).get('/vergelijken').expect(200);
    expectPage(res.text);
    const row = /<tr role="row">\s*<th scope="row"[^>]*><a href="\/catalogus\/gelderland-zuid\/15N13">[\s\S]*?<\/tr>/.exec(res.text)![0];
    expect(row).toContain('<a href="/catalogus/gelderland-zuid/15N13#gz-15N13-beschikbaarheid-nacht">ma t/m zo 22:00-07:00: ten hoogste 15 minuten');
    // Every topic has a column header; every product row has a cell per topic (the topics come from the catalog).
    const cells = [...row.matchAll(/<td /g)];
    expect(cells).toHaveLength(16);
    expect(res.text).toContain('<th scope="col" role="columnheader">Fysiek beschikbaar</th>');
    expect(res.text).toContain('<th scope="col" role="columnheader">Wie er is (rooster)</th>');
    // An empty cell says so to a screen reader, and shows a dash.
    expect(row).toMatch(/<span aria-hidden="true">—<\/span><span class="visueel-verborgen">geen eis<\/span>/);
    for (const g of ['intramuraal', 'geclusterd', 'thuis', 'dagbesteding']) expect(ids(res.text).has(`groep-${g}`)).toBe(true);
    expect(textOf(res.text)).toContain('€ 239,15 per etmaal');
  });

  it('elke link naar de catalogus werkt (200) en het anker bestaat op die pagina', async () => {
    const res = await request(app).get('/vergelijken').expect(200);
    const links = [...new Set(hrefs(res.text).filter((h) => h.startsWith('/catalogus/')))];
    expect(links.length).toBeGreaterThan(200);
    const pages = new Map<string, string>();
    for (const link of links) {
      const [url, anchor] = link.split('#') as [string, string | undefined];
      if (!pages.has(url)) pages.set(url, (await request(app).get(url).expect(200)).text);
      if (anchor) expect(ids(pages.get(url)!).has(anchor), link).toBe(true);
    }
    // Every product of the four comparison groups is there.
    const inGroups = [...catalog.regios.values()].flatMap((r) => [...r.producten.values()].filter((p) => p.categorie && p.categorie !== 'overig').map((p) => `/catalogus/${r.id}/${p.code}`));
    for (const url of inGroups) expect(pages.has(url), url).toBe(true);
  });
});

describe('kwalificatie', () => {
  /** "A mbo-4 begeleider on the location 07:00-22:00 every day, on site within 30 minutes, 8 hours a week". */
  const facts = {
    'p.feiten.beschikbaarheid.vensters.0.dagen': 'ma,di,wo,do,vr,za,zo',
    'p.feiten.beschikbaarheid.vensters.0.van': '00:00',
    'p.feiten.beschikbaarheid.vensters.0.tot': '24:00',
    'p.feiten.beschikbaarheid.vensters.0.telefonischMinuten': '5',
    'p.feiten.beschikbaarheid.vensters.0.fysiekMinuten': '30',
    'p.feiten.rooster.diensten.0.dagen': 'ma,di,wo,do,vr,za,zo',
    'p.feiten.rooster.diensten.0.van': '07:00',
    'p.feiten.rooster.diensten.0.tot': '22:00',
    'p.feiten.rooster.diensten.0.plaats': 'locatie',
    'p.feiten.rooster.diensten.0.niveau': 'mbo4',
    'p.feiten.rooster.diensten.0.wijze': 'wakend',
    'p.feiten.rooster.diensten.0.functie': 'begeleider',
    'p.feiten.begeleiding.individueelUrenPerWeek': '8',
    actie: 'toetsen',
  };

  it('het formulier vraagt de feiten, zonder verplichte vragen', async () => {
    const res = await request(app).get('/kwalificatie').expect(200);
    expectPage(res.text);
    for (const name of Object.keys(facts).filter((n) => n !== 'actie' && !n.includes('.1.'))) expect(res.text).toContain(`name="${name}"`);
    for (const name of ['p.feiten.beschikbaarheid.vensters.0.opAfroep', 'p.feiten.rooster.diensten.0.opleidingZorgEnWelzijn', 'p.feiten.rooster.diensten.0.aanvullendGeschoold', 'p.feiten.regie.niveau', 'p.feiten.doelgroep.minimumLeeftijd']) {
      expect(res.text).toContain(`name="${name}"`);
    }
    expect(res.text).not.toContain('foutoverzicht');
  });

  it('met feiten: producten die voldoen en die niet, met de wijzigingen in gewone taal en een link naar de eis', async () => {
    const res = await request(app).post('/kwalificatie').type('form').send(facts).expect(200);
    expectPage(res.text);
    const text = textOf(res.text);
    expect(res.text).toMatch(/<span class="uitslag-label uitslag--voldoet"><span class="uitslag-symbool" aria-hidden="true">✓<\/span> Voldoet<\/span>/);
    expect(res.text).toMatch(/<span class="uitslag-label uitslag--voldoet-niet"><span class="uitslag-symbool" aria-hidden="true">✗<\/span> Voldoet niet<\/span>/);
    expect(res.text).toContain('<a href="/catalogus/gelderland-zuid/15N13#gz-15N13-beschikbaarheid-nacht">Fysiek aanwezig binnen: van 30 minuten naar 15 minuten</a>');
    // A missing night watch is added as a dienst over the window the text names.
    expect(text).toContain('ma t/m zo 22:00-07:00 op de locatie: mbo-4 (wakend, begeleider)');
    expect(text).toContain('Individuele begeleiding per week: van 8 uur naar 10 uur');
    expect(text).toContain(`van ${productCount} producten`);
    // The facts as understood, and the form filled in again to adjust them.
    expect(text).toContain('Diensten 1 dienst: ma t/m zo 07:00-22:00 op de locatie: mbo-4 (wakend, begeleider)');
    expect(res.text).toMatch(/name="p\.feiten\.beschikbaarheid\.vensters\.0\.fysiekMinuten" type="text" value="30"/);
    // Derived sums are not facts of an offer: no change names them.
    expect(text).not.toContain('omgerekend naar groepsuren: van');
    // Closest first: every "voldoet" before every "voldoet niet".
    const order = [...res.text.matchAll(/<tr role="row" class="eisen__rij uitslag--([a-z-]+)">/g)].map((m) => m[1]);
    expect(order).toHaveLength(productCount);
    expect(order.indexOf('voldoet-niet')).toBeGreaterThan(order.lastIndexOf('voldoet'));
    // ... and then by the number of changes shown.
    const shown = [...res.text.matchAll(/<tr role="row" class="eisen__rij uitslag--voldoet-niet">[\s\S]*?<\/tr>/g)].map((m) => (m[0].match(/<li>/g) ?? []).length);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(shown[0]).toBeGreaterThan(0);
    expect(text).toMatch(/\d+ verklaringen af te geven/);
  });

  it('elke link uit de uitslag naar de catalogus werkt en het anker bestaat', async () => {
    const res = await request(app).post('/kwalificatie').type('form').send(facts).expect(200);
    const pages = new Map<string, string>();
    for (const link of new Set(hrefs(res.text).filter((h) => h.startsWith('/catalogus/')))) {
      const [url, anchor] = link.split('#') as [string, string | undefined];
      if (!pages.has(url)) pages.set(url, (await request(app).get(url).expect(200)).text);
      if (anchor) expect(ids(pages.get(url)!).has(anchor), link).toBe(true);
    }
    expect(pages.size).toBe(productCount);
  });

  it('ongeldige invoer: de foutsamenvatting met links naar de velden, status 422, de invoer blijft staan', async () => {
    const res = await request(app)
      .post('/kwalificatie')
      .type('form')
      .send({ ...facts, 'p.feiten.beschikbaarheid.vensters.0.fysiekMinuten': 'een half uur', 'p.feiten.rooster.diensten.0.van': '' })
      .expect(422);
    expectPage(res.text);
    expect(res.text).toContain('<div class="foutoverzicht" id="foutoverzicht" tabindex="-1" autofocus');
    expect(res.text).toContain('<title>Fout: Waar past mijn aanbod? - Eisentoets Beschermd Wonen</title>');
    expect(res.text).toContain('href="#f-p-feiten-beschikbaarheid-vensters-0-fysiekMinuten"');
    expect(res.text).toContain('Tijdvak 1, fysiek aanwezig binnen: vul een aantal minuten in, bijvoorbeeld 15.');
    expect(res.text).toMatch(/href="#f-p-feiten-rooster-diensten-0-van">Diensten: Regel 1 van het rooster, begin van de dienst: vul een tijd in als uu:mm/);
    expect(res.text).toMatch(/id="f-p-feiten-beschikbaarheid-vensters-0-fysiekMinuten" name="p\.feiten\.beschikbaarheid\.vensters\.0\.fysiekMinuten" type="text" value="een half uur"[^>]*aria-invalid="true"/);
    expect(res.text).not.toContain('id="uitslag"');
    for (const href of hrefs(res.text).filter((h) => h.startsWith('#f-'))) expect(ids(res.text).has(href.slice(1)), href).toBe(true);
  });

  it('zonder JavaScript: "nog een medewerker" geeft een extra regel, zonder te toetsen', async () => {
    const res = await request(app).post('/kwalificatie').type('form').send({ ...facts, actie: 'rij:p.feiten.rooster.diensten' }).expect(200);
    expect(res.text).toContain('name="p.feiten.rooster.diensten.1.niveau"');
    expect(res.text).not.toContain('id="uitslag"');
    expect(res.text).toContain('formaction="/kwalificatie#f-p-feiten-rooster-diensten"');
  });

  it('de overige gegevens (team, setting, dagbesteding) staan ingeklapt, en open zodra er iets is ingevuld', async () => {
    const empty = await request(app).get('/kwalificatie').expect(200);
    expect(empty.text).toMatch(/<details class="uitklap cat-meer">\s*<summary class="uitklap__kop">Overige gegevens: team, setting, dagbesteding<\/summary>/);
    const filled = await request(app).post('/kwalificatie').type('form').send({ 'p.feiten.team.vast': 'ja', actie: 'toetsen' }).expect(200);
    expect(filled.text).toContain('<details class="uitklap cat-meer" open>');
    expect(textOf(filled.text)).toContain('Vast team ja');
  });

  it('een leeg formulier toetst ook: elk product noemt wat het vraagt', async () => {
    const res = await request(app).post('/kwalificatie').type('form').send({ actie: 'toetsen' }).expect(200);
    expect(textOf(res.text)).toContain('U hebt geen feiten ingevuld');
    expect(textOf(res.text)).toContain('Tijdvakken: van niet opgegeven naar 1 tijdvak: ma t/m zo hele dag: telefonisch binnen 5 minuten');
  });

  it('GET en POST /api/v1 blijven JSON; een te groot formulier is een pagina', async () => {
    await request(app).get('/api/v1/vergelijking').expect(200).expect('content-type', /json/);
    const api = await request(app).post('/api/v1/kwalificatie').send({ aanbod: { beschikbaarheidWijkMinuten: 30 } }).expect(200);
    expect((api.body as { resultaten: unknown[] }).resultaten).toHaveLength(productCount);
    const big = await request(app).post('/kwalificatie').type('form').send({ x: 'a'.repeat(200_000) }).expect(413);
    expect(big.headers['content-type']).toMatch(/text\/html/);
  });
});
