import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import type { Region } from '../../server/catalog/types.js';
import { canonicalJson } from '../../server/json.js';
import { buildZelfevaluatieWorkbook, zelfevaluatieXlsx } from '../../server/workbook/generate.js';
import { checkWorkbook, readZelfevaluatieWorkbook } from '../../server/workbook/read.js';
import type { Zelfevaluatie } from '../../server/types/contract.js';
import { fixtureRegion } from '../helpers/fixture-region.js';
import { fixtureZelfevaluatie } from '../helpers/served-app.js';
import { answerCell, editWorkbook, withEntries } from '../helpers/workbook.js';

const catalog = loadCatalog(fixtureRegion().root);
const region = catalog.regios.get('testregio')!;
const bid = structuredClone(fixtureZelfevaluatie) as unknown as Zelfevaluatie;

let filled: Buffer;
beforeAll(async () => {
  filled = await zelfevaluatieXlsx(region, bid);
});

const detailsOf = async (buffer: Buffer) => {
  const r = await readZelfevaluatieWorkbook(buffer, catalog);
  return r.ok ? [] : r.errors.map((e) => e.detail);
};

describe('het Excel-sjabloon van een regio', () => {
  it('heeft bladen voor uitleg, organisatie, rooster, medewerkers, beschikbaarheid, bijlagen en elk product', async () => {
    const wb = await buildZelfevaluatieWorkbook(region);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Uitleg', 'Organisatie', 'Rooster', 'Medewerkers', 'Beschikbaarheid', 'Bijlagen', 'T1', 'T2']);
  });

  it('zet naast elke vraag het label uit het contract en de eisen die het antwoord gebruiken; de verklaring met haar letterlijke tekst', async () => {
    const wb = await buildZelfevaluatieWorkbook(region);
    const t1 = wb.getWorksheet('T1')!;
    const uren = answerCell(t1, 'begeleiding/individueelUrenPerWeek');
    const row = t1.getRow(Number(uren.row));
    expect(row.getCell(2).value).toBe('Individuele begeleiding per week');
    expect(row.getCell(4).value).toBe('uur');
    expect(String(row.getCell(5).value)).toContain('tr-T1-uren-signaal');
    const verklaring = t1.getRow(Number(answerCell(t1, 'verklaringen/herstelplan').row));
    expect(verklaring.getCell(2).value).toBe('Herstelplan');
    expect(verklaring.getCell(5).value).toBe('tr-T1-verklaring-herstelplan');
    expect(verklaring.getCell(6).value).toBe('Er is een herstelplan met doelen.');
    // The rooster and availability rows name the eisen that read them.
    const rooster = t1.getRow(t1.getColumn(2).values.findIndex((v) => v === 'Zie blad Rooster'));
    expect(String(rooster.getCell(5).value)).toContain('tr-T1-nacht');
  });

  it('heeft een keuzelijst voor elke opsomming en een getalcontrole voor elk getal; alleen de antwoordcellen zijn open', async () => {
    const wb = await buildZelfevaluatieWorkbook(region);
    const t1 = wb.getWorksheet('T1')!;
    expect(answerCell(t1, 'regie/niveau').dataValidation).toMatchObject({ type: 'list', formulae: ['"hbo,mbo-evc,geen"'] });
    expect(answerCell(t1, 'team/spv').dataValidation).toMatchObject({ type: 'list', formulae: ['"ja,nee"'] });
    expect(answerCell(t1, 'doelgroep/minimumLeeftijd').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 120] });
    expect(answerCell(t1, 'begeleiding/individueelUrenPerWeek').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 168] });
    expect(answerCell(t1, 'begeleiding/individueelUrenPerWeek').protection).toEqual({ locked: false });
    expect(t1.getRow(Number(answerCell(t1, 'team/spv').row)).getCell(2).protection?.locked).not.toBe(false);
    const medewerkers = wb.getWorksheet('Medewerkers')!;
    const keys = medewerkers.getRow(2).values as unknown[];
    expect(medewerkers.getCell(3, keys.indexOf('niveau')).dataValidation).toMatchObject({ type: 'list', formulae: ['"hbo,mbo4,mbo3,overig"'] });
    for (const ws of wb.worksheets) expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet, ws.name).toBe(true);
  });

  it('gelezen na opslaan: dezelfde zelfevaluatie, en de toets geeft dezelfde uitslag als voor de JSON', async () => {
    const read = await readZelfevaluatieWorkbook(filled, catalog);
    expect(read.ok && canonicalJson(read.value)).toBe(canonicalJson(bid));
    const outcome = await checkWorkbook(filled, catalog);
    expect(outcome.ok && outcome.resultaat.uitslag).toBe('voldoet');
  });

  it('een leeg sjabloon zonder aangeboden product: 422 met wat te doen', async () => {
    expect(await detailsOf(await zelfevaluatieXlsx(region))).toEqual([
      'Geen enkel product staat op "Aangeboden: ja". Zet Aangeboden op ja op het blad van elk product dat u aanbiedt.',
    ]);
  });
});

describe('een cel die niet te lezen is noemt blad en cel', () => {
  it("'twee' waar een getal hoort", async () => {
    const edited = await editWorkbook(filled, (wb) => {
      answerCell(wb.getWorksheet('T1')!, 'begeleiding/individueelUrenPerWeek').value = 'twee';
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(edited as unknown as ArrayBuffer);
    const address = answerCell(wb.getWorksheet('T1')!, 'begeleiding/individueelUrenPerWeek').address;
    expect(await detailsOf(edited)).toEqual([`Blad T1, cel ${address}: 'twee' is geen getal`]);
  });

  it('een formule waar een waarde hoort, een onbekende keuze en een tijd die geen tijd is', async () => {
    const edited = await editWorkbook(filled, (wb) => {
      answerCell(wb.getWorksheet('T1')!, 'begeleiding/individueelUrenPerWeek').value = { formula: 'B1*2', result: 16 } as ExcelJS.CellFormulaValue;
      const rooster = wb.getWorksheet('Rooster')!;
      const keys = rooster.getRow(2).values as unknown[];
      rooster.getCell(3, keys.indexOf('van')).value = '25:00';
      const medewerkers = wb.getWorksheet('Medewerkers')!;
      medewerkers.getCell(3, (medewerkers.getRow(2).values as unknown[]).indexOf('niveau')).value = 'mbo5';
    });
    const details = await detailsOf(edited);
    expect(details).toHaveLength(3);
    expect(details[0]).toMatch(/^Blad T1, cel C\d+: hier staat een formule \(=B1\*2\) waar een waarde hoort; typ de waarde zelf in$/);
    expect(details).toContain("Blad Rooster, cel K3: '25:00' is geen tijd als uu:mm");
    expect(details.some((d) => /^Blad Medewerkers, cel [A-Z]+3: 'mbo5' is geen van: hbo, mbo4, mbo3, overig$/.test(d))).toBe(true);
  });

  it('een contractfout na het lezen noemt ook de cel (KvK-nummer van 7 cijfers)', async () => {
    const edited = await editWorkbook(filled, (wb) => {
      answerCell(wb.getWorksheet('Organisatie')!, 'aanbieder/kvkNummer').value = '1234567';
    });
    const outcome = await checkWorkbook(edited, catalog);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors[0]).toMatchObject({ pointer: '/aanbieder/kvkNummer', detail: expect.stringMatching(/^Blad Organisatie, cel C\d+: KvK-nummer/) });
  });

  it('een medewerker bij een dienst die niet bestaat', async () => {
    const edited = await editWorkbook(filled, (wb) => {
      const ws = wb.getWorksheet('Medewerkers')!;
      ws.getCell(3, (ws.getRow(2).values as unknown[]).indexOf('#dienst')).value = 7;
    });
    expect(await detailsOf(edited)).toEqual(['Blad Medewerkers, cel B3: product T1 heeft geen dienst 7 op het blad Rooster']);
  });
});

describe('wat geweigerd wordt voordat een cel gelezen wordt', () => {
  it('een hernoemd of verwijderd blad', async () => {
    const renamed = await editWorkbook(filled, (wb) => {
      wb.getWorksheet('Rooster')!.name = 'Mijn rooster';
    });
    expect((await detailsOf(renamed)).slice(0, 2)).toEqual([
      'Het blad "Mijn rooster" hoort niet in het sjabloon (hernoemd of toegevoegd?). Gebruik het sjabloon zoals het is gedownload.',
      'Het blad "Rooster" ontbreekt of is hernoemd. Gebruik het sjabloon zoals het is gedownload.',
    ]);
    const deleted = await editWorkbook(filled, (wb) => wb.removeWorksheet(wb.getWorksheet('T1')!.id));
    expect(await detailsOf(deleted)).toContain('Het blad "T1" ontbreekt of is hernoemd. Gebruik het sjabloon zoals het is gedownload.');
  });

  it("macro's, koppelingen naar andere bestanden, een zip-bom, te groot, geen werkboek: 4xx met de reden", async () => {
    const refused = async (buffer: Buffer) => {
      const r = await readZelfevaluatieWorkbook(buffer, catalog);
      return r.ok ? undefined : { status: r.status, detail: r.errors[0]!.detail };
    };
    expect(await refused(await withEntries(filled, [{ name: 'xl/vbaProject.bin', data: Buffer.from('macro') }]))).toEqual({
      status: 422,
      detail: "Het werkboek bevat macro's (VBA). Sla het op als gewoon Excel-werkboek (.xlsx) zonder macro's.",
    });
    expect((await refused(await withEntries(filled, [{ name: 'xl/externalLinks/externalLink1.xml', data: Buffer.from('<externalLink/>') }])))?.detail).toMatch(/^Het werkboek bevat koppelingen naar andere bestanden/);
    const bomb = await withEntries(filled, [{ name: 'xl/media/image1.png', data: Buffer.alloc(60 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refused(bomb)).toEqual({ status: 413, detail: 'Het werkboek pakt uit tot meer dan 10 MB; zo groot is een zelfevaluatie nooit (een zogenaamde zip-bom?).' });
    expect(await refused(Buffer.concat([filled, Buffer.alloc(6 * 1024 * 1024)]))).toEqual({ status: 413, detail: 'Het werkboek is groter dan 5 MB.' });
    expect(await refused(Buffer.from('naam;kvk\nZorg;12345678\n'))).toEqual({ status: 422, detail: 'Het bestand is geen Excel-werkboek (.xlsx) of is beschadigd.' });
  });
});

/** Valid zelfevaluaties of the fixture region, with the freedom the contract gives (days in week order, products in catalog order). */
function zelfevaluaties(r: Region): fc.Arbitrary<Zelfevaluatie> {
  const DAGEN = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
  const dagen = fc.subarray(DAGEN, { minLength: 1 });
  const tekst = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(s) && s.trim() === s);
  const getal = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }).map((d) => Math.round(d * 100) / 100));
  const medewerker = fc.record(
    { niveau: fc.constantFrom('hbo', 'mbo4', 'mbo3', 'overig'), wijze: fc.constantFrom('wakend', 'slapend'), functie: fc.constantFrom('begeleider', 'beveiliger', 'overig'), opleidingZorgEnWelzijn: fc.boolean(), hboWerkNiveau: fc.boolean() },
    { requiredKeys: [] },
  );
  // Diensten on distinct days never clash: one start hour per dienst, 1-8 hours long.
  const dienst = fc.record({ naam: tekst, dagen, start: fc.integer({ min: 0, max: 15 }), plaats: fc.constantFrom('locatie', 'nabijheid', 'wijk'), medewerkers: fc.array(medewerker, { maxLength: 3 }) }, { requiredKeys: ['dagen', 'start', 'medewerkers'] });
  const item = (code: string) =>
    fc.record(
      {
        locatie: tekst,
        diensten: fc.uniqueArray(dienst, { maxLength: 3, selector: (d) => d.start }),
        venster: fc.record({ telefonischMinuten: getal(60), fysiekMinuten: getal(600), opAfroep: fc.boolean() }, { requiredKeys: [] }),
        regie: fc.record({ niveau: fc.constantFrom('hbo', 'mbo-evc', 'geen'), perClient: fc.boolean() }, { requiredKeys: [] }),
        begeleiding: fc.record({ individueelUrenPerWeek: getal(40), groepUrenPerWeek: getal(40) }, { requiredKeys: [] }),
        doelgroep: fc.record({ minimumLeeftijd: fc.integer({ min: 0, max: 120 }), housingFirst: fc.boolean() }, { requiredKeys: [] }),
        verklaringen: fc.record(Object.fromEntries(r.producten.get(code)!.verklaringen.map((v) => [v.id, fc.boolean()])), { requiredKeys: [] }),
        bijlage: fc.option(fc.tuple(tekst, fc.stringMatching(/^[0-9a-f]{64}$/), fc.integer({ min: 0, max: 1e6 })), { nil: undefined }),
      },
      { requiredKeys: ['diensten'] },
    ).map((g) => {
      const out: Record<string, unknown> = { productcode: code };
      if (g.locatie !== undefined) out.locatie = g.locatie;
      if (g.diensten.length > 0) {
        out.rooster = {
          diensten: g.diensten.map(({ start, ...d }) => ({ ...d, van: `${String(start).padStart(2, '0')}:00`, tot: `${String(start + 8).padStart(2, '0')}:00` })),
        };
      }
      if (g.venster) out.beschikbaarheid = { vensters: [{ dagen: DAGEN, van: '00:00', tot: '24:00', ...g.venster }] };
      for (const key of ['regie', 'begeleiding', 'doelgroep', 'verklaringen'] as const) if (g[key] && Object.keys(g[key]).length > 0) out[key] = g[key];
      if (g.bijlage) out.bijlagen = [{ soort: 'spv-bewijs', bestandsnaam: g.bijlage[0], sha256: g.bijlage[1], grootte: g.bijlage[2] }];
      return out;
    });
  const codes = [...r.producten.keys()];
  return fc
    .tuple(
      fc.record({ naam: tekst, kvkNummer: fc.stringMatching(/^[0-9]{8}$/), email: fc.constantFrom('a@b.nl', 'info@zorg.example.nl') }, { requiredKeys: ['naam', 'kvkNummer'] }),
      fc.subarray(codes, { minLength: 1 }).chain((chosen) => fc.tuple(...chosen.map(item))),
    )
    .map(([aanbieder, aanbod]) => ({ versie: '2', regio: r.id, aanbieder, aanbod }) as unknown as Zelfevaluatie);
}

describe('JSON naar Excel naar JSON', () => {
  it('is verliesvrij (eigenschapstest)', async () => {
    await fc.assert(
      fc.asyncProperty(zelfevaluaties(region), async (z) => {
        const read = await readZelfevaluatieWorkbook(await zelfevaluatieXlsx(region, z), catalog);
        if (!read.ok) throw new Error(JSON.stringify(read.errors));
        expect(canonicalJson(read.value)).toBe(canonicalJson(z));
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
