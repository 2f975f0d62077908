import { describe, expect, it } from 'vitest';
import { CatalogError, loadCatalog } from '../../server/catalog/loader.js';
import { fixtureRegion } from '../helpers/fixture-region.js';

function loadError(mutate: (f: ReturnType<typeof fixtureRegion>) => void): CatalogError {
  const f = fixtureRegion();
  mutate(f);
  try {
    loadCatalog(f.root);
  } catch (err) {
    if (err instanceof CatalogError) return err;
    throw err;
  }
  throw new Error('de catalogus laadde zonder fout');
}

describe('catalogus laden', () => {
  it('laadt een geldige regio met producten, regels en verklaringen als eisen', () => {
    const f = fixtureRegion();
    const region = loadCatalog(f.root).regios.get('testregio')!;
    expect([...region.producten.keys()]).toEqual(['T1', 'T2']);
    expect(region.regels.map((r) => r.id)).toEqual(['tr-toeslag']);
    const t1 = region.producten.get('T1')!;
    expect(t1.eisen.map((e) => e.id)).toEqual(['tr-T1-beschikbaarheid', 'tr-T1-nacht', 'tr-T1-uren-signaal', 'tr-T1-verklaring-herstelplan']);
    expect(region.versie).toMatch(/^[0-9a-f]{64}$/);
  });

  const cases: Array<{ naam: string; mutate: (f: ReturnType<typeof fixtureRegion>) => void; bestand: string; pointer: string; tekst: RegExp }> = [
    { naam: 'geen geldige JSON', mutate: (f) => f.write('T1.schema.json', '{ "title": '), bestand: 'regios/testregio/T1.schema.json', pointer: '', tekst: /geen geldige JSON/ },
    {
      naam: 'eis zonder x-eis',
      mutate: (f) => { delete (f.t1.allOf[0] as Record<string, unknown>)['x-eis']; f.write('T1.schema.json', f.t1); },
      bestand: 'regios/testregio/T1.schema.json', pointer: '/allOf/0', tekst: /x-eis/,
    },
    {
      naam: 'tikfout in een veldnaam',
      mutate: (f) => { (f.t1.allOf[0] as Record<string, unknown>).properties = { bereikbaarheidminuten: { maximum: 5 } }; f.write('T1.schema.json', f.t1); },
      bestand: 'regios/testregio/T1.schema.json', pointer: '/allOf/0/properties/bereikbaarheidminuten', tekst: /bestaat niet in het contract/,
    },
    {
      naam: 'niet-toegestaan sleutelwoord in een eis',
      mutate: (f) => { (f.t1.allOf[0] as Record<string, unknown>).pattern = 'x'; f.write('T1.schema.json', f.t1); },
      bestand: 'regios/testregio/T1.schema.json', pointer: '/allOf/0', tekst: /pattern/,
    },
    {
      naam: 'dubbele eis-id',
      mutate: (f) => { (f.t1.allOf[1] as { 'x-eis': { id: string } })['x-eis'].id = 'tr-T1-beschikbaarheid'; f.write('T1.schema.json', f.t1); },
      bestand: 'regios/testregio/T1.schema.json', pointer: '/allOf/1/x-eis/id', tekst: /twee keer/,
    },
    {
      naam: 'productcode past niet bij de bestandsnaam',
      mutate: (f) => { f.t2['x-product'].code = 'T3'; f.write('T2.schema.json', f.t2); },
      bestand: 'regios/testregio/T2.schema.json', pointer: '/x-product/code', tekst: /bestandsnaam/,
    },
    {
      naam: 'regioregel noemt een onbekend product',
      mutate: (f) => { (f.regio.allOf[0]!.then.properties.aanbod.contains.properties.productcode as { const: string }).const = 'T9'; f.write('regio.schema.json', f.regio); },
      bestand: 'regios/testregio/regio.schema.json', pointer: '/allOf/0', tekst: /T9/,
    },
    {
      naam: 'onbekend document in een bron',
      mutate: (f) => { (f.t1.allOf[0] as { 'x-eis': { bron: Record<string, string> } })['x-eis'].bron.document = 'elders'; f.write('T1.schema.json', f.t1); },
      bestand: 'regios/testregio/T1.schema.json', pointer: '/allOf/0/x-eis/bron/document', tekst: /elders/,
    },
  ];

  for (const c of cases) {
    it(`weigert een kapotte catalogus en noemt bestand en pointer: ${c.naam}`, () => {
      const err = loadError(c.mutate);
      expect(err.bestand.endsWith(c.bestand)).toBe(true);
      expect(err.pointer).toBe(c.pointer);
      expect(err.message).toMatch(c.tekst);
    });
  }
});
