import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog, loadRegion } from '../../server/catalog/loader.js';
import type { Catalog, Region } from '../../server/catalog/types.js';
import { check } from '../../server/engine/check.js';
import { projectRoot, regiosDir } from '../../server/paths.js';

/**
 * The whole catalog; while colleagues are editing a region it may not load, then every region
 * that does load on its own (the catalog tests report the broken one).
 */
export function loadFuzzCatalog(): Catalog {
  try {
    return loadCatalog();
  } catch (err) {
    const regios = new Map<string, Region>();
    for (const entry of readdirSync(regiosDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      try {
        const region = loadRegion(path.join(regiosDir, entry.name));
        regios.set(region.id, region);
      } catch {
        // Skipped: not loadable right now.
      }
    }
    console.warn(`fuzz: catalogus laadt niet in zijn geheel (${(err as Error).message}); verder met ${[...regios.keys()].join(', ')}`);
    return { regios };
  }
}

const ALLE = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

/** Every fact of the contract filled in (version 2), so that mutations reach every field. */
function fullItem(region: Region, code: string): Record<string, unknown> {
  const product = region.producten.get(code)!;
  const mbo4 = { niveau: 'mbo4', wijze: 'wakend', functie: 'begeleider', opleidingZorgEnWelzijn: true };
  return {
    productcode: code,
    locatie: 'Hof van Wijchen',
    rooster: {
      diensten: [
        { naam: 'dag', dagen: ALLE, van: '07:00', tot: '15:00', plaats: 'locatie', medewerkers: [{ ...mbo4, niveau: 'hbo' }, mbo4, mbo4] },
        { naam: 'avond', dagen: ALLE, van: '15:00', tot: '23:00', plaats: 'locatie', medewerkers: [{ ...mbo4, hboWerkNiveau: true }, mbo4] },
        { naam: 'nacht', dagen: ALLE, van: '23:00', tot: '07:00', overMiddernacht: true, plaats: 'locatie', medewerkers: [mbo4, { niveau: 'mbo3', wijze: 'slapend', functie: 'begeleider', aanvullendGeschoold: true }] },
        { naam: 'wijk', dagen: ALLE, van: '22:00', tot: '07:00', overMiddernacht: true, plaats: 'wijk', medewerkers: [mbo4] },
      ],
    },
    beschikbaarheid: {
      vensters: [
        { dagen: ALLE, van: '07:00', tot: '22:00', telefonischMinuten: 5, fysiekMinuten: 5, opAfroep: true },
        { dagen: ALLE, van: '22:00', tot: '07:00', overMiddernacht: true, telefonischMinuten: 5, fysiekMinuten: 10, opAfroep: true },
      ],
    },
    regie: { niveau: 'hbo', perClient: true },
    team: { vast: true, opleidingZorgEnWelzijn: true, hboConsultatie247: true, spv: true, ervaringsdeskundige: true },
    beschikbaarheidWijkMinuten: 30,
    begeleiding: { individueelUrenPerWeek: 12, groepUrenPerWeek: 7, contactmomentenPerWeek: 7, fysiekContactPerWeek: 1 },
    doelgroep: { minimumLeeftijd: 18, maximumLeeftijd: 99, housingFirst: false },
    setting: { maxAndereClienten: 3 },
    dagbesteding: {
      dagdelenPerWeek: 5, gemiddeldeGroepsgrootte: 7, maxClientenPerRuimte: 20, minimumNiveau: 'mbo3', vervoerInbegrepen: true, eigenBijdrage: false,
    },
    verklaringen: Object.fromEntries(product.verklaringen.map((v) => [v.id, true])),
    bijlagen: product.bijlagen.map((b) => ({ soort: b.soort, bestandsnaam: `${b.soort}.pdf`, sha256: 'a'.repeat(64), grootte: 48211, mediatype: 'application/pdf' })),
  };
}

function bidOf(regio: string, aanbod: Array<Record<string, unknown>>): Record<string, unknown> {
  return {
    versie: '2',
    regio,
    aanbieder: { naam: 'Zorggroep De Linde', kvkNummer: '12345678', agbCode: '73730123', contactpersoon: 'J. Jansen', email: 'j.jansen@example.nl' },
    aanbod,
  };
}

export interface BaseBid {
  naam: string;
  bid: Record<string, unknown>;
}

/**
 * Contract-valid bids to mutate: the samples of every loaded region, plus per region one bid per
 * product with every field filled in and one with all its products. Only bids that pass the
 * contract now are kept (a catalog may be mid-edit).
 */
export function baseBids(catalog: Catalog): BaseBid[] {
  const out: BaseBid[] = [];
  const samplesDir = path.join(projectRoot, 'samples');
  for (const regio of catalog.regios.keys()) {
    const dir = path.join(samplesDir, regio);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      try {
        out.push({ naam: `samples/${regio}/${file}`, bid: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown> });
      } catch {
        // A sample being written right now.
      }
    }
  }
  for (const region of catalog.regios.values()) {
    const codes = [...region.producten.keys()];
    for (const code of codes) out.push({ naam: `${region.id} ${code} vol`, bid: bidOf(region.id, [fullItem(region, code)]) });
    out.push({ naam: `${region.id} alle producten`, bid: bidOf(region.id, codes.slice(0, 50).map((c) => fullItem(region, c))) });
  }
  return out.filter(({ bid }) => check(bid, catalog).ok);
}
