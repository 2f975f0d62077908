import { createHash } from 'node:crypto';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { fixtureRegion } from '../helpers/fixture-region.js';

const app = createApp({ catalog: loadCatalog(fixtureRegion().root) });
const bod = {
  versie: '1',
  regio: 'testregio',
  aanbieder: { naam: 'Test', kvkNummer: '12345678' },
  aanbod: [{ productcode: 'T1', beschikbaarheidMinuten: 10, bezetting: { nacht: [{ niveau: 'hbo', wijze: 'wakend' }] }, verklaringen: { herstelplan: true } }],
};
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f00000000049454e44ae426082', 'hex');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('multipart-toetsing met bijlagen', () => {
  it('neemt naam, grootte, SHA-256 en het uit de inhoud bepaalde type over; het bestand zelf niet', async () => {
    const res = await request(app)
      .post('/api/v1/toetsingen')
      .field('zelfevaluatie', JSON.stringify(bod))
      .attach('bijlage[0][spv-bewijs]', pdf, { filename: '../../geheim/spv bewijs.pdf', contentType: 'application/octet-stream' })
      .expect(200);
    expect(res.body.producten[0].bijlagen).toEqual([
      { soort: 'spv-bewijs', bestandsnaam: 'spv bewijs.pdf', sha256: sha(pdf), grootte: pdf.length, mediatype: 'application/pdf' },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('%PDF');
  });

  it('bepaalt het type uit de inhoud, niet uit de naam', async () => {
    const res = await request(app)
      .post('/api/v1/toetsingen')
      .field('zelfevaluatie', JSON.stringify(bod))
      .attach('bijlage[0][spv-bewijs]', png, { filename: 'bewijs.pdf', contentType: 'application/pdf' })
      .expect(200);
    expect(res.body.producten[0].bijlagen[0].mediatype).toBe('image/png');
  });

  it('een bijlage voor een aanbod-item dat niet bestaat: 422', async () => {
    const res = await request(app)
      .post('/api/v1/toetsingen')
      .field('zelfevaluatie', JSON.stringify(bod))
      .attach('bijlage[3][spv-bewijs]', pdf, 'x.pdf')
      .expect(422);
    expect(res.body.errors).toEqual([{ pointer: '/aanbod/3', detail: 'Bijlage voor aanbod-item 3, maar dat item bestaat niet.' }]);
  });

  it('te groot bestand: 413', async () => {
    const groot = Buffer.concat([pdf, Buffer.alloc(11 * 1024 * 1024)]);
    const res = await request(app).post('/api/v1/toetsingen').field('zelfevaluatie', JSON.stringify(bod)).attach('bijlage[0][spv-bewijs]', groot, 'groot.pdf');
    expect(res.status).toBe(413);
    expect(res.body.detail).toBe('Een bijlage is groter dan 10 MB.');
  });

  it('te veel bestanden: 413', async () => {
    let req = request(app).post('/api/v1/toetsingen').field('zelfevaluatie', JSON.stringify(bod));
    for (let i = 0; i < 21; i++) req = req.attach('bijlage[0][spv-bewijs]', pdf, `b${i}.pdf`);
    const res = await req;
    expect(res.status).toBe(413);
    expect(res.body.detail).toBe('Meer dan 20 bijlagen in één verzoek.');
  });

  it('een onbekend deel: 400', async () => {
    const res = await request(app).post('/api/v1/toetsingen').field('zelfevaluatie', JSON.stringify(bod)).attach('bestand', pdf, 'x.pdf').expect(400);
    expect(res.body.detail).toContain('Onbekend deel "bestand"');
  });
});
