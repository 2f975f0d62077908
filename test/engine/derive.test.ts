import { describe, expect, it } from 'vitest';
import { compileAfgeleid } from '../../server/catalog/loader.js';
import type { Afgeleid } from '../../server/catalog/types.js';
import { deriveFacts, type Feit } from '../../server/engine/derive.js';

const ALLE = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const mbo4 = { niveau: 'mbo4', functie: 'begeleider', wijze: 'wakend' };

const defs = compileAfgeleid(
  {
    overdag: { label: 'begeleiders 07:00-22:00', eenheid: 'medewerkers', bezetting: { venster: { dagen: ALLE, van: '07:00', tot: '22:00' }, plaats: ['locatie'], medewerker: { required: ['functie'], properties: { functie: { const: 'begeleider' } } } } },
    nachtMbo4: { label: 'wakende mbo-4 22:00-07:00', eenheid: 'medewerkers', bezetting: { venster: { dagen: ALLE, van: '22:00', tot: '07:00', overMiddernacht: true }, medewerker: { required: ['niveau', 'wijze'], properties: { niveau: { enum: ['mbo4', 'hbo'] }, wijze: { const: 'wakend' } } } } },
    iedereenWeekend: { label: 'iedereen in het weekend', eenheid: 'medewerkers', bezetting: { venster: { dagen: ['za', 'zo'], van: '00:00', tot: '24:00' } } },
    fysiekNacht: { label: 'fysiek 22:00-07:00', eenheid: 'minuten', reactietijd: { venster: { dagen: ALLE, van: '22:00', tot: '07:00', overMiddernacht: true }, soort: 'fysiek' } },
    afroepAvond: { label: 'op afroep 19:00-08:00', afroep: { venster: { dagen: ALLE, van: '19:00', tot: '08:00', overMiddernacht: true } } },
    hboOoit: { label: 'hbo-begeleiders tegelijk', eenheid: 'medewerkers', bezetting: { venster: { dagen: ALLE, van: '00:00', tot: '24:00' }, maat: 'hoogste', medewerker: { required: ['niveau'], properties: { niveau: { const: 'hbo' } } } } },
    uren: { label: 'uren', eenheid: 'uur', som: [{ veld: '/begeleiding/individueelUrenPerWeek', factor: 6 }, { veld: '/begeleiding/groepUrenPerWeek', factor: 1 }] },
  } satisfies Record<string, Afgeleid>,
  'test',
);

function feit(item: Record<string, unknown>, naam: string): Feit | undefined {
  return deriveFacts(item, { [naam]: defs[naam]! })[0];
}
const dienst = (van: string, tot: string, medewerkers: unknown[], extra: Record<string, unknown> = {}) => ({
  dagen: ALLE, van, tot, ...(tot <= van && tot !== '24:00' ? { overMiddernacht: true } : {}), plaats: 'locatie', medewerkers, ...extra,
});
const rooster = (...diensten: unknown[]) => ({ rooster: { diensten } });
const vensters = (...v: unknown[]) => ({ beschikbaarheid: { vensters: v } });

describe('afgeleide feiten: bezetting', () => {
  it('zonder rooster is er geen feit (een eis erover: ontbreekt)', () => {
    expect(feit({}, 'overdag')).toBeUndefined();
  });

  it('een dienst die precies het tijdvak dekt: 1 op elk moment', () => {
    const f = feit(rooster(dienst('07:00', '22:00', [mbo4])), 'overdag')!;
    expect([f.laag, f.hoog]).toEqual([1, 1]);
    expect(f.uitleg).toBe('ma t/m zo 07:00-22:00: op elk moment 1');
  });

  it('één minuut gat tussen twee diensten: niemand, en het gat wordt genoemd', () => {
    const f = feit(rooster(dienst('07:00', '14:59', [mbo4]), dienst('15:00', '22:00', [mbo4])), 'overdag')!;
    expect(f.laag).toBe(0);
    expect(f.uitleg).toBe('ma t/m zo 07:00-22:00: minst bezet ma t/m zo 14:59-15:00: niemand');
  });

  it('een dienst die een minuut te vroeg stopt (21:59) laat 21:59-22:00 leeg', () => {
    const f = feit(rooster(dienst('07:00', '21:59', [mbo4])), 'overdag')!;
    expect(f.laag).toBe(0);
    expect(f.uitleg).toContain('ma t/m zo 21:59-22:00');
  });

  it('overlappende diensten tellen op waar ze overlappen; het minimum is buiten de overlap', () => {
    const f = feit(rooster(dienst('07:00', '15:00', [mbo4]), dienst('14:00', '22:00', [mbo4, mbo4])), 'overdag')!;
    expect(f.laag).toBe(1);
    expect(f.uitleg).toBe('ma t/m zo 07:00-22:00: minst bezet ma t/m zo 07:00-14:00: 1');
  });

  it('een nachtdienst over middernacht dekt het tijdvak tot 07:00 de volgende dag, ook van zondag op maandag', () => {
    const f = feit(rooster(dienst('22:00', '07:00', [mbo4])), 'nachtMbo4')!;
    expect([f.laag, f.hoog]).toEqual([1, 1]);
  });

  it('een nachtdienst alleen op werkdagen laat het weekend leeg: zaterdag- en zondagnacht', () => {
    const f = feit(rooster(dienst('22:00', '07:00', [mbo4], { dagen: ['ma', 'di', 'wo', 'do', 'vr'] })), 'nachtMbo4')!;
    expect(f.laag).toBe(0);
    expect(f.uitleg).toBe('ma t/m zo 22:00-07:00: minst bezet za en zo 22:00-07:00: niemand');
  });

  it('een dienst 23:00-07:00 laat 22:00-23:00 open', () => {
    const f = feit(rooster(dienst('07:00', '22:00', [mbo4]), dienst('23:00', '07:00', [mbo4])), 'nachtMbo4')!;
    expect(f.laag).toBe(0);
    expect(f.uitleg).toContain('ma t/m zo 22:00-23:00');
  });

  it('een dienst van 24 uur (van = tot, over middernacht)', () => {
    const f = feit(rooster(dienst('07:00', '07:00', [mbo4], { overMiddernacht: true })), 'nachtMbo4')!;
    expect(f.laag).toBe(1);
  });

  it('weekend alleen: een dienst op za en zo 00:00-24:00 dekt het weekend', () => {
    expect(feit(rooster(dienst('00:00', '24:00', [mbo4], { dagen: ['za', 'zo'] })), 'iedereenWeekend')!.laag).toBe(1);
    const f = feit(rooster(dienst('00:00', '24:00', [mbo4], { dagen: ['za'] })), 'iedereenWeekend')!;
    expect(f.laag).toBe(0);
    expect(f.uitleg).toContain('zondag');
  });

  it('een beveiliger of mbo-3 naast de mbo-4 telt niet mee en telt niet tegen', () => {
    const f = feit(rooster(dienst('22:00', '07:00', [mbo4, { niveau: 'overig', functie: 'beveiliger', wijze: 'wakend' }, { niveau: 'mbo3', wijze: 'wakend' }])), 'nachtMbo4')!;
    expect([f.laag, f.hoog]).toEqual([1, 1]);
  });

  it('een beveiliger alleen is geen professional', () => {
    const f = feit(rooster(dienst('07:00', '22:00', [{ niveau: 'overig', functie: 'beveiliger', wijze: 'wakend' }])), 'overdag')!;
    expect([f.laag, f.hoog]).toEqual([0, 0]);
  });

  it('een onbekende functie maakt het onzeker (laag 0, hoog 1) en zegt welke dienst', () => {
    const f = feit(rooster(dienst('07:00', '22:00', [{ niveau: 'mbo4' }], { naam: 'dag' })), 'overdag')!;
    expect([f.laag, f.hoog]).toEqual([0, 1]);
    expect(f.ontbreekt).toBe('functie in dienst 1 (dag), ma t/m zo 07:00-22:00');
  });

  it('een dienst zonder plaats telt misschien mee', () => {
    const { plaats: _weg, ...zonder } = dienst('07:00', '22:00', [mbo4]);
    const f = feit(rooster(zonder), 'overdag')!;
    expect([f.laag, f.hoog]).toEqual([0, 1]);
    expect(f.ontbreekt).toContain('waar aanwezig');
  });

  it('een dienst in de wijk telt niet voor aanwezigheid op de locatie', () => {
    expect(feit(rooster(dienst('07:00', '22:00', [mbo4], { plaats: 'wijk' })), 'overdag')!.laag).toBe(0);
  });
});

describe('afgeleide feiten: bezetting met maat "hoogste" (iemand van die soort in het team)', () => {
  it('één hbo-er op maandagochtend is genoeg, en wordt genoemd', () => {
    const f = feit(rooster(dienst('07:00', '15:00', [mbo4]), dienst('09:00', '12:00', [{ niveau: 'hbo' }], { dagen: ['ma'] })), 'hboOoit')!;
    expect([f.laag, f.hoog]).toEqual([1, 1]);
    expect(f.uitleg).toBe('ma t/m zo hele dag: meest bezet maandag 09:00-12:00: 1');
  });
  it('een medewerker zonder niveau maakt het onzeker', () => {
    expect(feit(rooster(dienst('07:00', '15:00', [{ functie: 'begeleider' }])), 'hboOoit')).toMatchObject({ laag: 0, hoog: 1 });
  });
});

describe('afgeleide feiten: reactietijd en afroep', () => {
  it('de langste opgegeven tijd in het tijdvak', () => {
    const f = feit(vensters({ dagen: ALLE, van: '07:00', tot: '22:00', fysiekMinuten: 5 }, { dagen: ALLE, van: '22:00', tot: '07:00', overMiddernacht: true, fysiekMinuten: 15 }), 'fysiekNacht')!;
    expect([f.laag, f.hoog]).toEqual([15, 15]);
  });

  it('een nachtvenster dat om 23:00 begint laat 22:00-23:00 open: onzeker tot het maximum', () => {
    const f = feit(vensters({ dagen: ALLE, van: '07:00', tot: '22:00', fysiekMinuten: 5 }, { dagen: ALLE, van: '23:00', tot: '07:00', overMiddernacht: true, fysiekMinuten: 15 }), 'fysiekNacht')!;
    expect([f.laag, f.hoog]).toEqual([15, 10080]);
    expect(f.ontbreekt).toBe('fysiek aanwezig binnen voor ma t/m zo 22:00-23:00');
  });

  it('een venster zonder fysieke termijn is niet opgegeven', () => {
    const f = feit(vensters({ dagen: ALLE, van: '00:00', tot: '24:00', telefonischMinuten: 5 }), 'fysiekNacht')!;
    expect([f.laag, f.hoog]).toEqual([0, 10080]);
  });

  it('op afroep: een fysieke termijn telt ook als afroep; een expliciete nee is nee', () => {
    expect(feit(vensters({ dagen: ALLE, van: '08:00', tot: '19:00', fysiekMinuten: 0 }, { dagen: ALLE, van: '19:00', tot: '08:00', overMiddernacht: true, opAfroep: true }), 'afroepAvond')).toMatchObject({ laag: true, hoog: true });
    expect(feit(vensters({ dagen: ALLE, van: '19:00', tot: '08:00', overMiddernacht: true, opAfroep: false }), 'afroepAvond')).toMatchObject({ laag: false, hoog: false });
    expect(feit(vensters({ dagen: ALLE, van: '19:00', tot: '07:59', overMiddernacht: true, opAfroep: true }), 'afroepAvond')).toMatchObject({ laag: false, hoog: true });
  });
});

describe('afgeleide feiten: som', () => {
  it('alle termen: één waarde', () => {
    expect(feit({ begeleiding: { individueelUrenPerWeek: 10, groepUrenPerWeek: 7 } }, 'uren')).toMatchObject({ laag: 67, hoog: 67 });
  });
  it('een ontbrekende term: het bereik dat hij kan geven, en de term genoemd', () => {
    const f = feit({ begeleiding: { individueelUrenPerWeek: 6 } }, 'uren')!;
    expect([f.laag, f.hoog]).toEqual([36, 36 + 168]);
    expect(f.ontbreekt).toBe('groepsbegeleiding per week');
  });
  it('geen enkele term: geen feit', () => {
    expect(feit({ begeleiding: {} }, 'uren')).toBeUndefined();
  });
});
