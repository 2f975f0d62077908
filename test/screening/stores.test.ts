import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/http/app.js';
import { openDatabase, type Db } from '../../server/screening/db.js';
import { ScreeningStore } from '../../server/screening/store.js';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import { PASSWORD, asFile, attachAll, bid, binary, createRound, csrfFrom, fiftyBids, kvk, login, regionCatalog, seedUsers } from './helpers.js';

/**
 * The same behaviour on both stores: SQLite always, PostgreSQL when one can be started here (or
 * EISENTOETS_TEST_DATABASE_URL names one). What a user sees through the API and the pages, and two app instances
 * on one database that behave as one.
 */
const postgres: TestPostgres | undefined = await startTestPostgres();
afterAll(() => postgres?.stop());

const stores: Array<[string, () => Promise<string>]> = [
  ['SQLite', async () => path.join(mkdtempSync(path.join(os.tmpdir(), 'eisentoets-stores-')), 'eisentoets.sqlite')],
  ...(postgres ? [['PostgreSQL', () => postgres.database()] as [string, () => Promise<string>]] : []),
];

it('PostgreSQL is er in CI: de tests hieronder lopen op beide stores', () => {
  if (process.env.CI) expect(stores.map(([naam]) => naam)).toEqual(['SQLite', 'PostgreSQL']);
  expect(stores.length).toBeGreaterThanOrEqual(1);
});

describe.each(stores)('%s', (_naam, target) => {
  let location: string;
  let db: Db;
  let other: Db;
  let first: Express;
  let second: Express;

  beforeAll(async () => {
    process.env.EISENTOETS_LOGIN_LIMIT = '0';
    location = await target();
    db = await openDatabase(location);
    await seedUsers(new ScreeningStore(db));
    // A second instance: its own connection(s) to the same database.
    other = await openDatabase(location);
    const catalog = regionCatalog();
    first = createApp({ catalog, database: db });
    second = createApp({ catalog, database: other });
  });
  afterAll(async () => {
    await db.close();
    await other.close();
  });

  it('een upload met ongeldige bestanden: alles bewaard, telling en matrix kloppen', async () => {
    const a = await login(first);
    const id = await createRound(a);
    const { files, invalid, duplicateKvk } = fiftyBids();
    const res = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), files).expect(201);
    expect(res.body).toMatchObject({ ontvangen: 50, geldig: 44, ongeldig: 6, dubbel: 1 });
    const matrix = (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body;
    expect(matrix.ongeldig.map((o: { bestandsnaam: string }) => o.bestandsnaam).sort()).toEqual([...invalid].sort());
    const rondes = (await a.agent.get('/api/v1/screeningsrondes').expect(200)).body.screeningsrondes;
    expect(rondes.find((r: { id: string }) => r.id === id).telling).toEqual({ inschrijvingen: 50, geldig: 44, voldoet: expect.any(Number) });
    // The latest bid of a KvK number counts.
    const ofKvk = res.body.inschrijvingen.filter((b: { aanbieder?: { kvkNummer?: string } }) => b.aanbieder?.kvkNummer === duplicateKvk);
    expect(ofKvk.map((b: { telt: boolean }) => b.telt)).toEqual([false, true]);
    // The file comes back byte for byte.
    const stored = res.body.inschrijvingen[0];
    const file = await a.agent.get(`/api/v1/screeningsrondes/${id}/inschrijvingen/${stored.id}/bestand`).buffer(true).parse(binary).expect(200);
    expect(Buffer.from(file.body as Buffer).equals(files[0]!.inhoud)).toBe(true);
    // The same files again are recognised, not stored twice.
    const again = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), files.slice(0, 3)).expect(201);
    expect(again.body).toMatchObject({ ontvangen: 3, alOntvangen: [{ volgnummer: 1 }, { volgnummer: 2 }, { volgnummer: 3 }] });
    // Undo the upload: its bids go, the round is as it was.
    const uploads = (await a.agent.get(`/api/v1/screeningsrondes/${id}/uploads`).expect(200)).body.uploads;
    expect(uploads).toEqual([expect.objectContaining({ nr: 1, inschrijvingen: 50, geuploadDoor: 'inkoper@gz.example' })]);
    await a.agent.delete(`/api/v1/screeningsrondes/${id}/uploads/1`).set('X-CSRF-Token', a.csrf).expect(204);
    expect((await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body.ongeldig).toEqual([]);
  });

  it('een upload die halverwege mislukt laat niets achter (alles of niets)', async () => {
    const a = await login(first);
    const id = await createRound(a, 'Mislukte upload');
    // The 3rd bid of this round cannot be stored: the whole upload is rolled back.
    if (db.dialect === 'postgres') {
      await db.run(`CREATE FUNCTION storing() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'storing'; END $$`);
      await db.run(`CREATE TRIGGER storing BEFORE INSERT ON inschrijving FOR EACH ROW WHEN (NEW.volgnummer = 3) EXECUTE FUNCTION storing()`);
    } else {
      await db.run(`CREATE TRIGGER storing BEFORE INSERT ON inschrijving WHEN NEW.volgnummer = 3 BEGIN SELECT RAISE(ABORT, 'storing'); END`);
    }
    try {
      const files = [0, 1, 2, 3].map((i) => asFile(`b${i}.json`, bid(200 + i)));
      const res = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), files).expect(500);
      expect(res.body.detail).toMatch(/niet opgeslagen|opnieuw/);
    } finally {
      await db.run(db.dialect === 'postgres' ? 'DROP TRIGGER storing ON inschrijving' : 'DROP TRIGGER storing');
    }
    const matrix = (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body;
    expect([...matrix.inschrijvers, ...matrix.ongeldig]).toHaveLength(0);
    expect((await a.agent.get(`/api/v1/screeningsrondes/${id}/uploads`).expect(200)).body.uploads).toEqual([]);
    // After the failure the round takes uploads again, numbered from 1.
    const ok = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [asFile('b.json', bid(210))]).expect(201);
    expect(ok.body.inschrijvingen[0].volgnummer).toBe(1);
  });

  it('ingelogd op de ene instantie, het volgende verzoek op de andere: dezelfde sessie en CSRF-token', async () => {
    // The e-mail address is found whatever its case.
    const a = await login(first, 'INKOPER@gz.example');
    const cookie = (await a.agent.get('/inkoop').expect(200)).request.cookies;
    const viaSecond = request(second);
    const res = await viaSecond.post('/api/v1/screeningsrondes').set('Cookie', cookie).set('X-CSRF-Token', a.csrf).send({ naam: 'Op de tweede', regio: 'gelderland-zuid', sluitingsdatum: `${new Date().getUTCFullYear() + 1}-12-01` }).expect(201);
    const onFirst = (await a.agent.get('/api/v1/screeningsrondes').expect(200)).body.screeningsrondes;
    expect(onFirst.map((r: { naam: string }) => r.naam)).toContain('Op de tweede');
    // Log out on the second: the first refuses the session too.
    const page = await viaSecond.get('/inkoop').set('Cookie', cookie).expect(200);
    await viaSecond.post('/inkoop/uitloggen').set('Cookie', cookie).type('form').send({ _csrf: csrfFrom(page.text) }).expect(303);
    await a.agent.get('/api/v1/screeningsrondes').expect(401);
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('beoordeling, notitie en logboek: vastgelegd op de ene, te zien op de andere', async () => {
    const a = await login(first);
    const c = await login(second, 'collega@gz.example');
    const id = await createRound(a, 'Beoordeling');
    const up = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [asFile('b.json', bid(300))]).expect(201);
    const b = up.body.inschrijvingen[0];
    const url = `/api/v1/screeningsrondes/${id}/inschrijvingen/${b.id}`;
    await a.agent.put(`${url}/beoordeling`).set('X-CSRF-Token', a.csrf).send({ status: 'verduidelijking-gevraagd', reden: 'Rooster ontbreekt.' }).expect(200);
    await c.agent.post(`${url}/beoordeling/bevestiging`).set('X-CSRF-Token', c.csrf).expect(200);
    await c.agent.post(`${url}/notities`).set('X-CSRF-Token', c.csrf).send({ tekst: 'Nagebeld.' }).expect(201);
    const seen = (await a.agent.get(url).expect(200)).body;
    expect(seen.beoordeling).toMatchObject({ status: 'verduidelijking-gevraagd', door: 'inkoper@gz.example', bevestigdDoor: 'collega@gz.example' });
    expect(seen.notities).toEqual([expect.objectContaining({ tekst: 'Nagebeld.', door: 'collega@gz.example', eisId: null })]);
    const log = (await a.agent.get('/inkoop/logboek').expect(200)).text;
    for (const actie of ['Beoordeling bevestigd (vier ogen)', 'Notitie toegevoegd', 'Inschrijvingen toegevoegd']) expect(log).toContain(actie);
    // Counting: choose the earlier of two bids of one KvK number; the choice holds on the other instance.
    const two = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [asFile('c.json', bid(300 + 1)), asFile('d.json', { ...bid(301), aanbieder: { naam: 'Herzien', kvkNummer: kvk(301) } })]).expect(201);
    const [earlier] = two.body.inschrijvingen;
    await c.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen/${earlier.id}/telt`).set('X-CSRF-Token', c.csrf).expect(200);
    expect((await a.agent.get(`/api/v1/screeningsrondes/${id}/inschrijvingen/${earlier.id}`).expect(200)).body.telt).toBe(true);
    await a.agent.delete(`/api/v1/screeningsrondes/${id}`).set('X-CSRF-Token', a.csrf).expect(204);
    await c.agent.get(`/api/v1/screeningsrondes/${id}`).expect(404);
  });

  it('de inloglimiet telt over beide instanties samen', async () => {
    process.env.EISENTOETS_LOGIN_LIMIT = '3';
    const catalog = regionCatalog();
    const limitedA = createApp({ catalog, database: db });
    const limitedB = createApp({ catalog, database: other });
    // Build both routers (and so their limiters) while the limit is 3.
    await request(limitedA).get('/inkoop/inloggen').expect(200);
    await request(limitedB).get('/inkoop/inloggen').expect(200);
    process.env.EISENTOETS_LOGIN_LIMIT = '0';
    const attempt = async (app: Express) => {
      const agent = request.agent(app);
      const page = await agent.get('/inkoop/inloggen');
      return agent.post('/inkoop/inloggen').type('form').send({ _csrf: csrfFrom(page.text), email: 'inkoper@gz.example', wachtwoord: 'fout-wachtwoord-123' });
    };
    expect((await attempt(limitedA)).status).toBe(401);
    expect((await attempt(limitedB)).status).toBe(401);
    expect((await attempt(limitedA)).status).toBe(401);
    const fourth = await attempt(limitedB);
    expect(fourth.status).toBe(429);
    expect(fourth.text).toContain('Te veel');
    // The right password is refused too until the minute is over: the limit is on the address, not the answer.
    const agent = request.agent(limitedA);
    const page = await agent.get('/inkoop/inloggen');
    await agent.post('/inkoop/inloggen').type('form').send({ _csrf: csrfFrom(page.text), email: 'inkoper@gz.example', wachtwoord: PASSWORD }).expect(429);
  });
});
