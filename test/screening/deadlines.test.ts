// Deadlines and versions (issue 13, part 5): "na sluiting", closing dates refused, the catalog version per bid,
// screening a round again, the original file.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrate, SqliteDb, migrationsDir } from '../../server/screening/db.js';
import { amsterdamDay } from '../../server/screening/deadline.js';
import { asFile, attachAll, bid, binary, createRound, csrfFrom, login, sampleNamed, testEnv, type Agent, type TestEnv } from './helpers.js';

let env: TestEnv;
let a: Agent;
let versie: string;
beforeAll(async () => {
  env = await testEnv();
  a = await login(env.app);
  versie = env.catalog.regios.get('gelderland-zuid')!.versie;
});

const upload = (id: string, files: Array<{ naam: string; inhoud: Buffer }>) =>
  attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), files);
const newRound = (sluitingsdatum: string) =>
  a.agent.post('/api/v1/screeningsrondes').set('X-CSRF-Token', a.csrf).send({ naam: 'Datum', regio: 'gelderland-zuid', sluitingsdatum });

describe('de sluitingsdatum', () => {
  it('een datum in het verleden of vóór 2000 wordt geweigerd; vandaag mag', async () => {
    const past = await newRound('2020-03-01').expect(422);
    expect(past.body.errors).toEqual([{ pointer: '/sluitingsdatum', detail: 'Sluitingsdatum: deze datum is al voorbij. Een nieuwe ronde sluit vandaag of later.' }]);
    const old = await newRound('1999-12-31').expect(422);
    expect(old.body.errors[0].detail).toContain('vóór 2000');
    await newRound(amsterdamDay(new Date())).expect(201);
    const form = await a.agent.post('/inkoop/rondes').type('form').send({ _csrf: a.csrf, naam: 'Oud', regio: 'gelderland-zuid', sluitingsdatum: '2021-01-01' }).expect(422);
    expect(form.text).toContain('deze datum is al voorbij');
  });

  it('een inschrijving na de sluitingsdag heet "na sluiting": in de API, op de pagina\'s en in de Excel-werkmap', async () => {
    const id = await createRound(a, 'Laat');
    const res = await upload(id, [asFile('op-tijd.json', bid(1)), asFile('laat.json', bid(2))]).expect(201);
    expect(res.body.inschrijvingen.map((b: { naSluiting: boolean }) => b.naSluiting)).toEqual([false, false]);
    // The round closed two days ago; the second bid came afterwards, the first on the closing day itself.
    const closed = amsterdamDay(new Date(Date.now() - 2 * 86_400_000));
    env.db.prepare('UPDATE ronde SET sluitingsdatum = ? WHERE id = ?').run(closed, id);
    env.db.prepare('UPDATE inschrijving SET geupload_op = ? WHERE id = ?').run(`${closed}T21:00:00.000Z`, res.body.inschrijvingen[0].id);
    const m = (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body;
    expect(m.inschrijvers.map((r: { volgnummer: number; naSluiting: boolean }) => [r.volgnummer, r.naSluiting])).toEqual([
      [1, false],
      [2, true],
    ]);
    const page = await a.agent.get(`/inkoop/rondes/${id}`).expect(200);
    expect(page.text.match(/>na sluiting</g)).toHaveLength(1);
    const bidPage = await a.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${res.body.inschrijvingen[1].id}`).expect(200);
    expect(bidPage.text).toContain('Na sluiting ontvangen: deze inschrijving is geüpload na de sluitingsdatum');
    const xlsx = await a.agent.get(`/api/v1/screeningsrondes/${id}/export.xlsx`).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as Parameters<typeof wb.xlsx.load>[0]);
    const sheet = wb.getWorksheet('Matrix')!;
    expect([sheet.getCell(2, 5).value, sheet.getCell(3, 5).value]).toEqual(['nee', 'ja']);
  });
});

describe('de catalogusversie per inschrijving', () => {
  it('staat in de API, op de pagina en in de Excel-werkmap', async () => {
    const id = await createRound(a, 'Versie');
    const res = await upload(id, [asFile('a.json', bid(3))]).expect(201);
    expect(res.body.inschrijvingen[0].catalogusVersie).toBe(versie);
    const page = await a.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${res.body.inschrijvingen[0].id}`).expect(200);
    expect(page.text).toContain(`<code class="hash">${versie}</code>`);
    expect(page.text).not.toContain('een oudere versie dan de catalogus van nu');
    env.db.prepare("UPDATE inschrijving SET catalogus_versie = 'oud' WHERE ronde_id = ?").run(id);
    const older = await a.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${res.body.inschrijvingen[0].id}`).expect(200);
    expect(older.text).toContain('een oudere versie dan de catalogus van nu');
  });

  it('migratie 004 haalt de versie uit de bewaarde resultaten', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE schema_version (versie INTEGER PRIMARY KEY, bestand TEXT NOT NULL, toegepast_op TEXT NOT NULL)');
    for (const [v, f] of [[1, '001_init.sql'], [2, '002_sleutel_verloopt.sql'], [3, '003_upload_en_keuze.sql']] as const) {
      db.exec(readFileSync(path.join(migrationsDir, f), 'utf8'));
      db.prepare('INSERT INTO schema_version VALUES (?, ?, ?)').run(v, f, 't');
    }
    db.exec(`INSERT INTO organisatie (naam, aangemaakt_op) VALUES ('o', 't');
      INSERT INTO ronde VALUES ('r', 1, 'R', 'gelderland-zuid', '2026-12-01', NULL, 't');
      INSERT INTO inschrijving (id, ronde_id, volgnummer, bestandsnaam, sha256, inhoud, geldig, resultaat, geupload_op)
        VALUES ('b1', 'r', 1, 'f', 'h', x'00', 1, '{"catalogusVersie":"abc123"}', 't'), ('b2', 'r', 2, 'g', 'i', x'00', 0, NULL, 't');`);
    await migrate(new SqliteDb(db, ':memory:'));
    expect(db.prepare('SELECT id, catalogus_versie AS v FROM inschrijving ORDER BY id').all()).toEqual([
      { id: 'b1', v: 'abc123' },
      { id: 'b2', v: null },
    ]);
    db.close();
  });
});

describe('een ronde opnieuw toetsen aan de catalogus van nu', () => {
  it('noemt elke inschrijving waarvan de uitslag verandert, met de eisen; pas na bevestigen wordt het opgeslagen', async () => {
    const id = await createRound(a, 'Hertoetsen');
    const res = await upload(id, [
      asFile('goed.json', sampleNamed('15N13-voldoet.json', 'Stichting Goed', '60000001')),
      asFile('ander.json', sampleNamed('15N13-voldoet.json', 'Stichting Ander', '60000002')),
    ]).expect(201);
    const target = res.body.inschrijvingen[0];
    expect(target.uitslag).toBe('voldoet');
    // As if it had been screened against an older catalog in which one eis failed.
    const stored = JSON.parse((env.db.prepare('SELECT resultaat FROM inschrijving WHERE id = ?').get(target.id) as { resultaat: string }).resultaat);
    const product = stored.producten.find((p: { productcode: string }) => p.productcode === '15N13');
    const eis = product.eisen[0];
    eis.uitslag = 'voldoet-niet';
    product.uitslag = 'voldoet-niet';
    stored.uitslag = 'voldoet-niet';
    stored.catalogusVersie = 'oud';
    env.db.prepare("UPDATE inschrijving SET resultaat = ?, uitslag = 'voldoet-niet', catalogus_versie = 'oud' WHERE id = ?").run(JSON.stringify(stored), target.id);
    env.db.prepare("UPDATE inschrijving_product SET uitslag = 'voldoet-niet' WHERE inschrijving_id = ? AND productcode = '15N13'").run(target.id);

    const proef = await a.agent.post(`/api/v1/screeningsrondes/${id}/hertoetsing?proef=true`).set('X-CSRF-Token', a.csrf).expect(200);
    expect(proef.body).toMatchObject({ catalogusVersie: versie, bekeken: 2, toegepast: false });
    expect(proef.body.gewijzigd).toEqual([
      {
        volgnummer: 1,
        aanbiederNaam: 'Stichting Goed',
        van: 'voldoet-niet',
        naar: 'voldoet',
        producten: [{ productcode: '15N13', van: 'voldoet-niet', naar: 'voldoet' }],
        eisen: [{ productcode: '15N13', id: eis.id, titel: eis.titel, van: 'voldoet-niet', naar: 'voldoet' }],
        links: { resultaat: `/api/v1/screeningsrondes/${id}/inschrijvingen/${target.id}` },
      },
    ]);
    expect((env.db.prepare('SELECT uitslag FROM inschrijving WHERE id = ?').get(target.id) as { uitslag: string }).uitslag).toBe('voldoet-niet');

    const page = await a.agent.get(`/inkoop/rondes/${id}/hertoetsen`).expect(200);
    expect(page.text).toContain('1 van de 2 inschrijvingen krijgt een andere uitslag.');
    expect(page.text).toContain(`15N13: ${eis.titel} (voldoet niet → voldoet)`);
    const done = await a.agent.post(`/inkoop/rondes/${id}/hertoetsen`).type('form').send({ _csrf: csrfFrom(page.text) }).expect(303);
    expect(done.headers.location).toBe(`/inkoop/rondes/${id}?hertoetst=2&gewijzigd=1`);
    expect((await a.agent.get(done.headers.location!).expect(200)).text).toContain('2 inschrijvingen opnieuw getoetst aan de catalogus van nu; 1 met een andere uitslag.');
    expect(env.db.prepare('SELECT uitslag, catalogus_versie AS v FROM inschrijving WHERE id = ?').get(target.id)).toEqual({ uitslag: 'voldoet', v: versie });
    expect(env.db.prepare("SELECT uitslag FROM inschrijving_product WHERE inschrijving_id = ? AND productcode = '15N13'").get(target.id)).toEqual({ uitslag: 'voldoet' });
    expect(env.db.prepare("SELECT details FROM audit WHERE ronde_id = ? AND actie = 'ronde-hertoetst'").get(id)).toEqual({
      details: `2 inschrijvingen opnieuw getoetst, 1 met een andere uitslag; catalogusversie ${versie.slice(0, 12)}`,
    });
    const again = await a.agent.post(`/api/v1/screeningsrondes/${id}/hertoetsing`).set('X-CSRF-Token', a.csrf).expect(200);
    expect(again.body).toMatchObject({ bekeken: 2, toegepast: true, gewijzigd: [] });
  });
});

describe('het oorspronkelijke bestand', () => {
  it('is te downloaden, byte voor byte, en het downloaden staat in het logboek', async () => {
    const id = await createRound(a, 'Origineel');
    const inhoud = Buffer.from(`\uFEFF${JSON.stringify(bid(4), null, 3)}\r\n`);
    const res = await upload(id, [{ naam: 'map\\bod van "Ons".json', inhoud }, asFile('kapot.json', '{"x":')]).expect(201);
    const [valid, broken] = res.body.inschrijvingen;
    const file = await a.agent.get(valid.links.bestand).buffer(true).parse(binary).expect(200);
    expect((file.body as Buffer).equals(inhoud)).toBe(true);
    expect(file.headers['content-type']).toMatch(/^application\/json/);
    expect(file.headers['content-disposition']).toBe('attachment; filename="bod van \\"Ons\\".json"');
    const kapot = await a.agent.get(broken.links.bestand).buffer(true).parse(binary).expect(200);
    expect((kapot.body as Buffer).toString()).toBe('{"x":');
    expect(env.db.prepare("SELECT details FROM audit WHERE ronde_id = ? AND actie = 'bestand-gedownload' ORDER BY id").all(id)).toEqual([
      { details: 'inschrijving 1' },
      { details: 'inschrijving 2' },
    ]);
    const page = await a.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${valid.id}`).expect(200);
    expect(page.text).toContain(`href="${valid.links.bestand}"`);
    const ander = await login(env.app, 'inkoper@andere.example');
    await ander.agent.get(valid.links.bestand).expect(404);
  });
});
