// Undo (issue 13, part 4): delete one bid or one upload, the same file twice, the latest bid of a KvK number.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrate, SqliteDb, migrationsDir } from '../../server/screening/db.js';
import { asFile, attachAll, bid, createRound, csrfFrom, kvk, login, testEnv, type Agent, type TestEnv } from './helpers.js';

let env: TestEnv;
let a: Agent;
beforeAll(async () => {
  env = await testEnv();
  a = await login(env.app);
});

const upload = (id: string, files: Array<{ naam: string; inhoud: Buffer }>) =>
  attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), files);
const matrix = async (id: string) => (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body;
const audit = (id: string) => env.db.prepare('SELECT actie, details FROM audit WHERE ronde_id = ? ORDER BY id').all(id) as Array<{ actie: string; details: string }>;
const correction = (i: number, label: string) => {
  const b = bid(i);
  (b.aanbieder as { naam: string }).naam += ` (${label})`;
  return b;
};

describe('één inschrijving verwijderen', () => {
  it('via de API: weg met haar resultaten, gelogd met alleen het nummer; de andere van het KvK-nummer telt weer', async () => {
    const id = await createRound(a, 'Eén verwijderen');
    const res = await upload(id, [asFile('a.json', bid(1)), asFile('b.json', bid(2)), asFile('a-2.json', correction(1, 'herzien'))]).expect(201);
    const [first, , second] = res.body.inschrijvingen;
    expect([first.telt, second.telt]).toEqual([false, true]);
    await a.agent.delete(`/api/v1/screeningsrondes/${id}/inschrijvingen/${second.id}`).set('X-CSRF-Token', a.csrf).expect(204);
    await a.agent.get(`/api/v1/screeningsrondes/${id}/inschrijvingen/${second.id}`).expect(404);
    expect(env.db.prepare('SELECT count(*) AS n FROM tekortkoming WHERE inschrijving_id = ?').get(second.id)).toEqual({ n: 0 });
    expect(env.db.prepare('SELECT count(*) AS n FROM inschrijving_product WHERE inschrijving_id = ?').get(second.id)).toEqual({ n: 0 });
    const m = await matrix(id);
    expect(m.telling).toMatchObject({ bestanden: 2, tellen: 2, dubbel: 0 });
    expect(m.inschrijvers.find((r: { id: string }) => r.id === first.id)).toMatchObject({ telt: true });
    expect(audit(id).at(-1)).toEqual({ actie: 'inschrijving-verwijderd', details: 'inschrijving 3' });
    await a.agent.delete(`/api/v1/screeningsrondes/${id}/inschrijvingen/${second.id}`).set('X-CSRF-Token', a.csrf).expect(404);
  });

  it('via de pagina: bevestigen, verwijderen, terug naar de ronde met een melding (herladen verstuurt niets)', async () => {
    const id = await createRound(a, 'Eén verwijderen, pagina');
    const res = await upload(id, [asFile('a.json', bid(3)), asFile('b.json', bid(4))]).expect(201);
    const target = res.body.inschrijvingen[1];
    const bidPage = await a.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${target.id}`).expect(200);
    expect(bidPage.text).toContain(`href="/inkoop/rondes/${id}/inschrijvingen/${target.id}/verwijderen"`);
    const confirm = await a.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${target.id}/verwijderen`).expect(200);
    expect(confirm.text).toContain('Inschrijving 2 (Zorgaanbieder 004 B.V.) verwijderen');
    const done = await a.agent.post(`/inkoop/rondes/${id}/inschrijvingen/${target.id}/verwijderen`).type('form').send({ _csrf: csrfFrom(confirm.text) }).expect(303);
    expect(done.headers.location).toBe(`/inkoop/rondes/${id}?inschrijvingVerwijderd=2`);
    const round = await a.agent.get(done.headers.location!).expect(200);
    expect(round.text).toContain('Inschrijving 2 is verwijderd.');
    expect((await matrix(id)).telling.bestanden).toBe(1);
  });

  it('een andere organisatie kan niets verwijderen (404)', async () => {
    const id = await createRound(a, 'Niet van u');
    const res = await upload(id, [asFile('a.json', bid(5))]).expect(201);
    const ander = await login(env.app, 'inkoper@andere.example');
    await ander.agent.delete(`/api/v1/screeningsrondes/${id}/inschrijvingen/${res.body.inschrijvingen[0].id}`).set('X-CSRF-Token', ander.csrf).expect(404);
    await ander.agent.delete(`/api/v1/screeningsrondes/${id}/uploads/1`).set('X-CSRF-Token', ander.csrf).expect(404);
    await ander.agent.post(`/inkoop/rondes/${id}/uploads/1/verwijderen`).type('form').send({ _csrf: ander.csrf }).expect(404);
    expect((await matrix(id)).telling.bestanden).toBe(1);
  });
});

describe('één upload verwijderen', () => {
  it('de uploads van een ronde staan op de pagina; één verwijderen laat de andere staan', async () => {
    const id = await createRound(a, 'Uploads');
    await upload(id, [asFile('a.json', bid(10)), asFile('b.json', bid(11))]).expect(201);
    await upload(id, [asFile('c.json', bid(12)), asFile('d.json', correction(10, 'fout')), asFile('kapot.json', '{')]).expect(201);
    const list = (await a.agent.get(`/api/v1/screeningsrondes/${id}/uploads`).expect(200)).body.uploads;
    expect(list.map((u: { nr: number; inschrijvingen: number; geuploadDoor: string }) => [u.nr, u.inschrijvingen, u.geuploadDoor])).toEqual([
      [1, 2, 'inkoper@gz.example'],
      [2, 3, 'inkoper@gz.example'],
    ]);
    const page = await a.agent.get(`/inkoop/rondes/${id}`).expect(200);
    expect(page.text).toMatch(/Upload 2: [^<]*, inkoper@gz\.example, 3 inschrijvingen/);
    const confirm = await a.agent.get(`/inkoop/rondes/${id}/uploads/2/verwijderen`).expect(200);
    expect(confirm.text).toContain('met 3 inschrijvingen, hun bestanden en toetsresultaten');
    const done = await a.agent.post(`/inkoop/rondes/${id}/uploads/2/verwijderen`).type('form').send({ _csrf: csrfFrom(confirm.text) }).expect(303);
    expect(done.headers.location).toBe(`/inkoop/rondes/${id}?uploadVerwijderd=2&aantal=3`);
    expect((await a.agent.get(done.headers.location!).expect(200)).text).toContain('Upload 2 is verwijderd, met 3 inschrijvingen.');
    const m = await matrix(id);
    expect(m.telling).toMatchObject({ bestanden: 2, tellen: 2, ongeldig: 0, dubbel: 0 });
    // The first bid of KvK 10 counts again once the wrong correction is gone.
    expect(m.inschrijvers.map((r: { volgnummer: number; telt: boolean }) => [r.volgnummer, r.telt])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(audit(id).at(-1)).toEqual({ actie: 'upload-verwijderd', details: 'upload 2 met 3 inschrijvingen' });
    await a.agent.get(`/inkoop/rondes/${id}/uploads/2/verwijderen`).expect(404);
    await a.agent.delete(`/api/v1/screeningsrondes/${id}/uploads/1`).set('X-CSRF-Token', a.csrf).expect(204);
    expect((await matrix(id)).telling.bestanden).toBe(0);
    // A malformed number is a 400 (as every parameter of the API); a well-formed one that names nothing, 404.
    await a.agent.delete(`/api/v1/screeningsrondes/${id}/uploads/abc`).set('X-CSRF-Token', a.csrf).expect(400);
    await a.agent.delete(`/api/v1/screeningsrondes/${id}/uploads/7`).set('X-CSRF-Token', a.csrf).expect(404);
  });
});

describe('hetzelfde bestand twee keer', () => {
  it('wordt herkend aan de SHA-256 en niet opnieuw bewaard, ook binnen één upload', async () => {
    const id = await createRound(a, 'Twee keer');
    const file = asFile('bod.json', bid(20));
    const first = await upload(id, [file, asFile('ander.json', bid(21))]).expect(201);
    const again = await upload(id, [{ ...file, naam: 'bod-kopie.json' }, asFile('nieuw.json', bid(22)), asFile('nieuw-2.json', bid(22))]).expect(201);
    expect(again.body).toMatchObject({ ontvangen: 3, geldig: 1, ongeldig: 0 });
    expect(again.body.alOntvangen).toEqual([
      { bestandsnaam: 'bod-kopie.json', sha256: first.body.inschrijvingen[0].sha256, volgnummer: 1 },
      { bestandsnaam: 'nieuw-2.json', sha256: again.body.inschrijvingen[0].sha256, volgnummer: 3 },
    ]);
    expect(env.db.prepare('SELECT count(*) AS n FROM inschrijving WHERE ronde_id = ?').get(id)).toEqual({ n: 3 });
    expect(audit(id).at(-1)).toEqual({ actie: 'inschrijvingen-toegevoegd', details: '1 bestand: 1 geldig, 0 ongeldig; 2 al eerder ontvangen' });
    // Only already-known files: nothing stored, no empty upload, and the page says why.
    const only = await upload(id, [file]).expect(201);
    expect(only.body).toMatchObject({ ontvangen: 1, geldig: 0, inschrijvingen: [] });
    expect((await a.agent.get(`/api/v1/screeningsrondes/${id}/uploads`).expect(200)).body.uploads).toHaveLength(2);
    const page = await a.agent.get(`/inkoop/rondes/${id}?ontvangen=1&geldig=0&ongeldig=0&dubbel=0&herkend=1`).expect(200);
    expect(page.text).toContain('1 bestand was al eerder ontvangen (precies dezelfde inhoud) en is niet opnieuw bewaard.');
  });

  it('twee lege of onleesbare bestanden zijn niet "hetzelfde bestand"', async () => {
    const id = await createRound(a, 'Leeg');
    const res = await upload(id, [asFile('leeg-1.json', ''), asFile('leeg-2.json', '')]).expect(201);
    expect(res.body).toMatchObject({ ontvangen: 2, ongeldig: 2, alOntvangen: [] });
  });
});

describe('migratie 003', () => {
  it('maakt uploads van bestaande inschrijvingen en houdt vast welke per KvK-nummer telde', async () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    db.exec('CREATE TABLE schema_version (versie INTEGER PRIMARY KEY, bestand TEXT NOT NULL, toegepast_op TEXT NOT NULL)');
    for (const [v, f] of [[1, '001_init.sql'], [2, '002_sleutel_verloopt.sql']] as const) {
      db.exec(readFileSync(path.join(migrationsDir, f), 'utf8'));
      db.prepare('INSERT INTO schema_version VALUES (?, ?, ?)').run(v, f, '2026-01-01T00:00:00.000Z');
    }
    db.exec(`INSERT INTO organisatie (naam, aangemaakt_op) VALUES ('o', 't');
      INSERT INTO gebruiker (organisatie_id, email, naam, wachtwoord_hash, aangemaakt_op) VALUES (1, 'a@b', 'a', 'x', 't');
      INSERT INTO ronde VALUES ('r', 1, 'R', 'gelderland-zuid', '2026-12-01', 1, 't');`);
    const insert = db.prepare(
      "INSERT INTO inschrijving (id, ronde_id, volgnummer, bestandsnaam, sha256, inhoud, geldig, kvk_nummer, telt, geupload_door, geupload_op) VALUES (?, 'r', ?, 'f', ?, x'00', 1, ?, ?, 1, ?)",
    );
    insert.run('b1', 1, 'h1', kvk(1), 1, '2026-05-01T10:00:00.000Z');
    insert.run('b2', 2, 'h2', kvk(2), 1, '2026-05-01T10:00:00.000Z');
    insert.run('b3', 3, 'h3', kvk(1), 0, '2026-05-02T09:00:00.000Z');
    await migrate(new SqliteDb(db, ':memory:'));
    expect(db.prepare('SELECT nr, geupload_op FROM upload ORDER BY nr').all()).toEqual([
      { nr: 1, geupload_op: '2026-05-01T10:00:00.000Z' },
      { nr: 2, geupload_op: '2026-05-02T09:00:00.000Z' },
    ]);
    expect(db.prepare('SELECT i.id, u.nr FROM inschrijving i JOIN upload u ON u.id = i.upload_id ORDER BY i.volgnummer').all()).toEqual([
      { id: 'b1', nr: 1 },
      { id: 'b2', nr: 1 },
      { id: 'b3', nr: 2 },
    ]);
    expect(db.prepare('SELECT kvk_nummer, inschrijving_id FROM kvk_keuze').all()).toEqual([{ kvk_nummer: kvk(1), inschrijving_id: 'b1' }]);
    db.close();
  });
});
