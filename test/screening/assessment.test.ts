// The assessment workflow (issue 13, part 1): a status per bid set by a person, a reason when it differs from the
// automatic verdict, a second assessor's confirmation (four eyes), notes, all logged and in the Excel workbook.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { asFile, attachAll, binary, createRound, csrfFrom, login, sampleNamed, testEnv, type Agent, type TestEnv } from './helpers.js';

let env: TestEnv;
let eerste: Agent;
let tweede: Agent;
let id: string;
let goed: { id: string; uitslag: string };
let fout: { id: string; uitslag: string };

beforeAll(async () => {
  env = await testEnv();
  eerste = await login(env.app);
  tweede = await login(env.app, 'collega@gz.example');
  id = await createRound(eerste, 'Beoordelen');
  const res = await attachAll(eerste.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', eerste.csrf), [
    asFile('goed.json', sampleNamed('15N13-voldoet.json', 'Stichting Goed', '70000001')),
    asFile('fout.json', sampleNamed('15N13-voldoet-niet-nacht-30-minuten.json', 'Stichting Nacht', '70000002')),
  ]).expect(201);
  [goed, fout] = res.body.inschrijvingen;
});

const url = (bid: string, sub = '') => `/api/v1/screeningsrondes/${id}/inschrijvingen/${bid}${sub}`;

describe('beoordeling per inschrijving', () => {
  it('een status die afwijkt van de automatische uitslag vraagt een reden', async () => {
    expect([goed.uitslag, fout.uitslag]).toEqual(['voldoet', 'voldoet-niet']);
    const res = await eerste.agent.put(url(goed.id, '/beoordeling')).set('X-CSRF-Token', eerste.csrf).send({ status: 'uitgesloten' }).expect(422);
    expect(res.body.detail).toBe('Geef een reden: deze status wijkt af van de automatische uitslag (voldoet).');
    await eerste.agent.put(url(goed.id, '/beoordeling')).set('X-CSRF-Token', eerste.csrf).send({ status: 'koning' }).expect(422);
    const ok = await eerste.agent.put(url(goed.id, '/beoordeling')).set('X-CSRF-Token', eerste.csrf).send({ status: 'voldoet' }).expect(200);
    expect(ok.body).toMatchObject({ status: 'voldoet', reden: null, door: 'inkoper@gz.example', bevestigdDoor: null });
    const anders = await eerste.agent
      .put(url(fout.id, '/beoordeling'))
      .set('X-CSRF-Token', eerste.csrf)
      .send({ status: 'verduidelijking-gevraagd', reden: 'Nachtdienst: vraag naar het rooster van januari.' })
      .expect(200);
    expect(anders.body.reden).toBe('Nachtdienst: vraag naar het rooster van januari.');
  });

  it('vier ogen: wie de status vastlegde kan haar niet bevestigen, een ander wel; een nieuwe status wist de bevestiging', async () => {
    const zelf = await eerste.agent.post(url(goed.id, '/beoordeling/bevestiging')).set('X-CSRF-Token', eerste.csrf).expect(409);
    expect(zelf.body.detail).toContain('een tweede beoordelaar moet haar bevestigen');
    const ander = await tweede.agent.post(url(goed.id, '/beoordeling/bevestiging')).set('X-CSRF-Token', tweede.csrf).expect(200);
    expect(ander.body).toMatchObject({ status: 'voldoet', door: 'inkoper@gz.example', bevestigdDoor: 'collega@gz.example' });
    const page = await eerste.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${goed.id}`).expect(200);
    expect(page.text).toContain('bevestigd door collega@gz.example');
    expect(page.text).not.toContain('Bevestigen (tweede beoordelaar)</button>');
    await tweede.agent.put(url(goed.id, '/beoordeling')).set('X-CSRF-Token', tweede.csrf).send({ status: 'voldoet-niet', reden: 'Bij nader inzien: bijlage ontbreekt.' }).expect(200);
    const bid = (await eerste.agent.get(url(goed.id)).expect(200)).body;
    expect(bid.beoordeling).toMatchObject({ status: 'voldoet-niet', door: 'collega@gz.example', bevestigdDoor: null });
    // Now the first assessor is the other pair of eyes, on the page.
    const mine = await eerste.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${goed.id}`).expect(200);
    expect(mine.text).toContain('Bevestigen (tweede beoordelaar)</button>');
    await eerste.agent.post(`/inkoop/rondes/${id}/inschrijvingen/${goed.id}/bevestiging`).type('form').send({ _csrf: csrfFrom(mine.text) }).expect(303);
    await tweede.agent.post(url(fout.id, '/beoordeling/bevestiging')).set('X-CSRF-Token', tweede.csrf).expect(200);
  });

  it('notities per inschrijving en per eis; een onbekende eis wordt geweigerd', async () => {
    const bid = (await eerste.agent.get(url(fout.id)).expect(200)).body;
    const eis = bid.toetsresultaat.producten[0].eisen[0].id as string;
    await eerste.agent.post(url(fout.id, '/notities')).set('X-CSRF-Token', eerste.csrf).send({ tekst: 'Gebeld met de aanbieder.' }).expect(201);
    const perEis = await tweede.agent.post(url(fout.id, '/notities')).set('X-CSRF-Token', tweede.csrf).send({ tekst: 'Zie toelichting.', eis }).expect(201);
    expect(perEis.body).toMatchObject({ eisId: eis, tekst: 'Zie toelichting.', door: 'collega@gz.example' });
    await eerste.agent.post(url(fout.id, '/notities')).set('X-CSRF-Token', eerste.csrf).send({ tekst: 'x', eis: 'bestaat-niet' }).expect(422);
    await eerste.agent.post(url(fout.id, '/notities')).set('X-CSRF-Token', eerste.csrf).send({ tekst: '   ' }).expect(422);
    const page = await eerste.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${fout.id}`).expect(200);
    await eerste.agent.post(`/inkoop/rondes/${id}/inschrijvingen/${fout.id}/notities`).type('form').send({ _csrf: csrfFrom(page.text), tekst: 'Via de pagina.', eis: '' }).expect(303);
    const after = (await eerste.agent.get(url(fout.id)).expect(200)).body;
    expect(after.notities.map((n: { tekst: string }) => n.tekst)).toEqual(['Gebeld met de aanbieder.', 'Zie toelichting.', 'Via de pagina.']);
  });

  it('op de pagina: een reden die ontbreekt staat bij het veld, met de gekozen status, en niets is opgeslagen', async () => {
    const voor = (await eerste.agent.get(url(goed.id)).expect(200)).body.beoordeling;
    expect(voor).toMatchObject({ status: expect.any(String), door: expect.any(String) });
    const page = await eerste.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${goed.id}`).expect(200);
    const res = await eerste.agent
      .post(`/inkoop/rondes/${id}/inschrijvingen/${goed.id}/beoordeling`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), status: 'uitgesloten', reden: '' })
      .expect(422)
      .expect('content-type', /text\/html/);
    expect(res.text).toContain('<p class="foutmelding" id="reden-fout">Geef een reden: deze status wijkt af van de automatische uitslag (voldoet).</p>');
    expect(res.text).toMatch(/<textarea id="reden"[^>]*aria-invalid="true"/);
    expect(res.text).toMatch(/<option value="uitgesloten" selected>/);
    expect((await eerste.agent.get(url(goed.id)).expect(200)).body.beoordeling).toEqual(voor);
    // A note that is only spaces: the message at the note, the page otherwise as it was.
    const leeg = await eerste.agent.post(`/inkoop/rondes/${id}/inschrijvingen/${goed.id}/notities`).type('form').send({ _csrf: csrfFrom(page.text), tekst: '   ', eis: '' }).expect(422);
    expect(leeg.text).toContain('id="notitie-fout"');
  });

  it('alles staat in het logboek (alleen nummers) en in het Excel-blad Beoordeling', async () => {
    const acties = (env.db.prepare("SELECT actie, details FROM audit WHERE ronde_id = ? AND actie IN ('status-gezet', 'status-bevestigd', 'notitie-toegevoegd') ORDER BY id").all(id) as Array<{ actie: string; details: string }>);
    expect(acties.slice(0, 3)).toEqual([
      { actie: 'status-gezet', details: 'inschrijving 1: voldoet' },
      { actie: 'status-gezet', details: 'inschrijving 2: verduidelijking-gevraagd' },
      { actie: 'status-bevestigd', details: 'inschrijving 1: voldoet' },
    ]);
    expect(JSON.stringify(acties)).not.toContain('Stichting');
    const res = await eerste.agent.get(`/api/v1/screeningsrondes/${id}/export.xlsx`).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Parameters<typeof wb.xlsx.load>[0]);
    const rows = wb.getWorksheet('Beoordeling')!.getSheetValues().slice(2).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    expect(rows.map((r) => [r[0], r[3], r[4], r[5], r[6], r[8]])).toEqual([
      [1, 'Voldoet', 'Voldoet niet', 'Bij nader inzien: bijlage ontbreekt.', 'collega@gz.example', 'inkoper@gz.example'],
      [2, 'Voldoet niet', 'Verduidelijking gevraagd', 'Nachtdienst: vraag naar het rooster van januari.', 'inkoper@gz.example', 'collega@gz.example'],
    ]);
    expect(String(rows[1]![10])).toContain('Gebeld met de aanbieder. (inkoper@gz.example)');
  });
});
