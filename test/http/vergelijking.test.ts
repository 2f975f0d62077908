import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';

const app = createApp({ catalog: loadCatalog() });

describe('GET /api/v1/vergelijking', () => {
  it('geeft onderwerpen en groepen met cellen per product', async () => {
    const res = await request(app).get('/api/v1/vergelijking').expect(200);
    expect(res.body.onderwerpen.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining(['bereikbaarheid', 'beschikbaarheid', 'afroep', 'bezetting']));
    const producten = res.body.groepen.flatMap((g: { producten: unknown[] }) => g.producten);
    const bwZwaar = producten.find((p: { regio: string; code: string }) => p.regio === 'gelderland-zuid' && p.code === '15N13');
    expect(bwZwaar.cellen.beschikbaarheid[0]).toMatchObject({ getallen: { maximum: 15 }, tekst: 'ma t/m zo 22:00-07:00: ten hoogste 15 minuten' });
  });
});

describe('POST /api/v1/kwalificatie', () => {
  it('toetst één aanbod zonder productcode aan elk product van elke regio', async () => {
    const res = await request(app)
      .post('/api/v1/kwalificatie')
      .send({ aanbod: { beschikbaarheid: { vensters: [{ dagen: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], van: '00:00', tot: '24:00', telefonischMinuten: 5, fysiekMinuten: 30 }] }, begeleiding: { individueelUrenPerWeek: 8 } } })
      .expect(200);
    const bwZwaar = res.body.resultaten.find((r: { regio: string; productcode: string }) => r.regio === 'gelderland-zuid' && r.productcode === '15N13');
    expect(bwZwaar).toMatchObject({ naam: 'Beschermd Wonen: zwaar', uitslag: 'voldoet-niet' });
    expect(bwZwaar.wijzigingen).toContainEqual({ pointer: '/beschikbaarheid/vensters/0/fysiekMinuten', van: 30, naar: 15, eisId: 'gz-15N13-beschikbaarheid-nacht' });
    expect(res.body.resultaten[0].uitslag).toBe('voldoet');
  });

  it('een aanbod met productcode of een verkeerd type: 422 met pointers', async () => {
    const res = await request(app).post('/api/v1/kwalificatie').send({ aanbod: { productcode: '15N13', beschikbaarheidWijkMinuten: 'vijf' }, extra: 1 }).expect(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/aanbod/beschikbaarheidWijkMinuten', '/aanbod/productcode', '/extra']);
    expect(res.body.errors.find((e: { pointer: string }) => e.pointer === '/aanbod/beschikbaarheidWijkMinuten').detail).toMatch(/^fysieke beschikbaarheid in de wijk: /);
  });

  it('een dienst die eindigt vóór hij begint: 422 op die plek', async () => {
    const dienst = { dagen: ['ma'], van: '15:00', tot: '07:00', medewerkers: [] };
    const res = await request(app).post('/api/v1/kwalificatie').send({ aanbod: { rooster: { diensten: [dienst] } } }).expect(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/aanbod/rooster/diensten/0/tot']);
  });

  it('zonder aanbod: 422; geen JSON: 400', async () => {
    await request(app).post('/api/v1/kwalificatie').send({}).expect(422);
    await request(app).post('/api/v1/kwalificatie').set('content-type', 'application/json').send('{').expect(400);
  });
});
