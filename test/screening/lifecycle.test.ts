import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';
import { Auth, hashPassword } from '../../server/screening/auth.js';
import { backupDatabase, migrate, openDatabase, type SqliteDb } from '../../server/screening/db.js';
import { ScreeningStore } from '../../server/screening/store.js';
import { PASSWORD, asFile, attachAll, bid, createRound, csrfFrom, fiftyBids, login, testEnv, type Agent, type TestEnv, SLUITINGSDATUM } from './helpers.js';

let env: TestEnv;
let a: Agent;
beforeAll(async () => {
  env = await testEnv();
  a = await login(env.app);
});

const rowsOf = (rondeId: string) => ({
  ronde: (env.db.prepare('SELECT count(*) AS n FROM ronde WHERE id = ?').get(rondeId) as { n: number }).n,
  inschrijving: (env.db.prepare('SELECT count(*) AS n FROM inschrijving WHERE ronde_id = ?').get(rondeId) as { n: number }).n,
  product: (env.db.prepare('SELECT count(*) AS n FROM inschrijving_product p JOIN inschrijving i ON i.id = p.inschrijving_id WHERE i.ronde_id = ?').get(rondeId) as { n: number }).n,
  tekortkoming: (env.db.prepare('SELECT count(*) AS n FROM tekortkoming t JOIN inschrijving i ON i.id = t.inschrijving_id WHERE i.ronde_id = ?').get(rondeId) as { n: number }).n,
});

/** The bytes of the database as they are on disk: the main file and the write-ahead log. */
const onDisk = () => Buffer.concat([readFileSync(env.file), existsSync(`${env.file}-wal`) ? readFileSync(`${env.file}-wal`) : Buffer.alloc(0)]);

describe('database', () => {
  it('wordt aangemaakt en gemigreerd bij het openen; opnieuw openen is idempotent', async () => {
    const versions = env.db.prepare('SELECT versie, bestand FROM schema_version').all();
    expect(versions).toEqual([
      { versie: 1, bestand: '001_init.sql' },
      { versie: 2, bestand: '002_sleutel_verloopt.sql' },
      { versie: 3, bestand: '003_upload_en_keuze.sql' },
      { versie: 4, bestand: '004_catalogusversie.sql' },
      { versie: 5, bestand: '005_rollen.sql' },
      { versie: 6, bestand: '006_beoordeling.sql' },
      { versie: 7, bestand: '007_tellers.sql' },
    ]);
    expect(await migrate(env.database)).toBe(7);
    const again = (await openDatabase(env.file)) as SqliteDb;
    expect(await again.get('SELECT count(*) AS n FROM schema_version')).toEqual({ n: 7 });
    expect(again.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(again.raw.pragma('secure_delete', { simple: true })).toBe(1);
    await again.close();
  });

  it('weigert een database met een nieuwer schema dan deze versie kent', async () => {
    const other = await openDatabase(path.join(env.dir, 'nieuwer.sqlite'));
    await other.run("INSERT INTO schema_version VALUES (999, '999_toekomst.sql', '2030-01-01')");
    await expect(migrate(other)).rejects.toThrow(/schemaversie 999/);
    await other.close();
  });

  it('online back-up: een consistente kopie terwijl de database open is', async () => {
    const id = await createRound(a, 'Back-upronde');
    const target = path.join(env.dir, 'backup', 'kopie.sqlite');
    await backupDatabase(env.database, target);
    const copy = await openDatabase(target);
    expect(await copy.get('SELECT naam FROM ronde WHERE id = ?', [id])).toEqual({ naam: 'Back-upronde' });
    await copy.close();
  });
});

describe('een ronde verwijderen', () => {
  it('verwijdert ronde, inschrijvingen, producten, tekortkomingen en bestanden definitief; het logboek houdt het bij', async () => {
    const marker = 'Verwijderlocatie-7f3a9c-Geheim';
    const files = Array.from({ length: 6 }, (_, i) => {
      const b = bid(i);
      (b.aanbod as Array<Record<string, unknown>>)[0]!.locatie = `${marker} ${i}`;
      (b.aanbieder as Record<string, unknown>).naam = `Aanbieder-5d1e-${i}`;
      return asFile(`bod-${i}.json`, b);
    });
    const id = await createRound(a, 'Te verwijderen ronde');
    await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [...files, asFile('kapot.json', `{"${marker}`)]).expect(201);
    // Viewing a bid and its report is logged, but the log keeps no bidder names.
    const stored = (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body.inschrijvers[0];
    await a.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${stored.id}`).expect(200);
    await a.agent.get(stored.links.rapport).expect(200);
    const bidder = stored.aanbieder.naam as string;
    expect(bidder).toBe('Aanbieder-5d1e-0');
    const before = rowsOf(id);
    expect(before).toMatchObject({ ronde: 1, inschrijving: 7 });
    expect(before.product).toBeGreaterThan(0);
    expect(before.tekortkoming).toBeGreaterThan(0);
    expect(onDisk().includes(marker)).toBe(true);
    expect(onDisk().includes(bidder)).toBe(true);

    const confirm = await a.agent.get(`/inkoop/rondes/${id}/verwijderen`).expect(200);
    expect(confirm.text).toContain('7 inschrijvingen');
    // A redirect after the POST, so a reload of the page that follows sends nothing again.
    const posted = await a.agent.post(`/inkoop/rondes/${id}/verwijderen`).type('form').send({ _csrf: csrfFrom(confirm.text) }).expect(303);
    expect(posted.headers.location).toBe(`/inkoop?verwijderd=${id}`);
    const done = await a.agent.get(posted.headers.location!).expect(200);
    expect(done.text).toContain('Ronde “Te verwijderen ronde” is verwijderd');

    expect(rowsOf(id)).toEqual({ ronde: 0, inschrijving: 0, product: 0, tekortkoming: 0 });
    expect(env.db.prepare('SELECT count(*) AS n FROM inschrijving WHERE ronde_id NOT IN (SELECT id FROM ronde)').get()).toEqual({ n: 0 });
    expect(env.db.prepare("SELECT count(*) AS n FROM inschrijving_product WHERE inschrijving_id NOT IN (SELECT id FROM inschrijving)").get()).toEqual({ n: 0 });
    expect(env.db.prepare('SELECT count(*) AS n FROM tekortkoming WHERE inschrijving_id NOT IN (SELECT id FROM inschrijving)').get()).toEqual({ n: 0 });
    // Overwritten, not just unlinked: the content is nowhere in the database file or its log.
    expect(onDisk().includes(marker)).toBe(false);
    expect(onDisk().includes(bidder)).toBe(false);
    await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(404);
    expect(env.db.prepare("SELECT actie, ronde_naam, details FROM audit WHERE ronde_id = ? AND actie = 'ronde-verwijderd'").get(id)).toEqual({
      actie: 'ronde-verwijderd',
      ronde_naam: 'Te verwijderen ronde',
      details: '7 inschrijvingen verwijderd',
    });
  });

  it('via de API: DELETE geeft 204, daarna 404', async () => {
    const id = await createRound(a, 'Weg via API');
    await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [asFile('b.json', bid(1))]).expect(201);
    await a.agent.delete(`/api/v1/screeningsrondes/${id}`).set('X-CSRF-Token', a.csrf).expect(204);
    await a.agent.delete(`/api/v1/screeningsrondes/${id}`).set('X-CSRF-Token', a.csrf).expect(404);
    expect(rowsOf(id)).toEqual({ ronde: 0, inschrijving: 0, product: 0, tekortkoming: 0 });
  });
});

describe('een upload die halverwege faalt, laat geen halve ronde achter', () => {
  /** A fault in the middle of the write: the 31st bid of the round cannot be inserted. */
  const breakAfter30 = () =>
    env.db.exec(`CREATE TEMP TRIGGER storing BEFORE INSERT ON inschrijving
      WHEN (SELECT count(*) FROM inschrijving WHERE ronde_id = NEW.ronde_id) >= 30
      BEGIN SELECT RAISE(ABORT, 'gesimuleerde storing'); END`);
  const repair = () => env.db.exec('DROP TRIGGER IF EXISTS temp.storing');

  it('JSON-antwoord: 500, en niets van de 50 bestanden is bewaard', async () => {
    const id = await createRound(a, 'Storing');
    breakAfter30();
    try {
      const res = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), fiftyBids().files).expect(500);
      expect(res.body).toMatchObject({ status: 500, detail: expect.stringContaining('Er is niets van deze upload bewaard') });
    } finally {
      repair();
    }
    expect(rowsOf(id)).toEqual({ ronde: 1, inschrijving: 0, product: 0, tekortkoming: 0 });
    expect(env.db.prepare("SELECT count(*) AS n FROM audit WHERE ronde_id = ? AND actie = 'inschrijvingen-toegevoegd'").get(id)).toEqual({ n: 0 });
    // The same upload afterwards goes through whole.
    const ok = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), fiftyBids().files).expect(201);
    expect(ok.body.ontvangen).toBe(50);
    expect(rowsOf(id).inschrijving).toBe(50);
  });

  it('met voortgang (NDJSON): de laatste regel meldt de fout, en niets is bewaard', async () => {
    const id = await createRound(a, 'Storing met voortgang');
    breakAfter30();
    let body: string;
    try {
      const res = await attachAll(
        a.agent.post(`/inkoop/rondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf).set('Accept', 'application/x-ndjson'),
        fiftyBids().files,
      )
        .buffer(true)
        .parse((r, cb) => {
          let text = '';
          r.on('data', (c: Buffer) => (text += c.toString('utf8')));
          r.on('end', () => cb(null, text));
        })
        .expect(200)
        .expect('content-type', /application\/x-ndjson/);
      body = res.body as string;
    } finally {
      repair();
    }
    const lines = body.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.fase === 'toetsen').at(-1)).toEqual({ fase: 'toetsen', klaar: 50, totaal: 50 });
    expect(lines.at(-1)).toMatchObject({ fase: 'fout', status: 500 });
    expect(rowsOf(id).inschrijving).toBe(0);
  });

  it('een server die tijdens het opslaan wordt gedood: daarna 0 of alle 500 inschrijvingen, nooit een deel', async (ctx) => {
    const main = path.join(projectRoot, 'dist/server/main.js');
    if (!existsSync(main)) ctx.skip();
    const file = path.join(env.dir, 'gedood.sqlite');
    const setup = await openDatabase(file);
    const setupStore = new ScreeningStore(setup);
    const user = await setupStore.createUser({ organisatie: 'Org', email: 'x@y.example', naam: 'X', wachtwoordHash: await hashPassword(PASSWORD) });
    const { token } = await (await Auth.create(setupStore)).createToken(user, 'test');
    await setup.close();
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, () => {
        const p = (probe.address() as { port: number }).port;
        probe.close(() => resolve(p));
      });
    });
    const server = spawn(process.execPath, [main], { env: { ...process.env, PORT: String(port), EISENTOETS_DATA: file, LOG_LEVEL: 'silent' }, stdio: 'ignore' });
    const base = `http://127.0.0.1:${port}/api/v1/screeningsrondes`;
    const headers = { authorization: `Bearer ${token}` };
    // Up to a minute to start: on a loaded CI machine loading the catalog takes a while.
    for (let i = 0; i < 600; i++) {
      if (await fetch(base, { headers }).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const created = await fetch(base, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ naam: 'Gedood', regio: 'gelderland-zuid', sluitingsdatum: SLUITINGSDATUM }) });
    const id = ((await created.json()) as { id: string }).id;
    const form = new FormData();
    for (let i = 0; i < 500; i++) form.append('bestanden', new Blob([JSON.stringify(bid(i))], { type: 'application/json' }), `b${i}.json`);
    // Kill the server the moment it reports that all 500 are checked: it is then writing them.
    const res = await fetch(`${base}/${id}/inschrijvingen`, { method: 'POST', headers: { ...headers, accept: 'application/x-ndjson' }, body: form });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let text = '';
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (chunk.done) break;
      text += Buffer.from(chunk.value!).toString('utf8');
      if (text.includes('"klaar":500,"totaal":500')) {
        server.kill('SIGKILL');
        break;
      }
    }
    await new Promise((r) => server.once('exit', r));
    const after = await openDatabase(file);
    const n = (await after.get<{ n: number }>('SELECT count(*) AS n FROM inschrijving WHERE ronde_id = ?', [id]))!.n;
    const products = (await after.get<{ n: number }>('SELECT count(*) AS n FROM inschrijving_product'))!.n;
    await after.close();
    console.info(`server gedood tijdens het opslaan: ${n} van 500 inschrijvingen bewaard`);
    expect([0, 500]).toContain(n);
    if (n === 0) expect(products).toBe(0);
  });
});
