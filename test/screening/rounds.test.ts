import { beforeAll, describe, expect, it } from 'vitest';
import { asFile, attachAll, bid, createRound, fiftyBids, kvk, login, testEnv, zipOf, type Agent, type TestEnv, SLUITINGSDATUM } from './helpers.js';

let env: TestEnv;
let a: Agent;
beforeAll(async () => {
  env = await testEnv();
  a = await login(env.app);
});

const count = (sql: string, ...params: unknown[]) => (env.db.prepare(sql).get(...params) as { n: number }).n;

describe('een ronde aanmaken', () => {
  it('controleert naam, regio en sluitingsdatum, in het Nederlands', async () => {
    const res = await a.agent
      .post('/api/v1/screeningsrondes')
      .set('X-CSRF-Token', a.csrf)
      .send({ naam: '', regio: 'atlantis', sluitingsdatum: '2026-02-30' })
      .expect(422)
      .expect('content-type', /problem\+json/);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/naam', '/regio', '/sluitingsdatum']);
    expect(res.body.errors[1].detail).toContain('gelderland-zuid');
  });

  it('het formulier toont de fouten bij de velden en behoudt de invoer', async () => {
    const res = await a.agent.post('/inkoop/rondes').type('form').send({ _csrf: a.csrf, naam: 'Mijn ronde', regio: 'gelderland-zuid', sluitingsdatum: 'morgen' }).expect(422);
    expect(res.text).toContain('Sluitingsdatum: geef een datum als JJJJ-MM-DD.');
    expect(res.text).toContain('value="Mijn ronde"');
    const ok = await a.agent.post('/inkoop/rondes').type('form').send({ _csrf: a.csrf, naam: 'Mijn ronde', regio: 'gelderland-zuid', sluitingsdatum: SLUITINGSDATUM }).expect(303);
    expect(ok.headers.location).toMatch(/^\/inkoop\/rondes\/[0-9a-f-]{36}$/);
  });
});

describe('bulkupload van 50 bestanden, waaronder ongeldige', () => {
  let id: string;
  let res: Awaited<ReturnType<Agent['agent']['get']>>;
  const { files, invalid, duplicateKvk } = fiftyBids();

  beforeAll(async () => {
    id = await createRound(a);
    res = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), files).expect(201);
  });

  it('toetst en bewaart elk bestand, met uploader en tijdstip', () => {
    expect(files).toHaveLength(50);
    expect(res.body).toMatchObject({ ontvangen: 50, geldig: 44, ongeldig: 6, dubbel: 1 });
    expect(count('SELECT count(*) AS n FROM inschrijving WHERE ronde_id = ?', id)).toBe(50);
    const row = env.db.prepare('SELECT geupload_door, geupload_op, resultaat, inhoud FROM inschrijving WHERE ronde_id = ? AND volgnummer = 1').get(id) as Record<string, unknown>;
    expect(row.geupload_door).toBeTypeOf('number');
    expect(Date.parse(row.geupload_op as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.parse(row.resultaat as string)).toMatchObject({ versie: '2', aanbieder: { kvkNummer: kvk(0) } });
    expect(JSON.parse((row.inhoud as Buffer).toString('utf8'))).toMatchObject({ aanbieder: { kvkNummer: kvk(0) } });
  });

  it('somt elk ongeldig bestand op met zijn Nederlandse invoerfouten, niets valt stil weg', async () => {
    const matrix = (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body;
    const byName = new Map<string, { fouten: Array<{ pointer: string; detail: string }> }>(matrix.ongeldig.map((o: { bestandsnaam: string }) => [o.bestandsnaam, o]));
    expect([...byName.keys()].sort()).toEqual([...invalid].sort());
    expect(byName.get('kapot.json')!.fouten[0]!.detail).toMatch(/^De JSON is niet leesbaar bij positie \d+ \(regel 1, kolom \d+\)/);
    expect(byName.get('geen-kvk.json')!.fouten).toContainEqual({ pointer: '/aanbieder/kvkNummer', detail: expect.stringContaining('verplicht') });
    expect(byName.get('onbekend-product.json')!.fouten).toContainEqual({ pointer: '/aanbod/0/productcode', detail: expect.stringContaining('99X99') });
    expect(byName.get('andere-regio.json')!.fouten[0]).toEqual({ pointer: '/regio', detail: expect.stringContaining('centraal-gelderland') });
    expect(byName.get('leeg.json')!.fouten[0]!.detail).toContain('niet leesbaar');
    expect(byName.get('notities.txt')!.fouten[0]!.detail).toContain('niet leesbaar');
    const page = await a.agent.get(`/inkoop/rondes/${id}`).expect(200);
    expect(page.text).toContain('Ongeldige bestanden (6)');
    expect(page.text).toContain('99X99');
  });

  it('geeft de matrix: inschrijvers x producten, met tellingen per kolom', async () => {
    const m = (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body;
    expect(m.producten.map((p: { code: string }) => p.code)).toEqual([...env.catalog.regios.get('gelderland-zuid')!.producten.keys()]);
    expect(m.inschrijvers).toHaveLength(43);
    expect(m.telling).toMatchObject({ bestanden: 50, geldig: 44, ongeldig: 6, tellen: 43, dubbel: 1 });
    expect(m.telling.voldoet + m.telling.voldoetNiet).toBe(43);
    expect(m.telling.voldoet).toBeGreaterThan(0);
    expect(m.telling.voldoetNiet).toBeGreaterThan(0);
    for (const k of m.producten) {
      const cells = m.inschrijvers.map((r: { producten: Record<string, string> }) => r.producten[k.code]);
      expect(k.aangeboden).toBe(cells.filter((c: string) => c !== 'niet-aangeboden').length);
      expect(k.voldoet).toBe(cells.filter((c: string) => c === 'voldoet').length);
      expect(k.voldoetNiet).toBe(cells.filter((c: string) => c === 'voldoet-niet').length);
    }
    const first = m.inschrijvers[0];
    expect(first.links.resultaat).toBe(`/api/v1/screeningsrondes/${id}/inschrijvingen/${first.id}`);
    const detail = await a.agent.get(first.links.resultaat).expect(200);
    expect(detail.body.toetsresultaat.aanbieder.kvkNummer).toBe(first.aanbieder.kvkNummer);
    const pdf = await a.agent.get(first.links.rapport).expect(200).expect('content-type', 'application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('filter "alleen wie niet voldoet"', async () => {
    const m = (await a.agent.get(`/api/v1/screeningsrondes/${id}?alleen=voldoet-niet`).expect(200)).body;
    expect(m.filter).toBe('voldoet-niet');
    expect(m.inschrijvers.length).toBe(m.telling.voldoetNiet);
    expect(m.inschrijvers.every((r: { uitslag: string }) => r.uitslag === 'voldoet-niet')).toBe(true);
    const page = await a.agent.get(`/inkoop/rondes/${id}?alleen=voldoet-niet`).expect(200);
    expect((page.text.match(/<tr>\s*<td class="getal">/g) ?? []).length).toBe(m.telling.voldoetNiet);
  });

  it('markeert een tweede inschrijving van hetzelfde KvK-nummer, de nieuwste telt; de gebruiker kiest welke telt', async () => {
    const m = (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body;
    expect(m.dubbel).toHaveLength(1);
    const [group] = m.dubbel;
    expect(group.kvkNummer).toBe(duplicateKvk);
    expect(group.inschrijvingen.map((b: { bestandsnaam: string; telt: boolean }) => [b.bestandsnaam, b.telt])).toEqual([
      ['bod-007.json', false],
      ['bod-007-herzien.json', true],
    ]);
    expect(m.inschrijvers.find((r: { aanbieder: { kvkNummer: string } }) => r.aanbieder.kvkNummer === duplicateKvk)).toMatchObject({ dubbel: true, bestandsnaam: 'bod-007-herzien.json' });

    const first = group.inschrijvingen[0];
    const chosen = await a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen/${first.id}/telt`).set('X-CSRF-Token', a.csrf).expect(200);
    expect(chosen.body).toMatchObject({ telt: true, bestandsnaam: 'bod-007.json' });
    const after = (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body;
    expect(after.inschrijvers.filter((r: { aanbieder: { kvkNummer: string } }) => r.aanbieder.kvkNummer === duplicateKvk).map((r: { bestandsnaam: string }) => r.bestandsnaam)).toEqual([
      'bod-007.json',
    ]);
    expect(after.telling.tellen).toBe(43);

    // And back again through the page form.
    const page = await a.agent.get(`/inkoop/rondes/${id}`).expect(200);
    expect(page.text).toContain(`KvK ${duplicateKvk}: welke inschrijving telt mee?`);
    await a.agent.post(`/inkoop/rondes/${id}/dubbel`).type('form').send({ _csrf: a.csrf, inschrijving: group.inschrijvingen[1].id }).expect(303);
    const back = (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body;
    expect(back.dubbel[0].inschrijvingen.map((b: { telt: boolean }) => b.telt)).toEqual([false, true]);
  });

  it('een later upload van een KvK-nummer dat al telt: de nieuwe telt mee en beide zijn gemarkeerd', async () => {
    const correctie = bid(3);
    (correctie.aanbieder as { naam: string }).naam = 'Zorgaanbieder 003 B.V. (correctie)';
    const again = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [asFile('nog-een.json', correctie)]).expect(201);
    expect(again.body).toMatchObject({ ontvangen: 1, geldig: 1, dubbel: 1 });
    expect(again.body.inschrijvingen[0]).toMatchObject({ volgnummer: 51, telt: true });
    const m = (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body;
    const group = m.dubbel.find((d: { kvkNummer: string }) => d.kvkNummer === kvk(3));
    expect(group.inschrijvingen.map((b: { volgnummer: number; telt: boolean }) => [b.volgnummer, b.telt])).toEqual([
      [4, false],
      [51, true],
    ]);
  });

  it('een gekozen inschrijving blijft meetellen als er later nog een van dat KvK-nummer komt', async () => {
    const derde = bid(7);
    (derde.aanbieder as { naam: string }).naam = 'Zorgaanbieder 007 B.V. (derde versie)';
    const res = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [asFile('derde.json', derde)]).expect(201);
    expect(res.body.inschrijvingen[0]).toMatchObject({ telt: false });
    const m = (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body;
    const group = m.dubbel.find((d: { kvkNummer: string }) => d.kvkNummer === duplicateKvk);
    expect(group.inschrijvingen.map((b: { bestandsnaam: string; telt: boolean }) => [b.bestandsnaam, b.telt])).toEqual([
      ['bod-007.json', false],
      ['bod-007-herzien.json', true],
      ['derde.json', false],
    ]);
  });
});

describe('upload als ZIP', () => {
  it('pakt de JSON-bestanden uit, slaat macOS-rommel over en gebruikt namen alleen als label', async () => {
    const id = await createRound(a, 'ZIP-ronde');
    const zip = await zipOf([
      asFile('map/bod-1.json', bid(1)),
      asFile('map/sub/bod-2.json', bid(2)),
      asFile('__MACOSX/map/._bod-1.json', 'rommel'),
      asFile('.DS_Store', 'rommel'),
      asFile('@@/@@/@@/etc/passwd.json', bid(4)),
      asFile('binnen.zip', 'PK\u0003\u0004'),
    ]);
    // yazl refuses to write a name that climbs out of the folder; a hostile ZIP has one anyway.
    const hostile = Buffer.from(zip.toString('latin1').replaceAll('@@/@@/@@/', '../../../'), 'latin1');
    const res = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [{ naam: 'inschrijvingen.zip', inhoud: hostile }]).expect(201);
    expect(res.body).toMatchObject({ ontvangen: 4, geldig: 3, ongeldig: 1 });
    expect(res.body.inschrijvingen.map((b: { bestandsnaam: string }) => b.bestandsnaam)).toEqual([
      'inschrijvingen.zip/map/bod-1.json',
      'inschrijvingen.zip/map/sub/bod-2.json',
      'inschrijvingen.zip/../../../etc/passwd.json',
      'inschrijvingen.zip/binnen.zip',
    ]);
    expect(res.body.inschrijvingen[3].fouten[0].detail).toContain('ZIP-bestand in een ZIP-bestand');
  });

  it('weigert een ZIP met te veel bestanden (413) en bewaart er niets van', async () => {
    const id = await createRound(a, 'Te veel');
    const many = Array.from({ length: 1001 }, (_, i) => asFile(`b${i}.json`, '{}'));
    const res = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [{ naam: 'veel.zip', inhoud: await zipOf(many) }]).expect(413);
    expect(res.body.detail).toBe('Het ZIP-bestand bevat meer dan 1000 bestanden.');
    expect(count('SELECT count(*) AS n FROM inschrijving WHERE ronde_id = ?', id)).toBe(0);
  });

  it('een zip-bom: een bestand dat uitgepakt te groot is, wordt niet uitgepakt maar gemeld', async () => {
    const id = await createRound(a, 'Bom');
    const bomb = Buffer.alloc(5 * 1024 * 1024, 0x20);
    const zip = await zipOf([asFile('bod.json', bid(1)), { naam: 'bom.json', inhoud: bomb }]);
    expect(zip.length).toBeLessThan(64 * 1024);
    const res = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [{ naam: 'b.zip', inhoud: zip }]).expect(201);
    expect(res.body).toMatchObject({ ontvangen: 2, geldig: 1, ongeldig: 1 });
    expect(res.body.inschrijvingen[1].fouten[0].detail).toBe('Het bestand is groter dan 1 MB; een zelfevaluatie is veel kleiner.');
  });

  it('een beschadigd ZIP-bestand wordt als ongeldig bestand gemeld', async () => {
    const id = await createRound(a, 'Kapotte ZIP');
    const zip = await zipOf([asFile('bod.json', bid(1))]);
    const res = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [{ naam: 'kapot.zip', inhoud: zip.subarray(0, zip.length - 30) }]).expect(201);
    expect(res.body.inschrijvingen[0]).toMatchObject({ bestandsnaam: 'kapot.zip', geldig: false });
  });
});

describe('grenzen van een upload', () => {
  it('geen bestanden: 400; ander veld: 400; geen multipart: 415', async () => {
    const id = await createRound(a, 'Grenzen');
    const url = `/api/v1/screeningsrondes/${id}/inschrijvingen`;
    const none = await a.agent.post(url).set('X-CSRF-Token', a.csrf).field('iets', 'x').expect(400);
    expect(none.body.detail).toContain('Kies één of meer zelfevaluaties');
    await a.agent.post(url).set('X-CSRF-Token', a.csrf).attach('bestand', Buffer.from('{}'), 'a.json').expect(400);
    await a.agent.post(url).set('X-CSRF-Token', a.csrf).send({ versie: '1' }).expect(415);
    expect(count('SELECT count(*) AS n FROM inschrijving WHERE ronde_id = ?', id)).toBe(0);
  });

  it('een los JSON-bestand groter dan 1 MB wordt gemeld, niet gelezen', async () => {
    const id = await createRound(a, 'Groot bestand');
    const big = Buffer.alloc(1024 * 1024 + 1, 0x20);
    const res = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [{ naam: 'groot.json', inhoud: big }]).expect(201);
    expect(res.body.inschrijvingen[0].fouten[0].detail).toContain('groter dan 1 MB');
  });
});
