import type { Catalog, Region } from '../catalog/types.js';
import type { InputError } from '../contract/validate.js';
import type { EisUitslag } from '../types/contract.js';
import { check } from './check.js';

/** One verdict of a saved zelfevaluatie that changes from one catalog year to the next, and what to do about it. */
export interface BodWijziging {
  id: string;
  /** Product code, or undefined for a rule over products. */
  product?: string;
  titel: string;
  /** The verdict with the older catalog; null for an eis that is new. */
  van: EisUitslag | null;
  naar: EisUitslag;
  advies?: string;
}

/**
 * "My saved zelfevaluatie against next year's catalog": checks it against both versions (its own `jaar` is set aside)
 * and lists every verdict that changes, with the advice of the newer check. Invalid input gives its errors.
 */
export function bodVerschillen(input: unknown, catalog: Catalog, van: Region, naar: Region): { ok: true; bod: BodWijziging[] } | { ok: false; errors: InputError[] } {
  const body = input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const a = check({ ...body, jaar: van.jaar }, catalog);
  const b = check({ ...body, jaar: naar.jaar }, catalog);
  if (!a.ok) return a;
  if (!b.ok) return b;
  const flat = (r: typeof a.resultaat) => [
    ...r.regioEisen.map((e) => ({ e, product: undefined as string | undefined })),
    ...r.producten.flatMap((p) => p.eisen.map((e) => ({ e, product: p.productcode as string | undefined }))),
  ];
  const before = new Map(flat(a.resultaat).map(({ e, product }) => [`${product}|${e.id}`, e.uitslag]));
  const bod: BodWijziging[] = [];
  for (const { e, product } of flat(b.resultaat)) {
    const was = before.get(`${product}|${e.id}`) ?? null;
    if (was === e.uitslag) continue;
    bod.push({ id: e.id, ...(product ? { product } : {}), titel: e.titel, van: was, naar: e.uitslag, ...(e.advies ? { advies: e.advies } : {}) });
  }
  return { ok: true, bod };
}
