// Regression tests for the holes found when a procurement team was simulated (issue 13, part 6), each against a real
// SQLite database.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tokenCommand } from '../../server/screening/cli.js';
import { migrate, SqliteDb, migrationsDir } from '../../server/screening/db.js';
import { defuse } from '../../server/screening/exports.js';
import { hashPassword } from '../../server/screening/auth.js';
import { asFile, attachAll, bid, binary, createRound, csrfFrom, login, PASSWORD, sampleNamed, testEnv, zipOf, type Agent, type TestEnv, SLUITINGSDATUM } from './helpers.js';

let env: TestEnv;
let a: Agent;
beforeAll(async () => {
  env = await testEnv();
  a = await login(env.app);
});

const upload = (agent: Agent, id: string, files: Array<{ naam: string; inhoud: Buffer }>) =>
  attachAll(agent.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', agent.csrf), files);
const count = (sql: string, ...params: unknown[]) => (env.db.prepare(sql).get(...params) as { n: number }).n;
const bearer = (token: string) => request(env.app).get('/api/v1/screeningsrondes').set('Authorization', `Bearer ${token}`);

async function newToken(agent: Agent, omschrijving = 'test'): Promise<{ token: string; id: number }> {
  const page = await agent.agent.post('/inkoop/api-sleutels').type('form').send({ _csrf: agent.csrf, omschrijving }).expect(200);
  const token = /<code class="sleutel">(et_[A-Za-z0-9_-]+)<\/code>/.exec(page.text)![1]!;
  const ids = [...page.text.matchAll(/\/inkoop\/api-sleutels\/(\d+)\/intrekken/g)].map((m) => Number(m[1]));
  return { token, id: Math.max(...ids) };
}

describe('CSV-formules via een regelovergang', () => {
  it('het contract weigert stuurtekens en bidi-overrides in namen, met een Nederlandse melding op de plek', async () => {
    const id = await createRound(a, 'Stuurtekens');
    const names = ['\n=1+1', '\r=1+1', 'Zorg\u0000groep', 'Zorg\u202Egroep', 'Zorg\u2066groep'];
    const files = names.map((naam, i) => asFile(`s${i}.json`, sampleNamed('15N13-voldoet.json', naam, `5000000${i}`)));
    const res = await upload(a, id, files).expect(201);
    expect(res.body).toMatchObject({ ontvangen: 5, geldig: 0, ongeldig: 5 });
    for (const b of res.body.inschrijvingen) {
      expect(b.fouten).toContainEqual({ pointer: '/aanbieder/naam', detail: expect.stringMatching(/^naam van de aanbieder: bevat een onzichtbaar stuurteken \(U\+[0-9A-F]{4}, teken \d\); laat het weg$/) });
    }
    expect(res.body.inschrijvingen[3].fouten[0].detail).toContain('U+202E, teken 5');
    // A name with ordinary accents and punctuation stays valid.
    const ok = await upload(a, id, [asFile('ok.json', sampleNamed('15N13-voldoet.json', 'Zorggroep Ëlla & Zn. (’t Gooi)', '50000009'))]).expect(201);
    expect(ok.body.geldig).toBe(1);
  });

  it('elk veld met een regelovergang staat tussen aanhalingstekens, en een formule na de overgang is onschadelijk', async () => {
    const id = await createRound(a, 'CSV-regels');
    await upload(a, id, [asFile('a.json', sampleNamed('15N13-voldoet.json', 'Eerst', '50000011')), asFile('b.json', sampleNamed('15N13-voldoet.json', 'Tweede', '50000012'))]).expect(201);
    // Stored before the contract refused them (or written by another tool): the export must still be safe.
    env.db.prepare("UPDATE inschrijving SET aanbieder_naam = ? WHERE ronde_id = ? AND kvk_nummer = '50000011'").run('Eerst\n=1+1', id);
    env.db.prepare("UPDATE inschrijving SET aanbieder_naam = ? WHERE ronde_id = ? AND kvk_nummer = '50000012'").run('Tweede\r@SUM(A1)', id);
    const res = await a.agent.get(`/api/v1/screeningsrondes/${id}/export.csv`).buffer(true).parse(binary).expect(200);
    const text = (res.body as Buffer).toString('utf8');
    expect(text).toContain(`;"Eerst\n'=1+1";`);
    expect(text).toContain(`;"Tweede\r'@SUM(A1)";`);
    // Whatever a program takes for a line break, no line starts with a formula character.
    expect(text.split(/\r\n|\r|\n/).filter((l) => /^[=+\-@]/.test(l))).toEqual([]);
  });

  it('defuse: aan het begin en na elke regelovergang', () => {
    expect(defuse('=1+1')).toBe("'=1+1");
    expect(defuse('a\n+1\r-2\r\n@3')).toBe("a\n'+1\r'-2\r\n'@3");
    expect(defuse('Zorg & Co')).toBe('Zorg & Co');
    expect(defuse(12)).toBe('12');
  });
});

describe('de grens van 64 MB uitgepakt geldt per verzoek', () => {
  it('drie kleine ZIP-bestanden die samen meer dan 64 MB uitpakken: 413, niets bewaard', async () => {
    const id = await createRound(a, 'Drie ZIPs');
    const mb = Buffer.alloc(1024 * 1024, 0x20);
    const zip = await zipOf(Array.from({ length: 25 }, (_, i) => ({ naam: `vulling-${i}.json`, inhoud: mb })));
    expect(zip.length).toBeLessThan(200 * 1024);
    const res = await upload(a, id, [1, 2, 3].map((n) => ({ naam: `deel-${n}.zip`, inhoud: zip }))).expect(413);
    expect(res.body.detail).toBe('Uitgepakt is het ZIP-bestand groter dan 64 MB.');
    expect(count('SELECT count(*) AS n FROM inschrijving WHERE ronde_id = ?', id)).toBe(0);
    // Two of them (50 MB) still fit.
    const two = await upload(a, id, [1, 2].map((n) => ({ naam: `deel-${n}.zip`, inhoud: zip }))).expect(201);
    expect(two.body.ontvangen).toBe(50);
  });
});

describe('ZIP-bestanden van Windows en verborgen bestanden', () => {
  it('namen in CP437 (zonder UTF-8-vlag) worden goed gelezen', async () => {
    const id = await createRound(a, 'CP437');
    const zip = await zipOf([asFile('caf#-r#sum#.json', bid(1))]);
    // Windows' own ZIP: é is byte 0x82 in CP437 and the UTF-8 flag (bit 11) is off.
    const raw = Buffer.from(zip);
    for (let i = 0; i < raw.length; i++) if (raw[i] === 0x23) raw[i] = 0x82;
    for (let i = 0; i + 4 < raw.length; i++) {
      if (raw.readUInt32LE(i) === 0x04034b50) raw.writeUInt16LE(raw.readUInt16LE(i + 6) & ~0x800, i + 6);
      if (raw.readUInt32LE(i) === 0x02014b50) raw.writeUInt16LE(raw.readUInt16LE(i + 8) & ~0x800, i + 8);
    }
    const res = await upload(a, id, [{ naam: 'windows.zip', inhoud: raw }]).expect(201);
    expect(res.body.inschrijvingen[0].bestandsnaam).toBe('windows.zip/café-résumé.json');
  });

  it('verborgen bestanden en macOS-rommel worden overgeslagen en geteld', async () => {
    const id = await createRound(a, 'Verborgen');
    const zip = await zipOf([asFile('bod.json', bid(1)), asFile('__MACOSX/._bod.json', 'x'), asFile('.DS_Store', 'x'), asFile('map/.verborgen.json', bid(2))]);
    const res = await upload(a, id, [{ naam: 'mac.zip', inhoud: zip }]).expect(201);
    expect(res.body).toMatchObject({ ontvangen: 1, overgeslagen: 3 });
    // The page without JavaScript says so too.
    const page = await a.agent.get(`/inkoop/rondes/${id}?ontvangen=1&geldig=1&ongeldig=0&dubbel=0&overgeslagen=3`).expect(200);
    expect(page.text).toContain('3 verborgen bestanden in het ZIP-bestand (zoals __MACOSX of .DS_Store) niet gelezen.');
  });
});

describe('EISENTOETS_TRUST_PROXY', () => {
  afterEach(() => {
    delete process.env.EISENTOETS_TRUST_PROXY;
  });

  // Cookies are carried by hand: a client over plain HTTP would not send back a Secure one.
  const postLogin = async (app: TestEnv['app'], headers: Record<string, string>, wachtwoord = PASSWORD): Promise<request.Response> => {
    const page = await request(app).get('/inkoop/inloggen').set(headers).expect(200);
    const cookies = ([] as string[]).concat(page.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!).join('; ');
    return request(app).post('/inkoop/inloggen').set(headers).set('Cookie', cookies).type('form').send({ _csrf: csrfFrom(page.text), email: 'inkoper@gz.example', wachtwoord });
  };
  const sessionCookie = (res: request.Response) => ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('eisentoets-sessie='))!;

  it('zonder de instelling: X-Forwarded-* telt niet (geen Secure, de limiet telt het adres van de proxy)', async () => {
    const plain = await testEnv({ loginLimit: 2 });
    const res = await postLogin(plain.app, { 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '203.0.113.1' });
    expect(res.status).toBe(303);
    expect(sessionCookie(res)).not.toMatch(/Secure/);
    expect((await postLogin(plain.app, { 'X-Forwarded-For': '203.0.113.2' }, 'fout-wachtwoord-1')).status).toBe(401);
    expect((await postLogin(plain.app, { 'X-Forwarded-For': '203.0.113.3' }, 'fout-wachtwoord-1')).status).toBe(429);
  });

  it('met EISENTOETS_TRUST_PROXY=1: Secure achter een HTTPS-proxy, en de limiet telt per client', async () => {
    process.env.EISENTOETS_TRUST_PROXY = '1';
    const proxied = await testEnv({ loginLimit: 2 });
    const res = await postLogin(proxied.app, { 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '203.0.113.1' });
    expect(res.status).toBe(303);
    expect(sessionCookie(res)).toMatch(/; Secure/);
    for (let i = 0; i < 2; i++) expect((await postLogin(proxied.app, { 'X-Forwarded-For': '203.0.113.2' }, 'fout-wachtwoord-1')).status).toBe(401);
    expect((await postLogin(proxied.app, { 'X-Forwarded-For': '203.0.113.2' }, 'fout-wachtwoord-1')).status).toBe(429);
    // Another client behind the same proxy is not braked by the first.
    expect((await postLogin(proxied.app, { 'X-Forwarded-For': '203.0.113.3' }, 'fout-wachtwoord-1')).status).toBe(401);
  });
});

describe('wachtwoord wijzigen en API-sleutels', () => {
  it('een nieuw wachtwoord beëindigt alle sessies en sleutels van die gebruiker, niet die van een ander', async () => {
    const own = await login(env.app, 'collega@gz.example');
    const { token } = await newToken(own);
    const other = await login(env.app);
    const otherKey = await newToken(other);
    await bearer(token).expect(200);
    await own.agent.get('/inkoop').expect(200);

    const store = env.store;
    const { wachtwoordHash: _h, ...user } = (await store.userWithHash('collega@gz.example'))!;
    expect(await store.setPassword(user, await hashPassword(PASSWORD))).toEqual({ sessies: 1, sleutels: 1 });

    await own.agent.get('/inkoop').expect(303);
    await bearer(token).expect(401);
    await other.agent.get('/inkoop').expect(200);
    await bearer(otherKey.token).expect(200);
    expect(env.db.prepare("SELECT details FROM audit WHERE actie = 'wachtwoord-gewijzigd' ORDER BY id DESC").get()).toEqual({ details: '1 sessie en 1 API-sleutel ingetrokken' });
  });

  it('een sleutel verloopt: na de vervaldatum 401, en de pagina toont de datum', async () => {
    const { token, id } = await newToken(a, 'verloopt');
    const row = env.db.prepare('SELECT aangemaakt_op AS aangemaakt, verloopt_op AS verloopt FROM api_token WHERE id = ?').get(id) as { aangemaakt: string; verloopt: string };
    expect(Date.parse(row.verloopt) - Date.parse(row.aangemaakt)).toBeCloseTo(90 * 86_400_000, -4);
    await bearer(token).expect(200);
    env.db.prepare('UPDATE api_token SET verloopt_op = ? WHERE id = ?').run(new Date(Date.now() - 1000).toISOString(), id);
    await bearer(token).expect(401);
    const page = await a.agent.get('/inkoop/api-sleutels').expect(200);
    expect(page.text).toContain('<th scope="col">Verloopt</th>');
    expect(page.text).toContain('<td>verlopen</td>');
  });

  it('de gebruiker kiest de looptijd (30, 90 of 365 dagen); een andere waarde wordt 90', async () => {
    for (const [dagen, verwacht] of [['30', 30], ['365', 365], ['9999', 90]] as const) {
      await a.agent.post('/inkoop/api-sleutels').type('form').send({ _csrf: a.csrf, omschrijving: `looptijd ${dagen}`, dagen }).expect(200);
      const row = env.db.prepare('SELECT aangemaakt_op AS aangemaakt, verloopt_op AS verloopt FROM api_token WHERE omschrijving = ?').get(`looptijd ${dagen}`) as { aangemaakt: string; verloopt: string };
      expect(Math.round((Date.parse(row.verloopt) - Date.parse(row.aangemaakt)) / 86_400_000)).toBe(verwacht);
    }
  });

  it('de opdrachtregel: eisentoets token --lijst en --intrekken <nr|alle>, met meteen effect', async () => {
    const key1 = await newToken(a, 'cli-een');
    const key2 = await newToken(a, 'cli-twee');
    process.env.EISENTOETS_DATA = env.file;
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await tokenCommand(['inkoper@gz.example', '--lijst']);
      expect(log.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(new RegExp(`^${key1.id}\\tcli-een\\taangemaakt \\d{4}-\\d{2}-\\d{2}\\tverloopt \\d{4}-\\d{2}-\\d{2}`, 'm'));
      await tokenCommand(['inkoper@gz.example', '--intrekken', String(key1.id)]);
      await bearer(key1.token).expect(401);
      await bearer(key2.token).expect(200);
      await expect(tokenCommand(['inkoper@gz.example', '--intrekken', String(key1.id)])).rejects.toThrow(`geen API-sleutel met nummer ${key1.id}`);
      await expect(tokenCommand(['inkoper@gz.example', '--intrekken', 'x'])).rejects.toThrow('--intrekken verwacht');
      await expect(tokenCommand(['inkoper@gz.example', '--dagen', '400'])).rejects.toThrow('--dagen moet een heel getal van 1 tot en met 365 zijn.');
      await tokenCommand(['inkoper@gz.example', '--intrekken', 'alle']);
      await bearer(key2.token).expect(401);
      expect(log.mock.calls.at(-1)![0]).toMatch(/API-sleutels van inkoper@gz\.example ingetrokken/);
    } finally {
      log.mockRestore();
      delete process.env.EISENTOETS_DATA;
    }
  });

  it('de migratie geeft bestaande sleutels een vervaldatum, een jaar na het aanmaken', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE schema_version (versie INTEGER PRIMARY KEY, bestand TEXT NOT NULL, toegepast_op TEXT NOT NULL)');
    db.exec(readFileSync(path.join(migrationsDir, '001_init.sql'), 'utf8'));
    db.prepare("INSERT INTO schema_version VALUES (1, '001_init.sql', '2026-01-01T00:00:00.000Z')").run();
    db.prepare("INSERT INTO organisatie (naam, aangemaakt_op) VALUES ('o', '2026-01-01T00:00:00.000Z')").run();
    db.prepare("INSERT INTO gebruiker (organisatie_id, email, naam, wachtwoord_hash, aangemaakt_op) VALUES (1, 'a@b', 'a', 'x', '2026-01-01T00:00:00.000Z')").run();
    db.prepare("INSERT INTO api_token (token_hash, gebruiker_id, omschrijving, aangemaakt_op) VALUES ('h', 1, 'oud', '2026-03-04T05:06:07.089Z')").run();
    await migrate(new SqliteDb(db, ':memory:'));
    expect(db.prepare('SELECT verloopt_op FROM api_token').get()).toEqual({ verloopt_op: '2027-03-04T05:06:07.089Z' });
    db.close();
  });
});

describe('kleinere gaten', () => {
  it('een ontbrekend bestand onder /inkoop/assets/ is 404, geen 500', async () => {
    await request(env.app).get('/inkoop/assets/bestaat-niet.css').set('Accept', 'text/css').expect(404).expect('content-type', /problem\+json/);
    const page = await request(env.app).get('/inkoop/assets/bestaat-niet.js').set('Accept', 'text/html').expect(404).expect('content-type', /text\/html/);
    expect(page.text).toContain('Niet gevonden');
    await request(env.app).get('/inkoop/assets/inkoop.css').expect(200);
  });

  it('een beschadigd multipart-verzoek is 400 met een Nederlandse melding, geen 500', async () => {
    const id = await createRound(a, 'Kapot verzoek');
    const url = `/api/v1/screeningsrondes/${id}/inschrijvingen`;
    const broken = '--grens\r\nContent-Disposition: form-data; name="bestanden"; filename="a.json"\r\nContent-Type: application/json\r\n\r\n{"versie":';
    const res = await a.agent.post(url).set('X-CSRF-Token', a.csrf).set('Content-Type', 'multipart/form-data; boundary=grens').send(broken).expect(400);
    expect(res.body.detail).toContain('geen leesbaar multipart/form-data');
    const bad = await a.agent.post(url).set('X-CSRF-Token', a.csrf).set('Content-Type', 'multipart/form-data; boundary=grens').send('--grens\r\nkapotte kop zonder dubbele punt\r\n\r\nx\r\n--grens--\r\n');
    expect(bad.status).toBe(400);
  });

  it('een te groot verzoek noemt de grens die geldt (16 kB), niet 1 MB', async () => {
    const res = await a.agent.post('/api/v1/screeningsrondes').set('X-CSRF-Token', a.csrf).send({ naam: 'x'.repeat(20_000), regio: 'gelderland-zuid', sluitingsdatum: SLUITINGSDATUM }).expect(413);
    expect(res.body.detail).toBe('Het verzoek is groter dan 16 kB.');
    const form = await a.agent.post('/inkoop/rondes').set('Accept', 'text/html').type('form').send({ _csrf: a.csrf, naam: 'x'.repeat(20_000) }).expect(413).expect('content-type', /text\/html/);
    expect(form.text).toContain('Het verzoek is groter dan 16 kB.');
  });

  it('te veel inlogpogingen vanuit de browser: een pagina (429), geen JSON', async () => {
    const braked = await testEnv({ loginLimit: 1 });
    const agent = request.agent(braked.app);
    const page = await agent.get('/inkoop/inloggen').expect(200);
    const attempt = () => agent.post('/inkoop/inloggen').set('Accept', 'text/html').type('form').send({ _csrf: csrfFrom(page.text), email: 'inkoper@gz.example', wachtwoord: 'geraden-wachtwoord' });
    await attempt().expect(401);
    const res = await attempt().expect(429).expect('content-type', /text\/html/);
    expect(res.text).toContain('<h1');
    expect(res.text).toContain('Te veel');
  });

  it('een verlopen sessie tijdens een upload met voortgang: 401 met een melding die het script kan tonen', async () => {
    const b = await login(env.app);
    const id = await createRound(b, 'Verlopen sessie');
    env.db.prepare("UPDATE sessie SET verloopt_op = '2000-01-01T00:00:00.000Z'").run();
    const res = await attachAll(b.agent.post(`/inkoop/rondes/${id}/inschrijvingen`).set('X-CSRF-Token', b.csrf).set('Accept', 'application/x-ndjson'), [asFile('a.json', bid(1))]).expect(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.detail).toContain('Uw sessie is verlopen');
    // The script never shows a bare status text such as "OK".
    const script = readFileSync(path.join(process.cwd(), 'templates/inkoop/assets/inkoop.js'), 'utf8');
    expect(script).not.toContain('statusText');
    a = await login(env.app);
  });

  it('"Nr" is een getal in de Excel-matrix, zodat sorteren 1, 2, 10 geeft', async () => {
    const id = await createRound(a, 'Nummers');
    await upload(a, id, Array.from({ length: 11 }, (_, i) => asFile(`b${i}.json`, bid(i + 200)))).expect(201);
    const res = await a.agent.get(`/api/v1/screeningsrondes/${id}/export.xlsx`).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Parameters<typeof wb.xlsx.load>[0]);
    const sheet = wb.getWorksheet('Matrix')!;
    expect(Array.from({ length: 11 }, (_, i) => sheet.getCell(i + 2, 1).value)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(sheet.getCell(2, 1).type).toBe(ExcelJS.ValueType.Number);
  });
});
