import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { toets } from '../../server/engine/evaluate.js';
import { applyWijzigingen, qualify } from '../../server/engine/qualify.js';
import type { AanbodItem, Zelfevaluatie } from '../../server/types/contract.js';
import { fixtureRegion } from '../helpers/fixture-region.js';

const catalog = loadCatalog(fixtureRegion().root);

const ALLE: Array<'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo'> = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const bod = (item: Record<string, unknown>): Zelfevaluatie =>
  ({ versie: '2', regio: 'testregio', aanbieder: { naam: 'T', kvkNummer: '12345678' }, aanbod: [{ ...item, productcode: 'T1' }] }) as unknown as Zelfevaluatie;

describe('kwalificatie: waar past dit aanbod?', () => {
  it('noemt per product de kleinste lijst wijzigingen, en die wijzigingen maken dat het aanbod voldoet', () => {
    const nacht = { naam: 'nacht', dagen: ALLE, van: '23:00', tot: '07:00', overMiddernacht: true, plaats: 'locatie' as const, medewerkers: [{ niveau: 'mbo3' as const, wijze: 'wakend' as const }] };
    const aanbod = {
      beschikbaarheid: { vensters: [{ dagen: ALLE, van: '00:00', tot: '24:00', telefonischMinuten: 5, fysiekMinuten: 30 }] },
      rooster: { diensten: [nacht] },
      begeleiding: { individueelUrenPerWeek: 8 },
    };
    const rows = qualify(aanbod as unknown as Omit<AanbodItem, 'productcode'>, catalog);
    // T2 (a toeslag) has nothing the facts can meet, and its rule asks for T1, which this offer does not meet: no fit, listed last.
    expect(rows.map((r) => r.productcode)).toEqual(['T1', 'T2']);
    expect(rows[1]).toMatchObject({ uitslag: 'niet-meetbaar', wijzigingen: [], regels: [{ id: 'tr-toeslag', titel: 'Toeslag alleen met Wonen', uitslag: 'voldoet-niet' }] });
    const t1 = rows[0]!;
    expect(t1.uitslag).toBe('voldoet-niet');
    expect(t1.wijzigingen).toEqual([
      { pointer: '/beschikbaarheid/vensters/0/fysiekMinuten', van: 30, naar: 15, eisId: 'tr-T1-beschikbaarheid' },
      {
        pointer: '/rooster/diensten',
        van: [nacht],
        naar: [{ ...nacht, medewerkers: [...nacht.medewerkers, { niveau: 'mbo4', wijze: 'wakend', functie: 'begeleider', opleidingZorgEnWelzijn: true }] }],
        eisId: 'tr-T1-nacht',
      },
    ]);
    expect(t1.teVerklaren).toEqual(['herstelplan']);
    const herzien = { ...applyWijzigingen(aanbod, t1.wijzigingen), verklaringen: { herstelplan: true } };
    expect(toets(bod(herzien), catalog).producten[0]!.uitslag).toBe('voldoet');
  });

  it('een regel over producten heen telt mee: naast een passend T1 voldoet de regel van T2; signalen staan erbij', () => {
    const ALLE7 = ALLE;
    const aanbod = {
      beschikbaarheid: { vensters: [{ dagen: ALLE7, van: '00:00', tot: '24:00', telefonischMinuten: 5, fysiekMinuten: 15 }] },
      rooster: { diensten: [{ naam: 'nacht', dagen: ALLE7, van: '23:00', tot: '07:00', overMiddernacht: true, plaats: 'locatie', medewerkers: [{ niveau: 'mbo3', wijze: 'wakend' }, { niveau: 'mbo4', wijze: 'wakend', functie: 'begeleider', opleidingZorgEnWelzijn: true }] }] },
      begeleiding: { individueelUrenPerWeek: 8 },
    };
    const rows = qualify(aanbod as unknown as Omit<AanbodItem, 'productcode'>, catalog);
    const t1 = rows.find((r) => r.productcode === 'T1')!;
    const t2 = rows.find((r) => r.productcode === 'T2')!;
    expect(t1.uitslag).toBe('voldoet');
    expect(t2.regels).toEqual([{ id: 'tr-toeslag', titel: 'Toeslag alleen met Wonen', uitslag: 'voldoet' }]);
    // Still nothing to measure for T2: it is not counted as a fit.
    expect(t2.uitslag).toBe('niet-meetbaar');
    for (const r of rows) expect(Array.isArray(r.signalen)).toBe(true);
  });

  it('vult een gat in de tijdvakken en een rooster dat ontbreekt, zodat de toets voldoet', () => {
    const aanbod = { beschikbaarheid: { vensters: [{ dagen: ALLE.slice(0, 5), van: '00:00', tot: '24:00', fysiekMinuten: 10 }] } };
    const t1 = qualify(aanbod as unknown as Omit<AanbodItem, 'productcode'>, catalog).find((r) => r.productcode === 'T1')!;
    const vensters = t1.wijzigingen.find((w) => w.pointer === '/beschikbaarheid/vensters')!;
    expect(vensters.naar).toEqual([
      { dagen: ALLE.slice(0, 5), van: '00:00', tot: '24:00', fysiekMinuten: 10 },
      { dagen: ['za', 'zo'], van: '00:00', tot: '24:00', fysiekMinuten: 15 },
    ]);
    expect(t1.wijzigingen.find((w) => w.pointer === '/rooster/diensten')!.naar).toEqual([
      { dagen: ALLE, van: '23:00', tot: '07:00', overMiddernacht: true, plaats: 'locatie', medewerkers: [{ niveau: 'mbo4', wijze: 'wakend', functie: 'begeleider', opleidingZorgEnWelzijn: true }] },
    ]);
    const herzien = { ...applyWijzigingen(aanbod, t1.wijzigingen), verklaringen: { herstelplan: true } };
    expect(toets(bod(herzien), catalog).producten[0]!.uitslag).toBe('voldoet');
  });

  it('een dienst zonder plaats krijgt de plaats, in plaats van een extra dienst', () => {
    const nacht = { dagen: ALLE, van: '23:00', tot: '07:00', overMiddernacht: true, medewerkers: [{ niveau: 'mbo4', wijze: 'wakend' }] };
    const aanbod = { rooster: { diensten: [nacht] }, beschikbaarheid: { vensters: [{ dagen: ALLE, van: '00:00', tot: '24:00', fysiekMinuten: 10 }] } };
    const t1 = qualify(aanbod as unknown as Omit<AanbodItem, 'productcode'>, catalog).find((r) => r.productcode === 'T1')!;
    expect(t1.wijzigingen).toEqual([{ pointer: '/rooster/diensten/0/plaats', van: null, naar: 'locatie', eisId: 'tr-T1-nacht' }]);
  });
});
