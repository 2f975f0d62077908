import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { projectRoot } from '../../server/paths.js';

const app = createApp({ catalog: loadCatalog() });

describe('catalogus: ETag en 304 Not Modified', () => {
  const paden = [
    '/api/v1/regios',
    '/api/v1/regios/gelderland-zuid',
    '/api/v1/regios/gelderland-zuid/producten',
    '/api/v1/regios/gelderland-zuid/producten/15N13',
    '/api/v1/vergelijking',
    '/api/v1/openapi.json',
    '/api/v1/schemas/zelfevaluatie.schema.json',
    '/api/v1/schemas/regios/gelderland-zuid/15N13.schema.json',
  ];

  it.each(paden)('%s: dezelfde ETag bij elk antwoord, 304 zonder inhoud als de client die al heeft', async (pad) => {
    const eerste = await request(app).get(pad).expect(200);
    const etag = eerste.headers.etag as string;
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
    const tweede = await request(app).get(pad).expect(200);
    expect(tweede.headers.etag).toBe(etag);
    expect(tweede.text).toBe(eerste.text);

    const nietGewijzigd = await request(app).get(pad).set('If-None-Match', etag).expect(304);
    expect(nietGewijzigd.text).toBe('');
    expect(nietGewijzigd.headers.etag).toBe(etag);
    await request(app).get(pad).set('If-None-Match', `W/"${'0'.repeat(32)}", "oud"`).expect(200);
  });

  it('andere regio of product: een andere ETag; onbekend blijft 404', async () => {
    const a = await request(app).get('/api/v1/regios/gelderland-zuid/producten/15N13').expect(200);
    const b = await request(app).get('/api/v1/regios/gelderland-zuid/producten/15N12').expect(200);
    expect(a.headers.etag).not.toBe(b.headers.etag);
    expect(b.body.code).toBe('15N12');
    await request(app).get('/api/v1/regios/atlantis').set('If-None-Match', a.headers.etag as string).expect(404);
  });
});

describe('compressie van HTML- en JSON-antwoorden boven 1 kB', () => {
  const bod = JSON.parse(readFileSync(path.join(projectRoot, 'samples/gelderland-zuid/bod-zorggroep-de-linde.json'), 'utf8'));
  const zonderMoment = (r: Record<string, unknown>) => ({ ...r, id: undefined, getoetstOp: undefined });

  it('een toetsresultaat gaat gzip over de lijn als de client dat aanvaardt, met dezelfde inhoud', async () => {
    const gewoon = await request(app).post('/api/v1/toetsingen').set('Accept-Encoding', 'identity').send(bod).expect(200);
    expect(gewoon.headers['content-encoding']).toBeUndefined();
    expect(Number(gewoon.headers['content-length'])).toBe(Buffer.byteLength(gewoon.text));

    const gzip = await request(app).post('/api/v1/toetsingen').set('Accept-Encoding', 'gzip').send(bod).expect(200).expect('content-type', /^application\/json/);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zonderMoment(gzip.body)).toEqual(zonderMoment(gewoon.body));
    expect(gzip.body.samenvatting.eisen).toBeGreaterThan(50);
  });

  it('HTML-pagina gzip; een klein antwoord (onder 1 kB) en een PDF niet', async () => {
    const pagina = await request(app).get('/').set('Accept-Encoding', 'gzip').expect(200).expect('content-type', /^text\/html/);
    expect(pagina.headers['content-encoding']).toBe('gzip');
    expect(pagina.text).toContain('<html');

    const klein = await request(app).get('/healthz').set('Accept-Encoding', 'gzip').expect(200);
    expect(klein.headers['content-encoding']).toBeUndefined();
    expect(klein.body).toEqual({ status: 'ok' });

    const een = JSON.parse(readFileSync(path.join(projectRoot, 'samples/gelderland-zuid/15N13-voldoet.json'), 'utf8'));
    const pdf = await request(app).post('/api/v1/toetsingen').set('Accept', 'application/pdf').set('Accept-Encoding', 'gzip').send(een).expect(200).expect('content-type', 'application/pdf');
    expect(pdf.headers['content-encoding']).toBeUndefined();
  });

  it('304 blijft werken als de client gzip aanvaardt', async () => {
    const eerste = await request(app).get('/api/v1/openapi.json').set('Accept-Encoding', 'gzip').expect(200);
    expect(eerste.headers['content-encoding']).toBe('gzip');
    await request(app).get('/api/v1/openapi.json').set('Accept-Encoding', 'gzip').set('If-None-Match', eerste.headers.etag as string).expect(304);
  });
});
