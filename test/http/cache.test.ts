import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';

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
