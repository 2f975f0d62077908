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
  it('leest de getallen uit de schema\'s van de eisen', () => {
    const bwZwaar = product('gelderland-zuid', '15N13');
    expect(bwZwaar.cellen.beschikbaarheidNacht![0]).toMatchObject({ getallen: { maximum: 15 }, tekst: 'ten hoogste 15 minuten', eisId: 'gz-15N13-beschikbaarheid-nacht' });
    expect(bwZwaar.cellen.bereikbaarheid![0]!.getallen).toEqual({ maximum: 5 });
    expect(bwZwaar.cellen.aanwezigheid![0]!.getallen).toEqual({ 'vanafUur.maximum': 7, 'totUur.minimum': 22 });
    expect(bwZwaar.cellen.tarief![0]!.getallen).toEqual({ perEtmaal: 239.15 });

    const zelfstandigThuis = product('meierij-bommelerwaard', '15A08');
    expect(zelfstandigThuis.cellen.beschikbaarheidWijk![0]!.getallen).toEqual({ maximum: 240 });
    expect(zelfstandigThuis.cellen.beschikbaarheidWijk![0]!.tekst).toBe('ten hoogste 240 minuten');

    // Without a separate night figure, the general availability holds around the clock.
    expect(product('gelderland-zuid', '15N11').cellen.beschikbaarheidNacht![0]).toMatchObject({ getallen: { maximum: 45 }, eisId: 'gz-15N11-beschikbaarheid' });
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
  const aanbod = {
    bereikbaarheidMinuten: 5,
    beschikbaarheidMinuten: 30,
    bezetting: { dag: [{ niveau: 'mbo4' as const }, { niveau: 'mbo4' as const }], nacht: [{ niveau: 'mbo4' as const, wijze: 'slapend' as const }] },
    begeleiding: { individueelUrenPerWeek: 8, groepUrenPerWeek: 7 },
  };
  const rows = qualify(aanbod, catalog);

  it('één rij per product van elke regio, dichtstbijzijnde eerst', () => {
    const totaal = [...catalog.regios.values()].reduce((n, r) => n + r.producten.size, 0);
    expect(rows).toHaveLength(totaal);
    const aantallen = rows.map((r) => (r.uitslag === 'voldoet' ? -1 : r.wijzigingen.length));
    expect([...aantallen].sort((a, b) => a - b)).toEqual(aantallen);
  });

  it('noemt bij BW zwaar in Gelderland Zuid dat de beschikbaarheid van 30 naar 15 minuten moet', () => {
    const bwZwaar = rows.find((r) => r.regio === 'gelderland-zuid' && r.productcode === '15N13')!;
    expect(bwZwaar.uitslag).toBe('voldoet-niet');
    expect(bwZwaar.wijzigingen).toContainEqual({ pointer: '/beschikbaarheidMinuten', van: 30, naar: 15, eisId: 'gz-15N13-beschikbaarheid-nacht' });
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
        versie: '1',
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
    const nacht = verslaving.wijzigingen.find((w) => w.pointer === '/bezetting/nacht')!;
    expect(nacht.naar).toHaveLength(2);
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
    expect(rows.filter((r) => r.uitslag === 'voldoet-niet').every((r) => r.wijzigingen.length > 0)).toBe(true);
    expect(rows.some((r) => r.uitslag === 'voldoet-niet')).toBe(true);
  });
});
