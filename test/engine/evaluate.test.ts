import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { toets } from '../../server/engine/evaluate.js';
import { validateToetsresultaat } from '../../server/contract/validate.js';
import type { AanbodItem, Zelfevaluatie } from '../../server/types/contract.js';
import { fixtureRegion } from '../helpers/fixture-region.js';

const catalog = loadCatalog(fixtureRegion().root);
const ALLE = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const week = (fysiek: number) => ({ vensters: [{ dagen: ALLE, van: '00:00', tot: '24:00', telefonischMinuten: 5, fysiekMinuten: fysiek }] });
const nacht = (...medewerkers: Array<Record<string, unknown>>) => ({
  diensten: [{ naam: 'nacht', dagen: ALLE, van: '23:00', tot: '07:00', overMiddernacht: true, plaats: 'locatie' as const, medewerkers }],
});
const goed = {
  productcode: 'T1',
  beschikbaarheid: week(15),
  rooster: nacht({ niveau: 'mbo4', wijze: 'wakend' }),
  begeleiding: { individueelUrenPerWeek: 8 },
  verklaringen: { herstelplan: true },
} as unknown as AanbodItem;
const bid = (...aanbod: AanbodItem[]): Zelfevaluatie => ({
  versie: '2',
  regio: 'testregio',
  aanbieder: { naam: 'Test', kvkNummer: '12345678' },
  aanbod: aanbod as Zelfevaluatie['aanbod'],
});
const now = new Date('2026-11-23T10:00:00Z');
const eis = (r: ReturnType<typeof toets>, id: string) => [...r.regioEisen, ...r.producten.flatMap((p) => p.eisen)].find((e) => e.id === id)!;

describe('engine', () => {
  it('geeft een toetsresultaat volgens het contract', () => {
    const r = toets(bid(goed), catalog, { now, id: '00000000-0000-4000-8000-000000000000' });
    expect(validateToetsresultaat(r), JSON.stringify(validateToetsresultaat.errors)).toBe(true);
    expect(r.uitslag).toBe('voldoet');
    expect(r.getoetstOp).toBe('2026-11-23T10:00:00Z');
    expect(r.samenvatting).toEqual({ producten: 1, productenVoldoen: 1, eisen: 5, eisenVoldoetNiet: 0, eisenOntbreekt: 0, signalen: 0 });
  });

  it('zegt in gewone taal wat verwacht werd en wat is opgegeven, afgeleid uit het schema', () => {
    const r = toets(bid({ ...goed, beschikbaarheid: week(30) } as unknown as AanbodItem), catalog, { now });
    const e = eis(r, 'tr-T1-beschikbaarheid');
    expect(e).toMatchObject({
      uitslag: 'voldoet-niet',
      verwacht: 'langste tijd tot een professional ter plaatse is, de hele week: ten hoogste 15 minuten',
      opgegeven: 'ma t/m zo hele dag: langst 30 minuten',
      velden: ['/aanbod/0/beschikbaarheid'],
      bron: { document: 'Testdocument 2026', sectie: '1', citaat: 'Binnen 15 minuten ter plaatse.' },
    });
    expect(e.advies).toContain('ten hoogste 15 minuten');
    expect(r.uitslag).toBe('voldoet-niet');
    expect(r.producten[0]!.uitslag).toBe('voldoet-niet');
  });

  it('telt wie er volgens het rooster is en zegt waar het minst is', () => {
    const r = toets(bid({ ...goed, rooster: nacht({ niveau: 'mbo3', wijze: 'wakend' }, { niveau: 'hbo', wijze: 'slapend' }) } as unknown as AanbodItem), catalog, { now });
    expect(eis(r, 'tr-T1-nacht')).toMatchObject({
      uitslag: 'voldoet-niet',
      verwacht: "minste aantal wakende medewerkers van mbo-4 of hoger op de locatie, 's nachts 23:00-07:00: ten minste 1 medewerker",
      opgegeven: 'ma t/m zo 23:00-07:00: op elk moment niemand',
    });
  });

  it('een ondergrens laat extra mensen nooit zakken', () => {
    const r = toets(bid({ ...goed, rooster: nacht({ niveau: 'mbo4', wijze: 'wakend' }, { niveau: 'overig', functie: 'beveiliger', wijze: 'wakend' }, { niveau: 'mbo3', wijze: 'slapend' }) } as unknown as AanbodItem), catalog, { now });
    expect(eis(r, 'tr-T1-nacht').uitslag).toBe('voldoet');
  });

  it('een ontbrekend gegeven is "ontbreekt", geen invoerfout', () => {
    const { beschikbaarheid: _weg, ...zonder } = goed;
    const r = toets(bid(zonder as unknown as AanbodItem), catalog, { now });
    const e = eis(r, 'tr-T1-beschikbaarheid');
    expect(e.uitslag).toBe('ontbreekt');
    expect(e.opgegeven).toBe('niet opgegeven');
    expect(e.advies).toContain('beschikbaarheid');
    expect(r.samenvatting.eisenOntbreekt).toBe(1);
  });

  it('een medewerker zonder niveau maakt de bezetting onzeker: ontbreekt, met wat er ontbreekt', () => {
    const r = toets(bid({ ...goed, rooster: nacht({ wijze: 'wakend' }) } as unknown as AanbodItem), catalog, { now });
    const e = eis(r, 'tr-T1-nacht');
    expect(e.uitslag).toBe('ontbreekt');
    expect(e.advies).toBe('Vul in: niveau in dienst 1 (nacht), ma t/m zo 23:00-07:00.');
    const feit = r.producten[0]!.afgeleid!.find((f) => f.naam === 'wakendNacht')!;
    expect(feit).toMatchObject({ soort: 'bezetting', laag: 0, hoog: 1, velden: ['/aanbod/0/rooster'] });
    expect(feit.waarde).toBeUndefined();
  });

  it('een medewerker zonder niveau die zeker niet telt (slapend) laat de eis zakken', () => {
    const r = toets(bid({ ...goed, rooster: nacht({ wijze: 'slapend' }) } as unknown as AanbodItem), catalog, { now });
    expect(eis(r, 'tr-T1-nacht').uitslag).toBe('voldoet-niet');
  });

  it('noemt de afgeleide feiten, zodat elke validator de eisen kan natoetsen', () => {
    const r = toets(bid(goed), catalog, { now });
    expect(r.producten[0]!.afgeleid).toEqual([
      { naam: 'fysiekWeek', soort: 'reactietijd', label: 'langste tijd tot een professional ter plaatse is, de hele week', eenheid: 'minuten', waarde: 15, uitleg: 'ma t/m zo hele dag: langst 15 minuten', velden: ['/aanbod/0/beschikbaarheid'] },
      { naam: 'wakendNacht', soort: 'bezetting', label: "minste aantal wakende medewerkers van mbo-4 of hoger op de locatie, 's nachts 23:00-07:00", eenheid: 'medewerkers', waarde: 1, uitleg: 'ma t/m zo 23:00-07:00: op elk moment 1', velden: ['/aanbod/0/rooster'] },
    ]);
  });

  it('een signaal laat het product niet zakken', () => {
    const r = toets(bid({ ...goed, begeleiding: { individueelUrenPerWeek: 12 } }), catalog, { now });
    expect(eis(r, 'tr-T1-uren-signaal').uitslag).toBe('signaal');
    expect(r.producten[0]!.uitslag).toBe('voldoet');
    expect(r.uitslag).toBe('voldoet');
    expect(r.samenvatting.signalen).toBe(1);
  });

  it('een verklaring die niet is aangevinkt laat het product zakken', () => {
    const r = toets(bid({ ...goed, verklaringen: { herstelplan: false } }), catalog, { now });
    expect(eis(r, 'tr-T1-verklaring-herstelplan')).toMatchObject({ uitslag: 'voldoet-niet', soort: 'verklaring', verwacht: 'verklaard (aangevinkt)', opgegeven: 'niet verklaard' });
    expect(eis(r, 'tr-T1-verklaring-herstelplan').bron.citaat).toBe('Er is een herstelplan met doelen.');
  });

  it('regioregels: een product alleen in combinatie met een ander', () => {
    const zonder = toets(bid({ productcode: 'T2' }), catalog, { now });
    const regel = eis(zonder, 'tr-toeslag');
    expect(regel.uitslag).toBe('voldoet-niet');
    expect(regel.velden).toEqual(['/aanbod/0/productcode']);
    expect(regel.verwacht).toBe(
      'als het aanbod ten minste 1 product met productcode T2 (Toeslag) bevat, dan bevat het aanbod ten minste 1 product met productcode T1 (Wonen)',
    );
    expect(zonder.uitslag).toBe('voldoet-niet');
    expect(zonder.producten[0]!.uitslag).toBe('voldoet');
    const met = toets(bid(goed, { productcode: 'T2' }), catalog, { now });
    expect(eis(met, 'tr-toeslag').uitslag).toBe('voldoet');
    expect(met.uitslag).toBe('voldoet');
  });

  it('invoerSha256 hangt af van de inhoud, niet van de volgorde van sleutels', () => {
    const a = toets(bid(goed), catalog, { now });
    const omgekeerd = JSON.parse(JSON.stringify(bid(goed), Object.keys(bid(goed)).reverse())) as Zelfevaluatie;
    const b = toets({ ...omgekeerd, aanbod: bid(goed).aanbod, aanbieder: { kvkNummer: '12345678', naam: 'Test' } }, catalog, { now });
    expect(b.invoerSha256).toBe(a.invoerSha256);
    expect(toets(bid({ ...goed, beschikbaarheid: week(14) } as unknown as AanbodItem), catalog, { now }).invoerSha256).not.toBe(a.invoerSha256);
  });
});
