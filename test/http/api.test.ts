import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { validateToetsresultaat } from '../../server/contract/validate.js';
import { createApp } from '../../server/http/app.js';
import { projectRoot } from '../../server/paths.js';

const app = createApp({ catalog: loadCatalog() });
const sample = (name: string) => JSON.parse(readFileSync(path.join(projectRoot, 'samples/gelderland-zuid', name), 'utf8'));
const problemType = /^application\/problem\+json/;

let geldig: Record<string, unknown>;
beforeAll(() => {
  geldig = sample('15N13-voldoet.json');
});

describe('GET catalogus', () => {
  it("lijst de regio's met naam, document en jaar", async () => {
    const res = await request(app).get('/api/v1/regios').expect(200);
    const gz = res.body.regios.find((r: { id: string }) => r.id === 'gelderland-zuid');
    expect(gz).toMatchObject({ naam: 'Regio Gelderland Zuid', jaar: 2026, document: 'Bijlage 3 Producten Beschermd Wonen 2026 Regio Gelderland Zuid', aantalProducten: 14 });
  });

  it('lijst de producten van een regio met tarief', async () => {
    const res = await request(app).get('/api/v1/regios/gelderland-zuid/producten').expect(200);
    expect(res.body.producten).toHaveLength(14);
    expect(res.body.producten.find((p: { code: string }) => p.code === '15N13')).toMatchObject({
      naam: 'Beschermd Wonen: zwaar',
      tarief: { bedrag: 239.15, eenheid: 'etmaal' },
      schema: '/api/v1/schemas/regios/gelderland-zuid/15N13.schema.json',
    });
  });

  it('toont één product met eisen, bronnen en verklaringen', async () => {
    const res = await request(app).get('/api/v1/regios/gelderland-zuid/producten/15N13').expect(200);
    const nacht = res.body.eisen.find((e: { id: string }) => e.id === 'gz-15N13-beschikbaarheid-nacht');
    expect(nacht).toMatchObject({ ernst: 'eis', bron: { sectie: expect.stringContaining('Beschermd Wonen: zwaar') } });
    expect(nacht.bron.citaat).toContain('binnen 15 minuten');
    expect(res.body.verklaringen.length).toBeGreaterThan(0);
    expect(res.body.verklaringen[0]).toHaveProperty('tekst');
  });

  it('onbekende regio of product: 404 met een Nederlands probleemdocument', async () => {
    const res = await request(app).get('/api/v1/regios/atlantis/producten').expect(404).expect('content-type', problemType);
    expect(res.body).toMatchObject({ status: 404, title: 'Niet gevonden', detail: 'Regio "atlantis" bestaat niet in de catalogus.' });
    await request(app).get('/api/v1/regios/gelderland-zuid/producten/99X99').expect(404).expect('content-type', problemType);
    await request(app).get('/api/v1/bestaat-niet').expect(404).expect('content-type', problemType);
  });

  it('serveert de schema-bestanden, en niets daarbuiten', async () => {
    const contract = await request(app).get('/api/v1/schemas/zelfevaluatie.schema.json').expect(200).expect('content-type', /application\/schema\+json/);
    expect(contract.body.$id).toBe('https://eisentoets.nl/schemas/zelfevaluatie.schema.json');
    await request(app).get('/api/v1/schemas/regios/gelderland-zuid/15N13.schema.json').expect(200);
    await request(app).get('/api/v1/schemas/..%2Fpackage.json').expect(400);
    await request(app).get('/api/v1/schemas/../../package.json').expect(404);
  });

  it('beschrijft de API in OpenAPI 3.1', async () => {
    const res = await request(app).get('/api/v1/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.servers).toEqual([expect.objectContaining({ url: '/api/v1' })]);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/regios', '/regios/{regio}/producten/{code}', '/toetsingen']));
  });
});

describe('POST /api/v1/toetsingen', () => {
  it('antwoordt met een toetsresultaat volgens het contract', async () => {
    const res = await request(app).post('/api/v1/toetsingen').send(geldig).expect(200).expect('content-type', /application\/json/);
    expect(validateToetsresultaat(res.body), JSON.stringify(validateToetsresultaat.errors)).toBe(true);
    expect(res.body.uitslag).toBe('voldoet');
    expect(res.body.regio).toMatchObject({ id: 'gelderland-zuid', jaar: 2026 });
  });

  it('geeft per eis het verschil tussen verwacht en opgegeven', async () => {
    const bod = structuredClone(geldig) as { aanbod: Array<Record<string, unknown>> };
    (bod.aanbod[0]!.beschikbaarheid as { vensters: Array<Record<string, unknown>> }).vensters[1]!.fysiekMinuten = 30;
    const res = await request(app).post('/api/v1/toetsingen').send(bod).expect(200);
    const eisen = res.body.producten[0].eisen;
    expect(eisen.find((e: { id: string }) => e.id === 'gz-15N13-beschikbaarheid-nacht')).toMatchObject({ uitslag: 'voldoet-niet' });
    expect(res.body.uitslag).toBe('voldoet-niet');
  });

  it('onleesbare JSON: 400 met de positie', async () => {
    const res = await request(app).post('/api/v1/toetsingen').set('content-type', 'application/json').send('{"versie": "1",\n "regio": }').expect(400).expect('content-type', problemType);
    expect(res.body.title).toBe('Ongeldige JSON');
    expect(res.body.detail).toMatch(/positie \d+ \(regel 2, kolom \d+\)/);
  });

  it('te groot (5 MB): 413', async () => {
    const groot = JSON.stringify({ ...geldig, opvulling: 'x'.repeat(5 * 1024 * 1024) });
    const res = await request(app).post('/api/v1/toetsingen').set('content-type', 'application/json').send(groot).expect(413).expect('content-type', problemType);
    expect(res.body.detail).toContain('1 MB');
  });

  it('verkeerd mediatype: 415', async () => {
    const res = await request(app).post('/api/v1/toetsingen').set('content-type', 'text/plain').send('hallo').expect(415).expect('content-type', problemType);
    expect(res.body.detail).toContain('application/json');
  });

  it('verkeerde typen: 422 met elk probleem en zijn pointer', async () => {
    const bod = structuredClone(geldig) as Record<string, any>;
    bod.aanbieder.kvkNummer = '1234';
    bod.aanbod[0].bereikbaarheidMinuten = 'vijf';
    bod.onbekend = true;
    const res = await request(app).post('/api/v1/toetsingen').send(bod).expect(422).expect('content-type', problemType);
    const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/aanbieder/kvkNummer', '/aanbod/0/bereikbaarheidMinuten', '/onbekend']));
    const kvk = res.body.errors.find((e: { pointer: string }) => e.pointer === '/aanbieder/kvkNummer');
    expect(kvk.detail).toMatch(/^KvK-nummer: /);
  });

  it('onbekende regio of productcode: 422 op de plek', async () => {
    const regio = await request(app).post('/api/v1/toetsingen').send({ ...geldig, regio: 'atlantis' }).expect(422);
    expect(regio.body.errors).toEqual([{ pointer: '/regio', detail: expect.stringContaining('Onbekende regio "atlantis"') }]);
    const bod = structuredClone(geldig) as Record<string, any>;
    bod.aanbod[0].productcode = '15B01';
    const code = await request(app).post('/api/v1/toetsingen').send(bod).expect(422);
    expect(code.body.errors).toEqual([{ pointer: '/aanbod/0/productcode', detail: expect.stringContaining('15B01') }]);
  });

  it('diep geneste JSON: 4xx, geen 500', async () => {
    const diep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const res = await request(app).post('/api/v1/toetsingen').set('content-type', 'application/json').send(diep);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(problemType);
  });

  it('__proto__ en constructor als sleutel: 422, en geen vervuiling van prototypes', async () => {
    const body = `{"versie":"1","regio":"gelderland-zuid","__proto__":{"vervuild":true},"aanbieder":{"naam":"X","kvkNummer":"12345678","constructor":{"prototype":{"vervuild":true}}},"aanbod":[{"productcode":"15N13"}]}`;
    const res = await request(app).post('/api/v1/toetsingen').set('content-type', 'application/json').send(body).expect(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(expect.arrayContaining(['/__proto__', '/aanbieder/constructor']));
    expect(({} as Record<string, unknown>).vervuild).toBeUndefined();
  });

  it('multipart: bijlagen worden gehasht, alleen naam, grootte en SHA-256 blijven over', async () => {
    const bod = structuredClone(geldig) as Record<string, any>;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const soort = 'spv-bewijs';
    const res = await request(app)
      .post('/api/v1/toetsingen')
      .field('zelfevaluatie', JSON.stringify(bod))
      .attach(`bijlage[0][${soort}]`, pdf, { filename: '../../etc/bewijs.pdf', contentType: 'application/pdf' });
    // 15N13 in Gelderland Zuid vraagt geen SPV-bewijs: de soort hoort niet bij het product.
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ pointer: '/aanbod/0/bijlagen/0/soort' });
  });

  it('multipart: een bestand dat niet is wat de naam zegt, wordt geweigerd', async () => {
    const res = await request(app)
      .post('/api/v1/toetsingen')
      .field('zelfevaluatie', JSON.stringify(geldig))
      .attach('bijlage[0][spv-bewijs]', Buffer.from('dit is gewoon tekst'), { filename: 'bewijs.pdf', contentType: 'application/pdf' })
      .expect(422);
    expect(res.body.errors[0].detail).toBe('Bestand "bewijs.pdf" is geen PDF, PNG of JPEG (de inhoud is onbekend).');
  });

  it('multipart zonder deel "zelfevaluatie": 400', async () => {
    const res = await request(app).post('/api/v1/toetsingen').field('iets', 'anders').expect(400).expect('content-type', problemType);
    expect(res.body.detail).toContain('zelfevaluatie');
  });

  it('antwoordt met het PDF-rapport bij Accept: application/pdf', async () => {
    const res = await request(app).post('/api/v1/toetsingen').set('accept', 'application/pdf').send(geldig).buffer(true).expect(200).expect('content-type', 'application/pdf');
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('een ander antwoordformaat: 406', async () => {
    await request(app).post('/api/v1/toetsingen').set('accept', 'text/csv').send(geldig).expect(406).expect('content-type', problemType);
  });
});
