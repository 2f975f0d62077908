import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { toets } from '../../server/engine/evaluate.js';
import { applyWijzigingen, qualify } from '../../server/engine/qualify.js';
import type { AanbodItem, Zelfevaluatie } from '../../server/types/contract.js';
import { fixtureRegion } from '../helpers/fixture-region.js';

const catalog = loadCatalog(fixtureRegion().root);

describe('kwalificatie: waar past dit aanbod?', () => {
  it('noemt per product de kleinste lijst wijzigingen, en die wijzigingen maken dat het aanbod voldoet', () => {
    const aanbod = { beschikbaarheidMinuten: 30, bezetting: { nacht: [{ niveau: 'mbo3' as const, wijze: 'wakend' as const }] }, begeleiding: { individueelUrenPerWeek: 8 } };
    const rows = qualify(aanbod, catalog);
    expect(rows.map((r) => r.productcode)).toEqual(['T2', 'T1']);
    expect(rows[0]).toMatchObject({ uitslag: 'voldoet', wijzigingen: [] });
    const t1 = rows[1]!;
    expect(t1.uitslag).toBe('voldoet-niet');
    expect(t1.wijzigingen).toEqual([
      { pointer: '/beschikbaarheidMinuten', van: 30, naar: 15, eisId: 'tr-T1-beschikbaarheid' },
      { pointer: '/bezetting/nacht', van: [{ niveau: 'mbo3', wijze: 'wakend' }], naar: [{ niveau: 'mbo3', wijze: 'wakend' }, { niveau: 'mbo4', wijze: 'wakend' }], eisId: 'tr-T1-nacht' },
    ]);
    expect(t1.teVerklaren).toEqual(['herstelplan']);
    const herzien = { ...applyWijzigingen(aanbod, t1.wijzigingen), verklaringen: { herstelplan: true } };
    const bod: Zelfevaluatie = { versie: '1', regio: 'testregio', aanbieder: { naam: 'T', kvkNummer: '12345678' }, aanbod: [{ ...herzien, productcode: 'T1' } as AanbodItem] };
    expect(toets(bod, catalog).producten[0]!.uitslag).toBe('voldoet');
  });
});
