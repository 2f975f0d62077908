// Finding bids (issue 13, part 3): search by name or KvK number, filter per product and verdict, sort, and step
// from one bidder to the next.
import { beforeAll, describe, expect, it } from 'vitest';
import { asFile, attachAll, createRound, login, sampleNamed, testEnv, type Agent, type TestEnv } from './helpers.js';

let env: TestEnv;
let a: Agent;
let id: string;
let ids: string[];

beforeAll(async () => {
  env = await testEnv();
  a = await login(env.app);
  id = await createRound(a, 'Zoeken');
  const res = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [
    asFile('a.json', sampleNamed('15N13-voldoet.json', 'Zorggroep Één', '80000001')),
    asFile('b.json', sampleNamed('15N13-voldoet-niet-nacht-30-minuten.json', 'Anker Zorg', '80000002')),
    asFile('c.json', sampleNamed('bod-zorggroep-de-linde.json', 'Beek & Dal', '80000003')),
  ]).expect(201);
  ids = res.body.inschrijvingen.map((b: { id: string }) => b.id);
});

const names = (html: string) => [...html.matchAll(/<th scope="row" class="naam-kolom"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]!.replace('&amp;', '&'));

describe('inschrijvers vinden', () => {
  it('zoeken op naam (zonder accenten of hoofdletters) of KvK-nummer', async () => {
    expect(names((await a.agent.get(`/inkoop/rondes/${id}?zoek=een`).expect(200)).text)).toEqual(['Zorggroep Één']);
    expect(names((await a.agent.get(`/inkoop/rondes/${id}?zoek=80000003`).expect(200)).text)).toEqual(['Beek & Dal']);
    const none = await a.agent.get(`/inkoop/rondes/${id}?zoek=niemand`).expect(200);
    expect(none.text).toContain('0 van de 3 inschrijvers getoond.');
  });

  it('filteren per product en uitslag', async () => {
    expect(names((await a.agent.get(`/inkoop/rondes/${id}?product=15N13&uitslag=voldoet-niet`).expect(200)).text)).toEqual(['Anker Zorg']);
    expect(names((await a.agent.get(`/inkoop/rondes/${id}?product=15N13`).expect(200)).text)).toContain('Zorggroep Één');
  });

  it('sorteren op naam, KvK-nummer en op en af', async () => {
    expect(names((await a.agent.get(`/inkoop/rondes/${id}?sorteer=naam`).expect(200)).text)).toEqual(['Anker Zorg', 'Beek & Dal', 'Zorggroep Één']);
    expect(names((await a.agent.get(`/inkoop/rondes/${id}?sorteer=kvk&richting=af`).expect(200)).text)).toEqual(['Beek & Dal', 'Anker Zorg', 'Zorggroep Één']);
    expect(names((await a.agent.get(`/inkoop/rondes/${id}?sorteer=onzin`).expect(200)).text)).toEqual(['Zorggroep Één', 'Anker Zorg', 'Beek & Dal']);
  });

  it('vorige en volgende tussen inschrijvers', async () => {
    const mid = await a.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${ids[1]}`).expect(200);
    expect(mid.text).toContain(`href="/inkoop/rondes/${id}/inschrijvingen/${ids[0]}" rel="prev"`);
    expect(mid.text).toContain(`href="/inkoop/rondes/${id}/inschrijvingen/${ids[2]}" rel="next"`);
    const first = await a.agent.get(`/inkoop/rondes/${id}/inschrijvingen/${ids[0]}`).expect(200);
    expect(first.text).not.toContain('rel="prev"');
  });

  it('twee inschrijvingen naast elkaar: per product de uitslag van elk, en hun tekortkomingen', async () => {
    const page = await a.agent.get(`/inkoop/rondes/${id}/vergelijken?a=${ids[0]}&b=${ids[1]}`).expect(200);
    expect(page.text).toContain('Twee inschrijvingen naast elkaar');
    expect(page.text).toMatch(/<th scope="row">15N13 [^<]+<\/th><td>Voldoet<\/td><td>Voldoet niet<\/td>/);
    expect(page.text).toContain('15N13: ');
    const ronde = await a.agent.get(`/inkoop/rondes/${id}`).expect(200);
    expect(ronde.text).toContain(`href="/inkoop/rondes/${id}/vergelijken"`);
  });
});
