import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { fixtureRegion } from '../helpers/fixture-region.js';

const catalog = loadCatalog(fixtureRegion().root);

describe('beveiligingskoppen', () => {
  it('strikte CSP zonder inline script of stijl, nosniff, geen frames, geen referrer', async () => {
    const res = await request(createApp({ catalog })).get('/api/v1/regios').expect(200);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('een probleemdocument noemt het requestId, zodat een melding terug te vinden is', async () => {
    const res = await request(createApp({ catalog })).get('/api/v1/niets').expect(404);
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });
});

describe('gezondheid', () => {
  it('/healthz en /readyz zijn 200 als alles goed is', async () => {
    const app = createApp({ catalog });
    await request(app).get('/healthz').expect(200, { status: 'ok' });
    await request(app).get('/readyz').expect(200);
  });

  it('/readyz is 503 als een onderdeel (bijvoorbeeld de database) niet antwoordt', async () => {
    const app = createApp({ catalog, readiness: [() => { throw new Error('database weg'); }] });
    const res = await request(app).get('/readyz').expect(503).expect('content-type', /problem\+json/);
    expect(res.body.title).toBe('Niet gereed');
  });
});

describe('snelheidsbegrenzing', () => {
  it('te veel verzoeken: 429 met een Nederlands probleemdocument', async () => {
    process.env.EISENTOETS_API_LIMIT = '3';
    try {
      const app = createApp({ catalog });
      for (let i = 0; i < 3; i++) await request(app).get('/api/v1/regios').expect(200);
      const res = await request(app).get('/api/v1/regios').expect(429).expect('content-type', /problem\+json/);
      expect(res.body).toMatchObject({ status: 429, title: 'Te veel verzoeken' });
      expect(res.headers.ratelimit).toBeDefined();
    } finally {
      delete process.env.EISENTOETS_API_LIMIT;
    }
  });
});
