import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { compare } from '../../server/engine/compare.js';
import { toets } from '../../server/engine/evaluate.js';
import { applyWijzigingen, qualify } from '../../server/engine/qualify.js';
import { validateLosAanbod } from '../../server/contract/validate.js';
import type { AanbodItem, Zelfevaluatie } from '../../server/types/contract.js';

const catalog = loadCatalog();
const vergelijking = compare(catalog);
const product = (regio: string, code: string) =>
  vergelijking.groepen.flatMap((g) => g.producten).find((p) => p.regio === regio && p.code === code)!;

describe('vergelijking tussen regio\'s', () => {
  it('leest de getallen uit de schema\'s van de eisen, met het tijdvak dat de tekst noemt', () => {
    const bwZwaar = product('gelderland-zuid', '15N13');
    expect(bwZwaar.cellen.beschikbaarheid![0]).toMatchObject({ getallen: { maximum: 15 }, tekst: 'ma t/m zo 22:00-07:00: ten hoogste 15 minuten', eisId: 'gz-15N13-beschikbaarheid-nacht' });
    expect(bwZwaar.cellen.bereikbaarheid![0]).toMatchObject({ getallen: { maximum: 5 }, tekst: 'ma t/m zo hele dag: ten hoogste 5 minuten' });
    const aanwezig = bwZwaar.cellen.bezetting!.find((c) => c.eisId === 'gz-15N13-aanwezigheid')!;
    expect(aanwezig.getallen).toEqual({ minimum: 1 });
    expect(aanwezig.tekst).toMatch(/tussen 07:00 en 22:00: ten minste 1 medewerker$/);
    expect(bwZwaar.cellen.tarief![0]!.getallen).toEqual({ perEtmaal: 239.15 });

    const zelfstandigThuis = product('meierij-bommelerwaard', '15A08');
    expect(zelfstandigThuis.cellen.beschikbaarheid![0]).toMatchObject({ getallen: { maximum: 240 }, tekst: 'ma t/m zo hele dag: ten hoogste 240 minuten' });

    // A new region's staffing eisen appear without code: every rooster fact is a cell under "bezetting".
    const verslaving = product('meierij-bommelerwaard', '15A01');
    expect(verslaving.cellen.bezetting!.map((c) => c.getallen.minimum)).toContain(2);
    // Regio-003's "19.00-8.00 uur op afroep".
    expect(product('regio-003', '15A54').cellen.afroep![0]!.tekst).toBe('ma t/m zo 19:00-08:00: ja');
  });

  it('groepeert vergelijkbare producten en laat elke cel naar een bestaande eis met citaat wijzen', () => {
    expect(vergelijking.groepen.map((g) => g.categorie)).toEqual(['intramuraal', 'geclusterd', 'thuis', 'dagbesteding']);
    for (const g of vergelijking.groepen) expect(g.producten.length).toBeGreaterThan(0);
    let cellen = 0;
    for (const p of vergelijking.groepen.flatMap((g) => g.producten)) {
      const eisen = catalog.regios.get(p.regio)!.producten.get(p.code)!.eisen;
      for (const cel of Object.values(p.cellen).flat()) {
        if (!cel.eisId) continue;
        cellen++;
        const eis = eisen.find((e) => e.id === cel.eisId);
        expect(eis, cel.eisId).toBeDefined();
        expect(cel.bron!.citaat).toBe(eis!.bron.citaat);
      }
    }
    expect(cellen).toBeGreaterThan(50);
  });
});

describe('kwalificatie over alle regio\'s', () => {
  const ALLE = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
  const mbo4 = { niveau: 'mbo4' as const, functie: 'begeleider' as const, wijze: 'wakend' as const, opleidingZorgEnWelzijn: true };
  /** Two mbo-4 by day, one asleep at night, on site within 30 minutes, 8 hours a week. */
  const aanbod = {
    beschikbaarheid: { vensters: [{ dagen: [...ALLE], van: '00:00', tot: '24:00', telefonischMinuten: 5, fysiekMinuten: 30 }] },
    rooster: {
      diensten: [
        { naam: 'dag', dagen: [...ALLE], van: '07:00', tot: '22:00', plaats: 'locatie' as const, medewerkers: [mbo4, mbo4] },
        { naam: 'nacht', dagen: [...ALLE], van: '22:00', tot: '07:00', overMiddernacht: true, plaats: 'locatie' as const, medewerkers: [{ ...mbo4, wijze: 'slapend' as const }] },
      ],
    },
    begeleiding: { individueelUrenPerWeek: 8, groepUrenPerWeek: 7 },
  } as Omit<AanbodItem, 'productcode'>;
  const rows = qualify(aanbod, catalog);

  it('één rij per product van elke regio, dichtstbijzijnde eerst', () => {
    const totaal = [...catalog.regios.values()].reduce((n, r) => n + r.producten.size, 0);
    expect(rows).toHaveLength(totaal);
    // Products with nothing measurable come last: the facts say nothing about them.
    const aantallen = rows.map((r) => (r.uitslag === 'voldoet' ? -1 : r.uitslag === 'niet-meetbaar' ? Infinity : r.wijzigingen.length));
    expect([...aantallen].sort((a, b) => a - b)).toEqual(aantallen);
  });

  it('noemt bij BW zwaar in Gelderland Zuid dat de beschikbaarheid van 30 naar 15 minuten moet', () => {
    const bwZwaar = rows.find((r) => r.regio === 'gelderland-zuid' && r.productcode === '15N13')!;
    expect(bwZwaar.uitslag).toBe('voldoet-niet');
    expect(bwZwaar.wijzigingen).toContainEqual({ pointer: '/beschikbaarheid/vensters/0/fysiekMinuten', van: 30, naar: 15, eisId: 'gz-15N13-beschikbaarheid-nacht' });
  });

  it('de genoemde wijzigingen, met de te verklaren verklaringen, maken dat het aanbod bij de gewone toets voldoet, voor elk product', () => {
    for (const row of rows) {
      const herzien = {
        ...applyWijzigingen(aanbod, row.wijzigingen),
        verklaringen: Object.fromEntries(row.teVerklaren.map((id) => [id, true])),
        bijlagen: row.teBijvoegen.map((soort) => ({ soort, bestandsnaam: `${soort}.pdf`, sha256: '0'.repeat(64) })),
      };
      expect(validateLosAanbod({ aanbod: herzien }).ok, `${row.regio} ${row.productcode}: geldig na wijzigen`).toBe(true);
      const bod = {
        versie: '2',
        regio: row.regio,
        aanbieder: { naam: 'Test', kvkNummer: '12345678' },
        aanbod: [{ ...herzien, productcode: row.productcode } as AanbodItem],
      } as Zelfevaluatie;
      const product = toets(bod, catalog).producten[0]!;
      const falend = product.eisen.filter((e) => e.ernst === 'eis' && e.uitslag !== 'voldoet').map((e) => e.id);
      expect(falend, `${row.regio} ${row.productcode}`).toEqual([]);
    }
  });

  it('vraagt niet meer mensen dan nodig: één wakende mbo-4\'er naast de slapende volstaat', () => {
    const verslaving = rows.find((r) => r.regio === 'meierij-bommelerwaard' && r.productcode === '15A01')!;
    const rooster = verslaving.wijzigingen.find((w) => w.pointer === '/rooster/diensten')!;
    const nacht = (rooster.naar as Array<{ van: string; medewerkers: Array<{ wijze?: string; niveau?: string }> }>).filter((d) => d.van === '22:00');
    expect(nacht.flatMap((d) => d.medewerkers).filter((m) => m.wijze === 'wakend' && m.niveau === 'mbo4')).toHaveLength(1);
    expect(verslaving.wijzigingen.some((w) => w.pointer.startsWith('/afgeleid'))).toBe(false);
  });

  it('bijlagen worden genoemd, niet als wijziging verzonnen', () => {
    const intensief = rows.find((r) => r.regio === 'centraal-gelderland' && r.productcode === '15B03')!;
    expect(intensief.teBijvoegen).toEqual(['spv-bewijs']);
    expect(intensief.wijzigingen.some((w) => w.pointer.startsWith('/bijlagen'))).toBe(false);
  });

  it('een aanbod voldoet aan sommige producten en niet aan andere', () => {
    const voldoet = rows.filter((r) => r.uitslag === 'voldoet');
    expect(voldoet.map((r) => `${r.regio} ${r.productcode}`)).toContain('gelderland-zuid 15N04');
    expect(voldoet.every((r) => r.wijzigingen.length === 0)).toBe(true);
    // Not a fit: something to change, or a rule over products that fails next to the products the offer does meet.
    expect(rows.filter((r) => r.uitslag === 'voldoet-niet').every((r) => r.wijzigingen.length > 0 || r.regels.some((x) => x.uitslag === 'voldoet-niet'))).toBe(true);
    expect(rows.some((r) => r.uitslag === 'voldoet-niet')).toBe(true);
  });
});

describe('onderwerpen uit de catalogus', () => {
  it("een nieuwe regio met een eis op een ander veld (team) en een nieuwe productgroep komt zonder code in de vergelijking", async () => {
    const { fixtureRegion } = await import('../helpers/fixture-region.js');
    const f = fixtureRegion();
    f.t1['x-product'] = { ...f.t1['x-product'], categorie: 'thuis' } as never;
    f.t1.allOf.push({
      title: 'Een SPV in het team',
      'x-eis': { id: 'tr-T1-spv', ernst: 'eis', bron: { sectie: '1', citaat: 'Binnen 15 minuten ter plaatse.' } },
      required: ['team'],
      properties: { team: { required: ['spv'], properties: { spv: { const: true } } } },
    } as never);
    f.write('T1.schema.json', f.t1);
    const v = compare(loadCatalog(f.root));
    expect(v.groepen.map((g) => g.categorie)).toEqual(['thuis']);
    expect(v.onderwerpen.map((o) => o.id)).toEqual(['beschikbaarheid', 'bezetting', 'team', 'tarief']);
    expect(v.onderwerpen.find((o) => o.id === 'team')!.titel).toBe('Team');
    const t1 = v.groepen[0]!.producten[0]!;
    expect(t1.cellen.team).toEqual([expect.objectContaining({ eisId: 'tr-T1-spv', tekst: expect.stringMatching(/SPV.*: ja$/) })]);
    expect(t1.cellen.bezetting![0]).toMatchObject({ eisId: 'tr-T1-nacht', getallen: { minimum: 1 } });
  });
});
