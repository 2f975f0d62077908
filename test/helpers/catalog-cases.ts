import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadRegion } from '../../server/catalog/loader.js';
import { projectRoot, regiosDir } from '../../server/paths.js';
import { validateZelfevaluatie } from '../../server/contract/validate.js';
import type { Catalog } from '../../server/catalog/types.js';
import { toets } from '../../server/engine/evaluate.js';
import type { AanbodItem, Dienst, Medewerker as ContractMedewerker, Toetsresultaat, Venster, Zelfevaluatie } from '../../server/types/contract.js';

/** The catalog with just this region, so that one region's tests do not depend on another's files. */
export function regionCatalog(regio: string): Catalog {
  const region = loadRegion(path.join(regiosDir, regio));
  return { regios: new Map([[region.id, region]]) };
}

/** A change to a valid aanbod item: keys merge deeply, arrays replace, null removes the key. */
export type Wijziging = Record<string, unknown>;

export function apply<T>(base: T, change: Wijziging): T {
  const out = structuredClone(base) as Record<string, unknown>;
  for (const [key, value] of Object.entries(change)) {
    if (value === null) delete out[key];
    else if (typeof value === 'object' && !Array.isArray(value) && typeof out[key] === 'object' && out[key] !== null && !Array.isArray(out[key])) {
      out[key] = apply(out[key], value as Wijziging);
    } else out[key] = structuredClone(value);
  }
  return out as T;
}

export function bid(regio: string, aanbod: AanbodItem[]): Zelfevaluatie {
  return {
    versie: '2',
    regio,
    aanbieder: { naam: 'Testaanbieder Zorg B.V.', kvkNummer: '12345678' },
    aanbod: aanbod as Zelfevaluatie['aanbod'],
  };
}

/** Contract version 2 builders for table tests: every day of the week, one dienst, one person, one window. */
export const ALLE_DAGEN = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
export const WERKDAGEN = ['ma', 'di', 'wo', 'do', 'vr'];
export const WEEKEND = ['za', 'zo'];

type Medewerker = Record<string, unknown>;

/** A begeleider, awake, trained in Zorg en Welzijn; override what the case is about. */
export function mens(niveau: string, extra: Medewerker = {}): ContractMedewerker {
  return { niveau, functie: 'begeleider', wijze: 'wakend', opleidingZorgEnWelzijn: true, ...extra } as unknown as ContractMedewerker;
}

/** A dienst on the location, every day unless `dagen` says otherwise; over midnight when it ends at or before its start. */
export function dienst(van: string, tot: string, medewerkers: Array<Medewerker | ContractMedewerker>, opts: { dagen?: string[]; plaats?: string; naam?: string } = {}): Dienst {
  const over = tot !== '24:00' && tot <= van;
  return {
    ...(opts.naam ? { naam: opts.naam } : {}),
    dagen: opts.dagen ?? ALLE_DAGEN,
    van,
    tot,
    ...(over ? { overMiddernacht: true } : {}),
    plaats: opts.plaats ?? 'locatie',
    medewerkers,
  } as unknown as Dienst;
}

/** A window of availability; every day unless `dagen` says otherwise. */
export function venster(van: string, tot: string, values: { telefonisch?: number; fysiek?: number; opAfroep?: boolean; dagen?: string[] }): Venster {
  const over = tot !== '24:00' && tot <= van;
  return {
    dagen: values.dagen ?? ALLE_DAGEN,
    van,
    tot,
    ...(over ? { overMiddernacht: true } : {}),
    ...(values.telefonisch !== undefined ? { telefonischMinuten: values.telefonisch } : {}),
    ...(values.fysiek !== undefined ? { fysiekMinuten: values.fysiek } : {}),
    ...(values.opAfroep !== undefined ? { opAfroep: values.opAfroep } : {}),
  } as unknown as Venster;
}

/** The whole week in one window. */
export const heleWeek = (telefonisch: number, fysiek: number): { vensters: Venster[] } => ({ vensters: [venster('00:00', '24:00', { telefonisch, fysiek })] });

export function failingIds(eisen: Toetsresultaat['regioEisen']): string[] {
  return eisen.filter((e) => e.ernst === 'eis' && (e.uitslag === 'voldoet-niet' || e.uitslag === 'ontbreekt')).map((e) => e.id).sort();
}

export function signaalIds(eisen: Toetsresultaat['regioEisen']): string[] {
  return eisen.filter((e) => e.uitslag === 'signaal').map((e) => e.id).sort();
}

export interface ProductCases {
  /** An aanbod item (without productcode) that meets every eis and declaration of the product. */
  basis: Omit<AanbodItem, 'productcode'>;
  /** Variants that must still comply, e.g. at the exact bound. */
  voldoet: Array<{ naam: string; wijziging: Wijziging; signalen?: string[] }>;
  /** Variants that must fail: exactly these eis ids fail (voldoet-niet or ontbreekt). */
  voldoetNiet: Array<{ naam: string; wijziging: Wijziging; faalt: string[] }>;
}

export interface RuleCase {
  naam: string;
  producten: string[];
  /** Exactly these region rules fail. */
  faalt: string[];
  signalen?: string[];
}

/**
 * Table-driven catalog tests: per product, bids that must pass and bids that must fail with the ids
 * of the eisen that must fail; per region, combinations of products and the rules they break.
 */
export function describeCatalog(regio: string, products: Record<string, ProductCases>, rules: RuleCase[]): void {
  const catalog = regionCatalog(regio);
  const region = catalog.regios.get(regio);

  describe(`catalogus ${regio}`, () => {
    it('staat in de catalogus met precies de geteste producten', () => {
      expect(region).toBeDefined();
      expect([...region!.producten.keys()].sort()).toEqual(Object.keys(products).sort());
    });

    for (const [code, cases] of Object.entries(products)) {
      describe(code, () => {
        const item = { productcode: code, ...cases.basis } as AanbodItem;
        const productResult = (change: Wijziging) => toets(bid(regio, [apply(item, change)]), catalog).producten[0]!;

        it('basisbod voldoet aan alle eisen en verklaringen', () => {
          const result = productResult({});
          expect(failingIds(result.eisen)).toEqual([]);
          expect(result.uitslag).toBe('voldoet');
        });
        for (const c of cases.voldoet) {
          it(`voldoet: ${c.naam}`, () => {
            const result = productResult(c.wijziging);
            expect(failingIds(result.eisen)).toEqual([]);
            expect(signaalIds(result.eisen)).toEqual([...(c.signalen ?? [])].sort());
          });
        }
        for (const c of cases.voldoetNiet) {
          it(`voldoet niet: ${c.naam}`, () => {
            const result = productResult(c.wijziging);
            expect(failingIds(result.eisen)).toEqual([...c.faalt].sort());
            expect(result.uitslag).toBe('voldoet-niet');
          });
        }
      });
    }

    for (const rule of rules) {
      it(`regioregel: ${rule.naam}`, () => {
        const aanbod = rule.producten.map((code) => ({ productcode: code, ...products[code]!.basis }) as AanbodItem);
        const result = toets(bid(regio, aanbod), catalog);
        expect(failingIds(result.regioEisen)).toEqual([...rule.faalt].sort());
        expect(signaalIds(result.regioEisen)).toEqual([...(rule.signalen ?? [])].sort());
      });
    }
  });
}

/**
 * The region's sample files: version 2, valid against the contract, and failing exactly the eisen their name
 * stands for (`reden`, by file name); every other sample passes. A failing sample without a stated reason fails.
 */
export function describeSamples(regio: string, reden: Record<string, string[]>): void {
  describe(`voorbeelden samples/${regio}`, () => {
    const catalog = regionCatalog(regio);
    const dir = path.join(projectRoot, 'samples', regio);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

    it('elk voldoet-niet-voorbeeld heeft een verwachte reden', () => {
      expect(files.filter((f) => f.includes('-voldoet-niet-')).sort()).toEqual(Object.keys(reden).sort());
    });

    for (const file of files) {
      it(file, () => {
        const input = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
        expect((input as { versie: string }).versie).toBe('2');
        const validatie = validateZelfevaluatie(input, catalog);
        expect(validatie.ok ? [] : validatie.errors).toEqual([]);
        if (!validatie.ok) return;
        expect(validatie.invoerVersie).toBe('2');
        const result = toets(validatie.value, catalog);
        expect(failingIds([...result.regioEisen, ...result.producten.flatMap((p) => p.eisen)])).toEqual([...(reden[file] ?? [])].sort());
        expect(result.uitslag).toBe(reden[file] ? 'voldoet-niet' : 'voldoet');
      });
    }
  });
}
