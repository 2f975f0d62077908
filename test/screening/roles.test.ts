// Roles and disabling users (issue 13, part 2): beheerder, beoordelaar, lezer; the CLI disables and removes users
// with immediate effect.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '../../server/screening/auth.js';
import { userCommand } from '../../server/screening/cli.js';
import { PASSWORD, SLUITINGSDATUM, asFile, attachAll, bid, createRound, csrfFrom, login, testEnv, type Agent, type TestEnv } from './helpers.js';

let env: TestEnv;
let beheerder: Agent;
let beoordelaar: Agent;
let lezer: Agent;
let id: string;
let bidId: string;

beforeAll(async () => {
  env = await testEnv();
  await env.store.createUser({ organisatie: 'Regio Gelderland Zuid, inkoop', email: 'lezer@gz.example', naam: 'Lea Lezer', wachtwoordHash: await hashPassword(PASSWORD), rol: 'lezer' });
  beheerder = await login(env.app);
  beoordelaar = await login(env.app, 'collega@gz.example');
  lezer = await login(env.app, 'lezer@gz.example');
  id = await createRound(beheerder, 'Rollen');
  const res = await attachAll(beheerder.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', beheerder.csrf), [asFile('a.json', bid(1))]).expect(201);
  bidId = res.body.inschrijvingen[0].id;
  process.env.EISENTOETS_DATA = env.file;
});
afterAll(() => {
  delete process.env.EISENTOETS_DATA;
});

const forbidden = (res: request.Response, nodig: string) => {
  expect(res.status).toBe(403);
  expect(res.body.title ?? res.text).toContain('Geen toestemming');
  expect(res.body.detail ?? res.text).toContain(`hiervoor is de rol ${nodig} nodig`);
};

describe('rollen', () => {
  it('de eerste gebruiker van een organisatie is beheerder, de volgende beoordelaar', () => {
    const rollen = env.db.prepare('SELECT email, rol FROM gebruiker ORDER BY id').all();
    expect(rollen).toEqual([
      { email: 'inkoper@gz.example', rol: 'beheerder' },
      { email: 'collega@gz.example', rol: 'beoordelaar' },
      { email: 'inkoper@andere.example', rol: 'beheerder' },
      { email: 'lezer@gz.example', rol: 'lezer' },
    ]);
  });

  it('een beoordelaar uploadt en kiest, maar maakt of verwijdert geen rondes, uploads of inschrijvingen', async () => {
    const b = beoordelaar;
    const up = await attachAll(b.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', b.csrf), [asFile('b.json', bid(2))]).expect(201);
    await b.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen/${up.body.inschrijvingen[0].id}/telt`).set('X-CSRF-Token', b.csrf).expect(200);
    forbidden(await b.agent.post('/api/v1/screeningsrondes').set('X-CSRF-Token', b.csrf).send({ naam: 'x', regio: 'gelderland-zuid', sluitingsdatum: SLUITINGSDATUM }), 'beheerder');
    forbidden(await b.agent.delete(`/api/v1/screeningsrondes/${id}`).set('X-CSRF-Token', b.csrf), 'beheerder');
    forbidden(await b.agent.delete(`/api/v1/screeningsrondes/${id}/inschrijvingen/${bidId}`).set('X-CSRF-Token', b.csrf), 'beheerder');
    forbidden(await b.agent.delete(`/api/v1/screeningsrondes/${id}/uploads/1`).set('X-CSRF-Token', b.csrf), 'beheerder');
    forbidden(await b.agent.post(`/api/v1/screeningsrondes/${id}/hertoetsing`).set('X-CSRF-Token', b.csrf), 'beheerder');
    await b.agent.post(`/api/v1/screeningsrondes/${id}/hertoetsing?proef=true`).set('X-CSRF-Token', b.csrf).expect(200);
    const page = await b.agent.post(`/inkoop/rondes/${id}/verwijderen`).set('Accept', 'text/html').type('form').send({ _csrf: b.csrf });
    forbidden(page, 'beheerder');
    const ronde = await b.agent.get(`/inkoop/rondes/${id}`).expect(200);
    expect(ronde.text).toContain('Uploaden en toetsen');
    expect(ronde.text).not.toContain('Ronde verwijderen');
    expect((await b.agent.get('/inkoop').expect(200)).text).not.toContain('Ronde aanmaken');
    expect((await env.db.prepare('SELECT count(*) AS n FROM inschrijving WHERE ronde_id = ?').get(id)) as { n: number }).toEqual({ n: 2 });
  });

  it('een lezer leest en exporteert, maar uploadt niet (403 voordat er iets is gelezen)', async () => {
    const l = lezer;
    await l.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200);
    await l.agent.get(`/api/v1/screeningsrondes/${id}/export.csv`).expect(200);
    await l.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${bidId}`).expect(200);
    forbidden(await attachAll(l.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', l.csrf), [asFile('c.json', bid(3))]), 'beoordelaar');
    forbidden(await l.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen/${bidId}/telt`).set('X-CSRF-Token', l.csrf), 'beoordelaar');
    const ronde = await l.agent.get(`/inkoop/rondes/${id}`).expect(200);
    expect(ronde.text).not.toContain('Uploaden en toetsen');
    const bidPage = await l.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${bidId}`).expect(200);
    expect(bidPage.text).not.toContain('Inschrijving verwijderen');
  });
});

describe('gebruikers uitschakelen en verwijderen op de opdrachtregel', () => {
  const quiet = () => vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const spyErr = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

  it('uitschakelen: sessie en sleutel werken meteen niet meer, inloggen ook niet; inschakelen: de sleutel weer wel', async () => {
    const a = await login(env.app, 'collega@gz.example');
    const page = await a.agent.post('/inkoop/api-sleutels').type('form').send({ _csrf: a.csrf, omschrijving: 'koppeling' }).expect(200);
    const token = /<code class="sleutel">(et_[A-Za-z0-9_-]+)<\/code>/.exec(page.text)![1]!;
    const api = () => request(env.app).get('/api/v1/screeningsrondes').set('Authorization', `Bearer ${token}`);
    await api().expect(200);
    const log = quiet();
    const err = spyErr();
    try {
      await userCommand(['collega@gz.example', '--uitschakelen']);
      expect(log.mock.calls.at(-1)![0]).toContain('is uitgeschakeld');
      await a.agent.get('/inkoop').expect(303);
      await api().expect(401);
      const again = request.agent(env.app);
      const form = await again.get('/inkoop/inloggen').expect(200);
      const res = await again.post('/inkoop/inloggen').type('form').send({ _csrf: csrfFrom(form.text), email: 'collega@gz.example', wachtwoord: PASSWORD }).expect(401);
      expect(res.text).toContain('Het e-mailadres of het wachtwoord klopt niet.');
      await userCommand(['collega@gz.example', '--inschakelen']);
      await api().expect(200);
      await userCommand(['collega@gz.example', '--rol', 'lezer']);
      expect(env.db.prepare("SELECT rol FROM gebruiker WHERE email = 'collega@gz.example'").get()).toEqual({ rol: 'lezer' });
      await expect(userCommand(['collega@gz.example', '--rol', 'koning'])).rejects.toThrow('Onbekende rol; kies uit: beheerder, beoordelaar, lezer.');
      await expect(userCommand(['niemand@gz.example', '--uitschakelen'])).rejects.toThrow('Er is geen gebruiker niemand@gz.example.');
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  });

  it('verwijderen: de gebruiker is weg met sessies en sleutels; het logboek houdt het e-mailadres', async () => {
    const a = await login(env.app, 'lezer@gz.example');
    const page = await a.agent.post('/inkoop/api-sleutels').type('form').send({ _csrf: a.csrf, omschrijving: 'weg' }).expect(200);
    const token = /<code class="sleutel">(et_[A-Za-z0-9_-]+)<\/code>/.exec(page.text)![1]!;
    const log = quiet();
    const err = spyErr();
    try {
      await userCommand(['lezer@gz.example', '--verwijderen']);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
    await a.agent.get('/inkoop').expect(303);
    await request(env.app).get('/api/v1/screeningsrondes').set('Authorization', `Bearer ${token}`).expect(401);
    expect(env.db.prepare("SELECT count(*) AS n FROM gebruiker WHERE email = 'lezer@gz.example'").get()).toEqual({ n: 0 });
    expect(env.db.prepare("SELECT count(*) AS n FROM api_token WHERE omschrijving = 'weg'").get()).toEqual({ n: 0 });
    expect(env.db.prepare("SELECT gebruiker_id, gebruiker_email FROM audit WHERE actie = 'gebruiker-verwijderd'").get()).toEqual({ gebruiker_id: null, gebruiker_email: 'lezer@gz.example' });
  });
});
