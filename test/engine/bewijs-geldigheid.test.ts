import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/http/app.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { controleerCatalogus } from '../../server/catalog/author.js';
import { loadCatalog } from '../../server/catalog/loader.js';
import { check } from '../../server/engine/check.js';
import { addMonths } from '../../server/engine/evidence.js';
import { validateToetsresultaat } from '../../server/contract/validate.js';
import type { EisResultaat } from '../../server/types/contract.js';
import { fixtureRegion } from '../helpers/fixture-region.js';

// No seed document states a maximum age for evidence, so the real catalogs have none: a test catalog shows it.
const fx = fixtureRegion();
fx.write('T1.schema.json', {
  ...fx.t1,
  'x-bijlagen': [
    { soort: 'spv-bewijs', label: 'Bewijs SPV' },
    {
      soort: 'kvk-uittreksel',
      label: 'Uittreksel KvK',
      bewijs: 'Een uittreksel uit het Handelsregister van de Kamer van Koophandel.',
      maxLeeftijdMaanden: 6,
      bron: { sectie: '3', citaat: 'Het uittreksel is niet ouder dan zes maanden.' },
    },
  ],
});
const catalog = loadCatalog(fx.root);
const ALLE = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const sha = 'a'.repeat(64);
const bid = (bijlagen?: unknown[]) => ({
  versie: '2',
  regio: 'testregio',
  aanbieder: { naam: 'Test', kvkNummer: '12345678' },
  aanbod: [{
    productcode: 'T1',
    beschikbaarheid: { vensters: [{ dagen: ALLE, van: '00:00', tot: '24:00', telefonischMinuten: 5, fysiekMinuten: 15 }] },
    rooster: { diensten: [{ naam: 'nacht', dagen: ALLE, van: '23:00', tot: '07:00', overMiddernacht: true, plaats: 'locatie', medewerkers: [{ niveau: 'mbo4', wijze: 'wakend' }] }] },
    verklaringen: { herstelplan: true },
    ...(bijlagen ? { bijlagen } : {}),
  }],
});
// 23 November 2026, 23:30 in Amsterdam (22:30 UTC): the Dutch calendar day counts.
const now = new Date('2026-11-23T22:30:00Z');
const run = (bijlagen?: unknown[]) => {
  const out = check(bid(bijlagen), catalog, { now });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  expect(validateToetsresultaat(out.resultaat), JSON.stringify(validateToetsresultaat.errors)).toBe(true);
  return { r: out.resultaat, e: out.resultaat.producten[0]!.eisen.find((x) => x.id === 'tr-T1-bijlage-kvk-uittreksel-geldig') as EisResultaat };
};
const kvk = (datum?: string, bestandsnaam = 'kvk.pdf') => ({ soort: 'kvk-uittreksel', bestandsnaam, sha256: sha, ...(datum ? { datum } : {}) });

describe('bewijs met een geldigheid (x-bijlagen maxLeeftijdMaanden)', () => {
  it('een uittreksel binnen zes maanden voldoet en zegt tot wanneer het geldig is', () => {
    const { r, e } = run([kvk('2026-05-23')]);
    expect(e).toMatchObject({
      uitslag: 'voldoet',
      titel: 'Uittreksel KvK niet ouder dan 6 maanden',
      velden: ['/aanbod/0/bijlagen/0/datum'],
      opgegeven: 'kvk.pdf, gedateerd 23 mei 2026: geldig tot en met 23 november 2026',
      bron: { document: 'Testdocument 2026', sectie: '3', citaat: 'Het uittreksel is niet ouder dan zes maanden.' },
    });
    expect(e.advies).toBeUndefined();
    expect(r.uitslag).toBe('voldoet');
  });

  it('een dag te oud voldoet niet, met de datum tot wanneer het geldig was', () => {
    const { r, e } = run([kvk('2026-05-22')]);
    expect(e.uitslag).toBe('voldoet-niet');
    expect(e.opgegeven).toBe('kvk.pdf, gedateerd 22 mei 2026: verlopen, was geldig tot en met 22 november 2026');
    expect(e.advies).toBe('Uittreksel KvK was geldig tot en met 22 november 2026 en is op de toetsdatum ouder dan 6 maanden: voeg een recenter exemplaar bij, niet ouder dan 6 maanden.');
    expect(r.uitslag).toBe('voldoet-niet');
    expect(r.samenvatting.eisenVoldoetNiet).toBe(1);
  });

  it('het nieuwste gedateerde exemplaar telt', () => {
    const { e } = run([kvk('2025-01-01', 'oud.pdf'), kvk('2026-10-01', 'nieuw.pdf'), kvk(undefined, 'los.pdf')]);
    expect(e).toMatchObject({ uitslag: 'voldoet', velden: ['/aanbod/0/bijlagen/1/datum'] });
    expect(e.opgegeven).toContain('nieuw.pdf');
  });

  it('zonder datum of zonder bijlage is het bewijs ontbreekt, nooit voldoet', () => {
    const zonder = run([kvk()]).e;
    expect(zonder).toMatchObject({ uitslag: 'ontbreekt', velden: ['/aanbod/0/bijlagen/0/datum'], opgegeven: 'kvk.pdf, zonder datum' });
    expect(zonder.advies).toContain('Vul de datum van de bijlage in (Uittreksel KvK)');
    const geen = run().e;
    expect(geen).toMatchObject({ uitslag: 'ontbreekt', velden: ['/aanbod/0/bijlagen'], opgegeven: 'geen bijlage van deze soort' });
    expect(geen.advies).toBe('Voeg Uittreksel KvK bij, met de datum ervan (ten hoogste 6 maanden oud).');
    expect(run().r.uitslag).toBe('voldoet-niet');
  });

  it('een datum na de toetsdatum bewijst niets: ontbreekt, en een eerder gedateerd exemplaar telt dan gewoon', () => {
    const { r, e } = run([kvk('2026-11-24', 'morgen.pdf')]);
    expect(e).toMatchObject({
      uitslag: 'ontbreekt',
      velden: ['/aanbod/0/bijlagen/0/datum'],
      opgegeven: 'morgen.pdf, gedateerd 24 november 2026: na de toetsdatum',
      advies: 'De datum van de bijlage (Uittreksel KvK) ligt na de toetsdatum; een bewijsstuk kan niet uit de toekomst komen. Vul de datum van afgifte in.',
    });
    expect(r.uitslag).not.toBe('voldoet');
    // The Dutch calendar day of the check (23 November, 23:30 in Amsterdam) is itself a valid date of issue.
    expect(run([kvk('2026-11-23')]).e.uitslag).toBe('voldoet');
    expect(run([kvk('2027-01-01', 'tikfout.pdf'), kvk('2026-09-01', 'echt.pdf')]).e).toMatchObject({ uitslag: 'voldoet', velden: ['/aanbod/0/bijlagen/1/datum'] });
  });

  it('een soort zonder maximale leeftijd krijgt geen geldigheidstoets', () => {
    const { r } = run([kvk('2026-10-01')]);
    expect(r.producten[0]!.eisen.map((x) => x.id).filter((id) => id.includes('-bijlage-'))).toEqual(['tr-T1-bijlage-kvk-uittreksel-geldig']);
  });

  it('een ongeldige datum is een invoerfout met pointer, geen uitslag', () => {
    const out = check(bid([kvk('2026-02-30')]), catalog, { now });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[0]).toEqual({ pointer: '/aanbod/0/bijlagen/0/datum', detail: 'datum van de bijlage: "2026-02-30" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-05-23' });
  });

  it('telt maanden op de kalender: 31 augustus + 6 maanden is 28 februari', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-05-23', 6)).toBe('2026-11-23');
  });
});

describe('catalogus: maxLeeftijdMaanden vraagt een bron', () => {
  it('zonder bron laadt de catalogus niet, met een Nederlandse melding', () => {
    const f = fixtureRegion();
    f.write('T1.schema.json', { ...f.t1, 'x-bijlagen': [{ soort: 'kvk-uittreksel', label: 'Uittreksel KvK', maxLeeftijdMaanden: 6 }] });
    expect(() => loadCatalog(f.root)).toThrow(/x-bijlagen\/0/);
  });

  it('de citaatcontrole zoekt ook het citaat van de termijn', () => {
    const bronnen = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-bronnen-'));
    writeFileSync(path.join(bronnen, 'test.txt'), 'Een document zonder de termijn.');
    const uitkomst = controleerCatalogus(fx.root, bronnen);
    expect(uitkomst.problemen.filter((p) => p.pointer.startsWith('/x-bijlagen'))).toEqual([
      expect.objectContaining({ pointer: '/x-bijlagen/1/bron/citaat', melding: 'citaat staat niet letterlijk in test.txt: "Het uittreksel is niet ouder dan zes maanden."' }),
    ]);
    writeFileSync(path.join(bronnen, 'test.txt'), 'Bijlagen. Het uittreksel is   niet ouder dan zes maanden.');
    expect(controleerCatalogus(fx.root, bronnen).problemen.filter((p) => p.pointer.startsWith('/x-bijlagen'))).toEqual([]);
  });
});

describe('de geldigheid in API en catalogus', () => {
  const app = createApp({ catalog });
  it('POST /api/v1/toetsingen: een verlopen uittreksel laat het product zakken', async () => {
    const res = await request(app).post('/api/v1/toetsingen').send(bid([kvk('2020-01-15')])).expect(200);
    const e = res.body.producten[0].eisen.find((x: EisResultaat) => x.id === 'tr-T1-bijlage-kvk-uittreksel-geldig');
    expect(e.uitslag).toBe('voldoet-niet');
    expect(e.advies).toContain('geldig tot en met 15 juli 2020');
    expect(res.body.producten[0].bijlagen[0].datum).toBe('2020-01-15');
  });
  it('de productpagina en het API-antwoord noemen bewijs, maximale leeftijd en bron', async () => {
    const page = await request(app).get('/catalogus/testregio/T1').expect(200);
    const text = page.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Als bewijs telt: Een uittreksel uit het Handelsregister van de Kamer van Koophandel.');
    expect(text).toContain('Op de toetsdatum ten hoogste 6 maanden oud');
    expect(text).toContain('Het uittreksel is niet ouder dan zes maanden.');
    const api = await request(app).get('/api/v1/regios/testregio/producten/T1').expect(200);
    expect(api.body.bijlagen[1]).toMatchObject({ soort: 'kvk-uittreksel', maxLeeftijdMaanden: 6, bron: { sectie: '3' } });
  });
});
