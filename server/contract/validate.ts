import type { ErrorObject } from 'ajv';
import { createAjv } from '../ajv.js';
import { fout } from '../messages.js';
import { oversizedAt, parsePointer, toPointer } from '../json.js';
import type { Catalog } from '../catalog/types.js';
import type { AanbodItem, Toetsresultaat, Zelfevaluatie } from '../types/contract.js';
import { localizeNl } from './localize.js';
import { fieldInfo, toetsresultaatSchema, zelfevaluatieSchema } from './schema-index.js';

/** One input problem: where (JSON pointer into the submission) and what, in Dutch. */
export interface InputError {
  pointer: string;
  detail: string;
}

export type ValidationResult = { ok: true; value: Zelfevaluatie } | { ok: false; errors: InputError[] };

/**
 * Bounds checked before the schema: deeper, longer or wider than any valid zelfevaluatie (at most 6 levels,
 * lists of at most 100, objects of at most 100 keys) with room to spare. Ajv with allErrors would otherwise
 * report every one of 40 000 bad items, which costs seconds.
 */
export const MAX_DEPTH = 16;
const MAX_ITEMS = 200;
const MAX_KEYS = 200;
const MAX_ERRORS = 100;

const ajv = createAjv();
const validateContract = ajv.compile<Zelfevaluatie>(zelfevaluatieSchema);
export const validateToetsresultaat = ajv.compile<Toetsresultaat>(toetsresultaatSchema);

function toInputError(e: ErrorObject): InputError {
  const params = e.params as { missingProperty?: string; additionalProperty?: string };
  const segments = parsePointer(e.instancePath);
  if (e.keyword === 'required' && params.missingProperty) {
    const at = [...segments, params.missingProperty];
    return { pointer: toPointer(at), detail: fout.veld(fieldInfo(at).label, 'is verplicht maar ontbreekt') };
  }
  if (e.keyword === 'additionalProperties' && params.additionalProperty !== undefined) {
    return { pointer: toPointer([...segments, params.additionalProperty]), detail: fout.extraVeld(params.additionalProperty) };
  }
  return { pointer: e.instancePath, detail: fout.veld(fieldInfo(segments).label, e.message ?? e.keyword) };
}

/** Problems that the schema cannot see: the region and its product codes, declarations and attachments. */
function catalogErrors(input: Record<string, unknown>, catalog: Catalog): InputError[] {
  const errors: InputError[] = [];
  if (typeof input.regio !== 'string') return errors;
  const region = catalog.regios.get(input.regio);
  if (!region) {
    return [{ pointer: '/regio', detail: fout.onbekendeRegio(input.regio, [...catalog.regios.keys()].join(', ')) }];
  }
  if (!Array.isArray(input.aanbod)) return errors;
  const seen = new Map<string, number>();
  input.aanbod.forEach((raw: unknown, i: number) => {
    if (!raw || typeof raw !== 'object') return;
    const item = raw as Record<string, unknown>;
    if (typeof item.productcode !== 'string') return;
    const product = region.producten.get(item.productcode);
    if (!product) {
      errors.push({ pointer: `/aanbod/${i}/productcode`, detail: fout.onbekendeProductcode(item.productcode, region.naam) });
      return;
    }
    const earlier = seen.get(item.productcode);
    if (earlier !== undefined) {
      errors.push({ pointer: `/aanbod/${i}/productcode`, detail: fout.dubbeleProductcode(item.productcode, `/aanbod/${earlier}`) });
    } else seen.set(item.productcode, i);
    if (item.verklaringen && typeof item.verklaringen === 'object') {
      const known = new Set(product.verklaringen.map((v) => v.id));
      for (const id of Object.keys(item.verklaringen)) {
        if (!known.has(id)) errors.push({ pointer: toPointer(['aanbod', i, 'verklaringen', id]), detail: fout.onbekendeVerklaring(id, product.code) });
      }
    }
    if (Array.isArray(item.bijlagen)) {
      const known = product.bijlagen.map((b) => b.soort);
      item.bijlagen.forEach((b: unknown, j: number) => {
        const soort = (b as { soort?: unknown } | null)?.soort;
        if (typeof soort === 'string' && !known.includes(soort)) {
          errors.push({ pointer: `/aanbod/${i}/bijlagen/${j}/soort`, detail: fout.onbekendeBijlage(soort, product.code, known.join(', ')) });
        }
      });
    }
  });
  return errors;
}

/**
 * Checks a parsed body against the contract and the catalog. Every problem is listed with its pointer;
 * a missing fact that an eis needs is not an input error (that is the verdict "ontbreekt").
 */
function sizeErrors(input: unknown): InputError[] {
  const over = oversizedAt(input, { depth: MAX_DEPTH, items: MAX_ITEMS, keys: MAX_KEYS });
  if (!over) return [];
  const detail = over.reason === 'diepte' ? fout.teDiep(MAX_DEPTH) : over.reason === 'lijst' ? fout.teLang(MAX_ITEMS) : fout.teVeelSleutels(MAX_KEYS);
  return [{ pointer: over.reason === 'diepte' ? '' : over.pointer, detail }];
}

export function validateZelfevaluatie(input: unknown, catalog: Catalog): ValidationResult {
  const tooBig = sizeErrors(input);
  if (tooBig.length > 0) return { ok: false, errors: tooBig };
  const errors: InputError[] = [];
  if (!validateContract(input)) {
    localizeNl(validateContract.errors);
    // Only the first errors are worded: a hostile body can hold a hundred thousand, and at most MAX_ERRORS are shown.
    for (const e of validateContract.errors!.slice(0, MAX_ERRORS * 10)) errors.push(toInputError(e));
  }
  if (input && typeof input === 'object' && !Array.isArray(input)) for (const e of catalogErrors(input as Record<string, unknown>, catalog)) errors.push(e);
  const unique = [...new Map(errors.map((e) => [`${e.pointer}\u0000${e.detail}`, e])).values()];
  if (unique.length > 0) return { ok: false, errors: unique.slice(0, MAX_ERRORS) };
  return { ok: true, value: input as Zelfevaluatie };
}

const validateItem = ajv.compile({ $ref: `${zelfevaluatieSchema.$id as string}#/$defs/AanbodItem` });

/**
 * One aanbod item without a productcode (the facts of one offer, for "where does my offer qualify?").
 * Pointers are given as in a request body `{ "aanbod": … }`.
 */
export function validateLosAanbod(input: unknown): { ok: true; value: Omit<AanbodItem, 'productcode'> } | { ok: false; errors: InputError[] } {
  const tooBig = sizeErrors(input);
  if (tooBig.length > 0) return { ok: false, errors: tooBig };
  const body = input as { aanbod?: unknown } | null;
  if (!body || typeof body !== 'object' || Array.isArray(body) || body.aanbod === undefined) {
    return { ok: false, errors: [{ pointer: '/aanbod', detail: fout.veld('aanbod', 'is verplicht maar ontbreekt') }] };
  }
  const errors: InputError[] = Object.keys(body).filter((k) => k !== 'aanbod').map((k) => ({ pointer: toPointer([k]), detail: fout.extraVeld(k) }));
  const aanbod = body.aanbod;
  if (aanbod && typeof aanbod === 'object' && !Array.isArray(aanbod) && 'productcode' in aanbod) {
    errors.push({ pointer: '/aanbod/productcode', detail: fout.geenProductcode });
  }
  const candidate = aanbod && typeof aanbod === 'object' && !Array.isArray(aanbod) ? { ...aanbod, productcode: 'X0' } : aanbod;
  if (!validateItem(candidate)) {
    localizeNl(validateItem.errors);
    for (const e of validateItem.errors!) {
      // Labelled as a field of an aanbod item; pointed at where it sits in the request body.
      const err = toInputError({ ...e, instancePath: `/aanbod/0${e.instancePath}` });
      errors.push({ ...err, pointer: err.pointer.replace(/^\/aanbod\/0/, '/aanbod') });
    }
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const { productcode: _weg, ...facts } = candidate as AanbodItem;
  return { ok: true, value: facts };
}
