import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { startServer, type TestServer } from '../fuzz/server.js';

/**
 * Regressions found by the fuzz tests (test/fuzz/): bodies that gave a 500 or kept the event loop
 * busy for seconds to minutes. Each must be a quick 4xx problem document.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer(loadCatalog());
});
afterAll(() => server.close());

const problemType = /^application\/problem\+json/;
const bid = (aanbod: unknown[]) => ({ versie: '2', regio: 'gelderland-zuid', aanbieder: { naam: 'Zorggroep De Linde', kvkNummer: '12345678' }, aanbod });
const geldig = JSON.stringify(bid([{ productcode: '15N13' }]));

/** Well above what a 4xx for 1 MB needs, well below what quadratic work on it takes. */

/** Raw bytes as sent (supertest would serialise a Buffer as JSON). */
async function post(body: Buffer | string, headers: Record<string, string> = {}) {
  const answer = await server.post('/api/v1/toetsingen', Buffer.from(body), { 'content-type': 'application/json', accept: 'application/json', ...headers });
  return { ...answer, body: answer.contentType.includes('json') ? (JSON.parse(answer.text) as { errors?: unknown[] }) : {} };
}

describe('gecomprimeerde bodies', () => {
  it('een correct gzip-bestand wordt gelezen', async () => {
    const res = await post(gzipSync(geldig), { 'content-encoding': 'gzip' });
    expect(res.status).toBe(200);
  });

  it.each([
    ['gzip', Buffer.from(geldig)],
    ['gzip', gzipSync(geldig).subarray(0, 20)],
    ['deflate', Buffer.from(geldig)],
    ['br', gzipSync(geldig)],
    ['gzip', brotliCompressSync(geldig)],
  ])('Content-Encoding %s die niet te ontpakken is: 400 met een probleemdocument, geen 500', async (encoding, body) => {
    const res = await post(body, { 'content-encoding': encoding });
    expect(res.status).toBe(400);
    expect(res.contentType).toMatch(problemType);
  });
});

describe('veel fouten in één body', () => {
  it('70 000 ongeldige verklaringen (140 000 schemafouten): 422, geen 500', { timeout: 120_000 }, async () => {
    const verklaringen = Object.fromEntries(Array.from({ length: 70_000 }, (_, i) => [`K${i}`, 'x']));
    const res = await post(JSON.stringify(bid([{ productcode: '15N13', verklaringen }])));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ pointer: '/aanbod/0/verklaringen', detail: expect.stringContaining('meer dan 200 sleutels') }]);
  });

  it('30 000 onbekende verklaringen: 422 op de plek', { timeout: 120_000 }, async () => {
    const verklaringen = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`k${i.toString(36)}`, true]));
    const res = await post(JSON.stringify(bid([{ productcode: '15N13', verklaringen }])));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ pointer: '/aanbod/0/verklaringen', detail: expect.stringContaining('meer dan 200 sleutels') }]);
  });

  it('40 000 lege aanbod-items: 422 bij de te lange lijst', { timeout: 120_000 }, async () => {
    const res = await post(JSON.stringify(bid(Array.from({ length: 40_000 }, () => ({})))));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ pointer: '/aanbod', detail: expect.stringContaining('meer dan 200 items') }]);
  });

  it('40 000 lege medewerkers in één dagdeel: 422 bij de te lange lijst', { timeout: 120_000 }, async () => {
    const res = await post(JSON.stringify(bid([{ productcode: '15N13', rooster: { diensten: Array.from({ length: 40_000 }, () => ({})) } }])));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ pointer: '/aanbod/0/rooster/diensten', detail: expect.stringContaining('meer dan 200 items') }]);
  });
});
