import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, createRound, csrfFrom, login, testEnv, type TestEnv, SLUITINGSDATUM } from './helpers.js';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});

const problemType = /^application\/problem\+json/;
const someId = '00000000-0000-4000-8000-000000000000';

describe('inloggen', () => {
  it('een bezoeker zonder sessie gaat naar de inlogpagina, en na het inloggen terug', async () => {
    const res = await request(env.app).get('/inkoop/rondes/abc?x=1').expect(303);
    expect(res.headers.location).toBe('/inkoop/inloggen?terug=%2Finkoop%2Frondes%2Fabc%3Fx%3D1');
    await request(env.app).get('/inkoop').expect(303).expect('location', '/inkoop/inloggen?terug=%2Finkoop');

    const agent = request.agent(env.app);
    const page = await agent.get('/inkoop/inloggen?terug=%2Finkoop%2Flogboek').expect(200).expect('content-type', /text\/html/);
    expect(page.text).toContain('<h1>Inloggen</h1>');
    const ok = await agent
      .post('/inkoop/inloggen')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), email: 'inkoper@gz.example', wachtwoord: PASSWORD, terug: '/inkoop/logboek' })
      .expect(303)
      .expect('location', '/inkoop/logboek');
    const cookie = ([] as string[]).concat(ok.headers['set-cookie'] ?? []).find((c) => c.startsWith('eisentoets-sessie='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    const logboek = await agent.get('/inkoop/logboek').expect(200);
    expect(logboek.text).toContain('Ingelogd');
    expect(logboek.headers['cache-control']).toBe('no-store');
  });

  it('een verkeerd wachtwoord of onbekend adres: 401 met dezelfde melding, geen sessie', async () => {
    for (const [email, wachtwoord] of [['inkoper@gz.example', 'fout-wachtwoord-123'], ['niemand@gz.example', PASSWORD]]) {
      const agent = request.agent(env.app);
      const page = await agent.get('/inkoop/inloggen').expect(200);
      const res = await agent.post('/inkoop/inloggen').type('form').send({ _csrf: csrfFrom(page.text), email, wachtwoord }).expect(401);
      expect(res.text).toContain('Het e-mailadres of het wachtwoord klopt niet.');
      expect(([] as string[]).concat(res.headers['set-cookie'] ?? []).some((c) => c.startsWith('eisentoets-sessie='))).toBe(false);
      await agent.get('/inkoop').expect(303);
    }
  });

  it('volgt na het inloggen alleen paden binnen /inkoop (geen open redirect)', async () => {
    const agent = request.agent(env.app);
    const page = await agent.get('/inkoop/inloggen').expect(200);
    await agent
      .post('/inkoop/inloggen')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), email: 'inkoper@gz.example', wachtwoord: PASSWORD, terug: '//evil.example/inkoop' })
      .expect(303)
      .expect('location', '/inkoop');
  });

  it('remt het raden van wachtwoorden af: 429 na de ingestelde limiet per minuut', async () => {
    const braked = await testEnv({ loginLimit: 3 });
    const agent = request.agent(braked.app);
    const page = await agent.get('/inkoop/inloggen').expect(200);
    const attempt = () => agent.post('/inkoop/inloggen').type('form').send({ _csrf: csrfFrom(page.text), email: 'inkoper@gz.example', wachtwoord: 'geraden-wachtwoord' });
    for (let i = 0; i < 3; i++) await attempt().expect(401);
    await attempt().expect(429);
  });

  it('uitloggen beëindigt de sessie op de server', async () => {
    const a = await login(env.app);
    await a.agent.post('/inkoop/uitloggen').type('form').send({ _csrf: a.csrf }).expect(303).expect('location', '/inkoop/inloggen');
    await a.agent.get('/inkoop').expect(303);
    await a.agent.get('/api/v1/screeningsrondes').expect(401);
  });
});

describe('CSRF', () => {
  it('weigert een formulier zonder of met een vals token (403), ook het inlogformulier', async () => {
    const a = await login(env.app);
    const zonder = await a.agent.post('/inkoop/rondes').type('form').send({ naam: 'X', regio: 'gelderland-zuid', sluitingsdatum: SLUITINGSDATUM }).expect(403);
    expect(zonder.text).toContain('Formulier verlopen');
    await a.agent.post('/inkoop/rondes').type('form').send({ _csrf: 'a.b', naam: 'X', regio: 'gelderland-zuid', sluitingsdatum: SLUITINGSDATUM }).expect(403);
    const login2 = await request(env.app).post('/inkoop/inloggen').type('form').send({ email: 'inkoper@gz.example', wachtwoord: PASSWORD }).expect(403);
    expect(login2.text).not.toContain('eisentoets-sessie');
    // Nothing was created.
    const lijst = await a.agent.get('/api/v1/screeningsrondes').expect(200);
    expect(lijst.body.screeningsrondes).toHaveLength(0);
  });

  it('een token van een andere sessie telt niet', async () => {
    const a = await login(env.app);
    const b = await login(env.app, 'collega@gz.example');
    await a.agent.post('/inkoop/rondes').type('form').send({ _csrf: b.csrf, naam: 'X', regio: 'gelderland-zuid', sluitingsdatum: SLUITINGSDATUM }).expect(403);
  });

  it('de API met een sessiecookie vraagt het token in de kop X-CSRF-Token; met een API-sleutel niet', async () => {
    const a = await login(env.app);
    const res = await a.agent.post('/api/v1/screeningsrondes').send({ naam: 'X', regio: 'gelderland-zuid', sluitingsdatum: SLUITINGSDATUM }).expect(403).expect('content-type', problemType);
    expect(res.body).toMatchObject({ status: 403, title: 'Formulier verlopen' });
    await a.agent.post(`/api/v1/screeningsrondes/${someId}/inschrijvingen`).attach('bestanden', Buffer.from('{}'), 'a.json').expect(404);
    const id = await createRound(a, 'CSRF-test');
    await a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).attach('bestanden', Buffer.from('{}'), 'a.json').expect(403);
    await a.agent.delete(`/api/v1/screeningsrondes/${id}`).expect(403);
    await a.agent.delete(`/api/v1/screeningsrondes/${id}`).set('X-CSRF-Token', a.csrf).expect(204);
  });
});

describe('API: 401 zonder geldige sessie of sleutel, vóór al het andere', () => {
  const paths: Array<[string, string]> = [
    ['get', '/api/v1/screeningsrondes'],
    ['post', '/api/v1/screeningsrondes'],
    ['get', `/api/v1/screeningsrondes/${someId}`],
    ['get', '/api/v1/screeningsrondes/geen-uuid'],
    ['post', `/api/v1/screeningsrondes/${someId}/inschrijvingen`],
    ['get', `/api/v1/screeningsrondes/${someId}/export.xlsx`],
    ['get', `/api/v1/screeningsrondes/${someId}/export.csv`],
    ['get', `/api/v1/screeningsrondes/${someId}/rapporten.zip`],
    ['delete', `/api/v1/screeningsrondes/${someId}`],
    ['get', '/api/v1/screeningsrondes/bestaat/niet/eens'],
  ];
  it.each(paths)('%s %s', async (method, url) => {
    const req = (request(env.app) as unknown as Record<string, (u: string) => request.Test>)[method]!(url);
    const res = await req.set('Content-Type', 'application/json').send('{kapot').expect(401).expect('content-type', problemType);
    expect(res.body).toMatchObject({ status: 401, title: 'Niet aangemeld', type: 'https://eisentoets.nl/problemen/niet-aangemeld' });
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('een onbekende of ingetrokken sleutel is ook 401', async () => {
    await request(env.app).get('/api/v1/screeningsrondes').set('Authorization', 'Bearer et_dezesleutelbestaatniet00000000000').expect(401);
    const a = await login(env.app);
    const page = await a.agent.post('/inkoop/api-sleutels').type('form').send({ _csrf: a.csrf, omschrijving: 'test' }).expect(200);
    const token = /<code class="sleutel">(et_[A-Za-z0-9_-]+)<\/code>/.exec(page.text)![1]!;
    await request(env.app).get('/api/v1/screeningsrondes').set('Authorization', `Bearer ${token}`).expect(200);
    const id = /\/inkoop\/api-sleutels\/(\d+)\/intrekken/.exec(page.text)![1];
    await a.agent.post(`/inkoop/api-sleutels/${id}/intrekken`).type('form').send({ _csrf: csrfFrom(page.text) }).expect(303);
    await request(env.app).get('/api/v1/screeningsrondes').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('een sleutel geeft toegang zonder CSRF-token', async () => {
    const a = await login(env.app);
    const page = await a.agent.post('/inkoop/api-sleutels').type('form').send({ _csrf: a.csrf, omschrijving: 'koppeling' }).expect(200);
    const token = /<code class="sleutel">(et_[A-Za-z0-9_-]+)<\/code>/.exec(page.text)![1]!;
    const res = await request(env.app)
      .post('/api/v1/screeningsrondes')
      .set('Authorization', `Bearer ${token}`)
      .send({ naam: 'Via sleutel', regio: 'gelderland-zuid', sluitingsdatum: SLUITINGSDATUM })
      .expect(201);
    expect(res.headers.location).toBe(`/api/v1/screeningsrondes/${res.body.id}`);
  });
});

describe('organisaties zien elkaars rondes niet', () => {
  it('een ronde van een andere organisatie is 404, precies als een ronde die niet bestaat', async () => {
    const gz = await login(env.app);
    const id = await createRound(gz, 'Vertrouwelijk');
    const ander = await login(env.app, 'inkoper@andere.example');
    const lijst = await ander.agent.get('/api/v1/screeningsrondes').expect(200);
    expect(lijst.body.screeningsrondes.map((r: { id: string }) => r.id)).not.toContain(id);

    const vreemd = await ander.agent.get(`/api/v1/screeningsrondes/${id}`).expect(404).expect('content-type', problemType);
    const onbekend = await ander.agent.get(`/api/v1/screeningsrondes/${someId}`).expect(404);
    expect({ ...vreemd.body, instance: undefined, requestId: undefined }).toEqual({ ...onbekend.body, instance: undefined, requestId: undefined });
    expect(JSON.stringify(vreemd.body)).not.toContain('Vertrouwelijk');

    for (const sub of ['export.xlsx', 'export.csv', 'rapporten.zip']) await ander.agent.get(`/api/v1/screeningsrondes/${id}/${sub}`).expect(404);
    await ander.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', ander.csrf).attach('bestanden', Buffer.from('{}'), 'a.json').expect(404);
    await ander.agent.delete(`/api/v1/screeningsrondes/${id}`).set('X-CSRF-Token', ander.csrf).expect(404);
    const pagina = await ander.agent.get(`/inkoop/rondes/${id}`).expect(404).expect('content-type', /text\/html/);
    expect(pagina.text).not.toContain('Vertrouwelijk');
    await ander.agent.post(`/inkoop/rondes/${id}/verwijderen`).type('form').send({ _csrf: ander.csrf }).expect(404);
    // Still there for its own organisation.
    await gz.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200);
  });
});
