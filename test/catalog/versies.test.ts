import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { check } from '../../server/engine/check.js';
import { createApp } from '../../server/http/app.js';
import { projectRoot } from '../../server/paths.js';
import { twoYears } from '../helpers/two-years.js';

const root = twoYears();
const catalog = loadCatalog(root);
const bod = JSON.parse(readFileSync(path.join(projectRoot, 'samples/gelderland-zuid/15N13-voldoet.json'), 'utf8'));
const eis = (r: { producten: Array<{ eisen: Array<{ id: string; uitslag: string }> }> }, id: string) => r.producten[0]!.eisen.find((e) => e.id === id);

describe('jaren naast elkaar', () => {
  it('de loader leest beide versies; de versie van vandaag geldt in de catalogus', () => {
    const gz = catalog.regios.get('gelderland-zuid')!;
    expect(gz.versies.map((v) => [v.jaar, v.geldigVanaf, v.geldigTot])).toEqual([[2026, '2026-01-01', '2026-12-31'], [2027, '2027-01-01', '2027-12-31']]);
    expect(gz.versies[0]!.versie).not.toBe(gz.versies[1]!.versie);
    expect(gz.versies[1]!.producten.get('15N13')!.tarief).toEqual({ bedrag: 251.4, eenheid: 'etmaal', eenheidCode: '14' });
    expect(gz.versies[1]!.bestand).toBe('regios/gelderland-zuid/2027/regio.schema.json');
  });

  it('de toets kiest de versie die geldt op de dag van de toets, of het gevraagde jaar; het resultaat noemt versie, periode en hash', () => {
    const in2026 = check(bod, catalog, { now: new Date('2026-06-01T10:00:00Z') });
    const in2027 = check(bod, catalog, { now: new Date('2027-03-01T10:00:00Z') });
    if (!in2026.ok || !in2027.ok) throw new Error('ongeldig');
    const [v2026, v2027] = catalog.regios.get('gelderland-zuid')!.versies;
    expect(in2026.resultaat.regio).toMatchObject({ jaar: 2026, geldigVanaf: '2026-01-01', geldigTot: '2026-12-31' });
    expect(in2026.resultaat.catalogusVersie).toBe(v2026!.versie);
    expect(in2026.resultaat.uitslag).toBe('voldoet');
    expect(eis(in2026.resultaat, 'gz-15N13-spv-2027')).toBeUndefined();

    expect(in2027.resultaat.regio).toMatchObject({ jaar: 2027, geldigVanaf: '2027-01-01', geldigTot: '2027-12-31' });
    expect(in2027.resultaat.catalogusVersie).toBe(v2027!.versie);
    expect(eis(in2027.resultaat, 'gz-15N13-beschikbaarheid-nacht')!.uitslag).toBe('voldoet-niet'); // 10 minutes is more than 5
    expect(eis(in2027.resultaat, 'gz-15N13-spv-2027')).toBeDefined();

    const gevraagd = check({ ...bod, jaar: 2026 }, catalog, { now: new Date('2027-03-01T10:00:00Z') });
    expect(gevraagd.ok && gevraagd.resultaat.regio.jaar).toBe(2026);
    const onbekend = check({ ...bod, jaar: 2030 }, catalog);
    expect(onbekend).toEqual({ ok: false, errors: [{ pointer: '/jaar', detail: expect.stringContaining('Voor 2030 heeft Regio Gelderland Zuid geen catalogus; er zijn: 2026, 2027') }] });
  });

  it('de API toetst met het jaar uit de zelfevaluatie en geeft de schema\'s van elke versie', async () => {
    const app = createApp({ catalog });
    const res = await request(app).post('/api/v1/toetsingen').send({ ...bod, jaar: 2027 }).expect(200);
    expect(res.body.regio).toMatchObject({ jaar: 2027, geldigVanaf: '2027-01-01' });
    await request(app).post('/api/v1/toetsingen').send({ ...bod, jaar: 1999 }).expect(422);
    // Or as a query parameter (the body's jaar goes first); a malformed one is a 400.
    const query = await request(app).post('/api/v1/toetsingen?jaar=2027').send(bod).expect(200);
    expect(query.body.regio.jaar).toBe(2027);
    const beide = await request(app).post('/api/v1/toetsingen?jaar=2027').send({ ...bod, jaar: 2026 }).expect(200);
    expect(beide.body.regio.jaar).toBe(2026);
    await request(app).post('/api/v1/toetsingen?jaar=volgend').send(bod).expect(400);
    const product = await request(app).get('/api/v1/regios/gelderland-zuid/producten/15N13').expect(200);
    expect(product.body.schema).toMatch(/^\/api\/v1\/schemas\/regios\/gelderland-zuid\/202[67]\/15N13\.schema\.json$/);
    const schema = await request(app).get(product.body.schema).expect(200);
    expect(JSON.parse(schema.text)['x-product'].code).toBe('15N13');
    const next = await request(app).get('/api/v1/schemas/regios/gelderland-zuid/2027/15N13.schema.json').expect(200);
    expect(JSON.parse(next.text)['x-product'].tarief.bedrag).toBe(251.4);
  });

  it('eisentoets toets met EISENTOETS_CATALOGUS en jaar 2027', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'eisentoets-versies-')), 'bod.json');
    writeFileSync(file, JSON.stringify({ ...bod, jaar: 2027 }));
    const r = spawnSync(process.execPath, [path.join(projectRoot, 'dist/server/cli/main.js'), 'toets', file], {
      encoding: 'utf8',
      env: { ...process.env, EISENTOETS_CATALOGUS: root, LOG_LEVEL: 'silent' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('(2027)');
    expect(r.stdout).toContain('[gz-15N13-beschikbaarheid-nacht]');
  });
});

describe('wat er verandert', () => {
  it('GET /api/v1/regios/{regio}/verschillen: strenger grens voor grens, eis erbij, tarief anders', async () => {
    const app = createApp({ catalog });
    const res = await request(app).get('/api/v1/regios/gelderland-zuid/verschillen?van=2026&naar=2027').expect(200);
    expect(res.body.van).toMatchObject({ jaar: 2026, geldigVanaf: '2026-01-01' });
    expect(res.body.naar).toMatchObject({ jaar: 2027, geldigTot: '2027-12-31' });
    expect(res.body.producten).toEqual({ toegevoegd: [], vervallen: [] });
    // Amounts as the engine writes them (Intl, with a no-break space after the euro sign).
    expect(JSON.parse(JSON.stringify(res.body.tarieven).replace(/\u00a0/g, ' '))).toEqual([{ code: '15N13', naam: 'Beschermd Wonen: zwaar', van: '€ 239,15 per etmaal', naar: '€ 251,40 per etmaal' }]);
    expect(res.body.eisen).toHaveLength(2);
    const nacht = res.body.eisen.find((e: { id: string }) => e.id === 'gz-15N13-beschikbaarheid-nacht');
    expect(nacht).toMatchObject({ product: '15N13', wijziging: 'strenger', grenzen: [{ sleutelwoord: 'maximum', van: 15, naar: 5, richting: 'strenger' }] });
    expect(nacht.van).toContain('ten hoogste 15 minuten');
    expect(nacht.naar).toContain('ten hoogste 5 minuten');
    expect(res.body.eisen.find((e: { id: string }) => e.id === 'gz-15N13-spv-2027')).toMatchObject({ wijziging: 'toegevoegd', naar: expect.stringContaining('ja') });
    // The other way round it is looser, and the eis is gone.
    const terug = await request(app).get('/api/v1/regios/gelderland-zuid/verschillen?van=2027&naar=2026').expect(200);
    expect(terug.body.eisen.map((e: { wijziging: string }) => e.wijziging).sort()).toEqual(['soepeler', 'vervallen']);
    await request(app).get('/api/v1/regios/gelderland-zuid/verschillen?van=2025&naar=2027').expect(404);
    await request(app).get('/api/v1/regios/gelderland-zuid/verschillen?van=volgend').expect(400);
  });

  it('eisentoets catalogus verschil --bod: welke uitslagen van mijn zelfevaluatie veranderen en wat ik moet aanpassen', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'eisentoets-versies-')), 'bod.json');
    writeFileSync(file, JSON.stringify(bod));
    const r = spawnSync(process.execPath, [path.join(projectRoot, 'dist/server/cli/main.js'), 'catalogus', 'verschil', 'gelderland-zuid', '--van', '2026', '--naar', '2027', '--bod', file], {
      encoding: 'utf8',
      env: { ...process.env, EISENTOETS_CATALOGUS: root, LOG_LEVEL: 'silent' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    r.stdout = r.stdout.replace(/\u00a0/g, ' ');
    expect(r.stdout).toContain('Regio Gelderland Zuid: wat verandert van 2026 (2026-01-01 t/m 2026-12-31) naar 2027 (2027-01-01 t/m 2027-12-31)');
    expect(r.stdout).toContain('15N13 Beschermd Wonen: zwaar: € 239,15 per etmaal → € 251,40 per etmaal');
    expect(r.stdout).toMatch(/strenger {2}15N13 .*\[gz-15N13-beschikbaarheid-nacht\]\n.*was: .*ten hoogste 15 minuten\n.*wordt: .*ten hoogste 5 minuten\n.*maximum: 15 → 5 \(strenger\)/);
    expect(r.stdout).toMatch(/erbij {5}15N13 Een SPV in het team \[gz-15N13-spv-2027\]/);
    expect(r.stdout).toContain('met de catalogus van 2027: 2 uitslagen veranderen');
    expect(r.stdout).toMatch(/\[gz-15N13-beschikbaarheid-nacht\]: voldoet → voldoet niet\n {4}Pas .*5 minuten/);
    expect(r.stdout).toMatch(/\[gz-15N13-spv-2027\]: nieuwe eis → voldoet/); // the sample has an SPV
  });
});
