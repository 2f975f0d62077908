import type { Catalog } from '../catalog/types.js';
import { validateZelfevaluatie, type InputError } from '../contract/validate.js';
import type { Toetsresultaat, Zelfevaluatie } from '../types/contract.js';
import { toets, type ToetsOptions } from './evaluate.js';

export type CheckOutcome =
  | { ok: true; zelfevaluatie: Zelfevaluatie; resultaat: Toetsresultaat }
  | { ok: false; errors: InputError[] };

/** Validate, then check: the one entry point that the API, the web form, the CLI and screening share. */
export function check(input: unknown, catalog: Catalog, options: ToetsOptions = {}): CheckOutcome {
  const validation = validateZelfevaluatie(input, catalog);
  if (!validation.ok) return validation;
  const invoer = { invoerVersie: validation.invoerVersie, omzetting: validation.omzetting };
  return { ok: true, zelfevaluatie: validation.value, resultaat: toets(validation.value, catalog, { ...invoer, ...options }) };
}
