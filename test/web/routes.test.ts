import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { projectRoot } from '../../server/paths.js';

const app = createApp({ catalog: loadCatalog() });
const sampleText = (name: string) => readFileSync(path.join(projectRoot, 'samples', name), 'utf8');
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const hiddenJson = (html: string) => {
  const m = /name="zelfevaluatie" value="([^"]*)"/.exec(html);
  return m ? m[1]!.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : undefined;
};

describe('pagina’s', () => {
  it('de startpagina is Nederlands, met een strikte CSP en zonder inline script of stijl', async () => {
    const res = await request(app).get('/').expect(200).expect('content-type', /text\/html/);
    expect(res.text).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("style-src 'self'");
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(res.text).not.toMatch(/<style|\sstyle="/);
    expect(res.text).not.toMatch(/\son[a-z]+="/);
    for (const regio of ['gelderland-zuid', 'centraal-gelderland', 'meierij-bommelerwaard', 'regio-003']) expect(res.text).toContain(`href="/regio/${regio}/taken"`);
  });

  it('statische bestanden hebben een versie in de URL en mogen een jaar in de cache', async () => {
    const home = await request(app).get('/');
    const css = /href="(\/static\/site\.css\?v[^"]+)"/.exec(home.text)![1]!.replace('&#x3D;', '=');
    const res = await request(app).get(css).expect(200).expect('content-type', /text\/css/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await request(app).get('/static/site.js').expect(200).expect('content-type', /javascript/);
    await request(app).get('/static/bestaat-niet.css').expect(404).expect('content-type', /text\/html/);
    await request(app).get('/static/../router.ts').expect(404);
  });

  it('een onbekende regio geeft een Nederlandse HTML-pagina 404; de API houdt zijn probleemdocumenten', async () => {
    const res = await request(app).get('/regio/atlantis').set('accept', 'text/html').expect(404).expect('content-type', /text\/html/);
    expect(res.text).toContain('Pagina niet gevonden');
    await request(app).get('/api/v1/bestaat-niet').expect(404).expect('content-type', /application\/problem\+json/);
  });

  it('de toegankelijkheidsverklaring bestaat', async () => {
    const res = await request(app).get('/toegankelijkheid').expect(200);
    expect(res.text).toContain('<h1>Toegankelijkheidsverklaring</h1>');
    expect(res.text).toContain('WCAG 2.1');
  });

  it('een stap die gegevens nodig heeft, stuurt bij ophalen (GET) terug naar het formulier', async () => {
    await request(app).get('/regio/gelderland-zuid/uitslag').expect(303).expect('location', '/regio/gelderland-zuid');
  });

  it('zonder meegestuurde zelfevaluatie: een pagina die zegt opnieuw te beginnen, geen 500', async () => {
    const res = await request(app).post('/regio/gelderland-zuid/uitslag').type('form').send({ zelfevaluatie: '{kapot' }).expect(400);
    expect(res.text).toContain('Begin opnieuw');
    await request(app).post('/rapport.pdf').type('form').send({}).expect(400);
    await request(app).post('/regio/gelderland-zuid/uitslag').type('form').set('content-encoding', 'gzip').send('geen gzip').expect(400).expect('content-type', /text\/html/);
  });
});

describe('formulier → controle → uitslag, zonder browser', () => {
  it('een post van het formulier met een bijlage geeft een controlepagina met de zelfevaluatie; bijlagen alleen als hash', async () => {
    const form = await request(app)
      .post('/regio/centraal-gelderland')
      .field('volgorde', '15B03')
      .field('producten', '15B03')
      .field('aanbieder.naam', 'Stichting Test')
      .field('aanbieder.kvkNummer', '12345678')
      // Two rows of one dienst (same days and times) and a night dienst: the rows become two diensten.
      .field('p.15B03.rooster.diensten.0.dagen', 'ma,di,wo,do,vr,za,zo')
      .field('p.15B03.rooster.diensten.0.van', '7.00')
      .field('p.15B03.rooster.diensten.0.tot', '22:00')
      .field('p.15B03.rooster.diensten.0.niveau', 'hbo')
      .field('p.15B03.rooster.diensten.1.dagen', 'ma,di,wo,do,vr,za,zo')
      .field('p.15B03.rooster.diensten.1.van', '07:00')
      .field('p.15B03.rooster.diensten.1.tot', '22')
      .field('p.15B03.rooster.diensten.1.niveau', 'mbo4')
      .field('p.15B03.rooster.diensten.1.functie', 'begeleider')
      .field('p.15B03.rooster.diensten.2.dagen', 'ma,di,wo,do,vr,za,zo')
      .field('p.15B03.rooster.diensten.2.van', '22:00')
      .field('p.15B03.rooster.diensten.2.tot', '07:00')
      .field('p.15B03.rooster.diensten.2.niveau', 'mbo4')
      .field('p.15B03.rooster.diensten.2.wijze', 'slapend')
      .field('p.15B03.regie.niveau', 'hbo')
      .field('p.15B03.team.vast', 'ja')
      .field('p.15B03.team.spv', 'ja')
      .field('p.15B03.begeleiding.contactmomentenPerWeek', '3,5')
      .field('p.15B03.verklaringen', 'geen-uitsluitingscriteria')
      .attach('bijlage[0][spv-bewijs]', pdf, { filename: 'spv.pdf', contentType: 'application/pdf' })
      .expect(200);
    expect(form.text).toContain('Controleer uw antwoorden');
    const z = JSON.parse(hiddenJson(form.text)!) as { aanbod: Array<Record<string, unknown>> };
    const item = z.aanbod[0]!;
    expect(item.begeleiding).toEqual({ contactmomentenPerWeek: 3.5 });
    const alle = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
    expect(item.rooster).toEqual({
      diensten: [
        { dagen: alle, van: '07:00', tot: '22:00', medewerkers: [{ niveau: 'hbo' }, { niveau: 'mbo4', functie: 'begeleider' }] },
        { dagen: alle, van: '22:00', tot: '07:00', overMiddernacht: true, medewerkers: [{ niveau: 'mbo4', wijze: 'slapend' }] },
      ],
    });
    expect((item.verklaringen as Record<string, boolean>)['geen-uitsluitingscriteria']).toBe(true);
    expect(Object.values(item.verklaringen as Record<string, boolean>).filter((v) => !v).length).toBeGreaterThan(0);
    expect(item.bijlagen).toEqual([{ soort: 'spv-bewijs', bestandsnaam: 'spv.pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), grootte: pdf.length, mediatype: 'application/pdf' }]);

    const result = await request(app).post('/regio/centraal-gelderland/uitslag').type('form').send({ zelfevaluatie: JSON.stringify(z) }).expect(200);
    expect(result.text).toMatch(/<h1 class="uitslag-kop">Uitslag: voldoet( niet)?<\/h1>/);
    expect(result.text).toContain('spv.pdf');
  });

  it('het formulier en de JSON-API geven hetzelfde toetsresultaat voor dezelfde feiten', async () => {
    const sample = sampleText('gelderland-zuid/bod-zorggroep-de-linde.json');
    const page = await request(app).post('/regio/gelderland-zuid/uitslag').type('form').send({ zelfevaluatie: sample }).expect(200);
    const id = /name="id" value="([^"]+)"/.exec(page.text)![1]!;
    const getoetstOp = /name="getoetstOp" value="([^"]+)"/.exec(page.text)![1]!;
    const json = await request(app).post('/zelfevaluatie.json').type('form').send({ zelfevaluatie: hiddenJson(page.text), id, getoetstOp }).expect(200);
    expect(json.headers['content-disposition']).toMatch(/^attachment; filename="zelfevaluatie-gelderland-zuid-\d{8}\.json"$/);
    const viaApi = await request(app).post('/api/v1/toetsingen').send(JSON.parse(json.text)).expect(200);
    expect(page.text).toContain(viaApi.body.invoerSha256);
    for (const p of viaApi.body.producten as Array<{ productcode: string; eisen: Array<{ titel: string }>; afgeleid?: Array<{ label: string; uitleg: string }> }>) {
      expect(page.text).toContain(`id="uitslag-${p.productcode}"`);
      // How each derived fact was found, as the API gives it.
      for (const f of p.afgeleid ?? []) expect(page.text).toContain(`<dd class="overzicht__waarde">${escapeHtml(f.uitleg)}`);
    }
    const pdfRes = await request(app).post('/rapport.pdf').type('form').send({ zelfevaluatie: hiddenJson(page.text), id, getoetstOp }).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200).expect('content-type', 'application/pdf');
    expect(pdfRes.headers['content-disposition']).toBe(`attachment; filename="toetsrapport-gelderland-zuid-${id}.pdf"`);
    expect((pdfRes.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('een te groot bestand wordt bij het veld gemeld; de rest van de invoer blijft staan', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const res = await request(app)
      .post('/regio/centraal-gelderland')
      .field('volgorde', '15B03')
      .field('producten', '15B03')
      .field('aanbieder.naam', 'Stichting Blijft Staan')
      .attach('bijlage[0][spv-bewijs]', big, { filename: 'groot.pdf', contentType: 'application/pdf' })
      .expect(422);
    expect(res.text).toContain('Het bestand &quot;groot.pdf&quot; is groter dan 10 MB.');
    expect(res.text).toContain('value="Stichting Blijft Staan"');
  });

  it('een JSON die geen zelfevaluatie is, geeft een fout bij het uploadveld op de startpagina', async () => {
    const res = await request(app).post('/inlezen').attach('bestand', Buffer.from('geen json'), { filename: 'oud.json', contentType: 'application/json' }).expect(422);
    expect(res.text).toContain('foutoverzicht');
    expect(res.text).toContain('Het bestand &quot;oud.json&quot; is geen leesbare zelfevaluatie');
    expect(res.text).toContain('aria-invalid="true"');
  });

  it('een ingelezen zelfevaluatie met fouten vult het formulier en toont de fouten bij de velden', async () => {
    const z = JSON.parse(sampleText('gelderland-zuid/15N13-voldoet.json')) as { aanbieder: Record<string, string>; aanbod: Array<Record<string, unknown>> };
    z.aanbieder.kvkNummer = '123';
    (z.aanbod[0]!.beschikbaarheid as { vensters: Array<Record<string, unknown>> }).vensters[0]!.telefonischMinuten = -5;
    const res = await request(app).post('/inlezen').attach('bestand', Buffer.from(JSON.stringify(z)), { filename: 'z.json', contentType: 'application/json' }).expect(422);
    expect(res.text).toContain('href="#f-aanbieder-kvkNummer"');
    expect(res.text).toContain('href="#f-p-15N13-beschikbaarheid-vensters-0-telefonischMinuten"');
    expect(res.text).toContain('value="123"');
    expect(res.text).toContain('value="-5"');
  });
});

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/`/g, '&#x60;').replace(/=/g, '&#x3D;');
}
