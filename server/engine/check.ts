import { versionOn } from '../catalog/loader.js';
import type { Catalog } from '../catalog/types.js';
import { fout } from '../messages.js';
import { validateZelfevaluatie, type InputError } from '../contract/validate.js';
import type { Toetsresultaat, Zelfevaluatie } from '../types/contract.js';
import { toets, type ToetsOptions } from './evaluate.js';

export type CheckOutcome =
  | { ok: true; zelfevaluatie: Zelfevaluatie; resultaat: Toetsresultaat }
  | { ok: false; errors: InputError[] };

/** Validate, then check: the one entry point that the API, the web form, the CLI and screening share. */
export function check(input: unknown, catalog: Catalog, options: ToetsOptions & { jaar?: number } = {}): CheckOutcome {
  const { catalog: chosen, error } = catalogFor(input, catalog, options.now ?? new Date(), options.jaar);
  const validation = validateZelfevaluatie(input, chosen);
  if (!validation.ok || error) return { ok: false, errors: [...(validation.ok ? [] : validation.errors), ...(error ? [error] : [])] };
  catalog = chosen;
  const invoer = { invoerVersie: validation.invoerVersie, omzetting: validation.omzetting };
  return { ok: true, zelfevaluatie: validation.value, resultaat: toets(validation.value, catalog, { ...invoer, ...options }) };
}

/**
 * The catalog a submission is checked against: for a region with versions side by side, the one of the year the
 * submission asks (`jaar`), else the one valid on the check date.
 */
export function catalogFor(input: unknown, catalog: Catalog, now: Date, jaar?: number): { catalog: Catalog; error?: InputError } {
  const body = input && typeof input === 'object' ? (input as { regio?: unknown; jaar?: unknown }) : {};
  const region = typeof body.regio === 'string' ? catalog.regios.get(body.regio) : undefined;
  if (!region) return { catalog };
  let version = versionOn(region, now.toISOString().slice(0, 10));
  const year = typeof body.jaar === 'number' ? body.jaar : jaar;
  if (year !== undefined) {
    const asked = region.versies.find((v) => v.jaar === year);
    if (!asked) return { catalog, error: { pointer: '/jaar', detail: fout.onbekendJaar(year, region.naam, region.versies.map((v) => v.jaar)) } };
    version = asked;
  }
  if (version === region) return { catalog };
  return { catalog: { ...catalog, regios: new Map([...catalog.regios, [region.id, version]]) } };
}
