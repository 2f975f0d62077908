import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { convertV1 } from '../../server/contract/convert-v1.js';
import { validateToetsresultaat, validateZelfevaluatie } from '../../server/contract/validate.js';
import { check } from '../../server/engine/check.js';
import { createApp } from '../../server/http/app.js';
import { fixtureRegion } from '../helpers/fixture-region.js';

const catalog = loadCatalog(fixtureRegion().root);
const ALLE = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

const v1 = {
  versie: '1',
  regio: 'testregio',
  aanbieder: { naam: 'Zorg B.V.', kvkNummer: '12345678' },
  aanbod: [
    {
      productcode: 'T1',
      locatie: 'De Linde',
      bezetting: {
        dag: [{ niveau: 'hbo' }, { niveau: 'overig', functie: 'beveiliger' }],
        avond: [{ niveau: 'mbo4', aanvullendGeschoold: true }],
        nacht: [{ niveau: 'mbo4', wijze: 'wakend' }, { niveau: 'overig' }],
      },
      aanwezigheid: { vanafUur: 7.5, totUur: 22, plaats: 'locatie' },
      bereikbaarheidMinuten: 5,
      beschikbaarheidMinuten: 10,
      beschikbaarheidNachtMinuten: 15,
      beschikbaarheidWijkMinuten: 30,
      begeleiding: { individueelUrenPerWeek: 8, groepUrenPerWeek: 2 },
      regie: { niveau: 'hbo' },
      verklaringen: { herstelplan: true },
    },
  ],
};

const v2 = (item: Record<string, unknown>) => ({
  versie: '2',
  regio: 'testregio',
  aanbieder: { naam: 'Zorg B.V.', kvkNummer: '12345678' },
  aanbod: [{ productcode: 'T1', ...item }],
});
const dienst = (extra: Record<string, unknown>) => ({ dagen: ALLE, van: '07:00', tot: '15:00', plaats: 'locatie', medewerkers: [{ niveau: 'mbo4' }], ...extra });

describe('contractversie 1 wordt omgezet', () => {
  it('zonder een feit te verliezen: dagdelen worden diensten, minuten worden tijdvakken', () => {
    const { value, omzetting } = convertV1(v1);
    expect(value.versie).toBe('2');
    expect((value.aanbod as unknown[])[0]).toEqual({
      productcode: 'T1',
      locatie: 'De Linde',
      rooster: {
        diensten: [
          { naam: 'dag', dagen: ALLE, van: '07:00', tot: '15:00', plaats: 'locatie', medewerkers: [{ niveau: 'hbo', wijze: 'wakend', functie: 'begeleider' }, { niveau: 'overig', functie: 'beveiliger', wijze: 'wakend' }] },
          { naam: 'avond', dagen: ALLE, van: '15:00', tot: '23:00', plaats: 'locatie', medewerkers: [{ niveau: 'mbo4', aanvullendGeschoold: true, wijze: 'wakend', functie: 'begeleider' }] },
          { naam: 'nacht', dagen: ALLE, van: '23:00', tot: '07:00', overMiddernacht: true, plaats: 'locatie', medewerkers: [{ niveau: 'mbo4', wijze: 'wakend', functie: 'begeleider' }, { niveau: 'overig' }] },
          { naam: 'aanwezigheid', dagen: ALLE, van: '07:30', tot: '22:00', plaats: 'locatie', medewerkers: [{ functie: 'begeleider', wijze: 'wakend' }] },
        ],
      },
      beschikbaarheid: {
        vensters: [
          { dagen: ALLE, van: '07:00', tot: '23:00', telefonischMinuten: 5, fysiekMinuten: 10 },
          { dagen: ALLE, van: '23:00', tot: '07:00', overMiddernacht: true, telefonischMinuten: 5, fysiekMinuten: 15 },
        ],
      },
      beschikbaarheidWijkMinuten: 30,
      begeleiding: { individueelUrenPerWeek: 8, groepUrenPerWeek: 2 },
      regie: { niveau: 'hbo' },
      verklaringen: { herstelplan: true },
    });
    expect(omzetting).toMatch(/^De zelfevaluatie was in contractversie 1 en is omgezet naar versie 2: /);
    expect(omzetting).toContain('nacht 23:00-07:00');
  });

  it('zonder nachtwaarde: één tijdvak voor de hele week; aanwezigheid over middernacht', () => {
    const { value } = convertV1({ ...v1, aanbod: [{ productcode: 'T1', bereikbaarheidMinuten: 5, aanwezigheid: { vanafUur: 22, totUur: 7 } }] });
    const item = (value.aanbod as Array<Record<string, any>>)[0]!;
    expect(item.beschikbaarheid.vensters).toEqual([{ dagen: ALLE, van: '00:00', tot: '24:00', telefonischMinuten: 5 }]);
    expect(item.rooster.diensten[0]).toMatchObject({ van: '22:00', tot: '07:00', overMiddernacht: true });
  });

  it('de toets zegt dat de invoer versie 1 was en omgezet is, en toetst de omgezette versie', () => {
    const outcome = check(v1, catalog);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.resultaat).toMatchObject({ versie: '2', invoerVersie: '1' });
    expect(outcome.resultaat.omzetting).toContain('contractversie 1');
    expect(validateToetsresultaat(outcome.resultaat)).toBe(true);
    expect(outcome.zelfevaluatie.versie).toBe('2');
    expect(outcome.resultaat.producten[0]!.eisen.find((e) => e.id === 'tr-T1-nacht')!.uitslag).toBe('voldoet');
  });

  it('een fout in een versie 1-bestand wijst naar de plek in dat bestand', () => {
    const bad = structuredClone(v1) as Record<string, any>;
    bad.aanbod[0].bezetting.nacht[0].wijze = 'slaapend';
    const res = validateZelfevaluatie(bad, catalog);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors.map((e) => e.pointer)).toEqual(['/aanbod/0/bezetting/nacht/0/wijze']);
  });

  it('versie 2 zegt invoerVersie 2 en geen omzetting', () => {
    const outcome = check(v2({ rooster: { diensten: [dienst({})] } }), catalog);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.resultaat.invoerVersie).toBe('2');
    expect(outcome.resultaat.omzetting).toBeUndefined();
  });
});

describe('tijden in versie 2: onzin is een invoerfout met pointer en Nederlandse zin', () => {
  const errorsOf = (item: Record<string, unknown>) => {
    const res = validateZelfevaluatie(v2(item), catalog);
    return res.ok ? [] : res.errors;
  };

  it('een dienst die eindigt vóór hij begint, zonder over middernacht', () => {
    expect(errorsOf({ rooster: { diensten: [dienst({ van: '15:00', tot: '07:00' })] } })).toEqual([
      { pointer: '/aanbod/0/rooster/diensten/0/tot', detail: 'einde van de dienst: eindigt (07:00) vóór het begint (15:00); loopt het over middernacht, zet dan overMiddernacht op true' },
    ]);
  });

  it('over middernacht terwijl de tijden dat niet doen', () => {
    expect(errorsOf({ rooster: { diensten: [dienst({ overMiddernacht: true })] } })[0]).toMatchObject({ pointer: '/aanbod/0/rooster/diensten/0/overMiddernacht' });
  });

  it('00:00-00:00 zonder over middernacht is leeg, en zegt hoe 24 uur moet', () => {
    expect(errorsOf({ rooster: { diensten: [dienst({ van: '00:00', tot: '00:00' })] } })[0]!.detail).toContain('bedoelt u 24 uur');
  });

  it('uu:mm buiten het bereik', () => {
    const errors = errorsOf({ rooster: { diensten: [dienst({ van: '25:00' })] } });
    expect(errors.map((e) => e.pointer)).toEqual(['/aanbod/0/rooster/diensten/0/van']);
    expect(errors[0]!.detail).toBe('begin van de dienst: "25:00" is geen tijd; schrijf uu:mm van 00:00 tot en met 24:00');
  });

  it('dezelfde dienst twee keer', () => {
    expect(errorsOf({ rooster: { diensten: [dienst({}), dienst({ dagen: ['vr'] })] } })).toEqual([
      { pointer: '/aanbod/0/rooster/diensten/1', detail: 'deze dienst valt samen met dienst 1 (zelfde tijden en plaats op vrijdag); zet de medewerkers in één dienst' },
    ]);
  });

  it('een tijdvak zonder dagen', () => {
    const errors = errorsOf({ beschikbaarheid: { vensters: [{ dagen: [], van: '00:00', tot: '24:00', fysiekMinuten: 5 }] } });
    expect(errors.map((e) => e.pointer)).toEqual(['/aanbod/0/beschikbaarheid/vensters/0/dagen']);
  });

  it('tijdvakken die overlappen', () => {
    const errors = errorsOf({
      beschikbaarheid: { vensters: [{ dagen: ALLE, van: '07:00', tot: '23:00', fysiekMinuten: 5 }, { dagen: ['zo'], van: '22:00', tot: '07:00', overMiddernacht: true, fysiekMinuten: 15 }] },
    });
    expect(errors).toEqual([{ pointer: '/aanbod/0/beschikbaarheid/vensters/1', detail: 'dit tijdvak overlapt tijdvak 1 (zondag 22:00-23:00); elk moment hoort bij één tijdvak' }]);
  });

  it('via de API: 422 met de pointer, en niets bewaard', async () => {
    const app = createApp({ catalog });
    const res = await request(app).post('/api/v1/toetsingen').send(v2({ rooster: { diensten: [dienst({ van: '15:00', tot: '07:00' })] } })).expect(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '/aanbod/0/rooster/diensten/0/tot' })]);
  });
});
