// Screening a round again keeps the catalog year its results were screened against (issue 14): with two years side
// by side, "the catalog of now" is that year as loaded now, not the year of today.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { twoYears } from '../helpers/two-years.js';
import { asFile, attachAll, createRound, login, sampleNamed, testEnv, type Agent, type TestEnv } from './helpers.js';

let env: TestEnv;
let a: Agent;
beforeAll(async () => {
  env = await testEnv({ catalog: loadCatalog(twoYears()) });
  a = await login(env.app);
});

describe('opnieuw toetsen met twee catalogusjaren', () => {
  it('blijft bij het jaar van de opgeslagen uitslagen, ook als vandaag een ander jaar geldt', async () => {
    const [v2026, v2027] = env.catalog.regios.get('gelderland-zuid')!.versies;
    const id = await createRound(a, 'Jaar vast');
    const res = await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [
      asFile('goed.json', sampleNamed('15N13-voldoet.json', 'Stichting Goed', '60000001')),
    ]).expect(201);
    const target = res.body.inschrijvingen[0];
    const row = env.db.prepare('SELECT resultaat, catalogus_versie AS v FROM inschrijving WHERE id = ?').get(target.id) as { resultaat: string; v: string };
    const today = JSON.parse(row.resultaat).regio.jaar as number;
    const other = today === 2026 ? v2027! : v2026!;
    // As if the round had been screened against the other year: rescreening keeps that year.
    const stored = JSON.parse(row.resultaat);
    stored.regio.jaar = other.jaar;
    stored.catalogusVersie = other.versie;
    env.db.prepare('UPDATE inschrijving SET resultaat = ?, catalogus_versie = ? WHERE id = ?').run(JSON.stringify(stored), other.versie, target.id);

    const proef = await a.agent.post(`/api/v1/screeningsrondes/${id}/hertoetsing?proef=true`).set('X-CSRF-Token', a.csrf).expect(200);
    expect(proef.body).toMatchObject({ catalogusVersie: other.versie, bekeken: 1, toegepast: false });
    await a.agent.post(`/api/v1/screeningsrondes/${id}/hertoetsing`).set('X-CSRF-Token', a.csrf).expect(200);
    const after = env.db.prepare('SELECT resultaat, catalogus_versie AS v FROM inschrijving WHERE id = ?').get(target.id) as { resultaat: string; v: string };
    expect(after.v).toBe(other.versie);
    expect(JSON.parse(after.resultaat).regio.jaar).toBe(other.jaar);
    // In 2027 the night eis is stricter (5 instead of 15 minutes): the sample fails it there, passes it in 2026.
    const nacht = JSON.parse(after.resultaat).producten[0].eisen.find((e: { id: string }) => e.id === 'gz-15N13-beschikbaarheid-nacht');
    expect(nacht.uitslag).toBe(other.jaar === 2027 ? 'voldoet-niet' : 'voldoet');
  });
});
