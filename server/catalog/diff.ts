// What changed between two versions of a region's catalog: products added or dropped, tariffs, and per eis whether it
// was added, removed, tightened or loosened (bound by bound), reworded or cited differently. The wording is the
// engine's own ("verwacht"), so the list reads like the result of a check.
import { formatTarief } from '../engine/format.js';
import { probleem } from '../messages.js';
import type { CompiledEis, JsonSchema, Region } from './types.js';

export interface Grens {
  /** JSON pointer of the bound inside the eis's schema. */
  pointer: string;
  sleutelwoord: string;
  van?: number;
  naar?: number;
  richting: 'strenger' | 'soepeler' | 'gewijzigd';
}

export interface EisVerschil {
  id: string;
  /** Product code, or undefined for a rule over products. */
  product?: string;
  titel: string;
  wijziging: 'toegevoegd' | 'vervallen' | 'strenger' | 'soepeler' | 'gewijzigd';
  van?: string;
  naar?: string;
  grenzen?: Grens[];
  citaat?: { van: string; naar: string };
}

export interface Verschillen {
  regio: string;
  van: { jaar: number; geldigVanaf: string; geldigTot: string; versie: string };
  naar: { jaar: number; geldigVanaf: string; geldigTot: string; versie: string };
  producten: { toegevoegd: Array<{ code: string; naam: string }>; vervallen: Array<{ code: string; naam: string }> };
  tarieven: Array<{ code: string; naam: string; van: string | null; naar: string | null }>;
  eisen: EisVerschil[];
}

const BOUNDS: Record<string, 'min' | 'max'> = {
  minimum: 'min', exclusiveMinimum: 'min', minContains: 'min', minItems: 'min',
  maximum: 'max', exclusiveMaximum: 'max', maxContains: 'max', maxItems: 'max',
};

/** Every numeric bound of a schema by its JSON pointer. */
function bounds(s: unknown, at = '', out = new Map<string, number>()): Map<string, number> {
  if (Array.isArray(s)) s.forEach((v, i) => bounds(v, `${at}/${i}`, out));
  else if (s && typeof s === 'object') {
    for (const [k, v] of Object.entries(s)) {
      if (k.startsWith('x-') || k === 'title') continue;
      if (k in BOUNDS && typeof v === 'number') out.set(`${at}/${k}`, v);
      else bounds(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
    }
  }
  return out;
}

/** Without its annotations and bounds: two eisen that differ only in their bounds have the same shape. */
function shape(s: JsonSchema): string {
  return JSON.stringify(s, (k, v: unknown) => (k.startsWith('x-') || k === 'title' || (k in BOUNDS && typeof v === 'number') ? undefined : v));
}

function compareEis(a: CompiledEis, b: CompiledEis, product: string | undefined): EisVerschil | undefined {
  const ba = bounds(a.schema);
  const bb = bounds(b.schema);
  const grenzen: Grens[] = [];
  for (const pointer of new Set([...ba.keys(), ...bb.keys()])) {
    const van = ba.get(pointer);
    const naar = bb.get(pointer);
    if (van === naar) continue;
    const sleutelwoord = pointer.split('/').at(-1)!;
    const kind = BOUNDS[sleutelwoord]!;
    const richting = van === undefined ? 'strenger' : naar === undefined ? 'soepeler' : (kind === 'min') === naar > van ? 'strenger' : 'soepeler';
    grenzen.push({ pointer, sleutelwoord, ...(van !== undefined ? { van } : {}), ...(naar !== undefined ? { naar } : {}), richting });
  }
  const sameShape = shape(a.schema) === shape(b.schema);
  const citaat = a.bron.citaat !== b.bron.citaat || a.bron.sectie !== b.bron.sectie ? { van: a.bron.citaat, naar: b.bron.citaat } : undefined;
  if (grenzen.length === 0 && sameShape && a.verwacht === b.verwacht && !citaat) return undefined;
  const richtingen = new Set(grenzen.map((g) => g.richting));
  const wijziging = sameShape && richtingen.size === 1 ? [...richtingen][0]! : 'gewijzigd';
  return {
    id: b.id,
    ...(product ? { product } : {}),
    titel: b.titel,
    wijziging,
    van: a.verwacht,
    naar: b.verwacht,
    ...(grenzen.length > 0 ? { grenzen } : {}),
    ...(citaat ? { citaat } : {}),
  };
}

function compareEisen(a: CompiledEis[], b: CompiledEis[], product: string | undefined): EisVerschil[] {
  const out: EisVerschil[] = [];
  const inA = new Map(a.map((e) => [e.id, e]));
  const inB = new Map(b.map((e) => [e.id, e]));
  for (const e of a) if (!inB.has(e.id)) out.push({ id: e.id, ...(product ? { product } : {}), titel: e.titel, wijziging: 'vervallen', van: e.verwacht });
  for (const e of b) {
    const old = inA.get(e.id);
    if (!old) out.push({ id: e.id, ...(product ? { product } : {}), titel: e.titel, wijziging: 'toegevoegd', naar: e.verwacht });
    else {
      const d = compareEis(old, e, product);
      if (d) out.push(d);
    }
  }
  return out;
}

const period = (r: Region) => ({ jaar: r.jaar, geldigVanaf: r.geldigVanaf, geldigTot: r.geldigTot, versie: r.versie });

/** The changes from one version of a region's catalog to another. */
export function verschillen(van: Region, naar: Region): Verschillen {
  const producten = { toegevoegd: [] as Array<{ code: string; naam: string }>, vervallen: [] as Array<{ code: string; naam: string }> };
  const tarieven: Verschillen['tarieven'] = [];
  const eisen: EisVerschil[] = compareEisen(van.regels, naar.regels, undefined);
  for (const p of van.producten.values()) if (!naar.producten.has(p.code)) producten.vervallen.push({ code: p.code, naam: p.naam });
  for (const p of naar.producten.values()) {
    const old = van.producten.get(p.code);
    if (!old) {
      producten.toegevoegd.push({ code: p.code, naam: p.naam });
      continue;
    }
    if (JSON.stringify(old.tarief) !== JSON.stringify(p.tarief)) {
      tarieven.push({ code: p.code, naam: p.naam, van: formatTarief(old.tarief) ?? null, naar: formatTarief(p.tarief) ?? null });
    }
    eisen.push(...compareEisen(old.eisen, p.eisen, p.code));
  }
  return { regio: naar.id, van: period(van), naar: period(naar), producten, tarieven, eisen };
}

/** A region's version by year. */
export const versionOfYear = (region: Region, jaar: number) => region.versies.find((v) => v.jaar === jaar);

/**
 * The two versions to compare, from the years asked (as strings from a query): without van the version valid today,
 * without naar the one after van. A Dutch reason where a year has no version.
 */
export function versionsToCompare(region: Region, vanJaar?: string, naarJaar?: string): { van: Region; naar: Region } | { fout: string } {
  const jaren = region.versies.map((v) => v.jaar);
  const van = vanJaar ? versionOfYear(region, Number(vanJaar)) : region;
  if (!van) return { fout: probleem.geenVersie(vanJaar!, region.naam, jaren) };
  const naar = naarJaar ? versionOfYear(region, Number(naarJaar)) : region.versies[region.versies.indexOf(van) + 1];
  if (!naar) return { fout: naarJaar ? probleem.geenVersie(naarJaar, region.naam, jaren) : probleem.geenVolgendeVersie(region.naam, van.jaar) };
  return { van, naar };
}
