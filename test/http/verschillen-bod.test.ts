import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { projectRoot } from '../../server/paths.js';
import { twoYears } from '../helpers/two-years.js';

/** POST /api/v1/regios/{regio}/verschillen/bod: a saved zelfevaluatie against another catalog year (as `catalogus verschil --bod`). */

const app = createApp({ catalog: loadCatalog(twoYears()) });
const bod = JSON.parse(readFileSync(path.join(projectRoot, 'samples/gelderland-zuid/15N13-voldoet.json'), 'utf8'));
const url = '/api/v1/regios/gelderland-zuid/verschillen/bod';

describe('mijn zelfevaluatie tegen het volgende jaar, via de API', () => {
  it('noemt de uitslagen die veranderen, met het advies van de nieuwe toets, naast de verschillen van de catalogus', async () => {
    const res = await request(app).post(`${url}?van=2026&naar=2027`).send({ ...bod, jaar: 2026 }).expect(200);
    expect(res.body.van.jaar).toBe(2026);
    expect(res.body.naar.jaar).toBe(2027);
    expect(res.body.tarieven).toHaveLength(1);
    expect(res.body.bod).toHaveLength(2);
    const nacht = res.body.bod.find((e: { id: string }) => e.id === 'gz-15N13-beschikbaarheid-nacht');
    expect(nacht).toMatchObject({ product: '15N13', van: 'voldoet', naar: 'voldoet-niet' });
    expect(nacht.advies).toMatch(/5 minuten/);
    expect(res.body.bod.find((e: { id: string }) => e.id === 'gz-15N13-spv-2027')).toMatchObject({ van: null, naar: 'voldoet' });
    // Same year on both sides: nothing changes.
    const zelfde = await request(app).post(`${url}?van=2027&naar=2027`).send(bod).expect(200);
    expect(zelfde.body.bod).toEqual([]);
  });

  it('ongeldige invoer is een 422 met pointer; een andere regio, geen JSON of een onbekend jaar een duidelijke fout', async () => {
    const fout = await request(app).post(`${url}?van=2026&naar=2027`).send({ ...bod, aanbieder: { ...bod.aanbieder, kvkNummer: '12' } }).expect(422);
    expect(fout.body.errors[0].pointer).toBe('/aanbieder/kvkNummer');
    const regio = await request(app).post(`${url}?van=2026&naar=2027`).send({ ...bod, regio: 'regio-003' }).expect(422);
    expect(regio.body.errors).toEqual([{ pointer: '/regio', detail: expect.stringContaining('gebruik /regios/regio-003/verschillen/bod') }]);
    await request(app).post(`${url}?van=2026&naar=2027`).set('content-type', 'text/plain').send('x').expect(415);
    const jaar = await request(app).post(`${url}?van=2025&naar=2027`).send(bod).expect(404);
    expect(jaar.body.detail).toContain('geen catalogus voor 2025');
    await request(app).post(`${url}?van=2026&naar=2027`).set('content-type', 'application/json').send('{"regio": ').expect(400);
  });
});
